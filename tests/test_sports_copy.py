"""Constructions of sports copy (match reports, transfer news, press conferences in football, cricket,
tennis and American football), on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence", [
    # "claim" takes a game's spoils, no claim made: wickets, a set, a title won by a margin
    "Okoro claimed three wickets for 31 runs.",
    "The visitors claimed the last five wickets for nine runs.",
    "Patel claimed his 300th Test wicket on the final morning.",
    "Varga claimed the opening set 6-2.",
    "The top seed claimed the title without dropping a set.",
    "Tasmania claimed victory by six wickets.",
    "The hosts claimed victory by 45 runs with an over to spare.",
    "Leeford claimed victory by an innings.",
    # "post" records a result, no message put up
    "The Lions posted 285 for seven in their 50 overs.",
    "The retailer posted record profits in the third quarter.",
    "Shares in the miner posted their biggest gain in a year.",
    "The sprinter posted the fastest time of the morning.",
])
def test_a_thing_won_or_a_result_posted_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,content", [
    # a clause about the thing is still claimed, and a bare "victory" declared
    ("Okoro claimed the wickets were a fluke.", "the wickets were a fluke"),
    ("The skipper claimed the set was decided by a bad call.", "the set was decided by a bad call"),
    ("The senator claimed victory in the primary.", "victory in the primary"),
    ("The senator claimed victory by a wide margin.", "victory by a wide margin"),
])
def test_a_claim_about_the_thing_is_still_a_claim(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == ("claimed", [content])


@pytest.mark.parametrize("sentence,content", [
    # a message put up, or a clause put up, is still a report
    ("The striker posted a video on Instagram.", "a video"),
    ("The striker posted two words on Instagram.", "two words"),
    ("The striker posted on Instagram that he was staying.", "he was staying"),
])
def test_a_message_posted_is_still_a_report(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == ("The striker", [content])


@pytest.mark.parametrize("sentence,cue,content", [
    # "afterwards" or "beforehand" after the verb of saying is the saying's time, no part of what was said
    ("Coach Ray Dunn said afterwards that the display was pleasing.", "said afterwards", "the display was pleasing"),
    ("Coach Ray Dunn said afterward that the display was pleasing.", "said afterward", "the display was pleasing"),
    ("Coach Ray Dunn said beforehand that the pitch would turn.", "said beforehand", "the pitch would turn"),
    ("“The display was pleasing,” Coach Ray Dunn said afterwards.", "said afterwards", "“The display was pleasing,”"),
    # and before it, a part of the cue as "later" is
    ("Coach Ray Dunn afterwards said the display was pleasing.", "afterwards said", "the display was pleasing"),
])
def test_afterwards_after_the_verb_is_the_sayings_time(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == ("Coach Ray Dunn", cue, [content])


@pytest.mark.parametrize("sentence,source", [
    # the noun of a place's people is a person, the way players are named a second time
    ("The Serb said his knee was fine.", "The Serb"),
    ("The Yorkshireman said the pitch was flat.", "The Yorkshireman"),
    ("The Catalan said he had felt tired in the third set.", "The Catalan"),
])
def test_a_player_named_by_a_place_is_a_person(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "person")


def test_a_noun_of_one_place_stands_for_no_one_of_another(rules_only):
    atts = rules_only.parse("The Spaniard said his side deserved more.\n\n"
                            "The Frenchman declined to comment on the penalty.").attributions
    assert [a.source.span.text for a in atts] == ["The Spaniard", "The Frenchman"]
    assert atts[1].source.refers_to is None


def test_a_noun_of_a_place_still_stands_for_the_player_named_before(rules_only):
    atts = rules_only.parse("Ivan Petrov said the wind had made serving hard.\n\n"
                            "The Russian added that he would rest before Paris.").attributions
    assert atts[1].source.refers_to is not None and atts[1].source.refers_to.span.text == "Ivan Petrov"


@pytest.mark.parametrize("sentence,source,cue", [
    # a plural subject and the place it is in: the bare form after them is the plural's verb
    ("Reports in Spain claim the defender wants to leave.", "Reports in Spain", "claim"),
    ("Sources from Italy claim the deal is done.", "Sources from Italy", "claim"),
    ("Officials in New Delhi claim the series will go ahead.", "Officials in New Delhi", "claim"),
])
def test_a_bare_verb_after_a_plural_in_a_place_is_the_plurals(rules_only, sentence, source, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, cue)


def test_a_noun_after_a_place_with_no_plural_before_it_is_no_verb(rules_only):
    assert rules_only.parse("The striker put in a transfer request after the Spain claim was rejected.").attributions == ()


@pytest.mark.parametrize("sentence", [
    # "concede" lets in a score, no point granted
    "Harlow Town conceded three goals in the first half.",
    "The bowlers conceded 40 runs in the last three overs.",
    "The centre-back conceded a soft penalty after the break.",
    "The champion conceded the opening set 6-2.",
])
def test_a_score_conceded_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,content", [
    # a race conceded, or a clause, is still a report
    ("The senator conceded the race to her rival.", "the race to her rival"),
    ("The coach conceded the goals had been soft.", "the goals had been soft"),
    ("The coach conceded that his side had been poor.", "his side had been poor"),
])
def test_a_point_conceded_is_still_a_report(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == ("conceded", [content])


_MATCH_REPORT = (
    "Harlow Town beat Leeford 3-1 at Mill Lane on Saturday. Dean Okafor scored twice and Sam Reyes claimed the "
    "third goal before Leeford conceded a late penalty.\n\n"
    "“We were poor in the first half,” Leeford manager Tom Ellery told BBC Sport. “The second half was much better.”\n\n"
    "Ellery said afterwards that his side would learn from the defeat.\n\n"
    "Reports in Portugal claim Okafor is wanted by Benfica. The club confirmed in a statement that no offer had been received."
)


def test_a_match_report_reads_its_reports_and_none_of_its_scores(rules_only):
    atts = rules_only.parse(_MATCH_REPORT).attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [
        ("Leeford manager Tom Ellery", "told"), ("Ellery", "said afterwards"), ("Reports in Portugal", "claim"),
        ("The club", "confirmed in a statement")]
    assert [s.text for s in atts[1].content] == ["his side would learn from the defeat"]
    assert atts[1].source.refers_to.span.text == "Leeford manager Tom Ellery"
    assert [v.span.text for v in atts[0].via] == ["BBC Sport"]


_CRICKET_REPORT = (
    "Vellore posted 296 for eight after Arjun Rao hit 92 off 87 balls. Kiran Das claimed three wickets for 41 runs.\n\n"
    "“The boys were brilliant today,” the skipper said at the post-match presentation.\n\n"
    "Hosts Vellore claimed victory by 38 runs with two overs to spare."
)


def test_a_cricket_report_reads_the_skippers_words_and_none_of_its_scores(rules_only):
    att = _one(rules_only.parse(_CRICKET_REPORT))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        "the skipper", "said", ["“The boys were brilliant today,”"])


@pytest.mark.parametrize("sentence,source", [
    # a side by its place and a plural name, or by a noun for a side, speaks as a body
    ("Rajasthan Royals said in a statement that the bowler had been released.", "Rajasthan Royals"),
    ("Delhi Capitals said the deal was done.", "Delhi Capitals"),
    ("Boston Celtics said the forward would miss the game.", "Boston Celtics"),
    ("Leeford Tigers said the coach had left.", "Leeford Tigers"),
    ("Chennai Super Kings said the opener was fit.", "Chennai Super Kings"),
    ("The franchise said the quarterback had been traded.", "The franchise"),
])
def test_a_side_by_its_name_is_an_organization(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "organization")


@pytest.mark.parametrize("text,source", [
    # among words of sport, the home side, the visitors and a side's colours are the club
    ("The visitors were beaten 3-0 at the stadium.\n\nThe home side said the pitch had been poor.", "The home side"),
    ("The match ended 1-1 after a late goal.\n\nThe visitors said they would appeal the red card.", "The visitors"),
    ("The match ended 1-1 after a late goal.\n\nThe Reds said ticket prices would be frozen next season.", "The Reds"),
])
def test_a_side_named_among_words_of_sport_is_an_organization(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "organization")


@pytest.mark.parametrize("sentence,source,kind", [
    # people stay people: a family, a side's fans, a person with a plural-looking surname, a party's members
    ("The Smiths said they were delighted with the new school.", "The Smiths", "group"),
    ("Celtics fans said the coach must go.", "Celtics fans", "group"),
    ("Ann Roberts said the forward would miss the game.", "Ann Roberts", "person"),
    ("Texas Democrats said the bill would fail.", "Texas Democrats", "group"),
    ("US Senator Tom Sessions said the bill would fail.", "US Senator Tom Sessions", "person"),
    # and visitors with no sport around are people, many
    ("The visitors said the museum was closed.", "The visitors", "group"),
])
def test_people_near_a_sides_name_stay_people(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("text", [
    # a topic and a colon before a feature's title: no one's words
    "Premier League: Five things we learned from the weekend\n\nArsenal won at Leeford.",
    "Premier League: 10 talking points\n\nArsenal won at Leeford.",
    "Ashes: What we learned from the first Test\n\nRain fell in Perth.",
    "England v India: live updates\n\nRain fell in Leeds.",
    "Harlow v Leeford: as it happened\n\nRain fell at Mill Lane.",
    "Budget: Five things you need to know\n\nThe chancellor spoke.",
])
def test_a_features_title_after_a_topic_is_no_quotation(rules_only, text):
    assert rules_only.parse(text).attributions == ()


@pytest.mark.parametrize("text,content", [
    # a speaker's words in a headline still are, a number at their head or not
    ("Kane: Three things we must fix\n\nThe striker spoke after the game.", "Three things we must fix"),
    ("Lee: We live in hope\n\nThe senator spoke after the vote.", "We live in hope"),
])
def test_a_speakers_headline_with_a_number_is_still_a_quotation(rules_only, text, content):
    att = _one(rules_only.parse(text))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence,source", [
    # a paper's sports desk by its name, in one word or two, speaks for the outlet
    ("Sportsmail understands that the striker has agreed personal terms.", "Sportsmail"),
    ("Mirror Football has learned that the defender wants to leave.", "Mirror Football"),
    ("Sportstar understands the spinner will miss the series.", "Sportstar"),
    # and an outlet's name in camel case after a lower-case opening
    ("talkSPORT understands the winger is injured.", "talkSPORT"),
])
def test_a_papers_sports_desk_understands_as_the_outlet(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "outlet")


@pytest.mark.parametrize("sentence,kind", [
    # a game's name with no outlet before it, or a word that only starts with "sport", is no desk
    ("Scottish Rugby said the match would go ahead.", "organization"),
    ("Sportsman Tom Hale said the match would go ahead.", "person"),
])
def test_a_games_name_without_an_outlet_is_no_desk(rules_only, sentence, kind):
    assert _one(rules_only.parse(sentence)).source.kind != "outlet"


@pytest.mark.parametrize("sentence,content", [
    # the outlet a verdict was given on is the report's, no part of the verdict
    ("The manager slammed the decision as 'a disgrace' on Sky Sports.", "the decision as 'a disgrace'"),
    ("The senator criticized the plan on CNN.", "the plan"),
    # but a phrase's own "on" stays, and a participle's outlet too
    ("The senator criticized the sanctions on Russia.", "the sanctions on Russia"),
    ("The senator mocked his rival's remarks made on CNN.", "his rival's remarks made on CNN"),
])
def test_the_outlet_a_verdict_was_given_on_is_no_content(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == [content]


def test_a_title_line_inside_a_story_quotes_its_speaker(rules_only):
    text = ("Harlow Town lost 2-0 at home on Saturday.\n\nThe defeat left them fourth.\n\nThe fans booed at the end.\n\n"
            "Kane: We will bounce back\n\nHarry Kane said the team had been unlucky.")
    atts = rules_only.parse(text).attributions
    assert [(a.source.span.text, [s.text for s in a.content]) for a in atts] == [
        ("Kane", ["We will bounce back"]), ("Harry Kane", ["the team had been unlucky"])]


def test_a_list_items_title_line_is_no_quotation(rules_only):
    text = ("The race is wide open.\n\nThree names lead the field.\n\nEach has a path.\n\n"
            "Marco Ruiz: The favourite\n\nRuiz has led every poll since May.")
    assert rules_only.parse(text).attributions == ()


@pytest.mark.parametrize("post", ["skipper", "captain", "coach", "boss"])
def test_a_sides_post_stands_for_no_player_named_without_it(rules_only, post):
    text = ("Vellore posted 296 for eight. Kiran Das claimed three wickets for 41 runs.\n\n"
            f"“The boys were brilliant today,” the {post} said.")
    att = _one(rules_only.parse(text))
    assert att.source.refers_to is None


def test_a_sides_post_stands_for_the_one_named_with_it(rules_only):
    text = ("Captain Ann Reeve hit 80 off 90 balls. Kiran Das claimed three wickets.\n\n"
            "“The girls were brilliant today,” the skipper said.")
    att = _one(rules_only.parse(text))
    assert att.source.refers_to is not None and att.source.refers_to.span.text == "Captain Ann Reeve"


@pytest.mark.parametrize("sentence,source", [
    # a place and a plural that ends an outlet's name is the outlet, no side, with or without "the"
    ("New York Times said the forward would miss the game.", "New York Times"),
    ("Denver Sports said the forward would miss the game.", "Denver Sports"),
])
def test_a_place_and_an_outlets_last_word_is_no_side(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "outlet")


@pytest.mark.parametrize("text", [
    # any role on a side between a one-word name and a person's tells the name a side's
    "Torwick said the ban was unfair. Torwick keeper Sam Reed was sent off.",
    "Bellford said the ban was unfair. Bellford bowler Ana Ruiz was sent home.",
    "Marlow said the ban was unfair. Marlow gaffer Tom Hale was angry.",
    "Dunmere said the ban was unfair. Dunmere striker Joe Pike was sent off.",
])
def test_a_name_before_a_sides_role_and_a_name_is_a_sides(rules_only, text):
    (a,) = rules_only.parse(text).attributions
    assert a.source.kind == "organization"


@pytest.mark.parametrize("text", [
    # a word any player goes by tells no side: "veteran" stands before a person's name anywhere
    "Torwick said the ban was unfair. Torwick veteran Sam Reed was sent off.",
    "Bellford said the ban was unfair. Bellford rookie Ana Ruiz was sent home.",
])
def test_a_name_before_a_word_for_any_player_is_no_sides(rules_only, text):
    (a,) = rules_only.parse(text).attributions
    assert a.source.kind == "person"


@pytest.mark.parametrize("sentence", [
    # a noun that "keep" or "leave" holds in a state, right before "alive", "afloat" or "intact": no verb
    "Rovers beat City to keep their slim Premier League title hopes alive.",
    "Harts stun Leeford at home to keep Championship hopes alive",
    "The late goal kept Dunmore's promotion hopes alive.",
    "A draw leaves Ashby's survival hopes afloat.",
    "The ruling left the club's appeal claims intact.",
    # one who pulls out: "withdrew" with no object, before a preposition or the clause's end
    "Kemp withdrew with a calf injury on Friday.",
    "The top seed withdrew from the tournament with a back problem.",
    "Vale's striker withdrew before kick-off.",
    "Two riders withdrew after the crash.",
    "The defending champion withdrew.",
])
def test_hopes_kept_alive_or_a_player_who_withdrew_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,source,cue,content", [
    # the verb with its clause or its object is still a report
    ("Kemp hopes the knee will hold up alive in the final.", "Kemp", "hopes", "the knee will hold up alive in the final"),
    ("The coach hopes his side can stay alive in the cup.", "The coach", "hopes", "his side can stay alive in the cup"),
    ("The senator withdrew her support for the stadium bill.", "The senator", "withdrew", "her support for the stadium bill"),
    ("The union withdrew its claim on Friday.", "The union", "withdrew", "its claim"),
])
def test_a_hope_or_a_withdrawal_with_its_object_is_still_a_report(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence", [
    # a verb of striking with what a shot or an innings scores: a shot struck, no attack in words
    "Mendes struck a fluent century on the second morning.",
    "The opener struck 96 off 88 balls before he was caught at slip.",
    "Osei fired home a penalty in the 70th minute.",
    "Lowry slammed home from close range.",
    "The striker blasted a hat-trick in the second half.",
    "Tiwari smashed four sixes in the final over.",
    "Varga fired 19 aces past her opponent.",
    # ... or a bare score, after "a" and a word or two, or "not out"
    "Adeyemi struck a fluent 104 as the hosts won by five wickets.",
    "The captain hit a brisk 38 before lunch.",
    "Mahmood smashed an unbeaten 77 to seal the chase.",
    "Carver blasted 61 not out in the final.",
])
def test_a_shot_struck_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence", [
    # a side's declaration on its total, an official's call by arm or flag, the spot pointed to,
    # a card shown, a player kept out by injury: play, no report
    "The visitors declared on 452 for six shortly after tea.",
    "Surrey declared on 310-8 at the start of the final day.",
    "The hosts declared at 521/7.",
    "Tasmania declared their first innings closed.",
    "The umpire signalled a wide.",
    "The square-leg umpire signalled a no-ball.",
    "The linesman signalled offside.",
    "The umpire signalled four after a long review.",
    "The referee pointed to the spot.",
    "The referee pointed to the penalty spot after a second look.",
    "The referee showed Dalton a second yellow card.",
    "The referee showed him a straight red.",
    "Mensah ruled out of Test series with knee injury",
    "The striker has been ruled out of Sunday's final with a calf strain.",
])
def test_a_gesture_of_play_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,source,cue,content", [
    # the same verbs before a statement, a thing a figure or a statement takes, or a possibility
    # set aside still report
    ("The general declared on Monday that the war was over.", "The general", "declared", "the war was over"),
    ("The bank signalled a pause in rate rises.", "The bank", "signalled", "a pause in rate rises"),
    ("The referee pointed to a lack of discipline.", "The referee", "pointed to", "a lack of discipline"),
    ("The senator slammed a 5-4 ruling.", "The senator", "slammed", "a 5-4 ruling"),
    ("The minister ruled out a tax rise.", "The minister", "ruled out", "a tax rise"),
    ("The poll showed a red wave.", "The poll", "showed", "a red wave"),
])
def test_a_statement_after_a_verb_of_play_still_reports(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,source,cue,content", [
    # the same verbs before what is attacked or the tone struck still report
    ("Dunmore slammed the referee as a disgrace.", "Dunmore", "slammed", "the referee as a disgrace"),
    ("The coach blasted the penalty as a farce.", "The coach", "blasted", "the penalty as a farce"),
    ("The manager slammed the club's goals as unrealistic.", "The manager", "slammed",
     "the club's goals as unrealistic"),
])
def test_an_attack_on_a_thing_of_sport_is_still_a_report(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,source,content", [
    # a name whose first word ends as a participle does is the speaker, not an adverbial before one
    ("Erling Vasquez, who scored twice, said the squad accepted the decision.",
     "Erling Vasquez, who scored twice", "the squad accepted the decision"),
    ("Sterling, who came off the bench, said the players trusted the coach.",
     "Sterling", "the players trusted the coach"),
    ("Erling Vasquez, the Norway striker, said the team deserved the win.",
     "Erling Vasquez, the Norway striker", "the team deserved the win"),
    ("Tom Fleming, who chairs the panel, said the board accepted the plan.",
     "Tom Fleming, who chairs the panel", "the board accepted the plan"),
])
def test_a_name_ending_in_ing_before_an_aside_is_the_speaker(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "said", [content])


@pytest.mark.parametrize("sentence,source,kind", [
    # a town a club goes by, alone: the club's among words of sport
    ("Liverpool confirmed the signing of the winger on a four-year deal.", "Liverpool", "organization"),
    ("Southampton announced that the striker had joined on loan for the season.", "Southampton", "organization"),
    ("Everton said the midfielder would miss the next match with a hamstring injury.", "Everton", "organization"),
    # the town's council elsewhere
    ("Leeds said it would close two libraries to save money.", "Leeds", "government"),
    ("Coventry announced that bin collections would move to Fridays.", "Coventry", "government"),
])
def test_a_town_a_club_goes_by(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence", [
    # "sign" with a person as its object takes a player or a client on: no paper signed, no report
    "The club signed the striker.",
    "Rovers signed the young winger on a free transfer.",
    "United have signed him on loan from Porto.",
    "The publisher has signed the author to a two-book deal.",
    "The label signed three singers last year.",
])
def test_signing_a_person_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,content", [
    # what is signed is still a paper, whoever it names or is sent to
    ("Lee signed a letter to the editor.", "a letter to the editor"),
    ("The coach signed the player's contract.", "the player's contract"),
    ("Weld signed a gun-control bill as governor.", "a gun-control bill as governor"),
])
def test_signing_a_paper_is_still_a_report(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == [content]
