"""Constructions of arts, culture and books copy (reviews, interviews with authors, directors and
musicians, festival and gallery news) in wire, UK, Indian and US styles, on sentences written for
these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_NOVEL_STORY = (
    "Novelist Mira Sen returns to Kolkata in a quiet, furious new book\n\n"
    "Mira Sen's fourth novel, \u201cThe Salt Ledger\u201d, is set in the city where she grew up.\n\n"
    "\u201cI wanted to write about my grandmother's generation,\u201d Sen told the Guardian.\n\n"
    "\u201cMemory is a liar,\u201d writes Sen in her new novel.\n\n"
    "Critics have called the novel her most ambitious work yet.\n\n"
    "Her publisher, Harbour Books, said in a statement that the first print run had sold out."
)


def test_a_novelists_interview_story(rules_only):
    atts = rules_only.parse(_NOVEL_STORY).attributions
    # a title in quotation marks is no quotation
    assert not any("Salt Ledger" in s.text for a in atts for s in a.content)
    by_cue = {a.cue.text: a for a in atts}
    told = by_cue["told"]
    assert told.source.span.text == "Sen" and told.source.refers_to.span.text == "Mira Sen"
    assert [v.span.text for v in told.via] == ["the Guardian"]
    # the novel she writes in is the cue's, no part of her mention
    writes = by_cue["writes"]
    assert writes.source.span.text == "Sen" and writes.source.refers_to.span.text == "Mira Sen"
    assert by_cue["have called"].source.kind == "group"
    assert by_cue["said in a statement"].source.span.text == "Her publisher, Harbour Books"


@pytest.mark.parametrize("sentence", [
    # the work a writer writes or speaks in closes the inverted cue's sentence, as "in a statement" does
    "\u201cMemory is a liar,\u201d writes Ann Lee in her new novel.",
    "\u201cMemory is a liar,\u201d writes Ann Lee in the book.",
    "\u201cMemory is a liar,\u201d says Ann Lee on her latest album.",
    "\u201cMemory is a liar,\u201d Ann Lee writes in her memoir.",
])
def test_the_work_written_in_is_no_part_of_the_mention(rules_only, sentence):
    assert _one(rules_only.parse(sentence)).source.span.text == "Ann Lee"


def test_one_seen_in_a_video_keeps_the_place(rules_only):
    # after a noun in small letters, "in the video" tells where one is seen, not where one spoke
    att = _one(rules_only.parse("\u201cWe are not afraid,\u201d said the woman in the video."))
    assert att.source.span.text == "the woman in the video"


@pytest.mark.parametrize("sentence", [
    # a short object, then the particle of a phrasal verb that says nothing
    "Trade analysts wrote her off.",
    "She called the concert off last week.",
    "The band called it off after the drummer was hurt.",
    "He wrote it down.",
])
def test_a_split_phrasal_verb_says_nothing(rules_only, sentence):
    assert not rules_only.parse(sentence).attributions


@pytest.mark.parametrize("sentence,content", [
    # the verb with no particle after its object still reports
    ("Critics called the play a disaster.", "the play a disaster"),
    ("She wrote that the gallery had been sold.", "the gallery had been sold"),
])
def test_a_verb_without_a_split_particle_still_reports(rules_only, sentence, content):
    assert [s.text for s in _one(rules_only.parse(sentence)).content] == [content]


@pytest.mark.parametrize("sentence,source", [
    # the music, books and arts press by name
    ("Rolling Stone reported that the tour had been cancelled.", "Rolling Stone"),
    ("Billboard reported that the album sold 90,000 copies in its first week.", "Billboard"),
    ("The NME said the record was the band's best.", "The NME"),
    ("Pitchfork called the album \u201ca quiet triumph\u201d.", "Pitchfork"),
    ("The New Yorker said the exhibition was overdue.", "The New Yorker"),
])
def test_the_arts_press_is_an_outlet(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "outlet")


@pytest.mark.parametrize("sentence,outlet", [
    ("The singer told Rolling Stone that she had written the songs in a week.", "Rolling Stone"),
    ("The drummer told NME that the band was finished.", "NME"),
    ("The rapper told Billboard that the tour would go ahead.", "Billboard"),
])
def test_one_who_told_the_arts_press_is_relayed_by_it(rules_only, sentence, outlet):
    att = _one(rules_only.parse(sentence))
    assert [v.span.text for v in att.via] == [outlet]


def test_a_new_yorker_is_a_person(rules_only):
    att = _one(rules_only.parse("A New Yorker who saw the show said it was too long."))
    assert att.source.kind == "person"


@pytest.mark.parametrize("sentence,source,kind", [
    # the bodies of the arts speak as organisations ...
    ("The theatre said tickets for the first month had sold out.", "The theatre", "organization"),
    ("The orchestra said the concert would go ahead.", "The orchestra", "organization"),
    ("The festival said a record 300,000 tickets were sold.", "The festival", "organization"),
    ("The London Philharmonic said the tour would go ahead.", "The London Philharmonic", "organization"),
    # ... and a band, as a crew, is a few people who speak as one
    ("The band said it was sorry to let fans down.", "The band", "group"),
    ("A band of rebels said they would fight on.", "A band of rebels", "group"),
    # a critic of the theatre is a person
    ("A theatre critic said the play was too long.", "A theatre critic", "person"),
])
def test_the_bodies_of_the_arts(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source,kind", [
    # a courtesy title before a name says a person, whatever the name's word
    ("Mr. Band wrote that he needed the money.", "Mr. Band", "person"),
    ("Ms. Bank said the gallery would close.", "Ms. Bank", "person"),
    ("Mr. Court said the gallery would close.", "Mr. Court", "person"),
    # a place named after a titled person is no person
    ("Sir John Soane's Museum said the gallery would close.", "Sir John Soane's Museum", "organization"),
])
def test_a_courtesy_title_says_a_person(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("text,person", [
    # a surname spelt as a title's short form stands for the full name given before
    ("Amartya Sen visited Delhi.\n\nSen said the economy was weak.", "Amartya Sen"),
    ("Mira Sen's new novel is set in Kolkata.\n\n\u201cI wanted to write about it,\u201d Sen told the Guardian.", "Mira Sen"),
    ("Mark Judge spoke at the festival.\n\nJudge said the book was finished.", "Mark Judge"),
    # with no full name that ends in it, it stands for no one
    ("Sen. Ann Lee visited Delhi.\n\nSen said the economy was weak.", None),
])
def test_a_surname_spelt_as_a_title(rules_only, text, person):
    att = rules_only.parse(text).attributions[-1]
    ref = att.source.refers_to
    assert (ref.span.text if ref is not None else None) == person


@pytest.mark.parametrize("sentence,source", [
    # the trades of music, books and the stage name people, in an as-clause too
    ("As the pianist puts it, every solo is \u201ca conversation with yourself\u201d.", "the pianist"),
    ("As the playwright put it, the play is about leaving home.", "the playwright"),
])
def test_an_artists_trade_names_a_person(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "person")


@pytest.mark.parametrize("text,source", [
    # a headline's name after the noun of its trade, a colon and a quotation in single marks
    ("Jazz pianist Leo Marsh: 'I never wanted to be famous'\n\nLeo Marsh is sitting at the piano.",
     "Jazz pianist Leo Marsh"),
    ("Veteran actor Tom Roe: 'I am done with films'\n\nTom Roe is 80.", "Veteran actor Tom Roe"),
])
def test_a_headline_label_of_trade_and_name(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.mode) == (source, "direct")


def test_a_headline_sentence_before_single_marks_keeps_its_verb(rules_only):
    # "fans" ends in no name: the verb is the cue, not the colon
    att = _one(rules_only.parse("Star heckles fans: 'You are all losers'\n\nThe star was booed."))
    assert att.cue.text != ":"


@pytest.mark.parametrize("sentence", [
    # a work put out or written, after the verb or as the head of a relative clause, says nothing
    "The band has released 40 albums.",
    "The band released a new single on Friday.",
    "The studio released the trailer on Monday.",
    "She played a tune she wrote at 15.",
    "They played the songs the band released in 1990.",
])
def test_a_work_released_or_written_is_no_report(rules_only, sentence):
    assert not rules_only.parse(sentence).attributions


@pytest.mark.parametrize("sentence,content", [
    # what a statement or a video says is still a report, and a thing rebuffed still the object
    ("The label released a statement saying the tour was off.", "the tour was off"),
    ("It was an offer the board rebuffed at a meeting.", "an offer"),
])
def test_a_released_statement_still_reports(rules_only, sentence, content):
    assert [s.text for s in _one(rules_only.parse(sentence)).content] == [content]


@pytest.mark.parametrize(("sentence", "source"), [
    # a text's noun that opens the sentence, capitalised as a name would be, keeps the work it is
    # in: the entries are the diary's, no writer's words placed in a book
    ("Entries in the diary also displayed the pilot's loyalty to the crew.", "Entries in the diary"),
    ("Notes in the memoir suggest the band nearly split.", "Notes in the memoir"),
])
def test_a_texts_noun_keeps_the_work_it_is_in(rules_only, sentence, source):
    assert _one(rules_only.parse(sentence)).source.span.text == source


@pytest.mark.parametrize("text", [
    # "put" that places a thing or a person reports nothing, in a series of predicates as alone
    "Her debut made her name and put her on the Booker shortlist.",
    "The singer smiles and puts her cup down on the piano.",
    "The tour sold out in an hour and put the band back in the charts.",
])
def test_put_that_places_reports_nothing(rules_only, text):
    assert rules_only.parse(text).attributions == ()


@pytest.mark.parametrize("text,source,cue,content", [
    # ... but "put it" and an estimate "at" a figure still do
    ("The Sunday Ledger put her fortune at 40 million pounds.", "The Sunday Ledger", "put",
     "her fortune at 40 million pounds"),
    ("Box office trackers put the film's takings at 12 million dollars.", "Box office trackers", "put",
     "the film's takings at 12 million dollars"),
    ("As the director puts it, the film is a love letter to the city.", "the director", "puts it",
     "the film is a love letter to the city"),
])
def test_put_it_or_an_estimate_still_reports(rules_only, text, source, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("text", [
    # "make" and an owner's name, mark or fortune is fame won, nothing said, before a second predicate too
    "Harbour Lights made her name and put her on the shortlist.",
    "The Quiet Coast made his name and earned him a second contract.",
    "Her third album made their name and took the band to Japan.",
    "The tour made her mark and left the label with a debt.",
    "That role made his fortune and ended his stage career.",
])
def test_making_a_name_reports_nothing(rules_only, text):
    assert rules_only.parse(text).attributions == ()


@pytest.mark.parametrize("text,source,cue,content", [
    # ... but "make" and an owner's case, pitch or views still reports
    ("The director made her case that the film was art.", "The director", "made",
     "her case that the film was art"),
    ("The author made his name clear to the editor, the agent said.", "the agent", "said",
     "The author made his name clear to the editor"),
])
def test_making_a_case_still_reports(rules_only, text, source, cue, content):
    att = next(a for a in rules_only.parse(text).attributions if a.cue.text == cue)
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


@pytest.mark.parametrize("text", [
    # "for" and a span of time with nothing after it says how long, no particle of the verb and no content
    "She thinks for a long time.",
    "The poet paused and thought for a moment before answering.",
    "The author spoke for about 40 minutes, then left the stage.",
    "The cast argued for hours and then went home.",
    "He pushed for a long time and failed.",
])
def test_a_duration_after_a_verb_is_no_content(rules_only, text):
    assert rules_only.parse(text).attributions == ()


@pytest.mark.parametrize("text,cue,content", [
    # ... but a "for" of the verb's, or a span of time before a "that", still reports
    ("The cast pushed for a second run.", "pushed for", "a second run"),
    ("The critic has argued for years that the prize is rigged.", "has argued", "the prize is rigged"),
    ("The director called for a minute of silence.", "called for", "a minute of silence"),
])
def test_a_verbs_own_for_still_reports(rules_only, text, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.cue.text, [s.text for s in att.content]) == (cue, [content])


@pytest.mark.parametrize("text", [
    # "order" and goods bought or printed is no directive, alone or after a first predicate
    "The publisher has signed the poet and has ordered a first print run of 60,000 copies.",
    "The theatre ordered 40 tonnes of steel for the new stage.",
    "The gallery ordered a pizza and watched the match.",
    "The festival has ordered 12 electric buses from Volvo.",
])
def test_ordering_goods_reports_nothing(rules_only, text):
    assert not any(a.cue.text.endswith(("ordered", "order")) for a in rules_only.parse(text).attributions)


@pytest.mark.parametrize("text,cue,content", [
    # ... but what a body orders done is still reported
    ("The arts council ordered a review of the festival's accounts.", "ordered",
     "a review of the festival's accounts"),
    ("The judge ordered the release of the band's contracts.", "ordered", "the release of the band's contracts"),
    ("The court has ordered the label to pay 60,000 copies' worth of royalties.", "has ordered",
     "the label to pay 60,000 copies' worth of royalties"),
])
def test_ordering_an_act_still_reports(rules_only, text, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.cue.text, [s.text for s in att.content]) == (cue, [content])


@pytest.mark.parametrize("sentence", [
    # a title after a verb of a work, a role in a work, a show one appears on, a measure passed under
    "The choir proceeded to perform “Over The Green Hills.”",
    "In 2009 she wrote “Hard Roads.”",
    "The producers cast singer Tom Lane as the villain in the “Night Harbour” sequel.",
    "The candidate is scheduled to appear on “The Morning Hour” and “Late Talk With Sam Reed” this week.",
    "The bill passed under the 2012 “Clean Harbour Act.”",
])
def test_a_title_performed_written_or_appeared_on_reports_nothing(rules_only, sentence):
    assert not rules_only.parse(sentence).attributions


@pytest.mark.parametrize("sentence,content", [
    # near misses: words written, not a title; a cry, however capitalised
    ("She wrote “We are not done yet.”", "“We are not done yet.”"),
    ("The critic wrote “Never Again!”", "“Never Again!”"),
    ("The director wrote in “Ana Ruiz” on her ballot.", "in “Ana Ruiz” on her ballot"),
])
def test_words_written_still_report(rules_only, sentence, content):
    assert [s.text for s in _one(rules_only.parse(sentence)).content] == [content]
