"""Whole-story habits of English-language copy from Russia, Ukraine, the Caucasus and Central
Asia (the Kyiv Independent, Ukrinform, Meduza, The Moscow Times, TASS, RFE/RL, Eurasianet,
Civil.ge, OC Media, Kazinform): their state bodies and agencies by names of their own tongue,
their outlets by one word, by initials with a slash or by a web address, their relayed copy
("wrote on Telegram", "TASS quoted X as saying", "told state news agency RIA Novosti"), on
sentences written for these tests."""

import pytest


def _by_cue(doc, cue):
    found = [a for a in doc.attributions if a.cue.text == cue]
    assert len(found) == 1, [(a.cue.text, a.source and a.source.span.text) for a in doc.attributions]
    return found[0]


@pytest.mark.parametrize("name,kind", [
    # Russia's federal agencies and watchdogs by their one-word names
    ("Rosaviatsia", "government"), ("Roskomnadzor", "government"), ("Rospotrebnadzor", "government"),
    ("Rosstat", "government"), ("Rosgvardia", "government"),
    # the Kazakh presidency's seat, Ukraine's anti-graft bureau, the chambers and prosecutors
    ("Akorda", "government"), ("NABU", "government"), ("The Mazhilis", "government"),
    ("The Federation Council", "government"), ("The Rada", "government"),
    ("The Investigative Committee", "government"), ("The Prosecutor General's Office", "government"),
    # state firms by a bare name
    ("Naftogaz", "organization"), ("Ukrenergo", "organization"), ("Energoatom", "organization"),
    # the region's agencies, sites and channels by one word, initials with a slash or an address
    ("Kazinform", "outlet"), ("Eurasianet", "outlet"), ("Mediazona", "outlet"), ("Armenpress", "outlet"),
    ("Interpressnews", "outlet"), ("RFE/RL", "outlet"), ("Civil.ge", "outlet"), ("News.am", "outlet"),
    # a house of news by a name that ends in "Media"
    ("OC Media", "outlet"), ("Vice Media", "outlet"),
    # parties by an English name that reads as a person's or a state's
    ("Georgian Dream", "organization"), ("United Russia", "organization"), ("Servant of the People", "organization"),
    ("Yabloko", "organization"),
])
def test_eurasian_bodies_and_outlets(rules_only, name, kind):
    att = _by_cue(rules_only.parse(f"{name} said the talks had stalled."), "said")
    assert (att.source.span.text, att.source.kind) == (name, kind)


@pytest.mark.parametrize("name,kind", [
    # the media at large stay unnamed; a person by a surname that is also initials stays a person
    ("Social Media", "unnamed"), ("Local media", "unnamed"), ("Motta Gur", "person"), ("Rada Petrova", "person"),
])
def test_no_body_nor_outlet_where_none_is(rules_only, name, kind):
    att = _by_cue(rules_only.parse(f"{name} said the talks had stalled."), "said")
    assert (att.source.span.text, att.source.kind) == (name, kind)


@pytest.mark.parametrize("text,via", [
    # an outlet by initials with a slash between them relays what it was told
    ("Opposition leader Lasha Beridze told RFE/RL that the protests would go on.", ["RFE/RL"]),
    ("Speaking to RFE/RL, Opposition leader Lasha Beridze said the protests would go on.", ["RFE/RL"]),
    ("Speaking to RFE/RL's Georgian Service, Opposition leader Lasha Beridze said the protests would go on.",
     ["RFE/RL"]),
])
def test_an_outlet_with_a_slash_relays(rules_only, text, via):
    att = _by_cue(rules_only.parse(text), "told" if "told" in text else "said")
    assert att.source.span.text == "Opposition leader Lasha Beridze"
    assert [v.span.text for v in att.via] == via
    assert " ".join(s.text for s in att.content) == "the protests would go on"


@pytest.mark.parametrize("text,via", [
    # a nation's outlet named by its medium, its standing before or after the nation's word
    ("A resident told Russian independent outlet Sota that blasts were heard.", ["Russian independent outlet Sota"]),
    ("A resident told the independent Russian newspaper Novaya Gazeta that blasts were heard.",
     ["the independent Russian newspaper Novaya Gazeta"]),
    ("A resident told the Russian news website Fontanka that blasts were heard.",
     ["the Russian news website Fontanka"]),
    ("A resident told Georgian TV channel Imedi that blasts were heard.", ["Georgian TV channel Imedi"]),
    ("A resident told Kazakh news portal Tengrinews that blasts were heard.", ["Kazakh news portal Tengrinews"]),
    ("A resident told Russian state television that blasts were heard.", ["Russian state television"]),
])
def test_a_nations_outlet_by_its_medium_relays(rules_only, text, via):
    att = _by_cue(rules_only.parse(text), "told")
    assert att.source.span.text == "A resident"
    assert [v.span.text for v in att.via] == via
    assert " ".join(s.text for s in att.content) == "blasts were heard"


@pytest.mark.parametrize("text,source,kind,cue,via,content", [
    # relayed copy of the region, as the parser already reads it
    ("“There are no such plans,” Kremlin spokesman Dmitry Peskov told reporters on a conference call.",
     "Kremlin spokesman Dmitry Peskov", "person", "told", [], "“There are no such plans,”"),
    ("Kharkiv Mayor Ihor Terekhov wrote on Telegram that two people had been injured in the city.",
     "Kharkiv Mayor Ihor Terekhov", "person", "wrote on Telegram", [], "two people had been injured in the city"),
    ("TASS quoted Deputy Foreign Minister Pavel Orlov as saying that Moscow would respond.",
     "Deputy Foreign Minister Pavel Orlov", "person", "quoted", ["TASS"], "Moscow would respond"),
    ("Senator Olga Petrova told state news agency RIA Novosti that the chamber would review the bill.",
     "Senator Olga Petrova", "person", "told", ["state news agency RIA Novosti"], "the chamber would review the bill"),
    ("According to the Ukrainian Air Force, 40 drones were shot down overnight.",
     "the Ukrainian Air Force", "government", "According to", [], "40 drones were shot down overnight"),
    ("Moscow denied targeting civilian infrastructure.",
     "Moscow", "government", "denied", [], "targeting civilian infrastructure"),
    ("Andriy Kovalenko, the head of the Presidential Office, said in a Telegram post that Kyiv would not yield.",
     "Andriy Kovalenko, the head of the Presidential Office", "person", "said in a Telegram post", [],
     "Kyiv would not yield"),
])
def test_eurasian_relayed_copy(rules_only, text, source, kind, cue, via, content):
    att = _by_cue(rules_only.parse(text), cue)
    assert (att.source.span.text, att.source.kind) == (source, kind)
    assert [v.span.text for v in att.via] == via
    assert " ".join(s.text for s in att.content) == content


@pytest.mark.parametrize("text,cue", [
    # the platform a post went up on, before it, is the cue's as "in a post on Telegram" is
    ("Governor Oleh Bondar said in a Telegram post that the fires had been put out.", "said in a Telegram post"),
    ("Ann Lee wrote in an Instagram post that she was sorry.", "wrote in an Instagram post"),
])
def test_a_platforms_post_extends_the_cue(rules_only, text, cue):
    att = _by_cue(rules_only.parse(text), cue)
    assert att.source.span.text in ("Governor Oleh Bondar", "Ann Lee")


@pytest.mark.parametrize("text", [
    # "suspected" after another verb, no subject before it, modifies its noun: no report
    "SBU detains suspected Russian agent in Odesa",
    "Army kills suspected Islamist fighters in raid",
    "Border guards detain suspected Georgian smugglers",
])
def test_suspected_on_a_noun_after_a_verb_is_no_cue(rules_only, text):
    assert [a.cue.text for a in rules_only.parse(text).attributions] == []


@pytest.mark.parametrize("text,source", [
    # after its subject, an adverb between or none, it still reports
    ("Investigators suspected Russian involvement.", "Investigators"),
    ("The police suspected Russian agents.", "The police"),
    ("Villagers long suspected Russian agents.", "Villagers"),
])
def test_suspected_after_its_subject_reports(rules_only, text, source):
    att = rules_only.parse(text).attributions[0]
    assert att.cue.text.endswith("suspected") and att.source.span.text == source
