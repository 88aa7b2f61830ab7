"""Constructions of defence and military briefing copy (Pentagon and ministry briefings, a
command's statements, the staff of a state's forces, officials who will not confirm, pictures
that appear to show), on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_BRIEFING = (
    "The United States struck a depot in eastern Ravia on Tuesday, the Pentagon said.\n\n"
    "Pentagon press secretary Maj. Gen. Tom Hale told reporters that the strike was \u201cprecise\u201d.\n\n"
    "A U.S. defense official said two jets dropped bombs on the site.\n\n"
    "The official would not confirm whether any fighters were killed.\n\n"
    "Satellite images released by Orbis Imaging appear to show three buildings destroyed.\n\n"
    "U.S. Central Command said no American troops were hurt.\n\n"
    "The militia denied that it had stored weapons at the site."
)


def test_a_pentagon_briefing(rules_only):
    atts = rules_only.parse(_BRIEFING).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("the Pentagon", "government", "said"),
        ("Pentagon press secretary Maj. Gen. Tom Hale", "person", "told"),
        ("A U.S. defense official", "anonymous", "said"),
        ("The official", "anonymous", "would not confirm"),
        ("Satellite images released by Orbis Imaging", "document", "appear to show"),
        ("U.S. Central Command", "government", "said"),
        ("The militia", "organization", "denied")]
    assert [s.text for s in atts[3].content] == ["whether any fighters were killed"]
    assert atts[3].source.refers_to.span.text == "A U.S. defense official"
    assert [s.text for s in atts[4].content] == ["three buildings destroyed"]


@pytest.mark.parametrize("sentence,source", [
    # a command or the staff of a state's forces, in capitals, is the state's, as its army is
    ("U.S. Africa Command said the strike killed four fighters.", "U.S. Africa Command"),
    ("The U.S. Indo-Pacific Command said the launch posed no threat.", "The U.S. Indo-Pacific Command"),
    ("China's Eastern Theater Command said the drills were routine.", "China's Eastern Theater Command"),
    ("The Army's Northern Command said two intruders were shot.", "The Army's Northern Command"),
    ("South Korea's Joint Chiefs of Staff said the launch was detected.", "South Korea's Joint Chiefs of Staff"),
    ("The General Staff said the attack was repelled.", "The General Staff"),
    ("The General Staff of the Armed Forces of Ukraine said the attack was repelled.",
     "The General Staff of the Armed Forces of Ukraine"),
    # a monarchy's forces go by "Royal" in place of the state's name
    ("The Royal Navy said the frigate was not damaged.", "The Royal Navy"),
    ("The Royal Air Force said two jets were scrambled.", "The Royal Air Force"),
    ("The Royal Thai Army said the border was calm.", "The Royal Thai Army"),
    # and a ministry's or forces' initials, one in mixed case
    ("The MoD said the contract was signed.", "The MoD"),
    ("The IAF said the pilot ejected safely.", "The IAF"),
    ("The BSF said the intruder was shot.", "The BSF"),
])
def test_a_states_command_staff_and_forces_are_its_government(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("sentence,source,kind", [
    # near misses: an armed group's command, a person of the staff, a royal body of no forces, a moderator
    ("The Arakan Army's Northern Command said the town fell.", "The Arakan Army's Northern Command", "organization"),
    ("The chairman of the Joint Chiefs of Staff, Gen. Ann Lee, said the plan was ready.",
     "The chairman of the Joint Chiefs of Staff, Gen. Ann Lee", "person"),
    ("The Royal Society said the study was sound.", "The Royal Society", "organization"),
    ("A mod said the post was removed.", "A mod", "person"),
])
def test_no_states_command_nor_forces(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source,kind", [
    # a militia is a body of fighters, no person
    ("The militia said the base was attacked.", "The militia", "organization"),
    ("A militia said the base was attacked.", "A militia", "organization"),
    # a post whose title names the staff or forces after "of" is a person's
    ("The Chief of Army Staff said the plan was ready.", "The Chief of Army Staff", "person"),
    ("The Chief of Defence Staff said the plan was ready.", "The Chief of Defence Staff", "person"),
])
def test_a_militia_is_a_body_and_a_chief_of_staff_a_person(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


def test_a_clause_after_on_condition_that_is_no_report(rules_only):
    # the terms one spoke on, "on condition that he not be named", are no report of "spoke"
    att = _one(rules_only.parse("A senior commander, who spoke on condition that he not be named, said his "
                                "brigade was short of shells."))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        "A senior commander", "said", ["his brigade was short of shells"])


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a plural of records before a participle of publishing is the noun it goes on, no verb
    ("Drone images released by the ministry appear to show a crater.", "Drone images released by the ministry",
     "appear to show", "a crater"),
    ("Satellite images taken on Monday appear to show a crater.", "Satellite images taken on Monday",
     "appear to show", "a crater"),
    ("Satellite imagery appears to show a crater.", "Satellite imagery", "appears to show", "a crater"),
    # a participle with its agent goes on the noun before it, and posting it reports nothing
    ("Video posted by the army showed soldiers raising a flag.", "Video posted by the army", "showed",
     "soldiers raising a flag"),
    ("Footage posted by the ministry showed a burning truck.", "Footage posted by the ministry", "showed",
     "a burning truck"),
    # near misses: the images inside another's report, and a reduced passive with no verb of saying after it
    ("He said drone images released by the ministry showed a crater.", "He", "said",
     "drone images released by the ministry showed a crater"),
    ("The claim, first reported by the Ledger, was denied.", "the Ledger", "first reported", "The claim"),
])
def test_pictures_released_by_one_appear_to_show(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,cue,content", [
    # one who will not confirm or disclose what is asked reports on the question
    ("The official would not confirm whether any fighters were killed.", "would not confirm",
     "whether any fighters were killed"),
    ("The spokesman could not confirm if the jets had crossed the border.", "could not confirm",
     "if the jets had crossed the border"),
    ("The ministry didn\u2019t disclose how many troops were deployed.", "didn\u2019t disclose",
     "how many troops were deployed"),
    ("The ministry won't reveal where the troops are.", "won't reveal", "where the troops are"),
])
def test_one_who_would_not_confirm_whether_reports(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == (cue, [content])


@pytest.mark.parametrize("sentence", [
    # near misses: a thing not confirmed, no question; a question no one is said to leave open
    "The army would not confirm the figure.",
    "It is not clear whether the drills will end.",
])
def test_no_question_left_unconfirmed(rules_only, sentence):
    assert not rules_only.parse(sentence).attributions


@pytest.mark.parametrize("text,antecedent", [
    # "the official" after one left unnamed whose mention holds a state's initials, which count as no words
    ("A U.S. defense official said two jets dropped bombs. Ann Hale said she would not go into details. "
     "The official said no fighters were killed.", "A U.S. defense official"),
    ("A senior U.S. military official, speaking on condition of anonymity, said two jets dropped bombs. "
     "The official said no fighters were killed.", "A senior U.S. military official"),
])
def test_the_official_stands_for_one_unnamed_with_initials(rules_only, text, antecedent):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text == "The official"
    assert att.source.refers_to is not None and att.source.refers_to.span.text == antecedent


def test_the_official_is_no_one_unnamed_with_a_long_phrase(rules_only):
    # near miss: many words besides the initials make no one left unnamed whom "the official" goes on with
    text = ("An aide to a senior European Union defence official said the jets were late. Ann Hale said she would wait. "
            "The official said no fighters were killed.")
    att = rules_only.parse(text).attributions[-1]
    assert (att.source.span.text, att.source.refers_to) == ("The official", None)


def test_the_command_stands_for_the_one_a_spokeswoman_spoke_for(rules_only):
    # a state's initials open the name the spokeswoman spoke for, and "the command" stands for all of it
    text = ("Col. Ann Hale, a spokeswoman for U.S. Africa Command, said the strike was lawful. "
            "The command said in a statement that no civilians were killed.")
    att = rules_only.parse(text).attributions[-1]
    assert (att.source.span.text, att.source.kind, att.source.refers_to.span.text) == (
        "The command", "government", "U.S. Africa Command")


@pytest.mark.parametrize("sentence", [
    # troops or a crowd pushing into, through or toward a place move; they report nothing
    "Rebel fighters pushed into the northern suburbs on Sunday.",
    "The troops have pushed deeper into the valley.",
    "Armoured columns pushed further into the province overnight.",
    "The infantry pushed through the minefield at dawn.",
    "The council pushed ahead with the new barracks.",
])
def test_troops_pushing_into_a_place_report_nothing(rules_only, sentence):
    assert not rules_only.parse(sentence).attributions


@pytest.mark.parametrize("sentence,cue,content", [
    # near misses: pushing for a thing, pushing back on a claim, pushing an idea are reports
    ("The minister pushed for a bigger budget.", "pushed for", "a bigger budget"),
    ("The general pushed back on the claims.", "pushed back on", "the claims"),
    ("The senator has pushed the idea that the base should close.", "has pushed",
     "the idea that the base should close"),
])
def test_pushing_for_or_back_still_reports(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == (cue, [content])


@pytest.mark.parametrize("sentence,source,kind,content", [
    # a capitalised modifier between the article and the unit's or the soldier's noun leaves the
    # participle's clause on the noun, and the mention's kind is the noun's
    ("The bridge was destroyed, a Latvian brigade fighting in the area said.",
     "a Latvian brigade fighting in the area", "organization", "The bridge was destroyed"),
    ("The village was retaken, a Danish unit serving near the border said.",
     "a Danish unit serving near the border", "organization", "The village was retaken"),
    ("A Polish battalion holding the ridge said the shelling had stopped.",
     "A Polish battalion holding the ridge", "organization", "the shelling had stopped"),
    ("The convoy was hit, an Estonian soldier stationed nearby said.",
     "an Estonian soldier stationed nearby", "person", "The convoy was hit"),
    ("Two drones were downed, a U.S. unit operating in the region said.",
     "a U.S. unit operating in the region", "organization", "Two drones were downed"),
])
def test_a_unit_named_by_its_country_with_a_participle_clause(rules_only, sentence, source, kind, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, kind, "said", [content])


@pytest.mark.parametrize("sentence,source", [
    # a unit of an army by its noun is a body, no person
    ("The battalion said two of its tanks were lost.", "The battalion"),
    ("The depot was hit, a regiment said.", "a regiment"),
    ("The squadron said both pilots ejected safely.", "The squadron"),
    ("The garrison said the siege had been lifted.", "The garrison"),
])
def test_a_units_noun_is_a_body(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, "organization", "said")


@pytest.mark.parametrize("sentence,source", [
    # a state's combatant command, its forces' press wing or its security service by initials
    ("CENTCOM said the drone was shot down over the Red Sea.", "CENTCOM"),
    ("AFRICOM said no civilians were hurt in the strike.", "AFRICOM"),
    ("The ISPR said four soldiers were killed in the clash.", "The ISPR"),
    ("The SBU said it had detained two saboteurs.", "The SBU"),
    ("The USMC said the helicopter made a hard landing.", "The USMC"),
    ("The IRGC said the tanker had been seized.", "The IRGC"),
    # a corps by its name in capitals is a state's forces
    ("The Marine Corps said the helicopter made a hard landing.", "The Marine Corps"),
    ("The Vanta Corps said two intruders were killed.", "The Vanta Corps"),
    ("The Islamic Revolutionary Guard Corps said the tanker had been seized.",
     "The Islamic Revolutionary Guard Corps"),
    # the staff of a state's forces in lower case, after the state's possessive
    ("Ukraine's general staff said the bridge was hit.", "Ukraine's general staff"),
    ("Russia's general staff said the drills had ended.", "Russia's general staff"),
])
def test_a_states_commands_and_wings_by_initials_are_its_government(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, "government", "said")


@pytest.mark.parametrize("sentence,source", [
    # near misses: a general staff in lower case with no state's possessive before it
    ("The general staff said the plan was ready.", "The general staff"),
    ("The club's general staff said the plan was ready.", "The club's general staff"),
    # nor a corps in lower case, nor the press corps
    ("The corps said the bridge was finished.", "The corps"),
    ("The White House Press Corps said the briefing was cancelled.", "The White House Press Corps"),
    ("Civic Corps said the poll was accurate.", "Civic Corps"),
])
def test_a_general_staff_or_corps_of_no_state_is_no_government(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "organization")
