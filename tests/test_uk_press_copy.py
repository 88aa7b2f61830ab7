"""Constructions of the UK national press (the Guardian, the Times, the Telegraph, the FT, the
Independent, the i, the Evening Standard, the Daily Mail, Sky News online, PA Media copy): single
quotation marks, "said Mr X", anonymous briefings, statements read out, titles of the political
weeklies, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_REVOLT = (
    "Chancellor under pressure over fuel cuts\n\n"
    "Dozens of Labour MPs have urged the chancellor to think again.\n\n"
    "'We cannot ask pensioners to choose between heating and eating,' said Ann Pike, the MP for Thornley. "
    "'The chancellor must think again.'\n\n"
    "A No 10 source said the prime minister remained 'fully behind' the chancellor. Allies of the chancellor "
    "insist she will not be bullied into a reversal.\n\n"
    "The Guardian understands that Treasury officials have drawn up options for a partial reversal. It is "
    "understood that the cabinet will discuss them next week.\n\n"
    "Sources close to the prime minister said he was frustrated. A Whitehall official said: 'Nobody wants "
    "this to drag on.'"
)


def test_a_westminster_briefing_story(rules_only):
    atts = rules_only.parse(_REVOLT).attributions
    found = [(a.source.span.text if a.source else None, a.source.kind if a.source else None, a.cue.text) for a in atts]
    assert found[1:] == [
        ("Ann Pike, the MP for Thornley", "person", "said"), ("A No 10 source", "anonymous", "said"),
        ("Allies of the chancellor", "group", "insist"), ("The Guardian", "outlet", "understands"),
        (None, None, "is understood"), ("Sources close to the prime minister", "anonymous", "said"),
        ("A Whitehall official", "anonymous", "said")]
    assert [c.text for c in atts[1].content] == [
        "'We cannot ask pensioners to choose between heating and eating,'", "'The chancellor must think again.'"]
    assert [c.text for c in atts[-1].content] == ["'Nobody wants this to drag on.'"]


@pytest.mark.parametrize("text,source,content", [
    # a statement read out, issued or posted, and where, how or by whom, up to the colon before
    # the words in curly single marks: how they went out, no part of them
    ("Her daughter, Karen Lowe, said in a statement read on her behalf: \u2018Mum was frightened and alone.\u2019",
     "Her daughter, Karen Lowe", "\u2018Mum was frightened and alone.\u2019"),
    ("The widow said in a statement read by her solicitor: \u2018He was the kindest man.\u2019",
     "The widow", "\u2018He was the kindest man.\u2019"),
    ("His son said in a statement read outside court: \u2018Justice has been done.\u2019",
     "His son", "\u2018Justice has been done.\u2019"),
    ("The club said in a statement issued after the verdict: \u2018We are disappointed.\u2019",
     "The club", "\u2018We are disappointed.\u2019"),
    ("The trust said in a statement posted on its website: \u2018We have reviewed our procedures.\u2019",
     "The trust", "\u2018We have reviewed our procedures.\u2019"),
])
def test_a_statement_read_out_before_its_colon(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == (source, "said in a statement")
    assert [c.text for c in att.content] == [content]


@pytest.mark.parametrize("text,via", [
    # Britain's political weeklies and sites, written in or for, relay what their writers said
    ("Writing in the Spectator, Lord Frost said the deal had been a mistake.", ["the Spectator"]),
    ("Writing for ConservativeHome, Sir Iain Vane warned that the party risked defeat.", ["ConservativeHome"]),
    ("Ann Lee told the New Statesman that the party had lost its way.", ["the New Statesman"]),
    ("Writing for openDemocracy, Ann Lee said the inquiry had been a whitewash.", ["openDemocracy"]),
    ("'We lost our nerve,' Tom Vale told UnHerd.", ["UnHerd"]),
])
def test_the_weeklies_and_political_sites_relay(rules_only, text, via):
    att = _one(rules_only.parse(text))
    assert [v.span.text for v in att.via] == via


@pytest.mark.parametrize("text,source,kind", [
    ("The Spectator said the minister had misled the House.", "The Spectator", "outlet"),
    ("Private Eye reported that the peer had been paid twice.", "Private Eye", "outlet"),
    # the trade papers, by their trade's name in capitals
    ("The Bookseller reported that the novel had sold 20,000 copies in a week.", "The Bookseller", "outlet"),
    ("According to Nursing Times, 40% of nurses plan to quit within a year.", "Nursing Times", "outlet"),
    # the name in small letters is the common word: a person who watched, or who sells food
    ("One fan was hurt in the crush. The spectator said the stand had been unsafe for years.",
     "The spectator", "person"),
    ("The grocer said prices would fall by the summer.", "The grocer", "person"),
])
def test_a_weeklys_name_in_capitals_only(rules_only, text, source, kind):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("text,source", [
    # a consultancy is a firm, no person, by its noun after the name or alone
    ("Cornwall Insight, a consultancy, said it expected prices to rise again in the summer.",
     "Cornwall Insight, a consultancy"),
    ("The consultancy said it expected prices to rise again in the summer.", "The consultancy"),
])
def test_a_consultancy_is_an_organization(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "organization")


@pytest.mark.parametrize("text,source,kind,cue,content", [
    # court copy: the jury heard, prosecutors said, a judge in his ruling, counsel by their part
    ("The jury heard that she had falsified records to cover her tracks.", None, None, "heard",
     "she had falsified records to cover her tracks"),
    ("Prosecutors said Keane had taken the drugs over a period of 18 months.", "Prosecutors", "group", "said",
     "Keane had taken the drugs over a period of 18 months"),
    ("Mr Justice Harding said in his ruling that the hospital had failed to carry out basic checks.",
     "Mr Justice Harding", "person", "said", "the hospital had failed to carry out basic checks"),
    ("Prosecuting, Sarah Whitmore KC told jurors: 'This was a brutal and senseless killing.'",
     "Sarah Whitmore KC", "person", "told", "'This was a brutal and senseless killing.'"),
    ("Jurors were told that CCTV showed the defendant running from the scene.", None, None, "were told",
     "CCTV showed the defendant running from the scene"),
])
def test_court_copy(rules_only, text, source, kind, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text if att.source else None, att.source.kind if att.source else None) == (source, kind)
    assert att.cue.text == cue
    assert [c.text for c in att.content] == [content]


@pytest.mark.parametrize("text,source,kind,via", [
    # told a broadcaster, its programme, a news agency
    ("Speaking to the BBC's Today programme, the health secretary, Wes Tring, said the government had "
     "inherited a black hole.", "the health secretary, Wes Tring", "person", ["the BBC's Today programme"]),
    ("Royal sources told the Times that she would return to official duties in the autumn.",
     "Royal sources", "anonymous", ["the Times"]),
    ("Ms Watkin told the PA news agency the force needed to rebuild trust.", "Ms Watkin", "person",
     ["the PA news agency"]),
    ("Reform UK's leader, Nigel Carr, told GB News the policy would reward idleness.",
     "Reform UK's leader, Nigel Carr", "person", ["GB News"]),
])
def test_told_a_broadcaster_or_an_agency(rules_only, text, source, kind, via):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, kind)
    assert [v.span.text for v in att.via] == via


@pytest.mark.parametrize("text,source,kind", [
    # an ally left unnamed is an anonymous source, as a friend or an insider is
    ("One ally said the chancellor would not be bullied into a reversal.", "One ally", "anonymous"),
    ("An ally of the chancellor said she would not be bullied into a reversal.", "An ally of the chancellor",
     "anonymous"),
    ("A close ally said the chancellor would not be bullied into a reversal.", "A close ally", "anonymous"),
    # ... but one the appositive goes on to name is that person
    ("An ally of the chancellor, Tom Vale, said she would not be bullied into a reversal.",
     "An ally of the chancellor, Tom Vale", "person"),
    ("A friend of the singer, Ann Marsh, said she would not be bullied into a reversal.",
     "A friend of the singer, Ann Marsh", "person"),
])
def test_an_ally_left_unnamed_is_anonymous(rules_only, text, source, kind):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("text,source,content", [
    # an outlet named with its medium's noun in small letters understands or has learned, with no "that"
    ("The PA news agency understands the talks had broken down.", "The PA news agency", "the talks had broken down"),
    ("The talks had broken down, the PA news agency understands.", "the PA news agency", "The talks had broken down"),
    ("The Harlow Gazette website has learned the mayor will resign.", "The Harlow Gazette website",
     "the mayor will resign"),
])
def test_an_outlet_and_its_medium_understands(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind, att.rule) == (source, "outlet", "core.outlet_learned.v1")
    assert [c.text for c in att.content] == [content]


def test_an_outlet_and_its_medium_understanding_a_noun_phrase_reports_nothing(rules_only):
    assert rules_only.parse("The PA news agency understands the plan.").attributions == ()


@pytest.mark.parametrize("text,via", [
    # a paper named for its country or city after "of" keeps that place in the relay that opens the
    # sentence, as after "told"
    ("Speaking to the Times of Lanka, the minister said the ferry would sail on Monday.", "the Times of Lanka"),
    ("In an interview with the Chronicle of Deccan, the minister said the ferry would sail on Monday.",
     "the Chronicle of Deccan"),
])
def test_a_papers_place_after_of_stays_in_a_fronted_relay(rules_only, text, via):
    (att,) = rules_only.parse(text).attributions
    assert ([v.span.text for v in att.via], [s.text for s in att.content]) == ([via], ["the ferry would sail on Monday"])


def test_a_bodys_name_with_of_after_speaking_to_relays_nothing(rules_only):
    (att,) = rules_only.parse("Speaking to the Bank of Lanka, the minister said the ferry would sail on Monday.").attributions
    assert [v.span.text for v in att.via] == []


@pytest.mark.parametrize(("sentence", "source", "cue"), [
    # the outlet's verb inverted before its name closes the sentence after the speaker's post,
    # whatever body the post names: the outlet relays the whole report
    ("‘The pier must reopen by spring,’ said Nell Garvey, head of Friends of Tolworth Pier, reports the Courier.",
     "the Courier", "reports"),
    ("‘The pier must reopen by spring,’ said Nell Garvey, chair of the harbour trust, reports the Courier.",
     "the Courier", "reports"),
    ("‘The pier must reopen by spring,’ said Nell Garvey, chair of the harbour trust, writes Owen Tate.",
     "Owen Tate", "writes"),
])
def test_an_outlet_inverted_after_a_speakers_post_relays_the_report(rules_only, sentence, source, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, cue)
    assert "said Nell Garvey" in att.content[0].text
