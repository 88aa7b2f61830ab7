"""Constructions of sport copy beyond the match report (press conferences, transfers, governing
bodies, doping cases, athlete interviews) in UK, Indian, Australian and US styles, on sentences
written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_TRANSFER = (
    "Winger completes loan move to Harlow Rovers\n\n"
    "Daniel Pike has joined Harlow Rovers on loan until the end of the season.\n\n"
    "“I am excited to be here,” said the 24-year-old. “The manager has a clear plan.”\n\n"
    "The forward told the club's website that he was looking forward to the challenge.\n\n"
    "A Rovers spokesperson said the club wished him well.\n\n"
    "Rovers sporting director Ian Bale told BBC Sport the deal had taken weeks to complete."
)


def test_a_transfer_story(rules_only):
    atts = rules_only.parse(_TRANSFER).attributions
    by_source = {a.source.span.text: a for a in atts}
    assert by_source["the 24-year-old"].source.refers_to.span.text == "Daniel Pike"
    # a player's place no one was named with is the player a report named just before
    assert by_source["The forward"].source.refers_to.span.text == "Daniel Pike"
    assert [v.span.text for v in by_source["Rovers sporting director Ian Bale"].via] == ["BBC Sport"]


@pytest.mark.parametrize("text,person", [
    # a player's place, no one named with it, is the player a report named just before
    ("Ben Okafor said the pitch was flat.\n\nThe all-rounder said the side would not change.", "Ben Okafor"),
    ("Captain Ravi Menon said the side was ready.\n\nThe drag-flicker said the players had worked hard.",
     "Captain Ravi Menon"),
    ("Jack Dunne said he was happy.\n\nThe England international said he was ready for the move.", "Jack Dunne"),
    ("Tom Hale said he was fired up.\n\n“I just want to win,” the quarterback said.", "Tom Hale"),
    ("Tom Hale said he was fired up.\n\n“I just want to win,” the 23-year-old quarterback said.", "Tom Hale"),
    # but not one named with a post no player holds, the one who speaks of the player
    ("Manager Ed Tully said the squad was strong.\n\nThe striker said he was ready.", None),
    ("Coach Ed Tully said Pike was fit.\n\nThe forward said he was ready.", None),
    ("Manager Ed Tully said the squad was strong.\n\nThe England defender said he was ready.", None),
])
def test_a_players_place_stands_for_the_player_who_spoke(rules_only, text, person):
    att = rules_only.parse(text).attributions[-1]
    ref = att.source.refers_to
    assert (ref.span.text if ref is not None else None) == person


@pytest.mark.parametrize("text,person", [
    # a player's place is no one named with another place, nor one who said it of someone else
    ("Harbury striker Tom Roe said the side had been poor. “We lost focus,” the goalkeeper said.", None),
    ("Midfielder Ola Brandt said the pitch was heavy.\n\nThe quarterback said the game was tough.", None),
    ("Rovers winger Jo Pike said the crowd had helped. “We were poor,” said the Rovers defender.", None),
    ("Ann Lee said a bowler had been hurt. “It hurts,” the bowler said.", None),
    ("Dara Quill said the new striker had settled in well.\n\nThe striker said he was happy.", None),
    # but one of a place that player may be called by, or named with none, still is
    ("Spinner Tom Roe said the pitch was dry. “It turned,” the bowler said.", "Spinner Tom Roe"),
    ("Harbury striker Tom Roe said the side had been poor. “We lost focus,” the forward said.",
     "Harbury striker Tom Roe"),
    ("Tom Roe said the side had been poor. “We lost focus,” the goalkeeper said.", "Tom Roe"),
])
def test_a_players_place_is_no_player_of_another_place(rules_only, text, person):
    att = rules_only.parse(text).attributions[-1]
    ref = att.source.refers_to
    assert (ref.span.text if ref is not None else None) == person


@pytest.mark.parametrize("sentence,source", [
    # the governing bodies of football written in small letters, as British copy does
    ("Fifa said the disciplinary case was closed.", "Fifa"),
    ("Uefa confirmed it had received a complaint from the visitors.", "Uefa"),
    ("Concacaf said the match would be replayed.", "Concacaf"),
    # a sports court is no state's, and a league's judiciary is a body
    ("The Court of Arbitration for Sport said the appeal had failed.", "The Court of Arbitration for Sport"),
    ("The league's judiciary found that the tackle was reckless.", "The league's judiciary"),
])
def test_a_sports_governing_body_is_an_organization(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "organization")


def test_a_bodys_president_stays_a_person(rules_only):
    att = _one(rules_only.parse("Uefa president Ann Brook said the final would go ahead."))
    assert (att.source.span.text, att.source.kind) == ("Uefa president Ann Brook", "person")


@pytest.mark.parametrize("text,person", [
    # a side's former captain is whom the side's captain is: the one a report named just before
    ("“I feel good,” Rahul Menon told reporters.\n\nThe former India captain said the pitch would turn.", "Rahul Menon"),
    # or the one named with the post and the side
    ("Former England captain Tom Vane said the side was poor. Joe Roe said the pitch was flat.\n\n"
     "The former England captain said the selectors had erred.", "Former England captain Tom Vane"),
    # not one named with a post no player holds
    ("Coach Ed Tully said Menon was right.\n\nThe former England defender said the pitch would turn.", None),
])
def test_a_sides_former_player(rules_only, text, person):
    att = rules_only.parse(text).attributions[-1]
    ref = att.source.refers_to
    assert (ref.span.text if ref is not None else None) == person


@pytest.mark.parametrize("text,body", [
    # "the governing body" is the latest body that governs a report named
    ("Fifa said the case was closed.\n\nThe governing body said it would not comment further.", "Fifa"),
    ("The Football Association said Kerr had until Thursday to respond.\n\n"
     "The sport's governing body said it would not comment further.", "The Football Association"),
    ("The Rugby Football Union said the match would go ahead.\n\n"
     "The governing body said tickets were sold out.", "The Rugby Football Union"),
    # not a club
    ("Chelsea said the case was closed.\n\nThe governing body said it would not comment further.", None),
])
def test_the_governing_body(rules_only, text, body):
    att = rules_only.parse(text).attributions[-1]
    ref = att.source.refers_to
    assert (ref.span.text if ref is not None else None) == body


@pytest.mark.parametrize("sentence,outlet", [
    # the sports press by names that are common words or a club's
    ("According to The Athletic, the club are monitoring a striker.", "The Athletic"),
    ("The Athletic reported that the club had made a bid.", "The Athletic"),
    ("Wisden reported that the board had met.", "Wisden"),
    ("Sports Illustrated reported that the deal was done.", "Sports Illustrated"),
])
def test_a_sports_outlet_by_its_name(rules_only, sentence, outlet):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (outlet, "outlet")


@pytest.mark.parametrize("sentence,via", [
    ("The player's agent, Jorge Vaz, told Marca that talks were ongoing.", "Marca"),
    ("He told L'Equipe that he was tired.", "L'Equipe"),
    ("Speaking on Fox League, former international Ray Dunn said the ban was too harsh.", "Fox League"),
    # the streaming services that air matches and fights, as channels do
    ("Speaking to Amazon Prime after the match, the captain said the pitch was slow.", "Amazon Prime"),
    ("Speaking to Prime Video after the game, Rohan Das said the pitch was slow.", "Prime Video"),
    ("The opener told JioCinema that the pitch was slow.", "JioCinema"),
    ("Speaking on Hotstar, the coach said the pitch was slow.", "Hotstar"),
    ("The champion told DAZN he would fight again in May.", "DAZN"),
])
def test_told_a_sports_outlet_relays(rules_only, sentence, via):
    att = _one(rules_only.parse(sentence))
    assert [v.span.text for v in att.via] == [via]


def test_a_club_named_with_athletic_stays_a_club(rules_only):
    att = _one(rules_only.parse("Oldham Athletic said the coach would stay."))
    assert (att.source.span.text, att.source.kind) == ("Oldham Athletic", "organization")


@pytest.mark.parametrize("sentence,via", [
    # Australian sports radio and television by their names
    ("He told 3AW that the club would appeal.", "3AW"),
    ("Speaking on Fox Footy, the former captain said the ban was fair.", "Fox Footy"),
    ("Speaking on Triple M, the Magpies forward said the ban was fair.", "Triple M"),
])
def test_told_an_australian_sports_broadcaster_relays(rules_only, sentence, via):
    att = _one(rules_only.parse(sentence))
    assert [v.span.text for v in att.via] == [via]


@pytest.mark.parametrize("sentence,source", [
    # a club's name's end or a side's nickname alone, among words of sport, is the club
    ("Rovers said in a statement that the defender had signed a new deal.", "Rovers"),
    ("United said the manager would remain in charge this season.", "United"),
    ("Spurs said the striker would be out for six weeks.", "Spurs"),
    ("Wolves confirmed the signing of the midfielder.", "Wolves"),
    ("The Rangers said the striker would be out for six weeks.", "The Rangers"),
])
def test_a_side_by_its_short_name_among_words_of_sport(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "organization")


@pytest.mark.parametrize("sentence,kind", [
    # no words of sport: park rangers are no club but many people, as a side's fans are; a person by the name is one
    ("Rangers said the trail was closed after the storm.", "group"),
    ("Rovers fans said the manager must go.", "group"),
    ("Tom Rangers said the striker was fit.", "person"),
])
def test_a_short_side_name_needs_words_of_sport(rules_only, sentence, kind):
    assert _one(rules_only.parse(sentence)).source.kind == kind
