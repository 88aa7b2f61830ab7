"""Constructions of UK tabloid and celebrity copy (The Sun, MailOnline, the Mirror): a source who
told the paper, insiders and pals, a star's age after her noun, a representative who declined to
comment, a palace among royal fans, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_SPLIT = (
    "Reality star Tia Marsh has split from her boyfriend after four months, a source told The Sun.\n\n"
    "A source told The Sun: \u201cTia is gutted. She thought he was the one.\u201d\n\n"
    "An insider revealed that the pair had been rowing for weeks.\n\n"
    "A friend of the star said: \u201cShe will bounce back. She always does.\u201d\n\n"
    "Tia wrote on Instagram: \u201cSome people show you who they are.\u201d\n\n"
    "A representative for the star declined to comment when contacted by MailOnline.\n\n"
    "Speaking on ITV\u2019s This Morning last month, she said she had never been happier."
)


def test_a_tabloid_split_story(rules_only):
    atts = rules_only.parse(_SPLIT).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("a source", "anonymous", "told"), ("A source", "anonymous", "told"), ("An insider", "anonymous", "revealed"),
        ("A friend of the star", "anonymous", "said"), ("Tia", "person", "wrote on Instagram"),
        ("A representative for the star", "person", "declined"), ("she", "person", "said")]
    assert [v.span.text for v in atts[1].via] == ["The Sun"]
    assert [s.text for s in atts[2].content] == ["the pair had been rowing for weeks"]
    assert atts[4].source.refers_to.span.text == "Tia Marsh"


def test_one_who_only_declined_to_comment_is_no_later_she(rules_only):
    # a representative who declined to comment, in a later paragraph, is not whom "she" goes on with
    att = rules_only.parse(_SPLIT).attributions[-1]
    assert att.source.refers_to is not None and att.source.refers_to.span.text == "Tia Marsh"


@pytest.mark.parametrize("text,person", [
    # in the same paragraph, the one who declined may still go on: "... declined to comment. She said"
    ("Actress Nia Holt was in court. A spokeswoman for the studio declined to comment on the case. "
     "She said the studio would issue a statement.", "A spokeswoman for the studio"),
    # one who also said more is whom "she" goes on with, as before
    ("Actress Nia Holt was in court.\n\nA representative for the studio declined to comment on the case "
     "and said the studio would wait.\n\nShe said a statement would follow.", "A representative for the studio"),
])
def test_one_who_declined_in_the_same_paragraph_or_said_more_still_goes_on(rules_only, text, person):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text.lower() == "she"
    assert att.source.refers_to is not None and att.source.refers_to.span.text == person


@pytest.mark.parametrize("text,source,person", [
    # a noun and its age after a comma stand for whom the noun alone would
    ("Singer Lena Brook was seen in Soho. The singer, 29, told Hello! magazine that she was happy.",
     "The singer, 29", "Singer Lena Brook"),
    ("Pop star Lena Brook was seen in Soho. The star, 31, told OK! that she was engaged.",
     "The star, 31", "star Lena Brook"),
    ("Jo Kemp, a presenter, was at the party. The presenter, 44, said she was moving to Spain.",
     "The presenter, 44", "Jo Kemp"),
])
def test_a_noun_and_its_age_stand_for_the_person(rules_only, text, source, person):
    att = _one(rules_only.parse(text))
    assert att.source.span.text == source
    assert att.source.refers_to is not None and att.source.refers_to.span.text == person


def test_a_noun_and_its_age_with_no_one_named_stands_for_no_one(rules_only):
    att = _one(rules_only.parse("The singer, 29, told Hello! magazine that she was happy."))
    assert (att.source.span.text, att.source.refers_to) == ("The singer, 29", None)


@pytest.mark.parametrize("text,source,kind", [
    # a royal palace among royal fans is the household, government, though "fans" are a word of sport
    ("Royal fans were divided over the snub. Kensington Palace declined to comment.", "Kensington Palace", "government"),
    ("The prince was left off the list and fans were angry. Buckingham Palace said the list was private.",
     "Buckingham Palace", "government"),
    # a palace among words of sport and no royal word is still a club
    ("Crystal Palace said the striker had signed a new deal. The fans were delighted.", "Crystal Palace", "organization"),
])
def test_a_palace_among_fans(rules_only, text, source, kind):
    att = next(a for a in rules_only.parse(text).attributions if a.source.span.text == source)
    assert att.source.kind == kind


@pytest.mark.parametrize("sentence,source,kind,via", [
    # the paper a source told is the relay; an unnamed source, insider or pal is anonymous
    ("A source close to the singer told the Mirror that she had been writing again.",
     "A source close to the singer", "anonymous", ["the Mirror"]),
    ("Her co-star Ben Hale told MailOnline that the show would return.", "Her co-star Ben Hale", "person", ["MailOnline"]),
    ("A pal said the couple were planning a summer wedding.", "A pal", "anonymous", []),
    ("Another insider claimed the King had been deeply hurt.", "Another insider", "anonymous", []),
    ("The palace said the guest list was a private matter.", "The palace", "government", []),
])
def test_tabloid_sources_and_relays(rules_only, sentence, source, kind, via):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, [v.span.text for v in att.via]) == (source, kind, via)


def test_fans_react_with_one_writing(rules_only):
    atts = rules_only.parse(
        "Fans were quick to react, with one writing: \u201cStay strong.\u201d Another added: \u201cHe will regret it.\u201d").attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [("one", "writing"), ("Another", "added")]
    assert [s.text for s in atts[0].content] == ["\u201cStay strong.\u201d"]


def test_it_is_understood_has_no_source(rules_only):
    att = _one(rules_only.parse("It is understood that the label is reviewing its roster."))
    assert (att.source, att.cue.text, [s.text for s in att.content]) == (
        None, "is understood", ["the label is reviewing its roster"])


@pytest.mark.parametrize("who", ["A source", "A royal source", "A source close to the star", "A pal"])
def test_an_unnamed_source_is_no_she_opening_the_next_paragraph(rules_only, who):
    # one who briefs unnamed, whose sex the paper keeps back, is not the "she" of the next paragraph
    text = f"Reality star Chloe Marsh has split.\n\n{who} said: \u201cChloe will bounce back.\u201d\n\nShe wrote on Instagram: \u201cBye.\u201d"
    att = rules_only.parse(text).attributions[-1]
    assert att.source.refers_to is not None and att.source.refers_to.span.text == "Chloe Marsh"


@pytest.mark.parametrize("text,person", [
    # in the same paragraph the unnamed source still goes on; a nurse left unnamed goes on across it
    ("Reality star Chloe Marsh has split. A source said: \u201cChloe will bounce back.\u201d She added: \u201cBye.\u201d",
     "A source"),
    ("Reality star Chloe Marsh has split.\n\nA nurse, who asked not to be named, said: \u201cChloe is well.\u201d\n\n"
     "She said: \u201cShe will go home soon.\u201d", "A nurse"),
])
def test_an_unnamed_source_in_its_paragraph_still_goes_on(rules_only, text, person):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.refers_to is not None and att.source.refers_to.span.text.startswith(person)


@pytest.mark.parametrize("text,via", [
    # the noun of its medium after a magazine's or paper's name is part of the relay
    ("Jo Bell told Hello! magazine that the wedding would be small.", ["Hello! magazine"]),
    ("Jo Bell told Glimmer magazine that the wedding would be small.", ["Glimmer magazine"]),
    ("\u201cIt will be small,\u201d Jo Bell told Hello! magazine.", ["Hello! magazine"]),
    ("Her rep confirmed the engagement to Glimmer magazine.", ["Glimmer magazine"]),
    # a name with no such noun stays as it is
    ("Jo Bell told Reuters that the wedding would be small.", ["Reuters"]),
])
def test_a_magazines_fuller_name_is_the_relay(rules_only, text, via):
    assert [v.span.text for v in _one(rules_only.parse(text)).via] == via


@pytest.mark.parametrize("text,person", [
    # "the star" stands for one named by any trade of show business, and such a trade for one named a star
    ("Rapper Jade Okoro was seen in Soho. The star told friends she was happy.", "Rapper Jade Okoro"),
    ("Comedian Dev Patten stopped by the studio. The superstar, 41, said he would tour again.", "Comedian Dev Patten"),
    ("England star Ben Rowe was hurt on Saturday. The footballer said he would be back soon.", "star Ben Rowe"),
])
def test_a_star_is_one_named_by_a_trade_of_show_business(rules_only, text, person):
    att = _one(rules_only.parse(text))
    assert att.source.refers_to is not None and att.source.refers_to.span.text == person


@pytest.mark.parametrize("text", [
    # no one named by a word of show business; a model's or a footballer's is a trade of its own
    "Senator Ann Rowe was seen in Soho. The star told friends she was happy.",
    "Rapper Jade Okoro was seen in Soho. The model told friends she was happy.",
    "Rapper Jade Okoro was seen in Soho. The footballer told friends he was happy.",
])
def test_a_star_or_trade_with_no_one_of_show_business_named(rules_only, text):
    assert _one(rules_only.parse(text)).source.refers_to is None


@pytest.mark.parametrize("text,person", [
    # one who speaks for another, of no known sex, in a paragraph before, is no "she" when a woman was named
    ("Singer Maisie Thornby has married.\n\nA spokesman for the couple said the day was private.\n\n"
     "Speaking on breakfast radio, she said she had never been happier.", "Maisie Thornby"),
    ("Singer Maisie Thornby has married. A representative for the couple said the day was private.\n\n"
     "She said the guests had signed agreements.", "Maisie Thornby"),
    # near misses: in its own paragraph the spokesman goes on; nor does a man named make him "she"
    ("Singer Maisie Thornby has married. A spokesman for the couple said the day was private. "
     "She said the guests had signed agreements.", "A spokesman for the couple"),
    ("Singer Tom Thornby has married.\n\nA spokesman for the couple said the day was private.\n\n"
     "She said the guests had signed agreements.", "A spokesman for the couple"),
])
def test_a_spokesman_in_a_paragraph_before_yields_to_a_woman_named(rules_only, text, person):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.refers_to is not None and att.source.refers_to.span.text == person


@pytest.mark.parametrize("text,source", [
    # a show's title in capitals with an ellipsis inside, before a noun for people and a name, is
    # what the person is in: the ellipsis ends no sentence
    ("I'm a Contestant... Take Me Home! contestant Rory Vane said he missed his dog.",
     "I'm a Contestant... Take Me Home! contestant Rory Vane"),
    ("Sing It\u2026 Again! star Lila Moss said she missed her dog.", "Sing It\u2026 Again! star Lila Moss"),
    # near misses: the word before the ellipsis in small letters, or no name after the noun
    ("The pier shut... Officials said the storm was to blame.", "Officials"),
    ("The crowd waited at the Stadium... Party members said the vote was lost.", "Party members"),
])
def test_an_ellipsis_inside_a_show_title_before_a_person_stays_in_the_mention(rules_only, text, source):
    assert rules_only.parse(text).attributions[-1].source.span.text == source
