"""Constructions of fact-check copy (PolitiFact, Full Fact, Snopes, AFP Fact Check, Alt News): the
one a fact-checker spoke or reached out to before "who said", posts shared on a platform that
claim, and a bare "Fact-check:" rubric over the headline, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_VIDEO = (
    "Fact-check: Video of flooded station is from 2019, not from Pune this week\n\n"
    "Users on X shared a video claiming that it shows Pune station flooded after heavy rain on Monday.\n\n"
    "The claim is false. The video was filmed in Dhaka in 2019.\n\n"
    "We spoke to a railway official in Dhaka, who confirmed that the footage showed Kamalapur station.\n\n"
    "When asked, a spokesperson for Central Railway told us that no station had been closed on Monday."
)


def test_a_fact_check_of_an_old_video(rules_only):
    atts = rules_only.parse(_VIDEO).attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [
        ("Users on X", "claiming"), ("who", "confirmed"), ("a spokesperson for Central Railway", "told")]
    # the "who" is the official the fact-checker spoke to, not the fact-checker and the official
    assert atts[1].source.refers_to is not None and atts[1].source.refers_to.span.text == "a railway official in Dhaka"
    assert [s.text for s in atts[1].content] == ["the footage showed Kamalapur station"]


@pytest.mark.parametrize("text,person", [
    ("We reached out to the actor's publicist, who said the actor had never made the remarks.", "the actor's publicist"),
    ("Reporters talked to a nurse at the clinic, who said the photo was taken in 2020.", "a nurse at the clinic"),
    ("We wrote to the ministry, which said the rules had not changed.", "the ministry"),
])
def test_who_after_one_spoken_or_written_to_is_that_one(rules_only, text, person):
    att = _one(rules_only.parse(text))
    assert att.source.refers_to is not None and att.source.refers_to.span.text == person


def test_who_after_a_subject_that_spoke_to_others_is_still_the_subject(rules_only):
    # the near miss: "who" right after the subject, its clause saying whom he spoke to
    att = _one(rules_only.parse("The mayor, who spoke to reporters on Monday, said the plan was dead."))
    assert (att.source.span.text, att.cue.text) == ("The mayor", "said")
    assert [s.text for s in att.content] == ["the plan was dead"]


@pytest.mark.parametrize("text", [
    "Posts shared widely on WhatsApp claim that the schools will close in November.",
    "Messages circulated on Facebook claim that the schools will close in November.",
])
def test_posts_shared_on_a_platform_claim(rules_only, text):
    att = _one(rules_only.parse(text))
    assert att.cue.text == "claim" and att.source.kind == "document"
    assert att.source.span.text.split()[0] in ("Posts", "Messages")
    assert [s.text for s in att.content] == ["the schools will close in November"]


def test_one_who_shared_on_a_platform_still_says(rules_only):
    # the near miss: a person's own "shared on Facebook that ..." is still her report
    att = _one(rules_only.parse("The mayor shared on Facebook that she had resigned."))
    assert (att.source.span.text, att.source.kind) == ("The mayor", "person")
    assert [s.text for s in att.content] == ["she had resigned"]


def test_a_bare_fact_check_rubric_is_no_speaker(rules_only):
    atts = rules_only.parse("Fact-check: Photo does not show crowd at rally\n\nThe mayor said the photo was old.").attributions
    assert [(a.source.span.text, a.source.refers_to) for a in atts] == [("The mayor", None)]


@pytest.mark.parametrize("text,cue", [
    ("The Education Secretary did tell MPs last week that the department was watching absence rates.", "did tell"),
    ("The minister didn't tell MPs that the schools would close.", "didn't tell"),
])
def test_did_tell_a_hearer_that(rules_only, text, cue):
    att = _one(rules_only.parse(text))
    assert att.cue.text == cue and att.source.kind == "person"
    assert [s.text for s in att.content][0].startswith("the ")


def test_did_before_a_deed_is_still_no_report(rules_only):
    # the near miss: "did" before a verb of no telling and a noun is a deed
    assert not rules_only.parse("The graduate didn't find a job in her field.").attributions
