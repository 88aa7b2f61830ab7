"""Constructions of Westminster political copy, British and Australian (the BBC, the Guardian,
the Telegraph, ABC, the Sydney Morning Herald, Guardian Australia): a committee or a hearing
told, a station by its call sign, on sentences written for these tests."""

import pytest

from attribution import cues
from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("text,source,content", [
    # a committee named by its subject in small letters, the words the hearer pattern stops short of
    ("The Home Secretary told the home affairs select committee the backlog would be cleared by spring.",
     "The Home Secretary", "the backlog would be cleared by spring"),
    ("Ms Varley told the Commons public accounts committee the contract had been signed in haste.",
     "Ms Varley", "the contract had been signed in haste"),
    ("Treasury secretary Jan Cole told the Senate economics committee the surplus would shrink.",
     "Treasury secretary Jan Cole", "the surplus would shrink"),
    # a hearing, a meeting, a briefing: nouns that end as verb forms do
    ("Officials told a Senate estimates hearing on Monday the rollout had cost $40 million.",
     "Officials", "the rollout had cost $40 million"),
    ("Mr Hale told a Labour Party meeting the leadership had lost its nerve.",
     "Mr Hale", "the leadership had lost its nerve"),
    ("A senior official told a Downing Street briefing the talks would resume on Friday.",
     "A senior official", "the talks would resume on Friday"),
    ("The senator told a parliamentary committee hearing she had never seen the memo.",
     "The senator", "she had never seen the memo"),
])
def test_a_committee_or_a_hearing_told(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == (source, "told")
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("text,content", [
    # words after a one-word hearer that end the sentence are what was told, no hearer of three words
    ("Mr Hale told the board costs rose.", "costs rose"),
    ("Mr Hale told the board costs rose the most.", "costs rose the most"),
    # an infinitive's "to" is no hearer's word
    ("Editors ran a leader telling him to leave his seat and stand in the north.",
     "to leave his seat and stand in the north"),
    ("Mr Hale told the board costs fell.", "costs fell"),
])
def test_a_hearers_tail_stops_before_what_is_told(rules_only, text, content):
    att = _one(rules_only.parse(text))
    assert att.cue.text in ("told", "telling")
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("text,outlet", [
    # a station by its call sign, a digit first, after the medium's noun
    ("Ms Kerr told radio station 3AW she would not contest the seat.", "radio station 3AW"),
    ("Ms Kerr told radio 6PR she would not contest the seat.", "radio 6PR"),
    # ... and a city's station, its city before the medium
    ("Ms Kerr told Melbourne radio station 3AW she would not contest the seat.", "Melbourne radio station 3AW"),
    ("Ms Kerr told Brisbane radio 4BC she would not contest the seat.", "Brisbane radio 4BC"),
    ("Ms Kerr told Perth newspaper The Sunday Times she would not contest the seat.",
     "Perth newspaper The Sunday Times"),
])
def test_a_station_by_its_call_sign_or_its_city(rules_only, text, outlet):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == ("Ms Kerr", "told")
    assert [v.span.text for v in att.via] == [outlet]
    assert [s.text for s in att.content] == ["she would not contest the seat"]


@pytest.mark.parametrize("text,outlet", [
    # a day after an outlet and its medium is no name of the outlet's
    ("Mr Grant told NBC television Sunday that the seat was safe.", "NBC"),
    ("Mr Grant told CBS radio Monday that the seat was safe.", "CBS"),
])
def test_a_day_after_an_outlets_medium_is_no_name(rules_only, text, outlet):
    att = _one(rules_only.parse(text))
    assert [v.span.text for v in att.via] == [outlet]
    assert [s.text for s in att.content] == ["the seat was safe"]


_ROW = "Row grows over ferry plan\n\nCritics of the ferry plan lined up on Monday.\n\n"


@pytest.mark.parametrize("lead,source,cue", [
    # "had ... to say" is one cue phrase, whatever follows it before the colon: a platform,
    # a manner, a topic; over a paragraph that opens with the quotation
    ("The transport secretary had this to say on Twitter:", "The transport secretary", "had this to say on Twitter"),
    ("Ann Marsh had plenty to say in reply:", "Ann Marsh", "had plenty to say"),
    ("The shadow chancellor had a lot to say about the ferry plan:", "The shadow chancellor",
     "had a lot to say about the ferry plan"),
    ("Here's what the harbour master had to say:", "the harbour master", "had to say"),
    ("This is what Tom Reid had to say about the plan:", "Tom Reid", "had to say about the plan"),
    ("Here is what the union leader had to say after the vote:", "the union leader", "had to say"),
])
def test_had_to_say_leads_the_quotation_below(rules_only, lead, source, cue):
    text = _ROW + lead + "\n\n\u201cThe plan is a shambles and everyone on the island knows it.\u201d"
    att = [a for a in rules_only.parse(text).attributions if a.source and a.source.span.text == source]
    assert len(att) == 1
    assert att[0].cue.spans[0].text == cue
    assert [s.text for s in att[0].content] == ["\u201cThe plan is a shambles and everyone on the island knows it.\u201d"]


@pytest.mark.parametrize("sentence,cue,content", [
    # the phrase from its "have", the topic's "about" the phrase's
    ("The union has nothing but praise to say about the new ferry.", "has nothing but praise to say about", "the new ferry"),
    ("Many councillors have had harsh words to say about the scheme.", "have had harsh words to say about", "the scheme"),
])
def test_had_to_say_about_a_topic(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.spans[0].text, [s.text for s in att.content]) == (cue, [content])


@pytest.mark.parametrize("sentence,phrase", [
    ("Lee had this to say on the radio.", True),
    ("Lee has little to say about it.", True),
    ("Lee had some kind words to say to the staff.", True),
    ("That is what Lee had to say.", True),
    # "had to say" alone is a duty, no words of one's own to say
    ("He had to say sorry to the fans after the match.", False),
    ("The minister had to say goodbye to her staff.", False),
    ("Lee has a right to say no.", False),
])
def test_had_to_say_is_a_phrase_only_with_what_is_had(sentence, phrase):
    assert (cues.had_to_say(sentence, sentence.index("say")) is not None) is phrase


@pytest.mark.parametrize("sentence,who", [
    # the one who had it to say starts right after "what"
    ("Here is what the head coach had to say.", "the head coach"),
    ("That is what Lee has already had to say.", "Lee"),
    ("This was what the two ministers have to say.", "the two ministers"),
    # no "what": the phrase names what is had, not who has it
    ("Lee had this to say on the radio.", None),
    ("The union has nothing but praise to say about it.", None),
])
def test_who_had_to_say_starts_after_what(sentence, who):
    start = cues.who_had_to_say(sentence, 0, sentence.index("say"))
    assert (None if start is None else sentence[start:].startswith(who) and who) == who


def test_who_had_to_say_reads_no_what_before_the_sentence():
    text = "Ask what it is. Lee had to say it twice."
    assert cues.who_had_to_say(text, text.index("Lee"), text.index("say")) is None


@pytest.mark.parametrize("lead,source,cue", [
    # "Here's what X said." presents the quotation below: "what" is no content of its own
    ("Here's what Ann Marsh said.", "Ann Marsh", "said"),
    ("Here is what the coach told reporters.", "the coach", "told"),
    ("And here's what she wrote on Facebook.", "she", "wrote on Facebook"),
])
def test_heres_what_x_said_presents_the_quotation_below(rules_only, lead, source, cue):
    text = _ROW + lead + "\n\n\u201cWe will not be bullied into a bad deal.\u201d"
    att = [a for a in rules_only.parse(text).attributions if a.source and a.source.span.text == source]
    assert len(att) == 1
    assert (att[0].cue.spans[0].text, [s.text for s in att[0].content]) == (
        cue, ["\u201cWe will not be bullied into a bad deal.\u201d"])


@pytest.mark.parametrize("text", [
    # with no quotation below, "what" alone is no content
    _ROW + "Here's what Ann Marsh said.",
    _ROW + "Here is what the coach told reporters.\n\nThe club later apologised.",
])
def test_heres_what_x_said_with_nothing_below(rules_only, text):
    assert not [a for a in rules_only.parse(text).attributions if [s.text for s in a.content] == ["what"]]


@pytest.mark.parametrize("sentence,cue,content", [
    # one struck back at, then the participle that gives the reply's words: one report, the
    # participle's (as "fired back at the mayor, calling ..."), no report of the one answered
    ("Lee has hit back at the Conservatives, saying the plan was costed.", "saying", "the plan was costed"),
    ("Ann Marsh hits back at critics, insisting the tax is fair.", "insisting", "the tax is fair"),
])
def test_hit_back_at_then_a_participle_is_one_report(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.spans[0].text, [s.text for s in att.content]) == (cue, [content])


@pytest.mark.parametrize(("sentence", "source", "kind"), [
    # a party's name between a word of seniority and "figures": its people, not its numbers
    ("Senior Tory figures warned that the leadership contest would split the party.", "Senior Tory figures", "group"),
    ("The Prime Minister was warned by leading Labour figures that the cut would cost seats.",
     "leading Labour figures", "group"),
    # a body's numbers stay a document
    ("Home Office figures showed that arrivals had fallen by a fifth.", "Home Office figures", "document"),
    ("Key Treasury figures suggest that borrowing will rise.", "Key Treasury figures", "document"),
])
def test_a_partys_figures_are_people(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)
