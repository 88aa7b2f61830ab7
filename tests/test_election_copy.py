"""Constructions of election copy (election-night and results stories from US, UK and Indian outlets and
wires): concessions and victory speeches, projections by networks and wires, returning officers and
election commissions, exit polls, turnout figures, party spokespeople, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_OHIO = (
    "Democrat Laura Whitfield conceded the Ohio Senate race late Tuesday, telling supporters in Dayton: "
    "\"The voters have spoken, and I respect their decision.\"\n\n"
    "\"This is a mandate for change,\" Hart told a cheering crowd in Columbus shortly after midnight. He said the "
    "result showed that Ohioans wanted lower taxes.\n\n"
    "According to an exit poll conducted by Edison Research for the National Election Pool, 58% of voters said "
    "the economy was their top issue."
)


def test_a_concession_a_victory_speech_and_an_exit_poll(rules_only):
    atts = rules_only.parse(_OHIO).attributions
    found = [(a.source.span.text, a.source.kind, a.cue.text) for a in atts]
    assert ("Democrat Laura Whitfield", "person", "telling") in found
    assert ("Hart", "person", "told") in found
    assert ("He", "person", "said") in found
    poll = next(a for a in atts if a.cue.text == "According to")
    assert (poll.source.span.text, poll.source.kind) == (
        "an exit poll conducted by Edison Research for the National Election Pool", "document")
    assert [s.text for s in poll.content] == ["58% of voters said the economy was their top issue"]
    said = next(a for a in atts if a.source.span.text == "He")
    assert [s.text for s in said.content] == ["the result showed that Ohioans wanted lower taxes"]


@pytest.mark.parametrize("sentence,source,kind,content", [
    # the agent of a passive of declaring or projecting is the one who called the race
    ("Hart was projected the winner by the AP.", "the AP", "outlet", ["Hart", "the winner"]),
    ("Hart was declared the winner by election officials.", "election officials", "group", ["Hart", "the winner"]),
    ("Hart was projected as the winner by CNN.", "CNN", "outlet", ["Hart", "as the winner"]),
    ("Mira Patel was declared the winner in Leeds Central by the returning officer, ending a night of recounts.",
     "the returning officer", "person", ["Mira Patel", "the winner in Leeds Central"]),
])
def test_the_agent_of_a_declared_result_is_its_source(rules_only, sentence, source, kind, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)
    assert [s.text for s in att.content] == content


@pytest.mark.parametrize("sentence,content", [
    # a margin after "by" is no agent: the result is still declared with no source
    ("Hart was declared the winner by a wide margin.", ["Hart", "the winner by a wide margin"]),
    ("Hart was declared the winner by a slim majority.", ["Hart", "the winner by a slim majority"]),
    ("Hart was declared the winner in Ohio.", ["Hart", "the winner in Ohio"]),
])
def test_a_margin_after_a_declared_result_is_no_source(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert att.source is None or att.source.span is None
    assert [s.text for s in att.content] == content


def test_the_agent_of_an_infinitive_after_projected_is_no_source(rules_only):
    # "is projected to be built by the council": the council builds, it projects nothing
    att = _one(rules_only.parse("The stadium is projected to be built by the council."))
    assert att.source is None or att.source.span is None


@pytest.mark.parametrize("sentence,cue", [
    # a medium another medium's noun modifies is read whole, and the speech of the night too
    ("\"We accept the verdict,\" Mr. Rao said in a video message.", "said in a video message"),
    ("\"It is time to heal,\" Whitfield said in a concession speech.", "said in a concession speech"),
    ("\"We did it,\" Hart said in a victory speech.", "said in a victory speech"),
    ("\"I accept your nomination,\" she said in an acceptance speech.", "said in an acceptance speech"),
    ("The party chief said in a video statement that the count was fair.", "said in a video statement"),
    # the bare medium still extends the cue alone
    ("\"We lost,\" Mr. Rao said in a video.", "said in a video"),
    ("\"We lost,\" Mr. Rao said in a statement.", "said in a statement"),
])
def test_the_medium_of_a_nights_speech_is_the_cues(rules_only, sentence, cue):
    assert _one(rules_only.parse(sentence)).cue.text == cue


def test_a_video_message_before_the_clause(rules_only):
    att = _one(rules_only.parse("Mr. Rao said in a video message that the party would rebuild."))
    assert att.cue.text == "said in a video message"
    assert [s.text for s in att.content] == ["the party would rebuild"]


_HULL = (
    "Labour has held Hull North with a majority of 4,512, the returning officer announced at 3.12am.\n\n"
    "The MP for Hull North said she was \"humbled\" by the result. \"Tonight the people of this city have sent a "
    "clear message,\" Ms Collins told the BBC.\n\n"
    "Labour's campaign coordinator, Peter Hale, told Sky News that the party was on course for its best result "
    "in a decade.\n\n"
    "Turnout was 59.7%, according to figures from the Electoral Commission."
)


def test_a_uk_count_and_its_speakers(rules_only):
    atts = rules_only.parse(_HULL).attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [
        ("the returning officer", "announced"), ("The MP for Hull North", "said"), ("Ms Collins", "told"),
        ("Labour's campaign coordinator, Peter Hale", "told"), ("figures from the Electoral Commission", "according to")]
    assert [s.text for s in atts[0].content] == ["Labour has held Hull North with a majority of 4,512"]
    assert [v.span.text for v in atts[2].via] == ["the BBC"]
    assert [v.span.text for v in atts[3].via] == ["Sky News"]
    assert [s.text for s in atts[3].content] == ["the party was on course for its best result in a decade"]
    assert atts[4].source.kind == "document"


_DELHI = (
    "The ruling alliance won 48 of the 70 seats in the state Assembly, the Election Commission said on Saturday.\n\n"
    "The party's state unit chief, Vikram Sood, said the result was a mandate for development.\n\n"
    "The opposition alleged rigging in several constituencies. Party spokesperson Rohan Khare told PTI that voting "
    "machines had been tampered with in at least 12 seats.\n\n"
    "The Election Commission rejected the allegation, saying the polls had been free and fair."
)


def test_an_indian_results_story(rules_only):
    atts = rules_only.parse(_DELHI).attributions
    first = atts[0]
    assert (first.source.span.text, first.source.kind, first.cue.text) == ("the Election Commission", "government", "said")
    assert [s.text for s in first.content] == ["The ruling alliance won 48 of the 70 seats in the state Assembly"]
    told = next(a for a in atts if a.cue.text == "told")
    assert told.source.span.text == "Party spokesperson Rohan Khare"
    assert [v.span.text for v in told.via] == ["PTI"]
    saying = next(a for a in atts if a.cue.text == "saying")
    assert saying.source.refers_to.span.text == "the Election Commission"
    assert [s.text for s in saying.content] == ["the polls had been free and fair"]


def test_a_tally_with_no_speaker_is_no_report(rules_only):
    # a count of votes, a share counted and a lead are the writer's figures
    assert rules_only.parse(
        "With 95% of votes counted, Hart led Whitfield by 52% to 46%. Turnout was 61%, up from 55% in 2018."
    ).attributions == ()


@pytest.mark.parametrize("sentence,content", [
    # the hour of a concession or a claim of victory is the report's, no part of what was conceded
    ("Sunak conceded defeat early on Friday.", "defeat"),
    ("Hart claimed victory late on Tuesday night.", "victory"),
    ("Sunak conceded defeat in the early hours of Friday.", "defeat"),
    ("Sunak conceded defeat at 3.12am.", "defeat"),
    ("Hart claimed victory just before 11 p.m.", "victory"),
    ("Sunak conceded defeat shortly after midnight.", "defeat"),
    ("Sunak conceded defeat hours after polls closed.", "defeat"),
    ("The mayor endorsed Hart two days before the primary.", "Hart"),
    # a time that is the phrase's own stays
    ("The council announced the 9 p.m. deadline.", "the 9 p.m. deadline"),
    ("The council announced a curfew for Friday.", "a curfew for Friday"),
    # ... and so do the moments an article sets in the phrase: no adjunct of the report's time
    ("The video shows Hart with his hands raised in the moments before the vote.",
     "Hart with his hands raised in the moments before the vote"),
])
def test_the_hour_of_a_concession_is_no_part_of_it(rules_only, sentence, content):
    assert [s.text for s in _one(rules_only.parse(sentence)).content] == [content]


@pytest.mark.parametrize("sentence,source,content", [
    # the hour a race was called at, after its agent, is neither the agent's nor the content's
    ("The seat was called for Hart by the AP shortly after 11 p.m.", "the AP", ["The seat", "Hart"]),
    ("Mira Patel was declared the winner by the returning officer at 4.10am.", "the returning officer",
     ["Mira Patel", "the winner"]),
    ("Hart was declared the winner by election officials on Tuesday.", "election officials", ["Hart", "the winner"]),
])
def test_the_hour_after_the_agent_of_a_called_race(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, content)


@pytest.mark.parametrize("sentence,source,kind", [
    # a campaign's or a pollster's name in title case made of common words, a small word inside
    ("According to More in Common, most voters back the plan.", "More in Common", "organization"),
    ("According to Hope not Hate, the group has doubled its membership.", "Hope not Hate", "organization"),
    ("According to Stand Up to Racism, the march was peaceful.", "Stand Up to Racism", "organization"),
    ("Vote for Change said the turnout had been the highest in a decade.", "Vote for Change", "organization"),
])
def test_a_name_of_common_words(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source", [
    # near misses: anyone somewhere, a name and where it is, a person's post
    ("Nobody in East Anglia is talking about a recount.", "Nobody in East Anglia"),
    ("According to La Repubblica in Italy, the count was delayed.", "La Repubblica in Italy"),
    ("According to Minister for Europe Ann Lee, the deal is done.", "Minister for Europe Ann Lee"),
])
def test_a_small_word_in_a_name_not_of_common_words(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source and att.source.kind != "organization"


@pytest.mark.parametrize("sentence", [
    # a verb that pushes, shows, wears or launches a thing whose quotation is its label: a name, no words reported
    "The senator pushed the “law and order” narrative all week.",
    "The governor doubled down on the “job killer” moniker on Friday.",
    "The mayor was showing off the “Build the Bridge” cap her staff had given her.",
    "The party launched the “fair rents for all initiative” in May.",
    "The challenger wrote under the pseudonym “Mary Vale” for a decade.",
    "Activists launched the ‘Vote For Change’ campaign on Monday.",
])
def test_a_quoted_label_pushed_or_shown_reports_nothing(rules_only, sentence):
    assert not rules_only.parse(sentence).attributions


@pytest.mark.parametrize("sentence,cue,content", [
    # near misses: the same verbs with a claim or a letter that says something, a label after a verb of
    # stance, a quotation of words said beside the label, words written or posted
    ("The senator pushed the claim that the pier was unsafe.", "pushed", "the claim that the pier was unsafe"),
    ("The mayor showed reporters a letter saying the pier would close.", "showed",
     "reporters a letter saying the pier would close"),
    ("The senator denounced the “Save Our Pier” campaign.", "denounced", "the “Save Our Pier” campaign"),
    ("The mayor showed off the “Build the Bridge” cap and “our bridge will be open by next spring, I promise you.”",
     "showed off", "the “Build the Bridge” cap and “our bridge will be open by next spring, I promise you.”"),
    ("She wrote “I will not resign.”", "wrote", "“I will not resign.”"),
    ("He posted “We won the vote” on Facebook.", "posted", "“We won the vote”"),
])
def test_a_claim_or_words_beside_a_label_still_report(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == (cue, [content])


@pytest.mark.parametrize("sentence,source,content", [
    # a country's opposition, a junta or a trial's side alleging something, after another clause or first
    ("The count was slow, and the opposition alleged fraud in three provinces.", "the opposition",
     "fraud in three provinces"),
    ("The commission declared Ortiz the winner, but the opposition alleged widespread vote-buying.",
     "the opposition", "widespread vote-buying"),
    ("The main opposition alleged ballot stuffing in the north.", "The main opposition", "ballot stuffing in the north"),
    ("Hours later, the junta alleged a plot by foreign agents.", "the junta", "a plot by foreign agents"),
    ("The trial opened on Monday, and the prosecution alleged bribery on a vast scale.", "the prosecution",
     "bribery on a vast scale"),
])
def test_a_side_or_body_alleging(rules_only, sentence, source, content):
    att = next(a for a in rules_only.parse(sentence).attributions if a.cue.text == "alleged")
    assert att.source.span.text == source
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence", [
    # near misses: "alleged" after a body's noun as a participle, or as an adjective after a determiner
    "A militia alleged to have burned the ballots was disbanded.",
    "The alleged fraud was never proved.",
])
def test_a_body_before_an_alleged_participle_alleges_nothing(rules_only, sentence):
    assert all(a.cue.text != "alleged" or a.source is None or a.source.span is None
               for a in rules_only.parse(sentence).attributions)


@pytest.mark.parametrize("sentence,source", [
    # a possessor, then a body's noun in "-al" (a tribunal, a hospital): the noun heads the mention,
    # no adjective of a possessed cue
    ("Ortiz led with 54 percent of the vote, the country's electoral tribunal said late Sunday.",
     "the country's electoral tribunal"),
    ("Ortiz led the count, Peru's tribunal said.", "Peru's tribunal"),
    ("The nation's electoral tribunal said the count would resume on Monday.", "The nation's electoral tribunal"),
    ("Two poll workers were injured, the city's hospital said.", "the city's hospital"),
])
def test_a_possessed_body_in_al_heads_its_mention(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, "said")


def test_a_body_noun_that_is_an_adjective_too_stays_a_modifier(rules_only):
    # near miss: "collective" names a body too, but before a possessed cue it is that cue's adjective
    att = _one(rules_only.parse("The party's collective shrug over Lee since he entered the race angered its voters."))
    assert (att.source.span.text, att.cue.text) == ("The party's", "shrug over")


@pytest.mark.parametrize("headline,source,cue,quotation", [
    # a headline's quotation, a colon, then its speaker's verb of attacking: the speaker's words
    ("'They forget farmers after the votes': Ravi Mehta attacks ruling party at rally", "Ravi Mehta", "attacks",
     "'They forget farmers after the votes'"),
    ("‘A budget for the rich’: Opposition hits out at finance minister", "Opposition", "hits out",
     "‘A budget for the rich’"),
    ("“Shameful”: Union lashes out at pay offer", "Union", "lashes out", "“Shameful”"),
    ("'They are rattled': Lee mocks rivals in Pune speech", "Lee", "mocks", "'They are rattled'"),
])
def test_a_headline_quotation_before_a_speaker_who_attacks(rules_only, headline, source, cue, quotation):
    atts = rules_only.parse(f"{headline}\n\nThe campaign enters its last week on Monday.").attributions
    att = next(a for a in atts if a.rule == "core.headline_speaker.v2")
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [quotation])


@pytest.mark.parametrize("sentence,kind", [
    # the body that runs a state's elections, named by its noun after a word of elections: the state's
    ("The poll body said the count would resume at noon.", "government"),
    ("The poll panel said it had enough staff for the second phase.", "government"),
    ("Kenya's electoral body said turnout was 61 percent.", "government"),
    ("The election commission said the results would be certified on Friday.", "government"),
    # near misses: a party's panel, one of many states
    ("The party's election panel said the list of candidates was final.", "organization"),
    ("The UN election panel said the vote was free.", "organization"),
])
def test_a_body_that_runs_elections_is_the_states(rules_only, sentence, kind):
    assert _one(rules_only.parse(sentence)).source.kind == kind
