"""Constructions of fact-check copy (PolitiFact, Full Fact, Snopes, AFP Fact Check, Alt News): the
one a fact-checker spoke or reached out to before "who said", posts shared on a platform that
claim, and a bare "Fact-check:" rubric over the headline, on sentences written for these tests."""

import pytest
import regex

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


@pytest.mark.parametrize("text,source,cue", [
    ("A video posted online shows that the bridge collapsed.", "A video posted online", "shows"),
    ("Posts shared widely on WhatsApp claim that the dam has burst.", "Posts shared widely on WhatsApp", "claim"),
    ("A clip uploaded to YouTube last week shows that the pier was shut.", "A clip uploaded to YouTube last week", "shows"),
])
def test_a_post_put_online_reports_with_the_verb_after_it(rules_only, text, source, cue):
    # the participle and the place the post went round describe the post; the report is the verb after
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, att.source.kind) == (source, cue, "document")
    assert [s.text for s in att.content][0].startswith("the ")


def test_one_who_posted_online_still_reports(rules_only):
    # the near miss: a person's own "posted on Facebook that ..."
    att = _one(rules_only.parse("The mayor posted on Facebook that she had resigned."))
    assert (att.source.span.text, att.source.kind) == ("The mayor", "person")
    assert [s.text for s in att.content] == ["she had resigned"]


@pytest.mark.parametrize("text,content", [
    ("A photo shared on Facebook claims to show floods in Chennai.", "floods in Chennai"),
    ("The leaflet claims to show the new ward.", "the new ward"),
])
def test_claims_to_show(rules_only, text, content):
    att = _one(rules_only.parse(text))
    assert att.cue.text.split()[0] == "claims" and att.source.kind == "document"
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("text,paper", [
    ("The group ran an ad in Ohio that claims Sen. Dalton 'voted to slash school budgets'.", "an ad"),
    ("Voters saw a leaflet that claims the clinic will close.", "a leaflet"),
])
def test_a_papers_relative_clause_reports(rules_only, text, paper):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, att.source.kind) == ("that", "claims", "document")
    assert att.source.refers_to is not None and att.source.refers_to.span.text == paper


@pytest.mark.parametrize("text", [
    "The report that claims were rising was wrong.",
    "The mayor starred in a film that showed off the new bridge.",
])
def test_that_before_a_plural_noun_or_a_deed_is_no_papers_report(rules_only, text):
    # the near misses: "claims" a noun before its verb; "showed off" a deed
    assert not rules_only.parse(text).attributions


def test_a_clip_shared_with_a_claim_is_no_ones_impression(rules_only):
    atts = rules_only.parse("The clip is being shared with a false claim that the mayor resigned.").attributions
    assert not [a for a in atts if a.cue.text.startswith("is being shared")]


def test_a_passive_charge_is_still_raised(rules_only):
    # the near miss: "was charged with" is an impression with no source, as before
    att = _one(rules_only.parse("The mayor was charged with fraud."))
    assert att.source is None and att.cue.text == "was charged with"


@pytest.mark.parametrize("text,name", [
    ("PolitiFact: Did the mayor cut the police budget?", "PolitiFact"),
    ("AFP Fact Check: Did the mayor cut the police budget?", "AFP Fact Check"),
    ("Full Fact said the figure was out of date.", "Full Fact"),
])
def test_fact_checkers_are_outlets(rules_only, text, name):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (name, "outlet")



@pytest.mark.parametrize("text, verb, noun", [
    ("The group ran an ad in Ohio that claims the mayor lied.", "claims", "ad"),
    # near misses: what a record shows is evidence the writer cites, held by the verb before it
    ("The Ledger published a story that showed the mayor had lied.", "showed", None),
    ("Reporters found emails that revealed the deal was late.", "revealed", None),
])
def test_a_record_that_shows_opens_no_relative_report(text, verb, noun):
    from attribution import layout
    from attribution.cues import document_relative
    sentence = layout.analyse(text).sentences[0]
    m = regex.search(rf"\b{verb}\b", text)
    found = document_relative(text, sentence, m)
    assert (text[found[0]:found[1]] if found else None) == noun


@pytest.mark.parametrize("text,source", [
    ("She repeated the false claim that the bridge had collapsed.", "She"),
    ("The senator repeated his baseless claim that the vote was rigged.", "The senator"),
])
def test_a_claim_after_its_modifier_is_a_noun_its_owner_the_subject(rules_only, text, source):
    # "the false" is a determiner and an adjective, no subject of a verb "claim"
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == (source, "repeated")


@pytest.mark.parametrize("text,source", [
    ("The government claim that the bridge had collapsed.", "The government"),
    ("His aides claim that the vote was rigged.", "His aides"),
    ("The deal shows that the vote was rigged.", "The deal"),
])
def test_a_plural_or_a_body_before_a_bare_verb_still_claims(rules_only, text, source):
    # the near misses: a body takes a plural verb, a plural noun is a subject, a form in "-s" agrees with any noun
    att = _one(rules_only.parse(text))
    assert att.source.span.text == source and att.cue.text in ("claim", "shows")


@pytest.mark.parametrize("text", [
    "The councillor posted online that the depot would shut.",
    "The councillor wrote online on Sunday that the depot would shut.",
])
def test_online_before_that_is_where_it_was_posted(rules_only, text):
    att = _one(rules_only.parse(text))
    assert [s.text for s in att.content] == ["the depot would shut"]


def test_online_that_opens_the_content_is_kept(rules_only):
    # the near miss: "online" modifies the content's subject, no "that" after it
    att = _one(rules_only.parse("The councillor said online shops would shut."))
    assert [s.text for s in att.content] == ["online shops would shut"]


@pytest.mark.parametrize("text,checker,content", [
    ("Snopes rated the claim false.", "Snopes", "the claim false"),
    ("PolitiFact rated the post “Mostly False.”", "PolitiFact", "the post “Mostly False.”"),
    ("Full Fact rated the chart misleading, and the page was taken down.", "Full Fact", "the chart misleading"),
    ("Snopes rated the quote as fabricated.", "Snopes", "the quote as fabricated"),
])
def test_a_fact_checkers_rating_is_its_finding(rules_only, text, checker, content):
    att = [a for a in rules_only.parse(text).attributions if a.cue.text == "rated"]
    assert len(att) == 1 and att[0].source.span.text == checker
    assert [s.text for s in att[0].content] == [content]


@pytest.mark.parametrize("text", [
    "Critics rated the hotel five stars.",
    "Readers rated the film highly.",
    "Voters rated the economy as good.",
    "The agency rated the bonds AAA.",
])
def test_a_grade_or_a_score_is_no_rating_of_truth(rules_only, text):
    # the near misses: "rated" gives a grade, no verdict on a claim's truth
    assert not rules_only.parse(text).attributions


@pytest.mark.parametrize("text,checker", [
    ("BBC Verify found the video was old.", "BBC Verify"),
    ("Reuters found the photo had been edited.", "Reuters"),
])
def test_a_finding_with_no_that_is_reported(rules_only, text, checker):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == (checker, "found")
    assert [s.text for s in att.content] == [text.split(" found ")[1].rstrip(".")]


def test_found_before_an_object_alone_is_no_finding(rules_only):
    # the near miss: no clause after the object, a thing found
    assert not rules_only.parse("Divers found the wreck on Monday.").attributions


@pytest.mark.parametrize("text", [
    "The account posted the photo with the caption 'Dock road under water'.",
    "The account posted the photo with the caption ‘Dock road under water’.",
    "The account captioned the photo 'Dock road under water'.",
])
def test_a_caption_in_single_marks_is_quoted(rules_only, text):
    att = _one(rules_only.parse(text))
    assert att.kind == "quote" and [s.text.strip("'‘’") for s in att.content] == ["Dock road under water"]


def test_an_apostrophe_after_the_caption_opens_no_quotation(rules_only):
    # the near miss: "'cause" is a clipped word, no quotation mark
    att = _one(rules_only.parse("He posted the photo with a caption 'cause he was proud of it."))
    assert att.kind != "quote" and att.cue.text == "posted"


def test_an_adjective_that_names_people_still_heads_a_subject(rules_only):
    # the near miss of the modifier rule: "the elderly" are people, and "fear" their verb
    att = _one(rules_only.parse("The elderly fear that the clinic will close."))
    assert (att.source.span.text, att.cue.text) == ("The elderly", "fear")


@pytest.mark.parametrize("text,source,cue,content", [
    ("A viral clip purports to show a tanker sinking off Malta.", "A viral clip", "purports to show", "a tanker sinking off Malta"),
    ("The leaflet purports to show the new ward.", "The leaflet", "purports to show", "the new ward"),
    ("A photo purporting to show snow in Dubai was shared 4,000 times.", "A photo", "purporting to show", "snow in Dubai"),
])
def test_purports_to_show_as_claims_to_show(rules_only, text, source, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, att.source.kind) == (source, cue, "document")
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("text", [
    "The statistics, purported to be gathered by a bureau in Ohio, are wrong.",
    "The purported leader of the gang was arrested on Monday.",
])
def test_purported_as_an_aside_or_an_adjective_is_no_claim(rules_only, text):
    # the near misses: "purported" is a passive aside or an adjective, no one's claim
    assert not [a for a in rules_only.parse(text).attributions if a.cue.text.startswith("purport")]


@pytest.mark.parametrize("text,source,content", [
    ("Posts claiming to show floods in Chennai were shared widely.", "Posts", "floods in Chennai"),
    ("Posts claiming the dam burst were shared widely.", "Posts", "the dam burst"),
    ("Doctors warning of a shortage have quit the trust.", "Doctors", "a shortage"),
])
def test_a_bare_plural_subjects_participle_ends_before_the_sentences_verb(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert att.source.span.text == source
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("text,source,content", [
    # a plural, or a perfect after it: the claim is the paper's, no one "shows" by the infinitive
    ("Photos purporting to show the flooded runway have been viewed millions of times.", "Photos", "the flooded runway"),
    ("A video purporting to show the rescue has been watched 20,000 times.", "A video", "the rescue"),
])
def test_purporting_to_show_before_any_verb_is_the_papers_claim(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, att.source.kind) == (source, "purporting to show", "document")
    assert [s.text for s in att.content] == [content]
