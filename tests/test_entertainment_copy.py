"""Constructions of entertainment and celebrity copy (the gossip and trade press of film, music
and television, showbiz desks, Bollywood news), on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence,source", [
    # the trade and gossip press by its name, which may be a common word or hold several
    ("TMZ reported that the rapper was detained at the airport.", "TMZ"),
    ("Page Six reported that the actress had quietly sold her beach house.", "Page Six"),
    ("Variety reported that the studio had ordered a second season.", "Variety"),
    ("Deadline reported that the sequel had been pushed to next summer.", "Deadline"),
    ("The Hollywood Reporter reported that the deal was worth $20 million.", "The Hollywood Reporter"),
    ("According to Page Six, the couple are living apart.", "Page Six"),
    ("According to TMZ, the singer cancelled the rest of the tour.", "TMZ"),
    # a name that ends in its mark keeps it, and its sentence goes on past it
    ("E! News reported that the pair had split.", "E! News"),
    ("Hello! reported that the pair had split.", "Hello!"),
])
def test_the_entertainment_press_is_an_outlet(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "outlet")


@pytest.mark.parametrize("sentence,source,outlet", [
    # one told the gossip press relays the report through it
    ("A source told Page Six that the couple are living apart.", "A source", "Page Six"),
    ("A friend of the groom told TMZ that the wedding is off.", "A friend of the groom", "TMZ"),
    ("A spokesperson for the actress told Variety that the reports were false.",
     "A spokesperson for the actress", "Variety"),
    ("The actor's publicist told Deadline: “He is taking time off.”", "The actor's publicist", "Deadline"),
    ("An insider told E! News that the singer was blindsided.", "An insider", "E! News"),
    ("An insider revealed to E! News that the singer was blindsided.", "An insider", "E! News"),
    ("The actress told Pinkvilla that she was not ready to retire.", "The actress", "Pinkvilla"),
])
def test_one_who_told_the_entertainment_press_is_relayed_by_it(rules_only, sentence, source, outlet):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [v.span.text for v in att.via], [v.kind for v in att.via]) == (
        source, [outlet], ["outlet"])


@pytest.mark.parametrize("sentence,content,outlet", [
    # the outlet a thing was confirmed to is the report's relay, no part of what was confirmed
    ("Her rep confirmed the split to People magazine.", "the split", "People magazine"),
    ("A spokesman confirmed the report to Reuters.", "the report", "Reuters"),
    ("The label confirmed the news to Billboard magazine.", "the news", "Billboard magazine"),
])
def test_an_outlet_a_thing_was_confirmed_to_relays_it(rules_only, sentence, content, outlet):
    att = _one(rules_only.parse(sentence))
    assert ([s.text for s in att.content], [v.span.text for v in att.via]) == ([content], [outlet])


@pytest.mark.parametrize("sentence,content", [
    # "to" someone who is no outlet stays in what was said
    ("The senator announced his return to the Senate.", "his return to the Senate"),
    ("The mayor explained the plan to Ann Page.", "the plan to Ann Page"),
])
def test_a_thing_given_to_no_outlet_keeps_its_to(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert ([s.text for s in att.content], att.via) == ([content], ())


def test_a_surname_like_an_outlets_name_is_no_relay(rules_only):
    att = _one(rules_only.parse("The senator told Ann Page that the vote would be close."))
    assert att.via == ()


def test_the_deadline_as_a_thing_is_no_outlet(rules_only):
    att = _one(rules_only.parse("Officials said the deadline had passed."))
    assert (att.source.span.text, [s.text for s in att.content]) == ("Officials", ["the deadline had passed"])


@pytest.mark.parametrize("text", [
    # an exclamation after such a word still ends its sentence
    "The fans shouted OK! The band played on.",
])
def test_an_exclamation_still_ends_a_sentence(rules_only, text):
    att = _one(rules_only.parse(text))
    assert [s.text for s in att.content] == ["OK"]


@pytest.mark.parametrize("text,source,person", [
    # a noun of a trade or of fame stands for the person it was named before with
    ("Model Gia Moretti shared a photo with her ex, the actor Sam Byrne. The model captioned the post: “No regrets.”",
     "The model", "Model Gia Moretti"),
    ("Pop star Lena Vos has landed her first film role. The star told Variety that she was terrified.",
     "The star", "star Lena Vos"),
    ("Comedian Dan Okafor is heading back on tour. The comedian told Deadline that he had missed the road.",
     "The comedian", "Comedian Dan Okafor"),
    ("Oscar winner Mara Quinlan, 45, opened up about her divorce. “It was the hardest year of my life,” the Oscar winner said.",
     "the Oscar winner", "Oscar winner Mara Quinlan"),
    ("Actress Mara Quinlan and producer Tom Hale attended the premiere. “We are so proud,” the actress said.",
     "the actress", "Actress Mara Quinlan"),
    ("Rapper Dex Malone was detained at the airport. The rapper later posted on Instagram that he was fine.",
     "The rapper", "Rapper Dex Malone"),
])
def test_a_trade_noun_stands_for_the_person_named_with_it(rules_only, text, source, person):
    att = next(a for a in rules_only.parse(text).attributions if a.source is not None and a.source.span.text == source)
    assert att.source.refers_to is not None and att.source.refers_to.span.text == person


@pytest.mark.parametrize("text", [
    # a noun for no person, before a word in capitals, stands for no one
    "The debate Sunday was heated. The debate revealed a rift between the two.",
    "The Platform Committee met on Friday. The platform will endorse a higher wage.",
])
def test_a_noun_for_no_person_stands_for_no_name_after_it(rules_only, text):
    att = _one(rules_only.parse(text))
    assert att.source.span.text in ("The debate", "The platform") and att.source.refers_to is None


@pytest.mark.parametrize("sentence", [
    # one seen with another reports nothing
    "Singer Lena Vos was spotted with director Paul Grant in Paris.",
    "The actor was photographed with his new girlfriend in Malibu.",
])
def test_a_sighting_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


def test_a_sighting_keeps_the_passive_of_a_charge(rules_only):
    att = _one(rules_only.parse("The producer was charged with fraud."))
    assert att.cue.text == "was charged with"


def test_a_star_with_an_age_keeps_it_as_the_corpus_does(rules_only):
    att = _one(rules_only.parse("“I have never felt more like myself,” the Oscar winner, 45, said."))
    assert (att.source.span.text, att.source.kind) == ("the Oscar winner, 45", "person")


def test_a_bollywood_star_told_an_indian_paper(rules_only):
    att = _one(rules_only.parse("Bollywood star Ranveer Kapoor told Hindustan Times that he had turned down the role twice."))
    assert (att.source.span.text, [v.span.text for v in att.via], [s.text for s in att.content]) == (
        "Bollywood star Ranveer Kapoor", ["Hindustan Times"], ["he had turned down the role twice"])


def test_a_directors_words_at_a_launch(rules_only):
    att = _one(rules_only.parse("“This film is very close to my heart,” the film's director Karan Johar said at the trailer launch."))
    assert (att.source.span.text, att.source.kind, att.mode) == ("the film's director Karan Johar", "person", "direct")


def test_fans_quick_to_point_out(rules_only):
    att = _one(rules_only.parse("Fans were quick to point out that the dress was identical to one worn last year."))
    assert (att.source.span.text, att.source.kind, [s.text for s in att.content]) == (
        "Fans", "group", ["the dress was identical to one worn last year"])


@pytest.mark.parametrize("sentence,outlet", [
    # a statement or an email sent to an outlet, where the sentence opens, is relayed by it
    ("In a statement to Variety, the studio said the film was delayed.", ["Variety"]),
    ("In an email to Page Six, a rep for the singer said the reports were false.", ["Page Six"]),
    ("In a statement to CNN, her rep said the actress was resting.", ["CNN"]),
    # and one sent to a body that is no outlet is no relay
    ("In a statement to Congress, the secretary said the plan was sound.", []),
    ("In a statement to the press, the actor said he was sorry.", []),
])
def test_a_statement_sent_to_an_outlet_is_relayed_by_it(rules_only, sentence, outlet):
    att = _one(rules_only.parse(sentence))
    assert ([v.span.text for v in att.via], att.cue.text) == (outlet, "said")


@pytest.mark.parametrize("sentence", [
    # a relative clause that tells when the interview came out is no content: the second "that" opens it
    "The actress told Variety in an interview that aired Sunday that she was done with sequels.",
    "The actress said in an interview that was published Sunday that she was done with sequels.",
    # and with no relative clause, the first "that" does
    "The actress told Variety in an interview that she was done with sequels.",
])
def test_an_interviews_relative_clause_is_no_content(rules_only, sentence):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == ["she was done with sequels"]


@pytest.mark.parametrize("sentence,source,content", [
    # a noun for one by a tie of kin or company heads the subject of a participle's report after a
    # fronted adverbial, as a noun for one by their work does
    ('Meanwhile, her boyfriend dropped a comment on the post, writing, "So proud of you."',
     "her boyfriend", '"So proud of you."'),
    ("On Friday, his co-star shared a clip from the set, calling him a gentleman.", "his co-star", "him a gentleman"),
    ("Later, her fiance posted a photo of the ring, saying that the answer was yes.", "her fiance",
     "the answer was yes"),
    ("In a late-night post, his ex-girlfriend hit back, claiming that the story was invented.",
     "his ex-girlfriend", "the story was invented"),
])
def test_a_partner_or_co_star_reports_by_a_participle(rules_only, sentence, source, content):
    att = rules_only.parse(sentence).attributions[-1]
    assert (att.source.span.text, att.source.kind, [s.text for s in att.content]) == (source, "person", [content])


@pytest.mark.parametrize("sentence,outlet,cue", [
    # an interview by its softer names relays what was said through the outlet that held it
    ("In a chat with Filmfare, the actress revealed that she had turned down the role.", "Filmfare", "revealed"),
    ("In a candid conversation with The Guardian, the singer said that she had nearly quit.", "The Guardian", "said"),
    ("In an exclusive interaction with Pinkvilla, the director said that the sequel was written.", "Pinkvilla", "said"),
])
def test_a_chat_or_interaction_with_an_outlet_relays_through_it(rules_only, sentence, outlet, cue):
    att = _one(rules_only.parse(sentence))
    assert ([v.span.text for v in att.via], att.cue.text) == ([outlet], cue)


@pytest.mark.parametrize("text", [
    # a credit line under a review names who made the film: no one speaks there
    "A tender, overlong romance\n\nCast: Ravi Menon, Tara Joshi, Arif Khan\nDirector: Sunita Rao\nMusic: Vikram Pillai\nRating: 3/5",
    "The film runs for two hours.\n\nStarring: Ann Hale, Tom Reyes, Joy Park\nWriter: Mark Ellery\nDirector: Lena Cho",
    "A heist caper in the hills\n\nDirector: Sunita Rao\nProducer: Nikhil Shah\n\nThe film runs for two hours.",
])
def test_a_credit_line_reports_nothing(rules_only, text):
    assert list(rules_only.parse(text).attributions) == []


@pytest.mark.parametrize("sentence,first,second", [
    # a quotation after another speaker's own verb is that speaker's, whoever spoke the one before
    ('"Finally!" wrote one fan, while another added, "I cannot wait."', ("one fan", "wrote"), ("another", "added")),
    ('"What a voice," one viewer wrote, and another replied, "Pure magic."', ("one viewer", "wrote"), ("another", "replied")),
    ('"Loved it," said one critic, while others said, "Too long by an hour."', ("one critic", "said"), ("others", "said")),
])
def test_one_fan_then_another_each_speak_their_own_words(rules_only, sentence, first, second):
    atts = rules_only.parse(sentence).attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [first, second]
    assert all(len(a.content) == 1 for a in atts)


@pytest.mark.parametrize("sentence", [
    # a song, an album or a novel that "says" something is a work, no person
    "The song says that love is a lie.",
    "Her new album says that she has moved on.",
    "The novel says that the war was never won.",
])
def test_a_work_that_says_is_a_document(rules_only, sentence):
    assert _one(rules_only.parse(sentence)).source.kind == "document"
