"""Constructions of opinion and analysis copy (op-eds, columns, leaders, letters): the writer cites
critics, supporters, polls and the dead ("To quote the late ...", "As the commission noted as far
back as 1966, ..."), opinion pages label their headlines ("Comment:", "Our View:"), the writer speaks
of himself ("I am not one of them") and of "the prime minister", on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_COLUMN = (
    "Comment: The harbour levy deserves a second look\n\n"
    "By Nadia Qureshi\n\n"
    "Critics say the levy drives trawlers away. Supporters insist the scheme will pay for itself.\n\n"
    "To quote the late Mabel Fennick, \u201cA harbour that stops mending its walls has started to sink.\u201d\n\n"
    "As the port commission noted as far back as 1974, the outer wall is older than the town.\n\n"
    "It is widely believed in Portgate that the council will back down. There are those who claim "
    "that the fishing will recover. I am not one of them."
)


def test_a_column_on_a_harbour_levy(rules_only):
    atts = rules_only.parse(_COLUMN).attributions
    assert [(a.source.span.text if a.source else None, a.cue.text) for a in atts] == [
        ("Critics", "say"), ("Supporters", "insist"), ("the late Mabel Fennick", "To quote"),
        ("the port commission", "noted"), (None, "is widely believed"), ("who", "claim")]
    assert [s.text for s in atts[2].content] == [
        "\u201cA harbour that stops mending its walls has started to sink.\u201d"]
    assert [s.text for s in atts[3].content] == ["the outer wall is older than the town"]
    assert [s.text for s in atts[4].content] == ["the council will back down"]


@pytest.mark.parametrize("headline", [
    # the labels of opinion pages name no speaker: the words after them are the writer's
    "Comment: Our ferries deserve better than slogans",
    "Column: The levy's broken promises",
    "Guest Column: The filibuster is not sacred",
    "Our View: The farm laws need a rethink",
    "Commentary: Why the central bank may blink",
    "Letters: The sugar levy is working",
])
def test_an_opinion_page_label_is_no_speaker(rules_only, headline):
    assert rules_only.parse(headline + "\n\nThe council met on Monday.").attributions == ()


def test_a_name_before_a_headline_colon_still_speaks(rules_only):
    # near miss: a name before the colon is its speaker, as before
    att = _one(rules_only.parse("Qureshi: We must mend the harbour wall\n\nThe council met on Monday."))
    assert (att.source.span.text, att.source.kind) == ("Qureshi", "person")


@pytest.mark.parametrize("text,source,content", [
    ("To quote the late Mabel Fennick, \u201cNo wall mends itself.\u201d The council should listen.",
     "the late Mabel Fennick", "\u201cNo wall mends itself.\u201d"),
    ("But to paraphrase Fennick, no wall ever mended itself.", "Fennick", "no wall ever mended itself"),
    # after its clause and a comma, as "according to" stands
    ("No wall ever mended itself, to paraphrase Fennick.", "Fennick", "No wall ever mended itself"),
])
def test_an_infinitive_that_fronts_a_citation(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])
    assert att.cue.text.lower() in ("to quote", "to paraphrase")


@pytest.mark.parametrize("text", [
    # near misses: an infinitive of quoting inside a clause leads no citation
    "The shipyard declined to quote a price for the new ferry.",
    "The council went on to quote the harbour master at length.",
])
def test_an_infinitive_of_quoting_inside_a_clause_leads_nothing(rules_only, text):
    assert all(a.cue.text.lower() not in ("to quote", "to paraphrase") for a in rules_only.parse(text).attributions)


@pytest.mark.parametrize("text", [
    "As the port commission warned back in 2010, the outer wall is unsafe.",
    "As Fennick said years ago, the outer wall is unsafe.",
    "As Fennick argued as early as the 1990s, the outer wall is unsafe.",
    # near miss: a time named as before
    "As Fennick said last year, the outer wall is unsafe.",
])
def test_an_as_clause_dated_long_ago_comments_on_the_clause_after(rules_only, text):
    att = _one(rules_only.parse(text))
    assert [s.text for s in att.content] == ["the outer wall is unsafe"]


def test_a_report_dated_years_ago_keeps_its_clause(rules_only):
    att = _one(rules_only.parse("Fennick warned years ago that the outer wall was unsafe."))
    assert [s.text for s in att.content] == ["the outer wall was unsafe"]


@pytest.mark.parametrize("text", [
    # a copula that says what the writer is or does reports nothing
    "I am not one of them.",
    "I am a harbour master, not a lawyer.",
    "I am doing these things because the wall must hold.",
    # a state with no clause it holds: the writer's own verdict, no report
    "I am not convinced.",
    "I am not sure.",
    "I am not persuaded.",
])
def test_a_copula_that_describes_is_no_cue(rules_only, text):
    assert rules_only.parse(text).attributions == ()


def test_a_copula_of_stance_still_reports(rules_only):
    # near miss: "I am glad ..." tells the speaker's stance on a clause
    att = _one(rules_only.parse("I am glad the council listened to the trawlermen."))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        "I", "am", ["glad the council listened to the trawlermen"])


@pytest.mark.parametrize("text", [
    "It is widely believed in Portgate that the council will back down.",
    "It is often said in Portgate that the council will back down.",
    # near miss: with no place, as before
    "It is widely believed that the council will back down.",
])
def test_an_impersonal_report_past_a_place(rules_only, text):
    att = _one(rules_only.parse(text))
    assert att.source is None
    assert [s.text for s in att.content] == ["the council will back down"]


@pytest.mark.parametrize("text,person", [
    # "the prime minister" is no minister of another office named before, nor the person named last
    ("The former cabinet minister Liz Harding argued that the deal had failed. "
     "The prime minister maintains that the deal is working.", None),
    ("Liz Harding argued that the deal had failed. The prime minister maintains that the deal is working.", None),
    ("Cabinet minister Liz Harding argued that the deal had failed. "
     "The finance minister maintains that the deal is working.", None),
    # near misses: one named with that office, by title or in apposition
    ("Prime Minister Liz Harding argued that the deal had failed. "
     "The prime minister maintains that the deal is working.", "Prime Minister Liz Harding"),
    ("Finance minister Liz Harding argued that the deal had failed. "
     "The finance minister maintains that the deal is working.", "Finance minister Liz Harding"),
    ("Cabinet minister Liz Harding argued that the deal had failed. "
     "The minister maintains that the deal is working.", "Cabinet minister Liz Harding"),
])
def test_the_prime_minister_stands_for_no_other_minister(rules_only, text, person):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text.lower().startswith("the ")
    assert (att.source.refers_to.span.text if att.source.refers_to else None) == person


@pytest.mark.parametrize("text,source,kind", [
    # a title's possessive after "the" is the office holder's, a person
    ("The Chancellor's claim that the budget will cut borrowing does not hold up.", "The Chancellor's", "person"),
    ("The Prime Minister's claim that the levy is fair is false.", "The Prime Minister's", "person"),
    # near misses: a body's possessive after "the" is still the body's; a name's own mark stays its
    ("The Treasury's claim that the levy is fair is false.", "The Treasury's", "government"),
    ("Moody's said the levy was fair.", "Moody's", "organization"),
])
def test_a_possessive_after_the_is_its_owner_s_kind(rules_only, text, source, kind):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("text,source", [
    # what is held or shown with no one to hold it is of unnamed provenance, no person
    ("Conventional wisdom holds that the levy will fail.", "Conventional wisdom"),
    ("History shows that harbour levies stall.", "History"),
])
def test_wisdom_and_history_are_of_unnamed_provenance(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "unnamed")


def test_a_historian_is_still_a_person(rules_only):
    # near miss: one who writes history is a person
    att = _one(rules_only.parse("The historian Ann Vale argues that harbour levies stall."))
    assert att.source.kind == "person"


@pytest.mark.parametrize("text,source,kind,cue,content", [
    # a possessor before a noun of report and "that": a paper or a body reports as a person does
    ("The Gazette's report that the harbour master lied was wrong.",
     "The Gazette's", "outlet", "report", "that the harbour master lied"),
    ("Lee's claim that the harbour master lied was wrong.", "Lee's", "person", "claim", "that the harbour master lied"),
    ("The ministry's assertion that prices would fall proved hollow.",
     "The ministry's", "government", "assertion", "that prices would fall"),
    # a plural's possessive mark after its word, the phrase the sentence's subject
    ("Reuters' suggestion that the ferry deal was dead turned out to be premature.",
     "Reuters'", "outlet", "suggestion", "that the ferry deal was dead"),
])
def test_a_possessor_s_report_noun_and_its_that_clause(rules_only, text, source, kind, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, kind, cue)
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("text", [
    # near misses: "that" opens a relative clause, a document's maker or the relative's own verb
    "The agency's report that the board released on Monday ran to ninety pages.",
    "Lee's report that the paper published was long.",
    "The council's plan that would close the pier was dropped.",
])
def test_a_report_noun_before_a_relative_clause_reports_nothing(rules_only, text):
    assert all(a.cue.text not in ("report", "plan") for a in rules_only.parse(text).attributions)


@pytest.mark.parametrize("text,reports", [
    ("It was a report by the Gazette that the harbour master lied.", True),
    # near miss: a relative clause after the maker, the document's
    ("It was a report by the agency that the board released on Monday.", False),
])
def test_a_report_by_a_paper_and_its_that_clause(rules_only, text, reports):
    atts = [a for a in rules_only.parse(text).attributions if a.cue.text == "report"]
    assert bool(atts) == reports
    if reports:
        assert (atts[0].source.span.text, [s.text for s in atts[0].content]) == (
            "the Gazette", ["that the harbour master lied"])


@pytest.mark.parametrize("text,source", [
    # a negative quantifier is a subject like another, and "dispute" before "that" a verb of saying
    ("Nobody seriously disputes that the harbour wall is crumbling.", "Nobody"),
    ("No one doubts that the harbour wall will hold.", "No one"),
    ("Few believe that the ferry talks will succeed.", "Few"),
    ("The fishermen dispute that the catch has fallen.", "The fishermen"),
])
def test_a_negative_quantifier_subject_and_dispute_that(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert att.source.span.text == source
    assert [s.text for s in att.content][0].startswith("the ")


def test_dispute_with_a_noun_object_is_as_before(rules_only):
    # near miss: "dispute" with a bare noun object, as before
    atts = rules_only.parse("The two villages dispute the boundary of the common.").attributions
    assert all(a.cue.text != "dispute" for a in atts)


@pytest.mark.parametrize("text,source,content", [
    ("To borrow a phrase from Churchill, this is the end of the beginning.", "Churchill",
     "this is the end of the beginning"),
    ("To borrow from Mark Twain, reports of the levy's death are exaggerated.", "Mark Twain",
     "reports of the levy's death are exaggerated"),
])
def test_an_infinitive_that_borrows_a_citation(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])
    assert att.cue.text.lower().startswith("to borrow")


def test_borrowing_money_leads_no_citation(rules_only):
    # near miss: an infinitive of borrowing inside a clause is no lead
    atts = rules_only.parse("The council voted to borrow from the bank to mend the pier.").attributions
    assert all(not a.cue.text.lower().startswith("to borrow") for a in atts)


@pytest.mark.parametrize("text,source,cue", [
    # a clause with no "who" after a noun keeps where and when its talk took place
    ("Teachers I spoke to in Kochi last month say the syllabus is too long.",
     "Teachers I spoke to in Kochi last month", "say"),
    ("Nurses we talked to on Tuesday say the ward is full.", "Nurses we talked to on Tuesday", "say"),
    # its stranded "to" is no infinitive's before a bare verb of saying
    ("Parents I spoke to say the fees are too high.", "Parents I spoke to", "say"),
    ("Nurses I talked to have said the ward is full.", "Nurses I talked to", "have said"),
])
def test_a_contact_clause_runs_to_the_verb_of_saying(rules_only, text, source, cue):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, att.source.kind) == (source, cue, "group")


def test_a_pronoun_that_wrote_to_say_still_reports(rules_only):
    # near miss: with no noun before the pronoun, "to say" is an infinitive, as before
    att = _one(rules_only.parse("He wrote to say the ferry would be late."))
    assert (att.source.span.text, att.cue.text) == ("He", "wrote to say")


@pytest.mark.parametrize("text,source,cue,content", [
    # a verb of answering before "that" reports as "argue that" does, its bare form after a plural too
    ("Supporters counter that without the levy the harbour wall will fall.", "Supporters", "counter",
     "without the levy the harbour wall will fall"),
    ("Others retort that the ferry has never run on time.", "Others", "retort", "the ferry has never run on time"),
    ("Its defenders respond that the toll is the fairest option.", "Its defenders", "respond",
     "the toll is the fairest option"),
    ("The minister countered that without the toll the pier would close.", "The minister", "countered",
     "without the toll the pier would close"),
    ("The council rebutted that the fees had been set by law.", "The council", "rebutted", "the fees had been set by law"),
])
def test_a_verb_of_answering_before_that_reports(rules_only, text, source, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("text", [
    # near misses: a counter that sells or counts is a thing, its relative clause no report
    "She queued at the counter that sold ferry tickets.",
    "Sales at the counter that opened on Monday rose.",
])
def test_a_counter_that_is_a_thing_reports_nothing(rules_only, text):
    assert rules_only.parse(text).attributions == ()


@pytest.mark.parametrize("text,source,content", [
    # a saying or a line of thought "goes" as a speaker says it: an as-clause before or after its clause
    ("As the old saying goes, a harbour is only as safe as its walls.", "the old saying",
     "a harbour is only as safe as its walls"),
    ("A harbour is only as safe as its walls, as the adage goes.", "the adage", "A harbour is only as safe as its walls"),
    ("As the theory goes, a cheaper ferry fills more seats.", "the theory", "a cheaper ferry fills more seats"),
    # ... after its clause and a comma, and before "that", as "argue" stands
    ("Trawlers will leave for Ardmore, the thinking goes.", "the thinking", "Trawlers will leave for Ardmore"),
    ("The argument goes that the levy is a charge, not a tax.", "The argument", "the levy is a charge, not a tax"),
])
def test_a_saying_that_goes_reports(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "goes", [content])
    assert att.source.kind == "unnamed"


@pytest.mark.parametrize("text", [
    # near misses: a story or a line that goes somewhere, or goes in a certain way, reports nothing
    "The story goes back to the storm of 1953.",
    "The line went dead when the harbour master called.",
    "The joke went down well with the trawlermen.",
    "That is how the story goes.",
])
def test_a_saying_that_goes_somewhere_reports_nothing(rules_only, text):
    assert all(a.cue.text not in ("goes", "went") for a in rules_only.parse(text).attributions)
