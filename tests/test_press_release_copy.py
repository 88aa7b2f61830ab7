"""Constructions of press releases and corporate announcements as news sites republish them (wire
releases, company newsrooms, Indian corporate filings copy), on texts written for these tests: the
release's dateline, its quotes from executives named with their posts, "the company" for the firm,
and the boilerplate after it (the firm's profile, legal notices, contacts), which reports nothing."""

import pytest

from attribution.layout import analyse
from attribution.testing.pytest_plugin import single as _one


def _sentences(text):
    return [text[s.start:s.end] for s in analyse(text).sentences]


@pytest.mark.parametrize("text,first", [
    # a release's dateline, with its year and its wire, belongs to no sentence
    ("SAN FRANCISCO, March 3, 2025 /PRNewswire/ -- Vexa Inc. today announced a new office.",
     "Vexa Inc. today announced a new office."),
    ("AUSTIN, Texas, Feb. 12, 2025 /PRNewswire/ -- Vexa today reported its results.", "Vexa today reported its results."),
    ("TORONTO, Sept. 9, 2025 (GLOBE NEWSWIRE) -- Pellam Mining today filed its report.",
     "Pellam Mining today filed its report."),
    ("SAN FRANCISCO--(BUSINESS WIRE)--Vexa Inc. today announced a new office.", "Vexa Inc. today announced a new office."),
    ("NEW YORK, June 4, 2025--(BUSINESS WIRE)--Haldon Foods agreed to buy a bakery.", "Haldon Foods agreed to buy a bakery."),
    ("Dallas, Texas, March 3, 2025 /PRNewswire/ -- Vexa Inc. opened an office.", "Vexa Inc. opened an office."),
    ("BENGALURU, Karnataka, India – Infora Technologies Limited today said its board met.",
     "Infora Technologies Limited today said its board met."),
    ("WASHINGTON, Dec. 5, 2016 -- The senator said the bill would pass.", "The senator said the bill would pass."),
    # and a wire's dateline is read as before
    ("LONDON, April 8 (Reuters) - Brightwell said it had sold the unit.", "Brightwell said it had sold the unit."),
])
def test_a_releases_dateline_is_no_part_of_its_first_sentence(text, first):
    assert _sentences(text)[0] == first


def test_a_name_run_on_into_a_double_dash_is_no_dateline():
    # a death notice's surname before its double dash: the sentence starts at the name
    text = "HALE--Martin Roe, 91, of Dover, died on Friday."
    assert _sentences(text)[0] == text


@pytest.mark.parametrize("text,source,cue", [
    # the dateline's city is no source of the release's first sentence
    ("LONDON, April 8, 2025 /PRNewswire/ -- Brightwell plc is pleased to announce that it has sold its motor business.",
     "Brightwell plc", "is pleased to announce"),
    ("DALLAS, March 3, 2025 /PRNewswire/ -- Vexa Inc. is proud to announce that it has opened an office in Leeds.",
     "Vexa Inc.", "is proud to announce"),
])
def test_the_city_of_a_releases_dateline_is_no_source(rules_only, text, source, cue):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, "organization", cue)


def test_a_trailing_cue_reads_no_dateline_into_its_content(rules_only):
    att = _one(rules_only.parse("DALLAS, March 3, 2025 /PRNewswire/ -- Vexa Inc. has been named a leader, the company said."))
    assert [s.text for s in att.content] == ["Vexa Inc. has been named a leader"]
    assert att.source.refers_to.span.text == "Vexa Inc"


@pytest.mark.parametrize("sentence,source", [
    # a listing or a short name in brackets after the firm's name is the name's, and so is the aside after
    # them: the cue of the infinitive runs from the predicate after them all
    ("Vexa Inc. (NYSE: VXA) is pleased to announce that it has opened an office.", "Vexa Inc. (NYSE: VXA)"),
    ("Vexa (Nasdaq: VXA) is pleased to announce that it has opened an office.", "Vexa (Nasdaq: VXA)"),
    ('Brightwell plc (the "Company") is pleased to announce that it has sold its motor business.',
     'Brightwell plc (the "Company")'),
    ('Brightwell plc ("Brightwell" or "the Company"), the specialist insurer, is pleased to announce that it has '
     'sold its motor business.', 'Brightwell plc ("Brightwell" or "the Company"), the specialist insurer'),
    ("Vexa Inc. (NYSE: VXA), a maker of chips, is pleased to announce that it has opened an office.",
     "Vexa Inc. (NYSE: VXA), a maker of chips"),
])
def test_a_firms_listing_or_short_name_in_brackets_is_its_names(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, "organization", "is pleased to announce")


@pytest.mark.parametrize("sentence,source,cue", [
    # a person's aside before the predicate: the cue starts at the predicate after it, as with none
    ("Ann Lee, a pilot, is proud to announce that she will retire.", "Ann Lee, a pilot", "is proud to announce"),
    ("Ann Lee is proud to announce that she will retire.", "Ann Lee", "is proud to announce"),
    # any other bracket after a name is no part of it
    ("Ann Lee (who was there) is proud to announce that she will retire.", "Ann Lee", "to announce"),
])
def test_the_cue_of_an_infinitive_starts_at_the_predicate_after_an_aside(rules_only, sentence, source, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, cue)


@pytest.mark.parametrize("text,kind,refers_to", [
    # a firm's suffix after a comma is its name's: the firm is an organization, and "the company" stands for it
    ("Vexa Therapeutics, Inc. today announced positive results.\n\nThe company expects to begin a trial.",
     "organization", "Vexa Therapeutics, Inc."),
    ("Vexa Therapeutics, Inc., a biotechnology company, today announced positive results.\n\n"
     "The company expects to begin a trial.", "organization", "Vexa Therapeutics, Inc., a biotechnology company"),
    ("Vexa Therapeutics (Nasdaq: VXTX) today announced positive results.\n\nThe company expects to begin a trial.",
     "organization", "Vexa Therapeutics (Nasdaq: VXTX)"),
])
def test_a_firm_with_its_suffix_after_a_comma_is_an_organization(rules_only, text, kind, refers_to):
    first, second = rules_only.parse(text).attributions
    assert first.source.kind == kind
    assert second.source.refers_to.span.text == refers_to


@pytest.mark.parametrize("sentence,source", [
    # but a person's suffix is a person's, and a firm's in a person's appositive leaves the person one
    ("Ann Lee, Jr., a pilot, said he was fine.", "Ann Lee, Jr., a pilot"),
    ("Ann Lee, CEO of Vexa, Inc., said she was fine.", "Ann Lee, CEO of Vexa, Inc."),
])
def test_a_person_with_a_suffix_or_a_firm_in_an_aside_stays_a_person(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "person")
