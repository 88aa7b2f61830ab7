"""Where reported content ends at a comma or a dash: the walk over its
breaks, the clause-end model's features and table, and the script that fits it."""

import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from test_evaluation import corpus  # noqa: F401  (the annotated fixture corpus)

import attribution
from attribution import clauses, logistic

ROOT = Path(__file__).resolve().parents[1]

BUT = "The mayor said the budget was balanced, but the auditor disagreed."
INCLUDING = "The mayor said the plan would cost $5 million, including a new bridge."


def _content(text: str, model: logistic.Model | None) -> str:
    parser = attribution.Parser(entry_points=False, confidence=False)
    with mock.patch.object(clauses, "clause_end_model", lambda: model):
        (att,) = parser.parse(text).attributions
    return att.content[-1].text


def test_without_a_model_the_rules_alone_end_the_content():
    assert _content(BUT, None) == "the budget was balanced"
    assert _content(INCLUDING, None) == "the plan would cost $5 million, including a new bridge"


@pytest.mark.parametrize("weights,text,content", [
    # a model that never stops reads past the rules' stop
    ({"bias": -10.0}, BUT, "the budget was balanced, but the auditor disagreed"),
    # one that always stops ends at the first comma, or at a dash
    ({"bias": 10.0}, INCLUDING, "the plan would cost $5 million"),
    ({"bias": 10.0}, "The mayor said the pier would close -- a blow to the fleet.", "the pier would close"),
    # the rules' verdict is among what it reads: trusting it alone, the content ends at "but", not at the comma before
    ({"bias": -10.0, "rule=boundary": 20.0}, "The mayor said the road would open in May, weeks late, but the auditor disagreed.",
     "the road would open in May, weeks late"),
    # the mark is too: stopping only at dashes, it reads past commas
    ({"bias": -10.0, "mark=dash": 20.0}, "The mayor said the pier, the quay and the slip would close — for good.",
     "the pier, the quay and the slip would close"),
    # a comma inside a quotation is no place to stop
    ({"bias": 10.0}, "The mayor said the plan was “late, costly and wrong” and would be dropped.",
     "the plan was “late, costly and wrong” and would be dropped"),
])
def test_the_walk_stops_where_the_model_says(weights, text, content):
    assert _content(text, logistic.Model(weights)) == content


def _features_at_breaks(text: str) -> list[tuple[int, list[str]]]:
    """The position and features of each break the walk asks about, going on past every one."""
    seen = []

    def decide(pos, feats, rules_stop):
        seen.append((pos, feats))
        return False

    parser = attribution.Parser(entry_points=False, confidence=False)
    with mock.patch.object(clauses, "content_end", lambda ctx, s, e: clauses.walk_breaks(ctx, s, e, decide)):
        parser.parse(text)
    return seen


def test_the_features_name_the_words_around_the_comma_and_the_rules_verdict():
    pos, feats = _features_at_breaks(BUT)[0]
    assert BUT[pos + 2 : pos + 5] == "but"
    assert {"rule=boundary", "next=but", "previous=balanced", "segment=last", "content=clause"} <= set(feats)


@pytest.mark.parametrize("closing", ["”", "''"])
def test_a_comma_before_a_closing_mark_reads_as_closing_a_quotation(closing):
    # two apostrophes ('') close a quotation as ” does
    opening = "“" if closing == "”" else "''"
    text = f"The mayor called the pier {opening}a disgrace,{closing} a view the harbour board shared."
    pos, feats = _features_at_breaks(text)[0]
    assert text[pos] == "," and "closes quotation" in feats


def test_fitting_is_deterministic_and_learns_a_clear_signal():
    rows = [(["bias", "next=which"], 1)] * 20 + [(["bias", "next=including"], 0)] * 20
    weights = logistic.fit(rows)
    assert weights == logistic.fit(rows)
    model = logistic.Model(weights)
    assert model.probability(["bias", "next=which"]) > 0.8
    assert model.probability(["bias", "next=including"]) < 0.2
    assert logistic.fit([]) == {}


def test_a_bad_table_line_names_the_table_and_its_number():
    with pytest.raises(ValueError, match="clause-end table, line 2"):
        logistic.Model.from_rows(["bias\t0.5", "next=which 0.25"], "clause-end table")


def test_the_shipped_model_loads_and_weighs_the_rules_verdict():
    model = clauses.clause_end_model()
    assert model is not None
    assert model.weights["rule=boundary"] > model.weights["rule=none"]


def test_training_writes_a_table_the_parser_reads(corpus, tmp_path):  # noqa: F811
    out = tmp_path / "clause_ends.tsv"
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train_clause_ends.py"), str(corpus), "--folds", "2", "--min-count", "1",
         "--out", str(out)],
        capture_output=True, text=True, check=True,
    )
    assert "decisions at breaks" in run.stderr
    model = logistic.Model.from_rows(out.read_text(encoding="utf-8").splitlines())
    assert "bias" in model.weights


def test_the_features_say_when_the_content_resumes_with_a_verb_after_an_aside():
    text = "Officials reported the pier, estimated to cost $5 million, was nearly finished."
    (_, first), (_, second) = _features_at_breaks(text)[:2]
    assert "resumes with=auxiliary" in first and "content=phrase" in first
    assert "resumes with=none" in second


@pytest.mark.parametrize("text,content", [
    # a quotation that opens right after a dash is the source's own words: the content takes it in
    ("The mayor defended the new ferry -- “It will carry twice the crews.”", "the new ferry -- “It will carry twice the crews.”"),
    ("The mayor praised the plan — “a fair deal for the fleet.”", "the plan — “a fair deal for the fleet.”"),
    # one that another report frames after the dash does not
    ("The mayor defended the toll -- a move the council called “a scandal.”", "the toll"),
])
def test_a_quotation_right_after_a_dash_goes_on_with_the_content(text, content):
    parser = attribution.Parser(entry_points=False, confidence=False)
    found = [a for a in parser.parse(text).attributions if a.cue.text in ("defended", "praised")]
    assert [" … ".join(s.text for s in a.content) for a in found] == [content]


@pytest.mark.parametrize("text,content", [
    # a quotation after a comma goes on with the content, even with a verb that may report after it, when
    # the sentence goes on from the quotation rather than naming its speaker ("“...” because she went ...")
    ("The mayor said she expects a long, “hard winter for the fleet” because she went through one in 1990.",
     "she expects a long, “hard winter for the fleet” because she went through one in 1990"),
    ("The mayor said she expects a long, ''hard winter for the fleet'' because she went through one in 1990.",
     "she expects a long, ''hard winter for the fleet'' because she went through one in 1990"),
    # a quotation that ends on a comma, or before a pronoun, may have its own speaker's verb after it
    ("The mayor said she expects a long, “hard winter for the fleet,” went the warning.", "she expects a long"),
    ("The mayor said she expects a long, “hard winter for the fleet” she went on.", "she expects a long"),
])
def test_a_quotation_after_a_comma_goes_on_unless_a_speaker_may_follow_it(text, content):
    assert _content(text, logistic.Model({"bias": 10.0})) == content


@pytest.mark.parametrize("text,content", [
    # a relative clause that a comma closes before the content's predicate resumes stands inside the content
    ("The mayor argued the new pier, which the state paid for, “will not last a decade.”",
     "the new pier, which the state paid for, “will not last a decade.”"),
    ("The mayor argued the new pier, which the state paid for, won’t last a decade.",
     "the new pier, which the state paid for, won’t last a decade"),
    ("The mayor argued the new pier, which the state paid for, lasted a decade.",
     "the new pier, which the state paid for, lasted a decade"),
    ("The mayor argued the new pier -- a gift of the state -- reaches the reef.", "the new pier -- a gift of the state -- reaches the reef"),
    # so does any aside between dashes before it
    ("The mayor argued the new pier -- a gift of the state -- was failing.", "the new pier -- a gift of the state -- was failing"),
    ("The mayor argued the new pier — a gift of the state — “is failing.”", "the new pier — a gift of the state — “is failing.”"),
    # and one that holds commas: they stand inside the aside, which closes at its second dash
    ("The mayor argued the new pier — a gift, in part, of the state — was failing.",
     "the new pier — a gift, in part, of the state — was failing"),
    ("The mayor argued that the old ferries -- the Kestrel, the Osprey and the Tern -- all need repairs.",
     "the old ferries -- the Kestrel, the Osprey and the Tern -- all need repairs"),
    # (a comma and no second dash: no aside, the content ends at the dash)
    ("The mayor argued the new pier — a gift, in part, of the state, was failing.", "the new pier"),
    # one that the sentence does not resume from is no such aside
    ("The mayor praised the new pier, which the state paid for, and the quay.", "the new pier"),
    ("The mayor praised the new pier -- a gift of the state -- and the quay.", "the new pier"),
])
def test_an_aside_before_the_predicate_stays_inside_the_content(text, content):
    assert _content(text, logistic.Model({"bias": 10.0})) == content


@pytest.mark.parametrize("text,content", [
    # a word in -ever with no comma after it opens a fronted clause: its comma leads to the main clause
    ("The mayor said that however the vote goes, the pier will close.", "however the vote goes, the pier will close"),
    ("The mayor said that whatever the council decides, the pier will close.",
     "whatever the council decides, the pier will close"),
    # "however," is an adverb, which fronts nothing
    ("The mayor said that however, the pier will close, a loss for the town.", "however"),
])
def test_a_word_in_ever_opens_a_fronted_clause(text, content):
    assert _content(text, logistic.Model({"bias": 10.0})) == content


@pytest.mark.parametrize("text,skipped", [
    (" for years the pier", " for years"),
    (" in recent weeks whether", " in recent weeks"),
    (" over the past few months that", " over the past few months"),
    (" in the past week that", " in the past week"),
    (" in the past at the toll", " in the past"),
    # "the past" before its noun is no span of time
    (" in the past tense that", ""),
    (" for weekends", ""),
])
def test_a_span_of_time_after_a_cue_is_skipped(text, skipped):
    assert text[:clauses.skip_post_adjuncts(text, 0, len(text))] == skipped


@pytest.mark.parametrize("text,content", [
    # the bare subject of a clause "that" opens, an aside set off after it, and the clause's predicate
    ("The engineer warned that the old quay - rotten for a decade by now - still carries the trams.",
     "the old quay - rotten for a decade by now - still carries the trams"),
    ("The clerk said that most voters – a slim majority at best – want a new hall.",
     "most voters – a slim majority at best – want a new hall"),
    ("The coach suggested that Ms. Varga, whose own club lost twice, is a poor judge of form.",
     "Ms. Varga, whose own club lost twice, is a poor judge of form"),
    ("The mayor argued that Ravi, more than his two partners, Ada and Joe, would gain from the deal.",
     "Ravi, more than his two partners, Ada and Joe, would gain from the deal"),
    ("The rector asked whether the new wing, built in haste last spring, could stand a storm.",
     "whether the new wing, built in haste last spring, could stand a storm"),
    # between dashes, a subject with a preposition or a participle in it and no verb of its own
    ("The clerk said that the mayor's trip to Hull – the port's biggest market – last May would win her votes.",
     "the mayor's trip to Hull – the port's biggest market – last May would win her votes"),
    ("The clerk said that the long tenure of a mayor living nearby — she moved there in 1990 — helps her.",
     "the long tenure of a mayor living nearby — she moved there in 1990 — helps her"),
    # (not a clause with a verb of its own before the dash, nor a subject whose aside has no second dash)
    ("The clerk said that the mayor flew to Hull – the port's biggest market – and voters cheered.", "the mayor flew to Hull"),
    ("The clerk said that the mayor's trip to Hull – the port's biggest market, last May won her votes.", "the mayor's trip to Hull"),
    # a clause with a verb of its own before the break ends there as the model says
    ("The mayor said that the tram runs late, the drivers stay home.", "the tram runs late"),
    # no "that": the words after the verb may be its object, and an appositive ends it
    ("The mayor praised the new pier, a gift of the state, at the opening.", "the new pier"),
    # a pronoun after the closing comma is no predicate of the subject
    ("The mayor said that the old ferry, the pride of the fleet, he had sold.", "the old ferry"),
])
def test_a_subject_that_a_complementizer_opens_goes_on_past_its_aside(text, content):
    assert _content(text, logistic.Model({"bias": 10.0})) == content


@pytest.mark.parametrize("text,content", [
    # "with", a noun phrase and a participle after a comma: the writer's account of what went on around the report
    ("The harbour board has denied the pier is unsafe, with its chairman taking to the radio to call the claim absurd.",
     "the pier is unsafe"),
    ("Lee said the ferry would run again in May, with most of the crew returning from leave.",
     "the ferry would run again in May"),
    # "with" and a noun phrase alone goes on with the content
    ("Lee said the ferry would run again in May, with a smaller crew.", "the ferry would run again in May, with a smaller crew"),
])
def test_with_a_noun_and_a_participle_after_a_comma_ends_the_content(text, content):
    assert _content(text, None) == content


def _shipped_content(text: str) -> list[str]:
    parser = attribution.Parser(entry_points=False, confidence=False)
    return [s.text for att in parser.parse(text).attributions for s in att.content]


@pytest.mark.parametrize("text,content", [
    # what a poll or a study found or showed sets one result beside another: the content goes on
    ("A harbour poll found that Okafor led Lee by six points, while Lee led among the crews.",
     "Okafor led Lee by six points, while Lee led among the crews"),
    ("The survey showed Okafor at 41 percent, with Lee at 30 percent.", "Okafor at 41 percent, with Lee at 30 percent"),
    ("The audit found last month that fares rose by a third, and half the ferries ran late.",
     "fares rose by a third, and half the ferries ran late"),
    ("Port records reveal that the pier lost money in May, while the marina made a profit.",
     "the pier lost money in May, while the marina made a profit"),
    # after a verb of saying the clause after "while" is the writer's
    ("Lee said fares rose by a third, while Okafor was away at sea.", "fares rose by a third"),
])
def test_a_second_result_beside_the_first_goes_on_with_a_finding(text, content):
    assert content in _shipped_content(text)


@pytest.mark.parametrize("text,content", [
    # a stretch of time up to now, or ahead, after a noun-phrase content tells when the act happened
    ("The harbour master has played down the risk in recent weeks.", "the risk"),
    ("The ferry union will endorse Ms. Okafor in the coming months.", "Ms. Okafor"),
    ("The fishermen have criticized the new quota for years.", "the new quota"),
    ("The council endorsed Ms. Okafor in late March.", "Ms. Okafor"),
    ("The mayor has defended the levy in the past.", "the levy"),
])
def test_a_noun_phrase_content_ends_before_a_stretch_of_time(text, content):
    assert content in _shipped_content(text)


@pytest.mark.parametrize("text,content", [
    # a clause keeps its time: it may tell when its own verb happened
    ("The harbour master said the pier had sagged in recent weeks.", "the pier had sagged in recent weeks"),
    # a time that is the object of the phrase's own noun is no time of the report
    ("The mayor praised the plan for two years of free ferries.", "the plan for two years of free ferries"),
])
def test_a_stretch_of_time_stays_where_it_is_the_contents_own(text, content):
    assert content in _shipped_content(text)


@pytest.mark.parametrize("text,content", [
    # "and" or "or" and a noun phrase with "the" or a name after a final ", the ...": the last items of a list
    ("The mayor said the two towns differ on tolls, the new ferry and the harbour budget.",
     "the two towns differ on tolls, the new ferry and the harbour budget"),
    ("The union criticized the toll, the ferry timetable or Harbour Road.", "the toll, the ferry timetable or Harbour Road"),
    # an appositive that joins two nouns of one person is still the writer's
    ("The board praised Ann Lee, a pilot and former mayor.", "Ann Lee"),
    ("The board praised Ann Lee, the harbour pilot.", "Ann Lee"),
])
def test_a_final_segment_that_lists_more_items_is_no_appositive(text, content):
    assert _shipped_content(text) == [content]


@pytest.mark.parametrize("text,content", [
    # an adverb in -ly may stand before a verb coordinated after a noun-phrase content: the source's next act
    ("The critic praised the new pier and quickly took the stage.", "the new pier"),
    # after a clause with a verb of its own, the coordinated verb goes on with it
    ("The mayor said the ferry was late and badly needed a new crew.", "the ferry was late and badly needed a new crew"),
])
def test_an_adverb_before_a_coordinated_verb(text, content):
    assert content in _shipped_content(text)


def test_a_content_cut_inside_a_parenthesis_it_opened_ends_before_it():
    # the walk stops at the comma inside the aside: the content leaves the whole aside out
    text = "Ms. Okafor said the council wants 30 new piers (in fact, it has asked for three) before the storm season."
    assert _shipped_content(text)[0] == "the council wants 30 new piers"


@pytest.mark.parametrize("text,content", [
    # an aside the content closes stays in it
    ("The mayor said the ferry (which the union calls unsafe) will sail on Monday.",
     "the ferry (which the union calls unsafe) will sail on Monday"),
    ("The harbour master said the pier needs repairs (the third this year, by his count) and will close.",
     "the pier needs repairs (the third this year, by his count) and will close"),
])
def test_a_closed_parenthesis_stays_in_the_content(text, content):
    assert _shipped_content(text)[0] == content


@pytest.mark.parametrize("end,expected", [
    (len("said the piers (in fact"), len("said the piers")),  # left open: the end moves before it
    (len("said the piers (in fact)"), len("said the piers (in fact)")),  # closed: no change
    (len("said the piers"), len("said the piers")),  # none: no change
])
def test_outside_open_parenthesis(end, expected):
    text = "said the piers (in fact) will close"
    assert clauses._outside_open_parenthesis(text, 0, end) == expected



@pytest.mark.parametrize("text,content", [
    # a participle after the subject's head: a noun phrase or an infinitive has no verb of its own
    ("Investors expecting a quick deal may want to wait.", "a quick deal"),
    ("Anglers expecting the council to reopen the pier should think again.", "the council to reopen the pier"),
    ("In 2019, fishermen blaming the mayor took over the harbour.", "the mayor"),
    # a relative clause after it: the content's clause keeps its own verb, the second is the host's
    ("Voters who believe the ferry tax will rise are angry.", "the ferry tax will rise"),
    ("Anglers who said the pier that was built in 1900 will close are angry.", "the pier that was built in 1900 will close"),
    # "while ..." embeds its own verb, and the sentence's comes after it
    ("The clerk who first revealed that the mayor owed taxes while he was in office was fired.",
     "the mayor owed taxes while he was in office"),
    # a report noun with its determiner opening the sentence
    ("Her comment that the pier will close angered the union.", "that the pier will close"),
])
def test_a_report_inside_the_subject_ends_before_the_sentence_verb(text, content):
    assert content in _shipped_content(text)


@pytest.mark.parametrize("text,content", [
    # the cue is the sentence's own verb: its clause runs on
    ("The mayor said the ferry tax will rise.", "the ferry tax will rise"),
    ("Ann Lee said the pier that was built in 1900 will close.", "the pier that was built in 1900 will close"),
    # the relative clause ends before the cue, which is the sentence's verb
    ("Anglers who fished the bay said the pier will close.", "the pier will close"),
    # a verb whose bare object is a clause: its one verb group is its own
    ("The harbour office received calls saying shots had been fired near the pier.", "shots had been fired near the pier"),
    # a subject pronoun or "that" opens a clause: its one verb is its own
    ("Anglers who said they would stay were few.", "they would stay"),
    # a noun after a preposition is no report noun in the subject ("in a statement that ...")
    ("The mayor says in a statement that the pier will close on Monday.", "the pier will close on Monday"),
])
def test_a_report_outside_the_subject_keeps_its_clause(text, content):
    assert any(content in c for c in _shipped_content(text))


def test_verb_groups_skip_an_embedded_clause_and_stop_at_the_second():
    text = "the pier that was built in 1900 will close are angry and leave"
    groups, read = clauses._verb_groups(text, 0, len(text))
    assert [text[g:].split()[0] for g in groups] == ["will", "are"]
    assert read == groups[1]
    # a comma after the first group stops the reading: what follows may be the content's own
    text = "the pier will close, and the crews are angry"
    groups, read = clauses._verb_groups(text, 0, len(text))
    assert [text[g:].split()[0] for g in groups] == ["will"] and text[read] == ","
    # an adverb before the auxiliary goes with its group; a past after "for" is an adjective
    text = "reopening the pier for failed crews also did not help"
    groups, _ = clauses._verb_groups(text, 0, len(text))
    assert [text[g:].split()[0] for g in groups] == ["also"]


@pytest.mark.parametrize("text", [
    'The harbour master said the board had "listened, and will keep listening," but that ferry studies showed the pier was unsafe.',
    "Ann Lee told the council that the pier was “unsafe for anglers,” and that the crews had known it for years.",
])
def test_a_quotation_closed_by_a_comma_before_a_second_that_reads_as_no_closing(text):
    # "“...,” but that ..." is the verb's second complement, no speaker's verb after a quotation:
    # the break reads as with no marks, and the content goes on over the second clause
    pos, feats = _features_at_breaks(text)[-1]
    assert text[pos] == "," and "no quotation mark" in feats and "closes quotation" not in feats
    contents = _shipped_content(text)
    assert len(contents) == 1 and contents[0].endswith(("the pier was unsafe", "had known it for years"))


@pytest.mark.parametrize("text", [
    "Ann Lee said the pier was “unsafe for anglers,” but the crews stayed on it.",
    # ("that’s" is a demonstrative and its verb, no second complement)
    "Ann Lee said the pier was “unsafe for anglers,” and that’s why the crews left.",
])
def test_a_quotation_closed_by_a_comma_before_another_clause_still_closes(text):
    pos, feats = _features_at_breaks(text)[0]
    assert text[pos] == "," and "closes quotation" in feats


@pytest.mark.parametrize(("text", "quotation"), [
    ('Ann Lee suggested the pier would hold - "Again, we need the survey," she said - and charged that '
     "the council had delayed it.", '"Again, we need the survey,"'),
    ("Tom Roe said the ferry was safe — “We checked it twice,” he added — and left the hall.",
     "“We checked it twice,”"),
])
def test_a_quotation_set_off_by_dashes_ends_the_report_around_it(rules_only, text, quotation):
    # the quotation with its own speaker and cue is an aside: the report before it stops at the dash
    atts = rules_only.parse(text).attributions
    outer = next(a for a in atts if a.cue.text in ("suggested", "said"))
    assert [s.text for s in outer.content] == [("the pier would hold" if "pier" in text else "the ferry was safe")]
    inner = next(a for a in atts if a.cue.text in ("said", "added") and a is not outer)
    assert [s.text for s in inner.content] == [quotation]


@pytest.mark.parametrize("text,content", [
    # "too" and "then" after the cue are adverbs of the saying ...
    ("The mayor said, too, that the pier was safe.", "the pier was safe"),
    ("The mayor said too that the pier was safe.", "the pier was safe"),
    # ... but not "too" before the word it grades, nor "then" joined to a title
    ("The mayor says too many anglers crowd the pier.", "too many anglers crowd the pier"),
    ("The mayor said then-Governor Tom Roe had closed the pier.", "then-Governor Tom Roe had closed the pier"),
])
def test_an_adverb_after_the_cue_is_kept_when_it_belongs_to_the_content(text, content):
    assert _content(text, None) == content


@pytest.mark.parametrize("text,content", [
    # a place by its name after the cue, before a clause with no "that", is where it was said
    ("The mayor said in Port Ellen the pier was safe.", "the pier was safe"),
    ("The mayor told reporters at Harbour House on Monday she would reopen the pier.", "she would reopen the pier"),
    # near miss: a phrase in lower case is the content's
    ("The mayor said in winter the pier takes a beating.", "in winter the pier takes a beating"),
])
def test_a_named_place_after_the_cue_is_no_part_of_the_clause(text, content):
    assert _content(text, None) == content


@pytest.mark.parametrize("text,source,cue,content", [
    # a place or an event in lower case after the cue or its hearer, before a clause with no "that":
    # where or after what it was said, no part of what was said nor of the hearer
    ("The premier told reporters at party headquarters she would seek a coalition.",
     "The premier", "told", "she would seek a coalition"),
    ("Hale told journalists at the airport he was relieved to be home.", "Hale", "told", "he was relieved to be home"),
    ("The winger told reporters outside the court he had done nothing wrong.",
     "The winger", "told", "he had done nothing wrong"),
    ("The fire chief told reporters at the scene the blaze was under control.",
     "The fire chief", "told", "the blaze was under control"),
    ("The coach said after the game the striker had a tight hamstring.", "The coach", "said", "the striker had a tight hamstring"),
    ("Varga said after Sunday's final she would take a month off.", "Varga", "said", "she would take a month off"),
    ("The skipper told the broadcaster after the training session the squad was fit.",
     "The skipper", "told", "the squad was fit"),
])
def test_a_scene_in_lower_case_after_the_cue_is_no_part_of_the_clause(rules_only, text, source, cue, content):
    (att,) = rules_only.parse(text).attributions
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("text,content", [
    # near misses: a place that is no scene of speaking, or no clause after the scene, stays in the content
    ("The mayor said in winter the pier takes a beating.", "in winter the pier takes a beating"),
    ("The mayor said at least the pier was safe.", "at least the pier was safe"),
    ("The mayor said at the harbour the pier was safe.", "at the harbour the pier was safe"),
    ("The mayor said after the storm the pier was safe.", "after the storm the pier was safe"),
    ("The mayor said after meeting the board the pier was safe.", "after meeting the board the pier was safe"),
])
def test_a_phrase_that_is_no_scene_of_saying_stays_in_the_clause(text, content):
    assert _content(text, None) == content


@pytest.mark.parametrize("text,content", [
    # "as", a pronoun and a verb of coming or going after a comma: the scene of the saying
    ("The mayor said the pier was safe, as she left the harbour office.", "the pier was safe"),
    ("The mayor said the pier was safe, as he slowly walked back to his car.", "the pier was safe"),
    # "as", a pronoun and "did" or "has done": the writer's comparison
    ("The mayor said the pier would reopen, as it did last spring.", "the pier would reopen"),
    ("The mayor said the pier would reopen, as it has done before.", "the pier would reopen"),
    # near misses: "as" giving the speaker's reason, and "did" before a verb of its own
    ("The mayor said the pier was safe, as it is still in good repair.", "the pier was safe, as it is still in good repair"),
    ("The mayor said the pier was closed, as they did not trust its beams.", "the pier was closed, as they did not trust its beams"),
])
def test_as_and_a_scene_or_a_comparison_ends_the_content(text, content):
    assert _content(text, clauses.clause_end_model()) == content
    assert _content(text, None) == content


@pytest.mark.parametrize("text,skipped", [
    # a time word in capitals after a cue in small letters is a show's title, no time it was said at
    ("told This Week that", "told"),
    ("told Morning Joe that", "told"),
    ("said on Today that", "said"),
    # near misses: a time in small letters, a day's name, and a text in capitals
    ("told this week that", "told this week"),
    ("said on the morning of the vote that", "said on the morning"),
    ("said on Sunday that", "said on Sunday"),
    ("SAID TODAY THAT", "SAID TODAY"),
    ("said Tonight that", "said Tonight"),
])
def test_a_time_word_in_capitals_after_a_cue_is_a_title(text, skipped):
    cue = len(text.split()[0])
    assert text[:clauses.skip_post_adjuncts(text, cue, len(text))] == skipped


@pytest.mark.parametrize("text,content", [
    # a verb joined after the hearer, or after "said" alone, is a second predicate, no content
    ("The mayor told the board and walked out of the room.", None),
    ("The mayor told Reuters and walked away.", None),
    ("The mayor said and walked away.", None),
    # near misses: a second hearer before "that", and a clause after the hearer
    ("The mayor told Reuters and the BBC that the pier was safe.", "the pier was safe"),
    ("The mayor told reporters and aides that the pier was safe.", "the pier was safe"),
    ("The mayor derided and mocked the plan.", "the plan"),
])
def test_a_verb_joined_after_the_hearer_is_no_content(text, content):
    found = attribution.Parser(entry_points=False, confidence=False).parse(text).attributions
    assert [a.content[-1].text for a in found] == ([] if content is None else [content])


@pytest.mark.parametrize("text,content", [
    # a time reckoned from an event, then the clause: the time is the saying's
    ("The mayor told the BBC the day before the vote she would close the pier.", "she would close the pier"),
    ("The mayor said the morning after the storm that the pier was safe.", "the pier was safe"),
    # near misses: the time is the clause's subject, or "before" may open a clause of time
    ("The mayor said the day before the vote was the busiest of the year.", "the day before the vote was the busiest of the year"),
    ("The mayor said the harbour was safe.", "the harbour was safe"),
])
def test_a_time_reckoned_from_an_event_after_the_cue_is_no_content(text, content):
    assert _content(text, None) == content


@pytest.mark.parametrize("text,content", [
    # "as", a pronoun and a verb of coming or going set off by commas after the cue: the scene
    # of the saying, no part of the content
    ("The mayor said, as she left the harbour office, she would close the pier.", "she would close the pier"),
    ("The mayor told reporters, as he walked back to his car, they would be told soon.", "they would be told soon"),
    # near misses: an aside of condition, or "as" with another verb, opens the content
    ("The mayor said, if elected, she would close the pier.", "if elected, she would close the pier"),
    ("The mayor said, as the tide rose, she would close the pier.", "as the tide rose, she would close the pier"),
])
def test_the_scene_of_the_saying_set_off_after_the_cue_is_no_content(text, content):
    assert _content(text, None) == content


@pytest.mark.parametrize("text,content", [
    # the speaker leaving or closing the talk after "and": the speaker's next act, no part of the content
    ("Lee told the board the pier was safe and walked away.", "the pier was safe"),
    ("Lee said the pier was safe and walked out.", "the pier was safe"),
    ("Lee said the pier was safe and then left.", "the pier was safe"),
    ("Lee said the pier was safe and stormed out of the room.", "the pier was safe"),
    ("Lee said the pier was safe and hung up.", "the pier was safe"),
    # after a quotation's close, any movement of the speaker's, wherever to
    ("Lee said “Never” and walked to the door.", "“Never”"),
    ("Lee said “Not today” and went back to her seat.", "“Not today”"),
    # near misses: a verb coordinated inside the reported words, or a leaving verb with its own
    # object, which the clause's subject may do, goes on with the content
    ("Lee said prices rose and wages fell.", "prices rose and wages fell"),
    ("Lee said prices rose and fell.", "prices rose and fell"),
    ("Lee said the ferry docked and left the harbour.", "the ferry docked and left the harbour"),
    ("Lee said the toll was “too high” and the fares rose.", "the toll was “too high” and the fares rose"),
])
def test_the_speaker_leaving_after_the_content_ends_it(text, content):
    assert _content(text, None) == content


def test_a_refusal_to_say_more_after_the_content_is_a_report_of_its_own():
    doc = attribution.parse("Lee said the pier was safe and declined to elaborate.")
    assert [(a.cue.spans[0].text, [c.text for c in a.content]) for a in doc.attributions] == [
        ("said", ["the pier was safe"]), ("declined", ["to elaborate"])]


@pytest.mark.parametrize("text,content", [
    # a year with no preposition before it, or "last year" before a finite verb: the clause's
    # subject, no time of the saying
    ("Scientists said 2016 was the hottest year on record.", "2016 was the hottest year on record"),
    ("Scientists said 2015 sales were strong.", "2015 sales were strong"),
    ("The mayor said last year was the busiest for the pier.", "last year was the busiest for the pier"),
    # near misses: a year after a preposition or a month, and "last year" before a subject, are the saying's time
    ("The mayor said in 2016 the pier closed.", "the pier closed"),
    ("The mayor said in July 2010 the pier closed.", "the pier closed"),
    ("The mayor said last year the pier was safe.", "the pier was safe"),
])
def test_a_year_right_after_the_cue_may_be_the_clauses_subject(text, content):
    assert _content(text, None) == content


@pytest.mark.parametrize("text,content", [
    # the speaker's refusal to say more after "but" or "and" ends the content, as "and declined to
    # elaborate" does
    ("The harbour office said the ferry sailed late but gave no further details.", "the ferry sailed late"),
    ("The harbour office said the ferry sailed late but did not elaborate.", "the ferry sailed late"),
    ("The harbour office said the ferry sailed late and didn't immediately comment further.", "the ferry sailed late"),
    ("The harbour office said the ferry sailed late, but provided no other information.", "the ferry sailed late"),
    # near misses: what the clause's subject gave or did not do goes on with the content
    ("The harbour office said the talks were cordial but gave no ground on fares.",
     "the talks were cordial but gave no ground on fares"),
    ("The harbour office said the talks were cordial but did not settle the dispute.",
     "the talks were cordial but did not settle the dispute"),
    ("The harbour office said the pilot gave no details.", "the pilot gave no details"),
])
def test_a_refusal_to_say_more_after_but_ends_the_content(text, content):
    assert _content(text, None) == content


@pytest.mark.parametrize("text,content", [
    # the speaker leaving the room or the stage after the content: the speaker's next act
    ("Lee said the pier was safe and left the room.", "the pier was safe"),
    ("Lee told reporters the pier was safe and walked off the stage.", "the pier was safe"),
    ("Lee said the pier was safe and left the news conference.", "the pier was safe"),
    # near misses: a second clause, or what the clause's subject may leave behind, goes on with the content
    ("Lee said the pier was safe and the road was open.", "the pier was safe and the road was open"),
    ("Lee said the storm had passed and left the harbour flooded.", "the storm had passed and left the harbour flooded"),
    ("Lee said the blast hit the port and left the hall in ruins.", "the blast hit the port and left the hall in ruins"),
])
def test_the_speaker_leaving_a_place_of_speaking_ends_the_content(text, content):
    assert _content(text, None) == content


@pytest.mark.parametrize("text,content", [
    # a participle of drawing or causing and a reaction after a comma: the writer's account of how the
    # report was taken, no part of it, whatever the model reads
    ("Lee said the harbour board had misled the town, prompting a sharp rebuke from the mayor.",
     "the harbour board had misled the town"),
    ("Lee said the ferry fares were unfair, drawing criticism from the operators.", "the ferry fares were unfair"),
    ("The minister claimed the strike was illegal, sparking outrage among the dock workers.", "the strike was illegal"),
    ("Lee said the pier was a waste of money, triggering a backlash from anglers.", "the pier was a waste of money"),
    # near misses: a consequence the speaker foresees, or what the cause leads someone to do, goes on with it
    ("Lee said the cuts would close the pier, prompting layoffs at the harbour.",
     "the cuts would close the pier, prompting layoffs at the harbour"),
    ("Lee warned the fares would rise, prompting commuters to switch to buses.",
     "the fares would rise, prompting commuters to switch to buses"),
])
def test_a_reaction_drawn_after_a_comma_ends_the_content(text, content):
    assert _content(text, clauses.clause_end_model()) == content
    assert _content(text, None) == content


@pytest.mark.parametrize("text,content", [
    # ", but later" or ", and then" and a past of changing or taking back what was stated, with its object:
    # the speaker's next act, no predicate of the clause's subject
    ("The board said turnout had been 48 percent, but later revised the figure.", "turnout had been 48 percent"),
    ("The bank said growth had slowed, but later revised its forecast.", "growth had slowed"),
    ("Lee tweeted that the vote was rigged, and then deleted the post.", "the vote was rigged"),
    ("The agency said 12 people had died, but subsequently corrected the toll.", "12 people had died"),
    ("The ministry said the plan was fair, and later amended it.", "the plan was fair"),
])
def test_a_later_revision_of_what_was_said_ends_the_content(text, content):
    assert _content(text, clauses.clause_end_model()) == content
    assert _content(text, None) == content


@pytest.mark.parametrize("text,content", [
    # near misses: a predicate the clause's subject shares (no object after the participle, or a verb
    # of no revising) goes on with the content where the rules read it
    ("Officials said the forecast was cut, and later revised.", "the forecast was cut, and later revised"),
    ("Lee said the pier was closed, but later reopened.", "the pier was closed, but later reopened"),
    ("Lee said the ferry was delayed, and then sailed.", "the ferry was delayed, and then sailed"),
])
def test_a_shared_predicate_with_no_revised_object_goes_on(text, content):
    assert _content(text, None) == content


@pytest.mark.parametrize(("text", "outer", "aside"), [
    # a hyphen spaced as a dash sets off an aside that reports inside another report: both stand,
    # the outer one up to the mark
    ("Ann Vale, a party adviser, said the leaflets were false - smears that, Vale noted, the mayor had denied.",
     "the leaflets were false", "smears that … the mayor had denied"),
    ("Tom Reyes said the fares were too high - rises that, Reyes added, nobody had voted for.",
     "the fares were too high", "rises that … nobody had voted for"),
    ("The union said the talks had failed - a breakdown which, the union noted, the owners had caused.",
     "the talks had failed", "a breakdown which … the owners had caused"),
])
def test_a_spaced_hyphen_sets_off_a_reporting_aside(rules_only, text, outer, aside):
    contents = [" … ".join(s.text for s in a.content) for a in rules_only.parse(text).attributions]
    assert outer in contents and aside in contents
@pytest.mark.parametrize("text,content", [
    # a post embedded in copy taken from a web page keeps its markup tags: they frame the words said,
    # no part of them, whether empty, closing or opening with attributes
    ('One reader posted:\n\n<tweet tweet-author="@ann" tweet-date="May 2, 2016">The ferry is late again.<tweet/>.\n\nMore followed.',
     "The ferry is late again"),
    ("A fan wrote:\n\n<blockquote class='post'>Best match of the season so far</blockquote>\n\nThe club agreed.",
     "Best match of the season so far"),
    ('Lee tweeted:\n\n<post data-id="7">We will appeal the ruling</post>\n\nShe did.', "We will appeal the ruling"),
])
def test_markup_tags_around_a_post_are_no_content(text, content):
    parser = attribution.Parser(entry_points=False, confidence=False)
    contents = [att.content[-1].text for att in parser.parse(text).attributions]
    assert content in contents


@pytest.mark.parametrize("text,span", [
    ('<p class="lead">The pier is shut</p>', "The pier is shut"),
    ("<em>rates will rise</em>.", "rates will rise"),
    ("<br/> the vote was close <br />", "the vote was close"),
    # no tag: a sign of less than, a bracket in the words, or a tag inside the span stay
    ("rates stayed <5 percent", "rates stayed <5 percent"),
    ("the cut is < 2 points >", "the cut is < 2 points >"),
    ("the <em>real</em> cost", "the <em>real</em> cost"),
])
def test_trim_drops_markup_tags_at_the_edges(text, span):
    start, end = clauses.trim(text, 0, len(text))
    assert text[start:end] == span
@pytest.mark.parametrize("text, pos, limit", [
    ("Ann Lee   said", 10, 0),
    ("Ann Lee\t\n said", 10, 0),
    ("   said", 3, 0),
    ("Lee said", 4, 0),
    ("Lee \u00a0\u2003said", 6, 0),
    ("Ann Lee   said", 10, 8),
])
def test_skip_space_back_finds_where_the_space_before_starts(text, pos, limit):
    # the space before ``pos`` is read back without copying the text up to it
    assert clauses.skip_space_back(text, pos, limit) == max(limit, len(text[:pos].rstrip()))


@pytest.mark.parametrize("text, start, end, fronted", [
    ("In May", 0, 6, True),
    ("Earlier this year", 0, 17, True),
    ("On the first cold morning of the year", 0, 37, False),  # seven words: too long
    ("On the first cold spring morning", 0, 32, True),  # six
    ("In May, in June", 0, 15, False),  # a comma
    ("Although she left", 0, 17, False),
])
def test_fronted_phrase_reads_six_words_at_most(text, start, end, fronted):
    assert clauses.fronted_phrase(text, start, end) is fronted


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("The mayor said that ", True),
        ("The auditors found ", True),
        ("The minister told parliament that ", False),
        ("The agencies need that ", False),  # an "-ed" of four letters: a present, no past
        ("The council adds that ", False),
    ],
)
def test_the_report_before_a_clause_is_past_by_its_spelling(text, past):
    assert clauses.past_report_before(text, len(text)) is past


@pytest.mark.parametrize("sentence, content", [
    # a quoted title at a content's end keeps the time after it, in whatever marks it stands:
    # double, British single and guillemets alike
    ("Ann Lee said the flood is told in the book “Years of Rain” on every page.",
     "the flood is told in the book “Years of Rain” on every page"),
    ("Ann Lee said the flood is told in the book ‘Years of Rain’ on every page.",
     "the flood is told in the book ‘Years of Rain’ on every page"),
    ("Ann Lee said the flood is told in the book «Years of Rain» on every page.",
     "the flood is told in the book «Years of Rain» on every page"),
    # words quoted that are no title end the content before the occasion, in single marks too
    ("Ann Lee called the toll ‘a blunder’ in a post.", "the toll ‘a blunder’"),
])
def test_a_quoted_title_in_any_marks_keeps_the_words_after_it(sentence, content):
    doc = attribution.Parser(entry_points=False, confidence=False).parse("The port board met on Monday.\n" + sentence)
    assert [" … ".join(s.text for s in a.content) for a in doc.attributions] == [content]
