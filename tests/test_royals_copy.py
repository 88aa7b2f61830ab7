"""Constructions of royal, celebrity and lifestyle copy (palace statements, royal pairs, TV
presenters, reality stars, fashion magazines; UK and US styles): a presenter's plural surname,
a parent by her children's count, a post of support on social media, the paper a star told, on
sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_PRESENTER = (
    "TV presenter Holly Banks has broken her silence on her exit from a breakfast show.\n\n"
    "In an interview with The Sunday Times, Banks, 46, said: \u201cI found out the same day everyone else did.\n\n"
    "\u201cI gave that show fifteen years of my life.\u201d\n\n"
    "ITV said it did not recognise her account of events.\n\n"
    "A spokesman for the broadcaster added: \u201cWe thanked Holly for her work.\u201d\n\n"
    "Her former co-host Phil Carr said he was sad to see her go.\n\n"
    "The mother-of-three told the paper that she was now focusing on a podcast."
)


def test_a_presenters_exit_story(rules_only):
    atts = rules_only.parse(_PRESENTER).attributions
    first = atts[0]
    # a surname that reads as banks in the plural is a person's after her given name or with her age
    assert (first.source.span.text, first.source.kind) == ("Banks, 46", "person")
    assert first.source.refers_to is None or first.source.refers_to.kind == "person"
    assert [v.span.text for v in first.via] == ["The Sunday Times"]
    last = atts[-1]
    # the paper is no broadcaster named since
    assert last.via[0].refers_to.span.text == "The Sunday Times"
    assert all(a.source.kind != "organization" for a in atts if "Banks" in a.source.span.text)


@pytest.mark.parametrize("sentence,source,kind", [
    ("TV presenter Holly Banks said she was blindsided.", "TV presenter Holly Banks", "person"),
    ("Holly Banks said she was blindsided.", "Holly Banks", "person"),
    ("Banks, 46, said she was blindsided.", "Banks, 46", "person"),
    ("Church, 38, said she was thrilled with the album.", "Church, 38", "person"),
    # banks and bodies in the plural stay bodies; a body with a figure after it stays one
    ("Central Banks said rates would rise.", "Central Banks", "organization"),
    ("Regional banks said rates would rise.", "Regional banks", "organization"),
    ("The committee, 12, said rates would rise.", "The committee, 12", "organization"),
])
def test_a_plural_surname_after_a_given_name_or_with_an_age(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


def test_a_plural_surname_alone_stands_for_the_full_name(rules_only):
    att = rules_only.parse("TV presenter Holly Banks has quit. Banks said she was blindsided.").attributions[-1]
    assert att.source.kind == "person" and att.source.refers_to.span.text == "Holly Banks"


@pytest.mark.parametrize("text,person", [
    ("TV presenter Ann Lee said she had quit. Tom Hale said he was sad. "
     "The mother-of-three told the paper that she was moving on.", "TV presenter Ann Lee"),
    ("Singer Tom Hale said he had quit. Ann Lee said she was sad.\n\n"
     "The dad-of-two said he was moving on.", "Singer Tom Hale"),
    # with no one named before, no one
    ("The mother-of-three said she was moving on.", None),
])
def test_a_parent_by_the_count_of_children(rules_only, text, person):
    att = rules_only.parse(text).attributions[-1]
    ref = att.source.refers_to
    assert (ref.span.text if ref is not None else None) == person


def test_a_message_of_support_is_no_speaker(rules_only):
    # "of support" says what the message carries, not whose words a participle gives
    text = "Reed's wife, Karen, posted a message of support on X, writing that she was proud of him."
    writing = next(a for a in rules_only.parse(text).attributions if a.cue.text == "writing")
    assert writing.source.span.text == "Reed's wife, Karen" and writing.via == ()


@pytest.mark.parametrize("sentence,source,via", [
    # people, or one named, whose recorded words a post passes on still speak through it
    ("He retweeted a video of protesters saying the vote was rigged.", "protesters", ["He"]),
    ("He shared a clip of the minister saying the vote was rigged.", "the minister", ["He"]),
    ("He shared a clip of Ann Lee saying the vote was rigged.", "Ann Lee", ["He"]),
])
def test_a_post_of_someone_saying_still_relays(rules_only, sentence, source, via):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [v.span.text for v in att.via]) == (source, via)


@pytest.mark.parametrize("text,source", [
    # a source and an insider are the same one left unnamed; so are a pal and a friend, and
    # one who speaks for another by any of the post's names
    ("A source close to the star told The Sun that she was tired. \u201cShe needs a break,\u201d the insider said.",
     "A source close to the star"),
    ("An insider told The Sun that she was tired. The source said she needed a break.", "An insider"),
    ("A friend told The Sun that she was tired. The pal said she needed a break.", "A friend"),
    ("A spokesperson told The Sun that she was tired. The spokesman said she needed a break.", "A spokesperson"),
])
def test_a_source_is_the_insider(rules_only, text, source):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.refers_to is not None and att.source.refers_to.span.text == source


@pytest.mark.parametrize("text,outlet", [
    ("Ann Lee told The Times that she was fine. ITV said it was sorry. She told the paper that she was leaving.",
     "The Times"),
    ("Ann Lee told the Mirror that she was fine. Sky News said it was sorry. She told the newspaper that she was leaving.",
     "Mirror"),
    # the broadcaster is still one
    ("Ann Lee told the BBC that she was fine. She told the broadcaster that she was leaving.", "BBC"),
    # a magazine named as one, before a paper named since
    ("Towie star Gemma Lane spoke to OK! magazine. A friend told The Sun that she was relieved. "
     "Lane told the magazine she had no regrets.", "OK!"),
])
def test_the_paper_is_no_broadcaster_and_the_magazine_a_magazine(rules_only, text, outlet):
    att = rules_only.parse(text).attributions[-1]
    assert att.via[0].refers_to.span.text == outlet


def test_reality_tv_is_no_outlet(rules_only):
    text = ("Ann Lee told The Sun that she was fine. The reality TV favourite was seen in Soho. "
            "Lee told the paper that she was leaving.")
    att = rules_only.parse(text).attributions[-1]
    assert att.via[0].refers_to.span.text == "The Sun"


@pytest.mark.parametrize("sentence,via", [
    ("\u201cBeauty has no expiry date,\u201d Hart told Vogue.", ["Vogue"]),
    ("Hart told Harper's Bazaar that the show was about real women.", ["Harper's Bazaar"]),
    ("In an interview with Tatler, Hart said the show was about real women.", ["Tatler"]),
    ("A friend of the star told The Sun on Sunday that she was relieved.", ["The Sun on Sunday"]),
    ("A spokesman for the star said in a statement to PA: \u201cShe is resting at home.\u201d", ["PA"]),
    # the word in small letters is no magazine
    ("The dress was back in vogue, Hart said.", []),
])
def test_fashion_magazines_and_papers_relay(rules_only, sentence, via):
    att = _one(rules_only.parse(sentence))
    assert [v.span.text for v in att.via] == via


@pytest.mark.parametrize("sentence,source,kind", [
    ("The Duke and Duchess of Sussex said they were delighted.", "The Duke and Duchess of Sussex", "group"),
    ("The Prince and Princess of Wales said they were delighted.", "The Prince and Princess of Wales", "group"),
    ("The King and Queen said they were delighted.", "The King and Queen", "group"),
    # one person with two posts, and one duke, stay one
    ("The President and CEO of Acme said he was delighted.", "The President and CEO of Acme", "person"),
    ("The Duke of Sussex said he was delighted.", "The Duke of Sussex", "person"),
])
def test_a_royal_pair_is_two_people(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


def test_the_couple_is_no_pair_their_own_words_name(rules_only):
    text = ("The Duke and Duchess of Edinburgh have welcomed a baby girl.\n\n"
            "\u201cThe King and Queen have been informed and are delighted,\u201d the statement added.\n\n"
            "The couple said in a joint statement that they would share the name in due course.")
    att = rules_only.parse(text).attributions[-1]
    assert att.source.refers_to is not None and att.source.refers_to.span.text.startswith("Duke and Duchess")


@pytest.mark.parametrize("text,person", [
    # an ex, a co-star or a fiancé is a person, whom "he" may stand for, no thing of hers
    ("Gemma Lane said he lied. Her ex, personal trainer Ryan Cole, called the claims false. "
     "He insisted he had done nothing wrong.", "Her ex, personal trainer Ryan Cole"),
    ("Gemma Lane said he lied. Her co-star, Ryan Cole, called the claims false. "
     "He insisted he had done nothing wrong.", "Her co-star, Ryan Cole"),
])
def test_an_ex_is_a_person(rules_only, text, person):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.refers_to is not None and att.source.refers_to.span.text == person


@pytest.mark.parametrize("sentence,source", [
    # a show's "!" inside a mention, before a word in small letters, is the title's
    ("Former Mamma Mia! star Josh Reed said he was shaken.", "Former Mamma Mia! star Josh Reed"),
    ("Mamma Mia! The star said he was shaken.", "The star"),
])
def test_a_shows_mark_inside_a_mention(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source
