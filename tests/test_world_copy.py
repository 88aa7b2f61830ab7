"""Constructions of world news copy (wire services' world desks, broadcasters and papers abroad):
speech made through an interpreter or in another language, state news agencies that relay or
quote officials, and the spokesmen of governments abroad, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("text,source,via,content", [
    # a quotation, then the agency that quoted someone: the one quoted speaks, the agency relays
    ("“The enemy will regret this,” state news agency IRNA quoted him as saying.",
     "him", "state news agency IRNA", "“The enemy will regret this,”"),
    ("“The harvest is safe,” the agency quoted the farm minister as saying.",
     "the farm minister", "the agency", "“The harvest is safe,”"),
    ("“The border stays shut,” Tanjug quoted Petrovic as saying on Sunday.",
     "Petrovic", "Tanjug", "“The border stays shut,”"),
])
def test_a_quotation_an_agency_quoted_someone_as_saying_is_theirs(rules_only, text, source, via, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, [v.span.text for v in att.via], att.cue.text, [s.text for s in att.content]) == (
        source, [via], "quoted", [content])


def test_the_pronoun_an_agency_quoted_refers_to_the_speaker_before(rules_only):
    atts = rules_only.parse("Foreign Minister Omar Haddad said the envoy was welcome.\n\n"
                            "“The talks were useful,” state news agency QNA quoted him as saying.").attributions
    assert atts[1].source.span.text == "him"
    assert atts[1].source.refers_to.span.text == "Foreign Minister Omar Haddad"
    assert atts[1].via[0].kind == "outlet"


@pytest.mark.parametrize("text,source", [
    # near misses: a quotation the agency itself puts out, or a clause after "as saying", stay as they were
    ("“The harvest is safe,” the agency quoted.", "the agency"),
    ("The agency quoted the farm minister as saying the harvest was safe.", "the farm minister"),
])
def test_an_agency_quoting_with_no_one_between_or_a_clause_after(rules_only, text, source):
    assert _one(rules_only.parse(text)).source.span.text == source


@pytest.mark.parametrize("text,cue,content", [
    # the language it was said in, or the interpreter it went through, joins the cue as a platform does
    ("President Adil Karimov said through an interpreter that the pipeline would open in May.",
     "said through an interpreter", "the pipeline would open in May"),
    ("“We will not bow to pressure,” President Adil Karimov said through an interpreter.",
     "said through an interpreter", "“We will not bow to pressure,”"),
    ("The envoy said via a translator that the ceasefire had held.", "said via a translator", "the ceasefire had held"),
    ("The minister said in Arabic that the crossing would reopen on Sunday.",
     "said in Arabic", "the crossing would reopen on Sunday"),
    ("The chief minister wrote in Hindi on X that the farmers deserved better prices.",
     "wrote in Hindi on X", "the farmers deserved better prices"),
    ("“We will answer,” the president said in Turkish.", "said in Turkish", "“We will answer,”"),
    # and before the place or the occasion it was said at
    ("“We will not bow to pressure,” Karimov said through an interpreter in Ankara.",
     "said through an interpreter", "“We will not bow to pressure,”"),
    ("The envoy said in Russian to reporters that the ceasefire had held.", "said in Russian", "the ceasefire had held"),
])
def test_the_language_or_interpreter_of_a_saying_joins_its_cue(rules_only, text, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.cue.text, [s.text for s in att.content]) == (cue, [content])


@pytest.mark.parametrize("text,cue,content", [
    # a people's adjective before its noun is no language: the words after "in" are the content's
    ("The general said in Russian territory there were no troops.", "said", "in Russian territory there were no troops"),
    # nor is a language that another word follows ("in French and English"): the cue stays the verb
    ("The envoy said in French and English that talks would resume.", "said", "talks would resume"),
])
def test_a_peoples_adjective_after_in_is_no_language(rules_only, text, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.cue.text, [s.text for s in att.content]) == (cue, [content])


@pytest.mark.parametrize("text,source,kind", [
    # a state news agency by its bare name is an outlet
    ("The launch was a routine test, KCNA said.", "KCNA", "outlet"),
    ("IRNA reported that the talks had ended.", "IRNA", "outlet"),
    ("Three soldiers were wounded, the official WAM news agency said.", "the official WAM news agency", "outlet"),
    # a word of the state's hold on a paper or an agency after a country's possessive keeps it an outlet
    ("Egypt's state-run Al-Ahram newspaper reported that the crossing was open.",
     "Egypt's state-run Al-Ahram newspaper", "outlet"),
    ("Iran's semi-official Tasnim news agency reported that the tanker had been seized.",
     "Iran's semi-official Tasnim news agency", "outlet"),
    ("Iran's official IRNA news agency said the tanker had been seized.", "Iran's official IRNA news agency", "outlet"),
    # a translation is a text, as a transcript is
    ("According to a translation by the Middle East Media Research Institute, the cleric praised the attack.",
     "a translation by the Middle East Media Research Institute", "document"),
    # governments and their spokesmen, with the country's possessive and the post
    ("The Kremlin's spokesman Dmitry Peskov told reporters that no talks were planned.",
     "The Kremlin's spokesman Dmitry Peskov", "person"),
    ("The Kremlin said on Monday that no talks were planned.", "The Kremlin", "government"),
    ("Chinese foreign ministry spokeswoman Mao Ning told a regular briefing that Beijing opposed the move.",
     "Chinese foreign ministry spokeswoman Mao Ning", "person"),
    ("Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, said Tokyo would protest.",
     "Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi", "person"),
    ("Iran's foreign ministry said in a statement that the sanctions were illegal.", "Iran's foreign ministry", "government"),
])
def test_world_desk_sources_and_their_kinds(rules_only, text, source, kind):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("text,source,kind", [
    # near misses: a person that opens with a possessive stays a person, and a state-run body
    # that no medium's noun ends is no outlet
    ("Egypt's top diplomat Sameh Shoukry said the crossing was open.", "Egypt's top diplomat Sameh Shoukry", "person"),
    ("Egypt's state-run Nile Bank said the loan was repaid.", "Egypt's state-run Nile Bank", "organization"),
])
def test_near_misses_of_world_desk_outlets(rules_only, text, source, kind):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, kind)


def test_a_statement_carried_by_a_state_agency_is_relayed_by_it(rules_only):
    att = _one(rules_only.parse("Saudi Arabia's foreign ministry said in a statement carried by state news "
                                "agency SPA that it welcomed the truce."))
    assert (att.source.span.text, att.source.kind, att.cue.text, [v.span.text for v in att.via]) == (
        "Saudi Arabia's foreign ministry", "government", "said in a statement", ["state news agency SPA"])


@pytest.mark.parametrize("text,source,cue,via", [
    # a body that translated the words passes them on, as an outlet that carried them does
    ("“Our patience has limits,” the president said in a speech translated by the Foreign Ministry.",
     "the president", "said in a speech", ["the Foreign Ministry"]),
    ("The cleric said in a video translated by the Middle East Media Research Institute that the raid was a victory.",
     "The cleric", "said in a video", ["the Middle East Media Research Institute"]),
    # near miss: a person who translated them is no relay
    ("“Our patience has limits,” the president said in a speech translated by Omar Haddad.",
     "the president", "said in a speech", []),
])
def test_a_body_that_translated_the_words_relays_them(rules_only, text, source, cue, via):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, [v.span.text for v in att.via]) == (source, cue, via)


@pytest.mark.parametrize("text,source,cue,via,content", [
    # "cited Y as saying", active or passive, is read as "quoted Y as saying" is
    ("Interfax cited Peskov as saying that no talks were planned.", "Peskov", "cited", ["Interfax"], "no talks were planned"),
    ("“No talks are planned,” Interfax cited Peskov as saying.", "Peskov", "cited", ["Interfax"], "“No talks are planned,”"),
    ("Peskov was cited by Interfax as saying that no talks were planned.",
     "Peskov", "cited … as saying", ["Interfax"], "no talks were planned"),
])
def test_an_agency_that_cited_someone_as_saying_relays_them(rules_only, text, source, cue, via, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, [v.span.text for v in att.via], [s.text for s in att.content]) == (
        source, cue, via, [content])


def test_citing_a_thing_with_no_as_saying_is_the_citers_own(rules_only):
    # near miss: what was cited is the content, the one who cited it the source
    att = _one(rules_only.parse("The minister cited a report that showed the levy was unfair."))
    assert (att.source.span.text, att.cue.text, att.via) == ("The minister", "cited", ())


@pytest.mark.parametrize("text,via", [
    # a state news agency told something relays it, as "told news agency ANI" does
    ("Peskov told state news agency RIA Novosti that the talks would go ahead.", ["state news agency RIA Novosti"]),
    ("“The talks will go ahead,” Peskov told state news agency RIA Novosti.", ["state news agency RIA Novosti"]),
    ("Peskov told the semi-official ISNA news agency that the talks would go ahead.", ["the semi-official ISNA news agency"]),
    # near miss: state officials told are no outlet
    ("Peskov told state officials that the talks would go ahead.", []),
])
def test_a_state_news_agency_told_relays_the_report(rules_only, text, via):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, [v.span.text for v in att.via]) == ("Peskov", via)


@pytest.mark.parametrize("text,source,cue,content", [
    # a country's possessive of two words before an outlet's name and its medium keeps the outlet
    # an outlet, as one of one word does ("Kenya's Daily Nation newspaper")
    ("South Korea's Yonhap news agency reported that the launch had failed.",
     "South Korea's Yonhap news agency", "reported", "the launch had failed"),
    ("Sri Lanka's Daily Mirror newspaper said the curfew would be lifted on Monday.",
     "Sri Lanka's Daily Mirror newspaper", "said", "the curfew would be lifted on Monday"),
    ("The talks had stalled, New Zealand's Harbour Herald newspaper reported.",
     "New Zealand's Harbour Herald newspaper", "reported", "The talks had stalled"),
    ("South Africa's Veld Press news agency said the strike had ended.",
     "South Africa's Veld Press news agency", "said", "the strike had ended"),
])
def test_an_outlet_after_a_country_of_two_words_is_an_outlet(rules_only, text, source, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])
    assert att.source.kind == "outlet"


@pytest.mark.parametrize("text,source,kind", [
    # near misses: a body of the country by its name stays a body; a firm's possessive makes no outlet
    ("South Korea's Harlow Water said the dam was safe.", "South Korea's Harlow Water", "organization"),
    ("Sri Lanka's Civil Aviation Authority said the runway was closed.",
     "Sri Lanka's Civil Aviation Authority", "government"),
])
def test_a_body_after_a_country_of_two_words_keeps_its_kind(rules_only, text, source, kind):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("text", [
    # "blame" and "praise" after a verb that takes them as its object are nouns: no cue, and the
    # verb no part of a subject's name
    "Ostrava and Velmar trade blame over border shelling",
    "The two delegations traded blame for the collapse of the talks.",
    "Ministers shifted blame onto the regional governors for the delays.",
    "The envoy heaped praise on the mediators.",
    "The general accepted blame for the failed offensive.",
])
def test_blame_after_a_verb_that_takes_it_is_a_noun(rules_only, text):
    assert rules_only.parse(text).attributions == ()


@pytest.mark.parametrize("text,source,content", [
    # ... but "blame" after its subject is the verb
    ("Rebels blame the army for the shelling.", "Rebels", "the army for the shelling"),
    ("The two sides blamed each other for the collapse.", "The two sides", "each other for the collapse"),
])
def test_blame_after_its_subject_is_the_verb(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text.split()[0], [s.text for s in att.content]) == (
        source, text.split()[len(source.split())], [content])


@pytest.mark.parametrize("text,source", [
    # the state's outlets where they are ("in the capital") are outlets still, no one speaking for them
    ("State media in the capital reported that drones had struck a fuel depot.", "State media in the capital"),
    ("Iranian state media in Tehran said the talks had failed.", "Iranian state media in Tehran"),
    ("State television in Minsk reported that the border was closed.", "State television in Minsk"),
])
def test_state_media_where_they_are_is_an_outlet(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert att.source.span.text == source
    assert att.source.kind == "outlet"


@pytest.mark.parametrize("text,source,cue,content", [
    # a plain adjective of a text put out together, or of its manner, after "a" or "the" is the mention's
    ("A joint statement said the two navies would hold drills in the spring.",
     "A joint statement", "said", "the two navies would hold drills in the spring"),
    ("The common statement said both delegations backed a truce.",
     "The common statement", "said", "both delegations backed a truce"),
    ("A collective letter said the envoys opposed the blockade.",
     "A collective letter", "said", "the envoys opposed the blockade"),
    ("A short statement said the ambassador had been recalled for consultations.",
     "A short statement", "said", "the ambassador had been recalled for consultations"),
    # (and with a participle after the noun, whose adjunct of time goes on it too)
    ("A joint statement issued on Sunday said the ministers would meet again in May.",
     "A joint statement issued on Sunday", "said", "the ministers would meet again in May"),
    ("A joint communique released after the summit said the border would reopen.",
     "A joint communique released after the summit", "said", "the border would reopen"),
    ("A statement issued after the talks said the sides had narrowed their differences.",
     "A statement issued after the talks", "said", "the sides had narrowed their differences"),
    ("A report published before the vote said the ceasefire had been broken twice.",
     "A report published before the vote", "said", "the ceasefire had been broken twice"),
    # (an adjunct of time that opens with "during" or "amid", which no walk reads as a verb in
    # "-ing" nor its object as a bare relative clause's subject)
    ("A poll taken during the summit found most delegates backed the accord.",
     "A poll taken during the summit", "found", "most delegates backed the accord"),
    ("A survey conducted during the blockade found most families lacked fuel.",
     "A survey conducted during the blockade", "found", "most families lacked fuel"),
    ("A study published amid the crisis found exports had halved.",
     "A study published amid the crisis", "found", "exports had halved"),
    ("A memo drafted during the talks said the envoys would stay.",
     "A memo drafted during the talks", "said", "the envoys would stay"),
])
def test_a_joint_statement_and_one_issued_after_talks_are_the_source(rules_only, text, source, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("text", [
    "A poll taken during the summit found most delegates backed the accord.",
    "A survey conducted amid the blockade found most families lacked fuel.",
    "A study published following the crisis found exports had halved.",
    "A poll taken after the debate found most voters were undecided.",
])
def test_a_text_with_its_participle_and_time_is_a_document(rules_only, text):
    assert _one(rules_only.parse(text)).source.kind == "document"


@pytest.mark.parametrize("text,source,content", [
    # near misses: the preposition opens a clause (its subject bare), or follows no text's participle
    ("Files released after officials said the dam was safe showed cracks.", "officials", "the dam was safe"),
    ("The envoy resigned after the ministers said the talks had failed.", "the ministers", "the talks had failed"),
])
def test_a_clause_after_a_texts_participle_keeps_its_own_subject(rules_only, text, source, content):
    atts = rules_only.parse(text).attributions
    assert (atts[0].source.span.text, [s.text for s in atts[0].content][0].startswith(content)) == (source, True)


@pytest.mark.parametrize("text,source,kind", [
    # a state's armed forces after its name of two words or more are the state's, as after one word
    ("South Korea's military said the missile flew about 300 kilometres.", "South Korea's military", "government"),
    ("Saudi Arabia's air force said it had intercepted two drones.", "Saudi Arabia's air force", "government"),
    ("Sri Lanka's navy said it had detained 14 fishermen.", "Sri Lanka's navy", "government"),
    ("The United States's armed forces said the drill was routine.", "The United States's armed forces", "government"),
    # (a person of such a state stays a person)
    ("South Korea's president said the missile flew about 300 kilometres.", "South Korea's president", "person"),
])
def test_the_forces_of_a_state_named_in_two_words_are_government(rules_only, text, source, kind):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, kind, "said")


@pytest.mark.parametrize("text,source,kind,cue,content", [
    # a list of states whose last name opens with "the" is one mention, of the states' kind
    ("Egypt, Qatar and the United States said in a joint statement that the talks would resume.",
     "Egypt, Qatar and the United States", "government", "said in a joint statement", "the talks would resume"),
    ("Jordan, Bahrain and the Netherlands said they would send aid by sea.",
     "Jordan, Bahrain and the Netherlands", "government", "said", "they would send aid by sea"),
    ("Kenya and the United Kingdom said the patrols would continue.",
     "Kenya and the United Kingdom", "government", "said", "the patrols would continue"),
])
def test_a_list_of_states_ending_in_one_with_the_is_one_source(rules_only, text, source, kind, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, kind, cue, [content])


@pytest.mark.parametrize("text,source,cue,content", [
    # a government's readout of a call and a summit's communique are media that join the cue
    ("The State Department said in a readout that the secretary had urged restraint.",
     "The State Department", "said in a readout", "the secretary had urged restraint"),
    ("The ministers said in a joint communique that they would meet again in Oslo.",
     "The ministers", "said in a joint communique", "they would meet again in Oslo"),
    ("The bloc's leaders said in a final communiqué that trade talks would go on.",
     "The bloc's leaders", "said in a final communiqué", "trade talks would go on"),
    # (a readout of a call names what it gives an account of: the cue keeps to its verb)
    ("The palace said in a readout of the call that the king had offered help.",
     "The palace", "said", "the king had offered help"),
])
def test_a_readout_and_a_communique_join_the_cue(rules_only, text, source, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("text,source,kind", [
    # a capital that speaks is its country's government, alone or of more words
    ("Dakar said the border would stay open.", "Dakar", "government"),
    ("Bishkek said on Tuesday that the talks had failed.", "Bishkek", "government"),
    ("Kuala Lumpur said the ship had left its waters.", "Kuala Lumpur", "government"),
    ("Amsterdam said the fishing quota was too low.", "Amsterdam", "government"),
    ("Port Moresby said the mine would reopen.", "Port Moresby", "government"),
    # people in a capital are people, many
    ("Officials in Dakar said the border would stay open.", "Officials in Dakar", "group"),
    ("Diplomats in Reykjavik said the talks had failed.", "Diplomats in Reykjavik", "group"),
])
def test_a_capital_speaks_for_its_government(rules_only, text, source, kind):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("text,source", [
    # a committee or a council of the state's power, after a nation's possessive, adjective or "of"
    ("Russia's Investigative Committee said the pilot had been detained.", "Russia's Investigative Committee"),
    ("The Belarusian Investigative Committee said the pilot had been detained.",
     "The Belarusian Investigative Committee"),
    ("China's State Council said the quota would rise.", "China's State Council"),
    ("Ukraine's National Security and Defence Council said the drills were over.",
     "Ukraine's National Security and Defence Council"),
    ("The National Security Council of Armenia said the drills were over.", "The National Security Council of Armenia"),
    # a ministry or a body of one word after a country's possessive, as after "the"
    ("Peru's Foreign Ministry said the envoy had been recalled.", "Peru's Foreign Ministry"),
    ("Kenya's Interior Ministry said the curfew would end.", "Kenya's Interior Ministry"),
    ("Ghana's Treasury said the bonds would be repaid.", "Ghana's Treasury"),
    ("Russia's Kremlin said no talks were planned.", "Russia's Kremlin"),
    # a nation's legislature by its own name, with "the" or a country's possessive
    ("The Bundestag said the law would stand.", "The Bundestag"),
    ("The Knesset said the law would stand.", "The Knesset"),
    ("Poland's Sejm said the law would stand.", "Poland's Sejm"),
    ("Serbia's National Assembly said the law would stand.", "Serbia's National Assembly"),
])
def test_a_state_organ_of_a_nation_is_government(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("text,source,kind", [
    # near misses: a committee of a field a nation's members run, one of many states' or of no
    # nation, a firm's; and a person after a country's possessive
    ("Russia's Olympic Committee said the team would compete.", "Russia's Olympic Committee", "organization"),
    ("Sweden's Nobel Committee said the prize would be shared.", "Sweden's Nobel Committee", "organization"),
    ("The UN Security Council said the truce must hold.", "The UN Security Council", "organization"),
    ("The Security Council said the truce must hold.", "The Security Council", "organization"),
    ("Vexa's Audit Committee said the accounts were sound.", "Vexa's Audit Committee", "organization"),
    ("Britain's Tom Reid said the race had been hard.", "Britain's Tom Reid", "person"),
    ("Kenya's Ruto said the curfew would end.", "Kenya's Ruto", "person"),
])
def test_near_misses_of_a_state_organ_of_a_nation(rules_only, text, source, kind):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("text,source", [
    # a party abroad by its name in its tongue: a word for a party, a bloc, a movement or a front
    ("Partido Popular said the budget was reckless.", "Partido Popular"),
    ("Rassemblement National said the budget was reckless.", "Rassemblement National"),
    ("Partij van de Arbeid said the budget was reckless.", "Partij van de Arbeid"),
    ("Movimento Cinque Stelle said the budget was reckless.", "Movimento Cinque Stelle"),
    ("Pakistan Tehreek-e-Insaf said the vote was rigged.", "Pakistan Tehreek-e-Insaf"),
    ("La France Insoumise said the budget was reckless.", "La France Insoumise"),
    # or a name of one word the table knows
    ("Fidesz said the budget was reckless.", "Fidesz"),
    ("Syriza said the budget was reckless.", "Syriza"),
])
def test_a_party_abroad_by_its_name_is_an_organization(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "organization")



@pytest.mark.parametrize("text,cue,content", [
    # the call or the talks the cue took place in, and with whom, set between the verb and its noun phrase
    ("The foreign minister affirmed in a phone call with his Omani counterpart the need for restraint.",
     "affirmed", "the need for restraint"),
    ("The envoy stressed during the call the importance of a ceasefire.", "stressed", "the importance of a ceasefire"),
    # ... or its clause with no "that"
    ("The premier said in talks with Ann Lee the border would stay open.", "said", "the border would stay open"),
])
def test_the_call_between_a_cue_and_its_content_is_no_part_of_the_content(rules_only, text, cue, content):
    att = _one(rules_only.parse(text))
    assert att.cue.text == cue
    assert [s.text for s in att.content] == [content]


def test_a_hearer_with_an_of_phrase_keeps_the_call_out_of_the_content_split(rules_only):
    # ("with the head of the union the ...": no cut inside the hearer's "of" phrase)
    att = _one(rules_only.parse("The envoy stressed in a meeting with the head of the union the need for calm."))
    assert not att.content[0].text.startswith("the union")


def test_affirmed_takes_a_noun_phrase_as_stressed_does(rules_only):
    att = _one(rules_only.parse("The council affirmed its support for the new harbour plan."))
    assert (att.source.span.text, att.cue.text) == ("The council", "affirmed")
    assert [s.text for s in att.content] == ["its support for the new harbour plan"]
