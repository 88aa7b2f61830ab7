"""Whole-story habits of East Asian English-language copy (Xinhua, China Daily, the South China
Morning Post, Kyodo, NHK World, Yonhap, The Korea Herald, Focus Taiwan): their state media and
papers, their seats and branches of government, their parties' initials in brackets before a
post, and the writer's note of a source left uncited, on sentences written for these tests."""

import pytest


def _by_cue(doc, cue):
    found = [a for a in doc.attributions if a.cue.text == cue]
    assert len(found) == 1, [(a.cue.text, a.source and a.source.span.text) for a in doc.attributions]
    return found[0]


@pytest.mark.parametrize("text,source", [
    # a party's initials in brackets before its officer's capitalised post: no dateline's agency
    ("Kuomintang (KMT) Chairman Eric Chu said the party would back the budget.",
     "Kuomintang (KMT) Chairman Eric Chu"),
    ("On Monday, Likud (LK) Chairman Avi Dror said the vote would go ahead.", "Likud (LK) Chairman Avi Dror"),
])
def test_a_partys_initials_before_a_post_are_no_dateline(rules_only, text, source):
    att = _by_cue(rules_only.parse(text), "said")
    assert att.source.span.text == source


@pytest.mark.parametrize("text,source", [
    # a known agency's initials still make a dateline, with or without a dash
    ("Pune, Mar 3 (PTI) Police said the man had fled.", "Police"),
    ("SEOUL (Yonhap) -- Police said the man had fled.", "Police"),
])
def test_an_agencys_initials_still_make_a_dateline(rules_only, text, source):
    att = _by_cue(rules_only.parse(text), "said")
    assert att.source.span.text == source


@pytest.mark.parametrize("name,kind", [
    # East Asian broadcasters and papers by their initials or their names
    ("RTHK", "outlet"), ("CGTN", "outlet"), ("KBS", "outlet"), ("YTN", "outlet"),
    ("Focus Taiwan", "outlet"), ("China Daily", "outlet"), ("People's Daily", "outlet"), ("Ming Pao", "outlet"),
    # seats and branches of government
    ("Cheong Wa Dae", "government"), ("The presidential office", "government"),
    ("South Korea's presidential office", "government"), ("The Executive Yuan", "government"),
    ("Taiwan's Legislative Yuan", "government"), ("The State Council", "government"),
])
def test_east_asian_bodies_and_outlets(rules_only, name, kind):
    att = _by_cue(rules_only.parse(f"{name} said the talks had stalled."), "said")
    assert (att.source.span.text, att.source.kind) == (name, kind)


def test_without_citing_sources_qualifies_the_report(rules_only):
    doc = rules_only.parse("NHK said, without citing sources, that the ruling party would compile an extra budget.")
    att = _by_cue(doc, "said")
    assert len(doc.attributions) == 1
    assert [s.text for s in att.content] == ["the ruling party would compile an extra budget"]


def test_an_officials_office_stays_an_organization(rules_only):
    att = _by_cue(rules_only.parse("Lee's office said the talks had stalled."), "said")
    assert att.source.kind == "organization"


@pytest.mark.parametrize("text,cue,content", [
    # "without" and the participle: the cue of a report not made, "without" and all (but "without
    # citing sources" only qualifies the report it stands in: test_without_citing_sources_is_no_report)
    ("The minister spoke for an hour without specifically naming the rival party.",
     "without specifically naming", "the rival party"),
])
def test_without_and_a_participle_is_the_cue(rules_only, text, cue, content):
    att = _by_cue(rules_only.parse(text), cue)
    assert " ".join(s.text for s in att.content) == content


def test_the_report_beside_an_uncited_source_keeps_its_cue(rules_only):
    att = _by_cue(rules_only.parse("NHK said, without citing sources, that the ruling party would compile an extra "
                                   "budget."), "said")
    assert att.source.kind == "outlet"
    assert " ".join(s.text for s in att.content) == "the ruling party would compile an extra budget"


@pytest.mark.parametrize("text,source,cue,via,content", [
    # relayed copy of the region's agencies, as the parser already reads it
    ("A government source told Kyodo News on condition of anonymity that the trip had been postponed.",
     "A government source", "told", ["Kyodo News"], "the trip had been postponed"),
    ("Chinese Foreign Ministry spokesperson Mao Ning told a regular press briefing on Tuesday that China "
     "opposed the tariffs.", "Chinese Foreign Ministry spokesperson Mao Ning", "told", [], "China opposed the tariffs"),
    ("According to a readout released by the Chinese side, the two leaders agreed to keep talking.",
     "a readout released by the Chinese side", "According to", [], "the two leaders agreed to keep talking"),
])
def test_east_asian_cue_habits(rules_only, text, source, cue, via, content):
    att = _by_cue(rules_only.parse(text), cue)
    assert att.source.span.text == source
    assert [v.span.text for v in att.via] == via
    assert " ".join(s.text for s in att.content) == content


@pytest.mark.parametrize("text,source,referent", [
    # family name first: the family name alone stands for the full name with its post
    ("Secretary for Security Chris Tang Ping-keung said police had made arrests. “We will not tolerate it,” "
     "Tang said.", "Tang", "Secretary for Security Chris Tang Ping-keung"),
    ("Premier Li Qiang said China would open wider. “Opening up is a basic policy,” Li said.",
     "Li", "Premier Li Qiang"),
    ("Chinese President Xi Jinping said the economy was stable. Mr Xi told officials that reform must continue.",
     "Mr Xi", "Chinese President Xi Jinping"),
])
def test_east_asian_names_again(rules_only, text, source, referent):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text == source
    assert att.source.refers_to is not None and att.source.refers_to.span.text == referent


@pytest.mark.parametrize("text,referent", [
    # "the Japanese premier": the head of government placed by the people's noun, named with
    # "Prime Minister" or "Premier" before the name
    ("Japanese Prime Minister Shigeru Ishiba said the alliance was strong. “Japan will do its part,” the "
     "Japanese premier said.", "Japanese Prime Minister Shigeru Ishiba"),
    ("Chinese Premier Li Qiang said China would open wider. “Opening up is a basic policy,” the Chinese premier "
     "said.", "Chinese Premier Li Qiang"),
])
def test_the_premier_of_a_people(rules_only, text, referent):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.refers_to is not None and att.source.refers_to.span.text == referent


@pytest.mark.parametrize("text,source,referent", [
    # a country's possessive before the title places the holder as its people's word would:
    # "Japan's Prime Minister" for "the Japanese premier", "France's President" for "the French leader"
    ("Japan's Prime Minister Kenji Morita visited the shipyard. “We must rebuild,” the Japanese premier said.",
     "the Japanese premier", "Prime Minister Kenji Morita"),
    ("Taiwan's President Chen Wei-lun toured the base on Friday. “We will stay calm,” the Taiwanese leader said.",
     "the Taiwanese leader", "Chen Wei-lun"),
    ("France's President Claire Dumont met the envoy on Monday. The French leader said the talks were useful.",
     "The French leader", "Claire Dumont"),
])
def test_a_countrys_possessive_places_the_holder(rules_only, text, source, referent):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text == source
    assert att.source.refers_to is not None and att.source.refers_to.span.text == referent


@pytest.mark.parametrize("text", [
    # not another country's head of government, nor a former one
    ("Spain's Prime Minister Luis Ortega met the envoy. “We will diversify,” the Japanese premier said."),
    ("Spain's President Luis Ortega met the envoy on Monday. The French leader said the talks were useful."),
    ("Canadian Prime Minister Mark Carney said trade would grow. “We will diversify,” the Japanese premier said."),
    ("Former Japanese Prime Minister Fumio Kishida said the alliance was strong. “Japan will do its part,” the "
     "Japanese premier said."),
])
def test_the_premier_of_a_people_is_no_other(rules_only, text):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text in ("the Japanese premier", "The French leader") and att.source.refers_to is None


@pytest.mark.parametrize("text,referent", [
    # "the top diplomat": the nearest foreign minister or secretary of state named with the title
    ("Chinese Foreign Minister Wang Yi met his Japanese counterpart. “Both sides should respect each other,” Wang "
     "said. The top diplomat added that ties had improved.", "Chinese Foreign Minister Wang Yi"),
    ("Secretary of State Ann Hale said the talks went well. The top diplomat added that ties had improved.",
     "Secretary of State Ann Hale"),
])
def test_the_top_diplomat_is_the_foreign_minister(rules_only, text, referent):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.refers_to is not None and att.source.refers_to.span.text == referent


def test_the_top_diplomat_is_no_other_minister(rules_only):
    att = rules_only.parse("Defence Minister Tom Roe said the talks went well. The top diplomat added that ties "
                           "had improved.").attributions[-1]
    assert att.source.span.text == "The top diplomat" and att.source.refers_to is None
