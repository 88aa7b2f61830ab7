"""Constructions of Middle East English-language copy outside the Gulf (Israeli, Palestinian,
Lebanese, Syrian, Iraqi, Iranian, Turkish, Egyptian and Jordanian outlets and the wires that cover
them: names with the Arabic article, broadcasters named with their medium, officials who spoke to
an outlet on condition of anonymity, the region's own outlets), on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("text,source,cue,content", [
    # a surname with the Arabic article in lower case is a name, after a quotation or before its verb
    ("“The border is calm,” al-Rawi said.", "al-Rawi", "said", "“The border is calm,”"),
    ("“The border is calm,” el-Masri told reporters.", "el-Masri", "told", "“The border is calm,”"),
    ("The border is calm, as-Saleh said.", "as-Saleh", "said", "The border is calm"),
    ("On Monday, al-Hakim said the crossing would reopen.", "al-Hakim", "said", "the crossing would reopen"),
    ("al-Hakim said the crossing would reopen.", "al-Hakim", "said", "the crossing would reopen"),
    ("“The border is calm,” said el-Masri.", "el-Masri", "said", "“The border is calm,”"),
])
def test_a_name_with_the_arabic_article_in_lower_case_speaks(rules_only, text, source, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "person", cue, [content])


def test_a_quotation_split_around_a_name_with_the_article_is_one(rules_only):
    text = ("Prime Minister Karim Hadi al-Rawi met the envoy. “The border is calm,” al-Rawi told "
            "Al Jazeera in an interview. “Our forces are ready.”")
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, [v.span.text for v in att.via], [s.text for s in att.content]) == (
        "al-Rawi", ["Al Jazeera"], ["“The border is calm,”", "“Our forces are ready.”"])


@pytest.mark.parametrize("text,source", [
    # a broadcaster's name and its medium in lower case: the broadcaster
    ("Al-Noor television said the strike had hit a school.", "Al-Noor television"),
    ("Kan radio said the strike had hit a school.", "Kan radio"),
    ("Kan news reported that the cabinet would meet on Sunday.", "Kan news"),
    ("Channel 14 news said the cabinet would meet on Sunday.", "Channel 14 news"),
    ("Lebanese television said the strike had hit a school.", "Lebanese television"),
])
def test_a_name_and_its_broadcast_medium_is_an_outlet(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "outlet")


@pytest.mark.parametrize("text,source,via", [
    # the outlet an unnamed official spoke to, in an aside before the verb, relays the report
    ("A Lebanese official, who spoke to Al-Monitor on condition of anonymity, said the envoy had set a deadline.",
     "A Lebanese official", ["Al-Monitor"]),
    ("A diplomat, who spoke to Reuters, said the envoy had set a deadline.", "A diplomat", ["Reuters"]),
    ("Two officials, speaking to the BBC on condition of anonymity, said the envoy had set a deadline.",
     "Two officials", ["the BBC"]),
    ("Kurdish officials, speaking to Rudaw on condition of anonymity, said Erbil had not been consulted.",
     "Kurdish officials", ["Rudaw"]),
    # near misses: one spoken to who is no outlet, or no one
    ("A diplomat, who spoke to Omar Saleh on condition of anonymity, said the envoy had set a deadline.",
     "A diplomat", []),
    ("A diplomat, who spoke on condition of anonymity, said the envoy had set a deadline.", "A diplomat", []),
])
def test_the_outlet_an_official_spoke_to_relays_the_report(rules_only, text, source, via):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, [v.span.text for v in att.via]) == (source, via)


@pytest.mark.parametrize("text,source", [
    # rebels are people, many, as militants and fighters are
    ("Yemen's Houthi rebels said they had targeted a tanker.", "Yemen's Houthi rebels"),
    ("Syrian rebels said they had taken the airbase.", "Syrian rebels"),
    ("Rebels said they had taken the airbase.", "Rebels"),
])
def test_rebels_are_a_group(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "group")


def test_a_rebel_named_stays_a_person(rules_only):
    att = _one(rules_only.parse("A rebel commander said the airbase had fallen."))
    assert (att.source.span.text, att.source.kind) == ("A rebel commander", "person")


@pytest.mark.parametrize("text,source", [
    # a movement is a body, whatever place its name holds
    ("The Movement for Clean Water in Jordan said it would petition the court.",
     "The Movement for Clean Water in Jordan"),
    ("The settler movement said it would petition the court.", "The settler movement"),
    ("The Islamic Resistance Movement said it would petition the court.", "The Islamic Resistance Movement"),
])
def test_a_movement_is_an_organization(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "organization")


@pytest.mark.parametrize("text,source", [
    # the region's papers, sites, broadcasters and agencies by their names
    ("Ynet reported that the cabinet would meet on Sunday.", "Ynet"),
    ("Israel Hayom reported that the cabinet would meet on Sunday.", "Israel Hayom"),
    ("Yedioth Ahronoth reported that the cabinet would meet on Sunday.", "Yedioth Ahronoth"),
    ("Asharq Al-Awsat reported that the envoy would visit Beirut.", "Asharq Al-Awsat"),
    ("Al-Mayadeen said the strike had hit a school.", "Al-Mayadeen"),
    ("Rudaw reported that the talks had stalled.", "Rudaw"),
    ("Kayhan said the talks were a trap.", "Kayhan"),
    ("Cumhuriyet reported that the minister would resign.", "Cumhuriyet"),
    ("WAFA reported that two men were detained.", "WAFA"),
    ("SANA reported that the road had reopened.", "SANA"),
    ("Fars reported that the drill had ended.", "Fars"),
])
def test_the_regions_outlets_by_their_names(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "outlet")


@pytest.mark.parametrize("text,source", [
    # near misses: the agencies' initials written as given names are people
    ("Wafa said the talks were a trap.", "Wafa"),
    ("Sana Haddad said the talks were a trap.", "Sana Haddad"),
])
def test_an_agencys_initials_written_as_a_given_name_are_a_person(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "person")


@pytest.mark.parametrize("text,source,kind,cue,via", [
    # the region's relayed copy, which the parser already reads
    ("An Israeli official told The Times of Israel that the team would travel to Cairo.",
     "An Israeli official", "anonymous", "told", ["The Times of Israel"]),
    ("The semi-official Tasnim news agency said the missile had been tested.",
     "The semi-official Tasnim news agency", "outlet", "said", []),
    ("The Prime Minister's Office said in a statement that the call had gone well.",
     "The Prime Minister's Office", "government", "said in a statement", []),
    ("Channel 12 reported that the security cabinet would convene.", "Channel 12", "outlet", "reported", []),
    ("Houthi-run Al-Masirah TV reported that the port had been struck.",
     "Houthi-run Al-Masirah TV", "outlet", "reported", []),
])
def test_the_regions_relayed_copy(rules_only, text, source, kind, cue, via):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind, att.cue.text, [v.span.text for v in att.via]) == (source, kind, cue, via)


@pytest.mark.parametrize(("sentence", "source", "kind"), [
    # a nation's press or news at large is its outlets
    ("Israeli news reported that the talks had stalled.", "Israeli news", "outlet"),
    ("The Turkish press said the talks had stalled.", "The Turkish press", "outlet"),
    # intelligence and security services are the state's, as the CIA is
    ("Shin Bet said the attack had been foiled.", "Shin Bet", "government"),
    ("Mossad said the plot had been foiled.", "Mossad", "government"),
    ("MI5 said the threat level would stay high.", "MI5", "government"),
    ("The domestic security service said the plot had been foiled.", "The domestic security service", "government"),
    ("The spy agency said the plot had been foiled.", "The spy agency", "government"),
    ("Military intelligence said the convoy had crossed the border.", "Military intelligence", "government"),
    # a private one is no state's
    ("A private security service said the gates were locked.", "A private security service", "organization"),
])
def test_a_nations_press_and_its_secret_services(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)
