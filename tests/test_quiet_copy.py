"""Text a crawl returns that holds few or no attributions (a forecast, a job advert, a review, a
listing, a recipe, a film's synopsis, a FAQ page, a travel piece), on texts written for these
tests: the labels of their fields and the participles and imperatives of their copy are no one's
words, and the few reports they do hold are still read."""

import pytest

from attribution.testing.pytest_plugin import single as _one


def _found(parser, text):
    return [(a.source.span.text if a.source else None, a.cue.text) for a in parser.parse(text).attributions]


_FORECAST = (
    "Weather for the week ahead\n\n"
    "Today: Grey skies over the hills, with drizzle by the afternoon. Highs of 9C.\n\n"
    "Tonight: Clear and cold, with a touch of frost in rural spots. Lows of 1C.\n\n"
    "Thursday: Sunny spells and a brisk northerly breeze.\n\n"
    "Pollen: Moderate. UV index: 2.\n\n"
    "Forecasters said the weekend would turn wetter again."
)


def test_a_forecasts_days_and_fields_are_no_speakers(rules_only):
    # "Today:", "Tonight:", a weekday and "Pollen:" label a forecast's fields, no transcript's turns
    assert _found(rules_only, _FORECAST) == [("Forecasters", "said")]


_JOB_ADVERT = (
    "Vacancy: Payroll Officer\n\n"
    "Location: Leeds, with two days a week at home\n\n"
    "Salary: £31,000 to £34,000\n\n"
    "Contract: Permanent, full time\n\n"
    "Closing date: 12 May\n\n"
    "Send your CV and a short letter telling us why you would suit the role to the address below."
)


def test_a_job_adverts_fields_and_biddings_are_no_ones_words(rules_only):
    # the fields are labels, and a bidding to the reader ("Send ...") names no speaker before
    # its participle of telling
    found = _found(rules_only, _JOB_ADVERT)
    assert all(source is None for source, _ in found) and all(cue != ":" for _, cue in found)


def test_a_reviews_pros_and_cons_are_labels_and_its_writer_still_thinks(rules_only):
    text = ("Review: the Larkspur 3 kettle\n\n"
            "I think it is the quietest kettle I have owned.\n\n"
            "Pros: Quiet, fast, easy to clean\n\n"
            "Cons: Short cable, pricey filter\n\n"
            "Price: £45")
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == ("I", "think")
    assert [s.text for s in att.content] == ["it is the quietest kettle I have owned"]


@pytest.mark.parametrize("text", [
    "Pros: Silent, quick to charge, a sturdy case.",  # ("charge" after "quick to" is no report here)
    "Cons: Bulky, slow, claims the maker.",
])
def test_a_fields_first_item_is_no_speaker(rules_only, text):
    # the first item of a list a field's label opens is a value, no one who speaks before a cue
    assert all(source != text.split(": ")[1].split(",")[0] for source, _ in _found(rules_only, text))
    assert all(source is None or "," not in source for source, _ in _found(rules_only, text))


@pytest.mark.parametrize("text,source", [
    ("Verdict: Ann Roe, the panel's chair, said the claim was false.", "Ann Roe, the panel's chair"),
    ("Verdict: Ann Roe, 61, said the claim was false.", "Ann Roe, 61"),
])
def test_a_speaker_and_her_aside_after_a_field_label_still_speak(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == (source, "said")


@pytest.mark.parametrize("text", [
    "Ring the depot, telling them “we need the van by noon.”",
    "Write your councillor a note, saying “the bins were missed again.”",
    "Phone the helpline, telling staff “my card was taken.”",
])
def test_a_bidding_before_a_participle_of_saying_reports_nothing(rules_only, text):
    # the reader is bidden to say the words: no one in the text has said them
    assert rules_only.parse(text).attributions == ()  # ("the depot" is no source)


def test_a_bidding_quoted_at_a_sentences_start_keeps_the_speakers_participle(rules_only):
    text = "“Read the small print,” said Ann Roe, suggesting that the fees had been hidden."
    found = _found(rules_only, text)
    assert ("Ann Roe", "suggesting") in found and ("Ann Roe", "said") in found


@pytest.mark.parametrize("label", ["Pros", "Cons", "Salary", "Location", "Ingredients", "Tonight", "Monday"])
def test_a_field_label_over_two_paragraphs_is_no_transcript(rules_only, label):
    text = f"Notes\n\n{label}: the first line of the field.\n\nServes: four people with some to spare."
    assert _found(rules_only, text) == []


def test_a_transcripts_speakers_still_take_their_turns(rules_only):
    # the near miss: names before colons are a transcript's turns
    text = "The interview\n\nHALE: Will the plant close?\n\nMORRIS: Not while I run it."
    assert [a.source.span.text for a in rules_only.parse(text).attributions] == ["HALE", "MORRIS"]


@pytest.mark.parametrize("text", [
    "Synopsis: A Winter by the Lake\n\nA teacher returns to the town where she grew up.",
    "Recipe: Spiced lentil soup\n\nThis soup takes 30 minutes.",
])
def test_a_pages_label_over_a_title_names_no_speaker(rules_only, text):
    assert _found(rules_only, text) == []


@pytest.mark.parametrize("text", [
    "Frequently asked questions\n\nOrders ship within two days.",
    "Here are the answers to the most commonly asked questions about parking permits.",
    # (each ending of those adverbs: "seldom", "oft", "often")
    "Here are the seldom asked questions about parking permits.",
    "These are the oft repeated claims about the port.",
    "Here are the answers to the often asked questions about the permits.",
])
def test_a_participle_after_an_adverb_of_how_often_modifies_its_noun(rules_only, text):
    assert _found(rules_only, text) == []


def test_an_adverb_of_how_often_before_a_subjects_verb_keeps_the_report(rules_only):
    att = _one(rules_only.parse("Critics frequently claimed fraud in the count."))
    assert att.source.span.text == "Critics" and att.cue.text.endswith("claimed")


@pytest.mark.parametrize("text", [
    "The cottage is offered with no onward chain.",
    "The painting was offered for sale last spring.",
])
def test_a_thing_offered_with_its_terms_is_no_report(rules_only, text):
    assert _found(rules_only, text) == []


def test_a_passive_with_its_preposition_still_reports(rules_only):
    att = _one(rules_only.parse("The treasurer was charged with fraud."))
    assert att.source is None and att.cue.text == "was charged with"


@pytest.mark.parametrize("text,subject,rest", [
    # a raising passive with no "be" after a noun describes that noun: no one is its source
    ("We ate at a cafe said to have served the poet every morning.", "a cafe", "to have served the poet every morning"),
    ("Police held a man said to be the leader of the smuggling ring.", "a man", "to be the leader of the smuggling ring"),
    ("The courier, reported to have fled abroad, denies the charge.", "The courier", "to have fled abroad"),
    ("Police held a man reported to be the leader of the smuggling ring.", "a man", "to be the leader of the smuggling ring"),
])
def test_a_reduced_raising_passive_has_no_source(rules_only, text, subject, rest):
    att = _one(rules_only.parse(text))
    assert att.source is None and att.cue.text in ("said", "reported")
    assert [s.text for s in att.content] == [subject, rest]


@pytest.mark.parametrize("text,source,content", [
    # the near misses: a speaker's bidding, and an object before a verb of belief
    ("He said to be careful on the ice.", "He", "to be careful on the ice"),
    ("The crash was what many drivers believed to be a test of the brakes.", "many drivers", None),
])
def test_a_speakers_said_to_and_a_fronted_object_keep_their_source(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert att.source is not None and att.source.span.text == source
    if content is not None:
        assert [s.text for s in att.content] == [content]


def test_a_travel_pieces_guide_still_tells(rules_only):
    text = ("Our guide, a retired fisherman called Nuno, told us the harbour was built by monks. "
            "Most of the bars offer tapas for a few euros.")
    atts = rules_only.parse(text).attributions
    told = next(a for a in atts if a.cue.text == "told")
    assert told.source.span.text.startswith("Our guide")
    assert [s.text for s in told.content] == ["the harbour was built by monks"]


@pytest.mark.parametrize("noun", ["recipe", "instructions", "menu"])
def test_a_recipe_or_a_menu_is_a_document(rules_only, noun):
    att = _one(rules_only.parse(f"The {noun} says to chill the dough for an hour."))
    assert (att.source.span.text, att.source.kind) == (f"The {noun}", "document")


def test_a_faq_pages_reported_words_are_still_read(rules_only):
    text = ("Q: Can I change my order?\n\n"
            "A: Orders can be changed within an hour. After that, our packing team tells us it is too late.")
    att = _one(rules_only.parse(text))
    assert att.source.span.text == "our packing team" and [s.text for s in att.content] == ["it is too late"]
