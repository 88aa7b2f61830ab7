"""Constructions of war and conflict copy (wire reports on front lines, air strikes, armed groups
and their claims, figures that cannot be checked), on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence,source", [
    # a state's armed forces speak for the state, as its ministries do
    ("The Indian Army said three soldiers were wounded in the shelling.", "The Indian Army"),
    ("Ukraine's military said it shot down 31 of 40 drones overnight.", "Ukraine's military"),
    ("The army said, without providing evidence, that the school was used as a depot.", "The army"),
    ("The Israeli military said it struck 40 targets in the south.", "The Israeli military"),
    ("The Sudanese Armed Forces said the bridge was back under their control.", "The Sudanese Armed Forces"),
    ("The Israel Defense Forces said the tunnel was destroyed.", "The Israel Defense Forces"),
    ("The U.S. Navy said the destroyer was not damaged.", "The U.S. Navy"),
    ("The Pakistani air force said two of its jets were lost.", "The Pakistani air force"),
    ("Myanmar's military said it had retaken the highway.", "Myanmar's military"),
    # and so are its police (the rule of kinds for public bodies)
    ("Police said the checkpoint was attacked at dawn.", "Police"),
])
def test_a_states_armed_forces_are_its_government(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("sentence,source", [
    # an armed group's name may hold a place or a people, and "army" or "forces": no state's
    ("The Arakan Army said it had taken the garrison town.", "The Arakan Army"),
    ("The Free Syrian Army said its fighters had pulled back.", "The Free Syrian Army"),
    ("The Rapid Support Forces said the airport had fallen.", "The Rapid Support Forces"),
    ("The Kachin Independence Army said it seized two outposts.", "The Kachin Independence Army"),
    ("Kurdish forces said they had cleared the village.", "Kurdish forces"),
])
def test_an_armed_group_named_for_a_place_is_no_government(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source and att.source.kind != "government"


@pytest.mark.parametrize("sentence,source", [
    # militant groups that speak under a bare name that reads as a person's
    ("Islamic State claimed responsibility for the bombing in a statement on Telegram.", "Islamic State"),
    ("Al-Qaeda said the raid was revenge for the strikes.", "Al-Qaeda"),
    ("Al Qaeda said the raid was revenge for the strikes.", "Al Qaeda"),
])
def test_a_militant_group_by_its_name_is_a_body(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "organization")


@pytest.mark.parametrize("sentence,source", [
    # a paper named after its noun keeps the "of" inside its name, and its modifier before
    ("The junta-controlled newspaper Daily Light of Ravia reported that 14 rebels were killed.",
     "The junta-controlled newspaper Daily Light of Ravia"),
    ("The state-run newspaper Voice of the Coast said the talks had failed.", "The state-run newspaper Voice of the Coast"),
    ("The newspaper Ravia Times said the talks had failed.", "The newspaper Ravia Times"),
])
def test_a_newspaper_named_with_of_is_an_outlet(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "outlet")


def test_a_newspaper_of_a_kind_is_no_name(rules_only):
    # "of" ending the words after the noun makes no name of them
    att = _one(rules_only.parse("The newspaper of the exiles said the talks had failed."))
    assert att.source.span.text == "The newspaper of the exiles"


@pytest.mark.parametrize("sentence,content", [
    # the writer's note that the claim could not be checked is no part of it, nor an attribution
    ("The defence ministry said its troops had captured the village, a claim Reuters could not independently verify.",
     "its troops had captured the village"),
    ("Local officials said at least 30 people died in the shelling. The figures could not be independently verified.",
     "at least 30 people died in the shelling"),
    ("The army said, without providing evidence, that the fighters hid in the hospital.",
     "the fighters hid in the hospital"),
])
def test_an_unverified_claim_ends_before_the_writers_note(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence,source,via,content", [
    # who told the outlet is the source, the outlet only relays it
    ("Witnesses told Reuters that gunmen opened fire on the crowd.", "Witnesses", "Reuters", "gunmen opened fire on the crowd"),
    ("A militia commander, who asked not to be named, told AFP that the talks had stalled.",
     "A militia commander", "AFP", "the talks had stalled"),
])
def test_those_who_told_an_agency_are_the_source(rules_only, sentence, source, via, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [v.span.text for v in att.via], [s.text for s in att.content]) == (source, [via], [content])


@pytest.mark.parametrize("sentence,source,content", [
    # a denial by a group's spokesperson, or by the group, is a denied claim
    ("A spokesperson for the Rapid Support Forces denied the accusations.", "A spokesperson for the Rapid Support Forces",
     "the accusations"),
    ("The rebel group denied that it had shelled the camp.", "The rebel group", "it had shelled the camp"),
])
def test_a_groups_denial_is_denied(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.polarity, [s.text for s in att.content]) == (source, "denied", [content])


@pytest.mark.parametrize("sentence,source,cue,content", [
    # responsibility claimed for an attack is the cue's, the attack what is claimed
    ("Islamic State claimed responsibility for the bombing in a statement on Telegram.", "Islamic State",
     "claimed responsibility for", "the bombing"),
    ("No group has claimed responsibility for the blast.", "No group", "has claimed responsibility for", "the blast"),
    # and a plain "claimed" keeps its object or its clause
    ("The rebels claimed the ambush on the convoy.", "The rebels", "claimed", "the ambush on the convoy"),
    ("The rebels claimed that the convoy carried weapons.", "The rebels", "claimed", "the convoy carried weapons"),
])
def test_responsibility_claimed_is_part_of_the_cue(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,source", [
    # state news agencies and papers quoted in war copy, by their bare names
    ("IRNA reported that two drones were shot down over the city.", "IRNA"),
    ("KCNA said the launch was a test of a new rocket engine.", "KCNA"),
    ("The Global New Light of Myanmar reported that 14 insurgents were killed.", "The Global New Light of Myanmar"),
])
def test_a_state_agency_by_its_name_is_an_outlet(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "outlet")


@pytest.mark.parametrize("text,outlet,noun", [
    # "the paper" after an outlet whose name holds "of" stands for the whole name
    ("The Times of India reported that 14 insurgents were killed. The newspaper said troops seized rifles.",
     "The Times of India", "The newspaper"),
    ("The Press Trust of India reported that a bridge was blown up. The agency said no one was hurt.",
     "The Press Trust of India", "The agency"),
    ("The Global New Light of Myanmar reported that a base fell. The paper said troops seized rifles.",
     "The Global New Light of Myanmar", "The paper"),
])
def test_the_paper_stands_for_a_name_with_of(rules_only, text, outlet, noun):
    first, second = rules_only.parse(text).attributions
    assert (first.source.span.text, second.source.span.text, second.source.refers_to.span.text) == (outlet, noun, outlet)


def test_a_title_with_of_is_no_outlet_for_the_paper(rules_only):
    # "the Bishop of Ravia" is a person: "the paper" after him stands for no one
    first, second = rules_only.parse("The Bishop of Ravia said the shelling must stop. "
                                     "The paper said the shelling went on.").attributions
    assert (first.source.kind, second.source.refers_to) == ("person", None)


@pytest.mark.parametrize("sentence,source", [
    # a junta or a regime rules as a government does, whoever calls it so
    ("Myanmar's junta said the attack on the convoy was foiled.", "Myanmar's junta"),
    ("The military junta said the attack on the convoy was foiled.", "The military junta"),
    ("The Syrian regime said the attack on the convoy was foiled.", "The Syrian regime"),
])
def test_a_junta_or_a_regime_is_a_government(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("sentence,source,kind", [
    # a relative clause after the mention says what the one named did, not what it is
    ("The Taliban, who seized the capital in 2021, said the raid had failed.", "The Taliban, who seized the capital in 2021",
     "organization"),
    ("The Houthis, who hold the port, said they had fired on a tanker.", "The Houthis, who hold the port", "group"),
    # and a person named before one stays a person
    ("Ann Rao, who leads the rebel council, said the raid had failed.", "Ann Rao, who leads the rebel council", "person"),
])
def test_a_relative_clause_leaves_the_mentions_kind(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source,kind", [
    # a known outlet's whole name after who runs it is still the outlet
    ("The state-run Global New Light of Myanmar said 14 insurgents were killed.",
     "The state-run Global New Light of Myanmar", "outlet"),
    ("The junta-controlled Global New Light of Myanmar said 14 insurgents were killed.",
     "The junta-controlled Global New Light of Myanmar", "outlet"),
    # and who runs a person leaves a person
    ("The Kremlin-backed governor said two drones were downed.", "The Kremlin-backed governor", "person"),
])
def test_a_known_outlet_after_who_runs_it_is_an_outlet(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)
