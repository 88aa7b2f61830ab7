"""Constructions of the non-US wire houses' English copy (Agence France-Presse, dpa, Kyodo,
Anadolu, Xinhua, Yonhap, and the Indian agencies' copy as the papers run it): datelines with the
agency's name, sources who told the agency on condition of anonymity, what state media carried
or quoted, "as per" and "sources said", on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


def _via(att):
    return [v.span.text for v in att.via]


@pytest.mark.parametrize("text,source,via,content", [
    # a bare "quoted by" and the outlet after a comma, as agency copy writes it, relays the report
    # as "as quoted by" does: after a quotation's speaker, after a clause, after a noun phrase
    ("“We are doing everything we can,” Tran said, quoted by the official newspaper Nhan Dan.",
     "Tran", ["the official newspaper Nhan Dan"], "“We are doing everything we can,”"),
    ("The harbour will stay shut, Tran said, quoted by state news agency Xinhua.",
     "Tran", ["state news agency Xinhua"], "The harbour will stay shut"),
    ("Tran said the harbour would stay shut, quoted by state news agency Xinhua.",
     "Tran", ["state news agency Xinhua"], "the harbour would stay shut"),
    ("Karimi denied any role in the blast, quoted by the official IRNA news agency.",
     "Karimi", ["the official IRNA news agency"], "any role in the blast"),
])
def test_a_bare_quoted_by_after_a_comma_relays(rules_only, text, source, via, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, _via(att), [s.text for s in att.content]) == (source, via, [content])


def test_a_quoted_by_before_as_saying_is_still_the_cue(rules_only):
    att = _one(rules_only.parse("Tran was quoted by Xinhua as saying the harbour would stay shut."))
    assert (att.source.span.text, att.cue.text, _via(att), [s.text for s in att.content]) == (
        "Tran", "quoted … as saying", ["Xinhua"], ["the harbour would stay shut"])


@pytest.mark.parametrize("text,cue,via,content", [
    # any verb's medium set off by a comma at the sentence's end names the outlet that carried it
    ("The kingdom condemned the raid, in a statement carried by the official Saudi Press Agency.",
     "condemned", ["the official Saudi Press Agency"], "the raid"),
    ("The ministry welcomed the truce, in remarks carried by state media.", "welcomed", ["state media"], "the truce"),
])
def test_a_medium_carried_by_an_outlet_after_any_verb_relays(rules_only, text, cue, via, content):
    att = _one(rules_only.parse(text))
    assert (att.cue.text, _via(att), [s.text for s in att.content]) == (cue, via, [content])


def test_a_medium_posted_on_a_platform_relays_nothing(rules_only):
    att = _one(rules_only.parse("The ministry welcomed the truce, in a post on X."))
    assert (_via(att), [s.text for s in att.content]) == ([], ["the truce"])


@pytest.mark.parametrize("text,source,cue,content", [
    # "in a statement" and a conjunction after it close the first clause: the verb after the
    # conjunction is the first subject's, no object's before it
    ("Hezbollah confirmed the death in a statement but did not say where he was killed.",
     "Hezbollah", "did not say", "where he was killed"),
    ("The army confirmed the strike in a statement and said two gunmen had been killed.",
     "The army", "said", "two gunmen had been killed"),
])
def test_a_statement_before_a_conjunction_keeps_the_first_subject(rules_only, text, source, cue, content):
    atts = rules_only.parse(text).attributions
    assert (atts[-1].source.span.text, atts[-1].cue.text, [s.text for s in atts[-1].content]) == (source, cue, [content])
    assert all(a.source.span.text == source for a in atts)


def test_a_statement_before_the_verb_still_is_the_verbs(rules_only):
    att = _one(rules_only.parse("The ministry in a statement said the talks had failed."))
    assert (att.source.span.text, att.cue.text) == ("The ministry", "said")


@pytest.mark.parametrize("name", [
    # a body's branch for a country or a region of the world is the body's kind
    "Amnesty International Kenya", "Oxfam Ghana", "Human Rights Watch Asia", "Transparency International Nigeria",
])
def test_a_bodys_branch_for_a_place_is_an_organization(rules_only, name):
    att = _one(rules_only.parse(f"{name} said at least three protesters had been shot dead."))
    assert (att.source.span.text, att.source.kind) == (name, "organization")


@pytest.mark.parametrize("name", ["Ann Jordan", "Tom Chad"])
def test_a_persons_name_ending_in_a_place_stays_a_person(rules_only, name):
    att = _one(rules_only.parse(f"{name} said at least three protesters had been shot dead."))
    assert att.source.kind == "person"


@pytest.mark.parametrize("text,source,kind,via,content", [
    # constructions the agencies' copy leans on, which the parser reads already
    ("A source close to the case told AFP the aid worker had been held for four days.",
     "A source close to the case", "anonymous", ["AFP"], "the aid worker had been held for four days"),
    ("A diplomat told AFP on condition of anonymity that talks were under way.",
     "A diplomat", "anonymous", ["AFP"], "talks were under way"),
    ("Official sources said the proposal had been cleared by the cabinet.",
     "Official sources", "anonymous", [], "the proposal had been cleared by the cabinet"),
    ("The missiles flew about 400 kilometres, a military official told reporters on condition of anonymity.",
     "a military official", "anonymous", [], "The missiles flew about 400 kilometres"),
    ("Speaking to ANI, a senior police officer said the raid was launched on a tip-off.",
     "a senior police officer", "anonymous", ["ANI"], "the raid was launched on a tip-off"),
    ("“The enemy will pay a price,” a militia commander told AFP, requesting anonymity.",
     "a militia commander", "anonymous", ["AFP"], "“The enemy will pay a price,”"),
])
def test_sources_who_told_the_agency(rules_only, text, source, kind, via, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind, _via(att), [s.text for s in att.content]) == (
        source, kind, via, [content])


@pytest.mark.parametrize("text,source,kind,cue,content", [
    ("More than 200 people have died in floods since April, according to an AFP tally based on official figures.",
     "an AFP tally based on official figures", "document", "according to",
     "More than 200 people have died in floods since April"),
    ("As per the official, nearly 5,000 recruits would join in the first phase.",
     "the official", "person", "As per", "nearly 5,000 recruits would join in the first phase"),
    ("The toll is expected to rise, according to state broadcaster VTV.",
     "state broadcaster VTV", "outlet", "according to", "The toll is expected to rise"),
    ("The aid package will reach Sudan next week, the state news agency WAM reported on Monday.",
     "the state news agency WAM", "outlet", "reported", "The aid package will reach Sudan next week"),
])
def test_leads_and_agencies_as_sources(rules_only, text, source, kind, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, kind, cue, [content])


def test_remarks_broadcast_on_state_television_relay(rules_only):
    att = _one(rules_only.parse("The spokesman said the man had entered a military zone, in remarks broadcast on state television."))
    assert (att.cue.text, _via(att), [s.text for s in att.content]) == (
        "said", ["state television"], ["the man had entered a military zone"])


def test_a_statement_carried_by_an_agency_relays_a_quotation(rules_only):
    att = _one(rules_only.parse("“The attack was a crime,” the ministry said in a statement carried by SPA."))
    assert (att.source.span.text, att.cue.text, _via(att)) == ("the ministry", "said in a statement", ["SPA"])


def test_a_translation_is_no_relay(rules_only):
    text = "Interior Minister Ahmat Saleh visited the camp. “He knew the rules,” Saleh said, according to a translation."
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, _via(att), [s.text for s in att.content]) == ("Saleh", [], ["“He knew the rules,”"])


def test_further_said_after_an_indian_dateline(rules_only):
    text = ("NEW DELHI, Jan 5 (PTI) Union Home Minister Rajesh Verma on Sunday said a new border force would be set up.\n\n"
            "He further said that the states had been asked to find land for new camps.")
    atts = rules_only.parse(text).attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [
        ("Union Home Minister Rajesh Verma", "said"), ("He", "further said")]
    assert atts[1].source.refers_to.span.text == "Union Home Minister Rajesh Verma"
    assert [s.text for s in atts[1].content] == ["the states had been asked to find land for new camps"]


def test_a_quotation_split_around_its_cue_after_a_dateline(rules_only):
    text = ("MELBOURNE (AFP) - Top seed Elena Petrova said she was relieved to survive a scare on Monday.\n\n"
            "“I was not playing my best tennis,” the Russian told reporters. “But I found a way.”")
    atts = rules_only.parse(text).attributions
    att = atts[-1]
    assert (att.source.span.text, att.source.refers_to.span.text, [s.text for s in att.content]) == (
        "the Russian", "Top seed Elena Petrova", ["“I was not playing my best tennis,”", "“But I found a way.”"])


@pytest.mark.parametrize("text", [
    # the terms of a report after the hearer and a comma: the source asked not to be named
    "“The road is cut,” a militia commander told AFP, requesting anonymity.",
    "“The road is cut,” a militia commander told reporters, speaking on condition of anonymity.",
    "“The road is cut,” a militia commander told The Associated Press, declining to be named.",
])
def test_anonymity_after_the_hearer_and_a_comma(rules_only, text):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == ("a militia commander", "anonymous")


def test_a_participle_of_another_act_after_the_hearer_keeps_the_person(rules_only):
    atts = rules_only.parse("“The road is cut,” a militia commander told AFP, adding that he feared anonymity.").attributions
    assert atts[0].source.kind == "person"


@pytest.mark.parametrize("text,source,via", [
    # a participle of speaking to an outlet that closes the sentence after the speaker relays the words
    ("“The tightening is not over,” said Selin Kaya, an economist at a brokerage, speaking to AFP.",
     "Selin Kaya, an economist at a brokerage", ["AFP"]),
    ("“The water took everything,” said Abdul Rahim, a farmer, speaking to AFP by telephone.",
     "Abdul Rahim, a farmer", ["AFP"]),
    ("“The water took everything,” Rahim said, speaking to AFP.", "Rahim", ["AFP"]),
    ("“The water took everything,” said Rahim, speaking to the Mail on Sunday.", "Rahim", ["the Mail on Sunday"]),
])
def test_speaking_to_an_outlet_after_the_speaker_relays(rules_only, text, source, via):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, _via(att)) == (source, via)


@pytest.mark.parametrize("text", [
    "“The water took everything,” said Rahim, talking to reporters.",
    "“The water took everything,” said Rahim, speaking to AFP, before leaving.",
])
def test_speaking_to_no_outlet_or_not_at_the_end_relays_nothing(rules_only, text):
    assert _via(_one(rules_only.parse(text))) == []


@pytest.mark.parametrize("text,source,via,content", [
    # an outlet that closes the sentence by quoting its speaker by a pronoun relays the report
    ("Hai said the talks would resume next week, Xinhua quoted him as saying.",
     "Hai", ["Xinhua"], "the talks would resume next week"),
    ("Officials said the road would reopen, the Xinhua news agency quoted them as saying.",
     "Officials", ["the Xinhua news agency"], "the road would reopen"),
    # (a person who quotes relays nothing)
    ("Hai said the talks would resume next week, Lee quoted him as saying.",
     "Hai", [], "the talks would resume next week"),
])
def test_an_outlet_quoting_the_speaker_by_a_pronoun_at_the_end_relays(rules_only, text, source, via, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, _via(att), [s.text for s in att.content]) == (source, via, [content])
