"""Whole-story habits of Pakistani, Bangladeshi, Sri Lankan and Nepali English-language copy (the
dailies, APP, BSS): their titles and honorifics, their bodies by their initials, their cue habits,
on sentences written for these tests."""

import pytest


def _by_cue(doc, cue):
    found = [a for a in doc.attributions if a.cue.text == cue]
    assert len(found) == 1, [(a.cue.text, a.source and a.source.span.text) for a in doc.attributions]
    return found[0]


@pytest.mark.parametrize("text", [
    # a head of government named "Prime Minister" before the name is "the premier" after
    ("Prime Minister Ali Khan praised the troops. “The nation salutes its soldiers,” the premier said "
     "in a statement."),
    ("Prime Minister Ali Khan said the budget would help farmers. “We kept our word,” the premier said."),
])
def test_the_premier_is_the_prime_minister_named_before(rules_only, text):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text == "the premier"
    assert att.source.refers_to is not None and att.source.refers_to.span.text == "Prime Minister Ali Khan"


def test_the_premier_is_one_named_premier_first(rules_only):
    att = rules_only.parse("Prime Minister Ali Khan said the deal was good. Provincial Premier Tom Ford said it "
                           "was bad. “We lose jobs,” the premier said.").attributions[-1]
    assert att.source.refers_to is not None and att.source.refers_to.span.text == "Provincial Premier Tom Ford"


def test_a_former_prime_minister_is_no_premier(rules_only):
    att = rules_only.parse("Former prime minister Ali Khan said the deal was good. “We lose jobs,” the premier "
                           "said.").attributions[-1]
    assert att.source.span.text == "the premier" and att.source.refers_to is None


@pytest.mark.parametrize("text", [
    # a paper's noun before a verb of filing in the past: the paper filed, no one who files
    "The court reserved its verdict on the review petitions filed against the disqualification of the minister.",
    "The bench deferred its ruling on the petition filed against the ban.",
    "The petitions filed against the ban were dismissed on Monday.",
])
def test_a_paper_filed_is_no_source_of_the_filing(rules_only, text):
    assert not [a for a in rules_only.parse(text).attributions if a.cue.text.startswith("filed")]


def test_one_who_files_a_paper_still_reports(rules_only):
    att = _by_cue(rules_only.parse("Lawyers for the party filed a petition against the order."), "filed")
    assert att.source.span.text == "Lawyers for the party"


@pytest.mark.parametrize("name", ["PML-N", "JUI-F", "MQM-P", "CPN-UML"])
def test_a_partys_initials_with_a_hyphened_letter_are_a_body(rules_only, name):
    att = rules_only.parse(f"{name} said on Monday that the vote had been rigged.").attributions[0]
    assert (att.source.span.text, att.source.kind) == (name, "organization")


@pytest.mark.parametrize("text,source,cue,via,content", [
    # a paper's website as hearer relays the report
    ("PTI spokesperson Ali Raza told Dawn.com that the party had applied for permission to hold the rally.",
     "PTI spokesperson Ali Raza", "told", ["Dawn.com"], "the party had applied for permission to hold the rally"),
    ("Chief Meteorologist Asif Raza told The Express Tribune that the city could get 100mm of rain.",
     "Chief Meteorologist Asif Raza", "told", ["The Express Tribune"], "the city could get 100mm of rain"),
    # a statement "issued here", and the press release of a body by "according to"
    ("Federal Minister for Information Sara Malik said in a statement issued here on Monday that prices had "
     "fallen.", "Federal Minister for Information Sara Malik", "said in a statement", [], "prices had fallen"),
    ("According to a press release issued by the Ministry of Finance, inflation had fallen to 24 per cent.",
     "a press release issued by the Ministry of Finance", "According to", [], "inflation had fallen to 24 per cent"),
    # Bangladeshi and Sri Lankan posts before the name
    ("Home Adviser Lt Gen (retd) Karim Alam told reporters that police had been asked to act with restraint.",
     "Home Adviser Lt Gen (retd) Karim Alam", "told", [], "police had been asked to act with restraint"),
    ("Minister of Power and Energy Nimal Perera said the tariff would come down.",
     "Minister of Power and Energy Nimal Perera", "said", [], "the tariff would come down"),
])
def test_south_asian_cue_habits(rules_only, text, source, cue, via, content):
    att = _by_cue(rules_only.parse(text), cue)
    assert att.source.span.text == source
    assert [v.span.text for v in att.via] == via
    assert " ".join(s.text for s in att.content) == content


@pytest.mark.parametrize("text,source,refers_to", [
    # a post or an honorific named again alone stands for its holder
    ("MNA Syed Ali Qamar said the plant would serve the town. “Clean water is a right,” the MNA said.",
     "the MNA", "MNA Syed Ali Qamar"),
    ("JUI-F chief Maulana Karim Shah rejected the results. Speaking at a convention, the Maulana said the polls "
     "had been stolen.", "the Maulana", "JUI-F chief Maulana Karim Shah"),
    ("Counsel for the petitioner, Barrister Omar Aziz, argued that his client was innocent. “There is no "
     "evidence,” the barrister told the court.", "the barrister", "Counsel for the petitioner, Barrister Omar Aziz"),
    ("SJB MP Ravi de Silva said the cut came too late. “People are still suffering,” the MP told Parliament.",
     "the MP", "SJB MP Ravi de Silva"),
])
def test_a_post_or_honorific_alone_stands_for_its_holder(rules_only, text, source, refers_to):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text == source
    assert att.source.refers_to is not None and att.source.refers_to.span.text == refers_to


def test_a_quotation_split_around_a_post_and_its_cue(rules_only):
    att = rules_only.parse("FBR Chairman Omar Butt told the committee that the gap would close. “We are "
                           "confident,” the FBR chief said, “that the target will be met.”").attributions[-1]
    assert att.source.span.text == "the FBR chief"
    assert att.source.refers_to is not None and att.source.refers_to.span.text == "FBR Chairman Omar Butt"
    assert [s.text for s in att.content] == ["“We are confident,”", "“that the target will be met.”"]


def test_a_fronted_address_leaves_the_speaker(rules_only):
    att = _by_cue(rules_only.parse("Speaking at a party convention in Multan, PPP Chairman Ali Zardari said the party "
                                   "would sit in opposition."), "said")
    assert att.source.span.text == "PPP Chairman Ali Zardari"
    assert " ".join(s.text for s in att.content) == "the party would sit in opposition"


@pytest.mark.parametrize("text,source,cue,content", [
    # a view held, before the "that" of what is held: the phrase is the cue
    ("The minister was of the view that talks should resume.", "The minister", "was of the view",
     "talks should resume"),
    ("The judges were of the opinion that the law was void.", "The judges", "were of the opinion",
     "the law was void"),
    ("The bench is of the considered view that the appeal has merit.", "The bench", "is of the considered view",
     "the appeal has merit"),
    ("The adviser has been of the view that the tariff must come down.", "The adviser",
     "has been of the view", "the tariff must come down"),
    ("The party held the view that the polls were rigged.", "The party", "held the view", "the polls were rigged"),
    ("The tribunal took the view that the notice was defective.", "The tribunal", "took the view",
     "the notice was defective"),
    # a discourse parenthetical between the phrase and its "that"
    ("The minister was of the view, however, that talks should resume.", "The minister", "was of the view",
     "talks should resume"),
    ("The bench is of the considered opinion, in fact, that the bail is due.", "The bench",
     "is of the considered opinion", "the bail is due"),
    # a view held in a relative clause on the subject: its content ends where the main verb begins
    ("Traders who are of the view that the levy failed were proved wrong.", "who", "are of the view",
     "the levy failed"),
    ("Pilots who took the view that the quay was unsafe have stayed away.", "who", "took the view",
     "the quay was unsafe"),
])
def test_a_view_held_is_a_cue(rules_only, text, source, cue, content):
    att = _by_cue(rules_only.parse(text), cue)
    assert att.source.span.text == source
    assert " ".join(s.text for s in att.content) == content


@pytest.mark.parametrize("text,lemma", [
    ("The minister was of the view that talks should resume.", "be"),
    ("The judges are of the opinion that the law is void.", "be"),
    ("The tribunal took the view that the notice was defective.", "take"),
])
def test_a_view_held_is_lemmatised_by_its_head(rules_only, text, lemma):
    # the phrase's head verb, lemmatised as "made clear" is "make"'s
    (att,) = rules_only.parse(text).attributions
    assert att.cue.lemma == lemma


@pytest.mark.parametrize("text", [
    "He held the view for years.",
    "The room was of the view type, facing the sea.",
    "Visitors took the view from the tower at dusk.",
])
def test_a_view_without_a_clause_is_no_cue(rules_only, text):
    assert not [a for a in rules_only.parse(text).attributions if "view" in a.cue.text]


@pytest.mark.parametrize("headline,source,kind", [
    # a headline credited after its colon in lower case: people by their part, a body, a finding's text
    ("Former premier's health condition critical: doctors", "doctors", "group"),
    ("Two held for bank robbery in Karachi: police", "police", "government"),
    ("Policy rate to stay unchanged: officials", "officials", "group"),
    ("Inflation to ease next year: survey", "survey", "document"),
    ("Talks with lenders to resume next week: sources", "sources", "anonymous"),
    ("Power cuts to end by June: ministry", "ministry", "government"),
])
def test_a_headline_credited_in_lower_case(rules_only, headline, source, kind):
    doc = rules_only.parse(f"{headline}\n\nThe city saw heavy rain on Monday.")
    att = _by_cue(doc, ":")
    assert (att.source.span.text, att.source.kind) == (source, kind)
    assert " ".join(s.text for s in att.content) == headline.rpartition(":")[0]


@pytest.mark.parametrize("headline", [
    "Flood waters rise across northern districts: photos",
    "Pakistan against India, third match: highlights",
])
def test_a_gallery_label_after_a_headline_colon_is_no_source(rules_only, headline):
    doc = rules_only.parse(f"{headline}\n\nThe city saw heavy rain on Monday.")
    assert not [a for a in doc.attributions if a.cue.text == ":"]


@pytest.mark.parametrize("text,source", [
    # a state's bodies by their initials (Pakistan's, Bangladesh's, Nepal's): government
    ("The IHC said the order was illegal.", "The IHC"),
    ("The ECP said the polls would be held in February.", "The ECP"),
    ("The FO said the visit had been postponed.", "The FO"),
    ("RAB said the suspects had been held in Dhaka.", "RAB"),
    ("The PDMA said heavy rain was expected.", "The PDMA"),
    ("The CIAA said the case had been filed.", "The CIAA"),
    ("The NAB said the reference had been filed.", "The NAB"),
    # ... and those written as a word: no person
    ("Wapda said the outage would end soon.", "Wapda"),
    ("Nepra said the tariff would rise.", "Nepra"),
    ("Pemra said the channel had been taken off air.", "Pemra"),
    # a central bank by its initials, as "the RBI"
    ("The SBP said the policy rate would stay unchanged.", "The SBP"),
])
def test_a_state_body_by_its_initials_is_government(rules_only, text, source):
    att = _by_cue(rules_only.parse(text), "said")
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("text,source,kind", [
    # initials another body shares stay that body's where nothing tells them apart
    ("NAB said its profit rose in the half year.", "NAB", "organization"),
    ("FIA said the race would go ahead.", "FIA", "organization"),
])
def test_shared_initials_bare_are_no_state_body(rules_only, text, source, kind):
    att = _by_cue(rules_only.parse(text), "said")
    assert (att.source.span.text, att.source.kind) == (source, kind)


def test_a_body_named_with_on_and_its_field_before_a_day(rules_only):
    att = rules_only.parse("The Senate Standing Committee on Finance on Monday expressed serious concern over "
                           "the delay in releasing funds.").attributions[0]
    assert att.source.span.text == "The Senate Standing Committee on Finance"
    att = _by_cue(rules_only.parse("The Committee on Finance yesterday said the delay was unacceptable."), "said")
    assert att.source.span.text == "The Committee on Finance"


def test_a_platform_before_a_day_is_still_the_verbs(rules_only):
    att = _by_cue(rules_only.parse("Lee on Twitter on Monday said the delay was unacceptable."), "said")
    assert att.source.span.text == "Lee"


@pytest.mark.parametrize("text,source,kind,via", [
    # "the PTI" is the party; the agency goes bare
    ("The PTI said it would boycott the polls.", "The PTI", "organization", []),
    ("The PTI announced a protest on Friday.", "The PTI", "organization", []),
    ("Five people died in the blast, PTI reported.", "PTI", "outlet", []),
    ("The minister told PTI that the talks would resume.", "The minister", "person", ["PTI"]),
    ("The minister told the PTI that the talks would resume.", "The minister", "person", ["the PTI"]),
])
def test_pti_the_party_and_pti_the_agency(rules_only, text, source, kind, via):
    att = rules_only.parse(text).attributions[0]
    assert (att.source.span.text, att.source.kind) == (source, kind)
    assert [v.span.text for v in att.via] == via


@pytest.mark.parametrize(("sentence", "source", "kind"), [
    # a post's title in capitals after a body's name, then its holder: the holder, no body
    ("The Janata League Chief Sheikh Harun said the vote was rigged.", "The Janata League Chief Sheikh Harun", "person"),
    ("The Awami Front Secretary General Mirza Kabir said the strike would go on.",
     "The Awami Front Secretary General Mirza Kabir", "person"),
    # a body's noun after the title keeps the body
    ("The UN General Assembly said the vote would be held on Friday.", "The UN General Assembly", "organization"),
])
def test_a_holder_named_after_a_bodys_post(rules_only, sentence, source, kind):
    att = next(a for a in rules_only.parse(sentence).attributions if a.source is not None)
    assert (att.source.span.text, att.source.kind) == (source, kind)
