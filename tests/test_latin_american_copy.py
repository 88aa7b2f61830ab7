"""Constructions of Latin American news in English (Reuters and AP datelined Mexico City,
Brasília, Buenos Aires or Bogotá; MercoPress, the Buenos Aires Times, Mexico News Daily, the
Brazilian Report, Colombia Reports, the Tico Times, EFE English): outlets named after their
medium's noun and with a particle of Spanish or Portuguese inside, the seats of governments
and legislatures by their names, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence,via", [
    # the medium's noun after "the", then the outlet's name: the whole is the relay
    ("Ana Ruiz told the daily Clarín that inflation would fall.", "the daily Clarín"),
    ("Ana Ruiz told the newspaper Milenio that inflation would fall.", "the newspaper Milenio"),
    ("Ana Ruiz told the newspaper El Universal on Monday that inflation would fall.", "the newspaper El Universal"),
    ("Ana Ruiz told the newspaper The Guardian that inflation would fall.", "the newspaper The Guardian"),
    # a nationality of two words or of another ending before the medium
    ("Ana Ruiz told the Argentine daily Clarín that inflation would fall.", "the Argentine daily Clarín"),
    ("Ana Ruiz told the Costa Rican daily La Nación that inflation would fall.", "the Costa Rican daily La Nación"),
    # a station after a local medium, before its name
    ("Ana Ruiz told local radio station Caracol Radio that inflation would fall.",
     "local radio station Caracol Radio"),
    # a particle of Portuguese or Spanish inside the name
    ("Ana Ruiz told the newspaper Folha de S.Paulo that inflation would fall.", "the newspaper Folha de S.Paulo"),
    ("Ana Ruiz told Folha de S.Paulo that inflation would fall.", "Folha de S.Paulo"),
    ("Ana Ruiz told the newspaper Jornal do Brasil that inflation would fall.", "the newspaper Jornal do Brasil"),
    ("Ana Ruiz told the Estado de S. Paulo newspaper that inflation would fall.", "the Estado de S. Paulo newspaper"),
    # ... and after an interview with it
    ("Ana Ruiz said in an interview with the newspaper Milenio that inflation would fall.", "the newspaper Milenio"),
    ("Ana Ruiz said in an interview with the daily Clarín that inflation would fall.", "the daily Clarín"),
    ("Ana Ruiz said in an interview with Folha de S.Paulo that inflation would fall.", "Folha de S.Paulo"),
    ("Ana Ruiz said in a statement to the newspaper O Globo that inflation would fall.", "the newspaper O Globo"),
])
def test_an_outlet_named_after_its_medium_relays_whole(rules_only, sentence, via):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [v.span.text for v in att.via], [s.text for s in att.content]) == (
        "Ana Ruiz", [via], ["inflation would fall"])


@pytest.mark.parametrize("sentence,via", [
    # a quotation before the cue, the relay after it
    ("“Inflation will fall,” Ana Ruiz told the newspaper Milenio on Sunday.", "the newspaper Milenio"),
    ("“Inflation will fall,” Ana Ruiz told the daily Clarín.", "the daily Clarín"),
    ("“Inflation will fall,” Ana Ruiz said in an interview with the daily Clarín.", "the daily Clarín"),
])
def test_a_quotation_relayed_by_an_outlet_named_after_its_medium(rules_only, sentence, via):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [v.span.text for v in att.via], [s.text for s in att.content]) == (
        "Ana Ruiz", [via], ["“Inflation will fall,”"])


@pytest.mark.parametrize("sentence,via", [
    # near misses: a day after the medium's noun, or the noun alone, is no name
    ("Ana Ruiz told the newspaper Tuesday that inflation would fall.", "the newspaper"),
    ("Ana Ruiz told the daily that inflation would fall.", "the daily"),
])
def test_a_medium_noun_with_no_name_after_it(rules_only, sentence, via):
    att = _one(rules_only.parse(sentence))
    assert ([v.span.text for v in att.via], [s.text for s in att.content]) == ([via], ["inflation would fall"])


@pytest.mark.parametrize("sentence,source", [
    # an outlet whose name holds a particle, after its medium's noun, as the source
    ("According to the newspaper Folha de S.Paulo, the minister will resign.", "the newspaper Folha de S.Paulo"),
    ("The newspaper Folha de S.Paulo reported that the minister would resign.", "The newspaper Folha de S.Paulo"),
    ("The minister will resign, the newspaper O Estado de S. Paulo reported.", "the newspaper O Estado de S. Paulo"),
])
def test_an_outlet_with_a_particle_in_its_name_is_an_outlet(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "outlet")


@pytest.mark.parametrize("sentence,source", [
    # seats of government and foreign ministries by their buildings' names
    ("Itamaraty said in a note that it was following the situation closely.", "Itamaraty"),
    ("The Casa Rosada said the measures would stay.", "The Casa Rosada"),
    ("Miraflores said the measures would stay.", "Miraflores"),
    ("La Moneda said the measures would stay.", "La Moneda"),
    # a legislature's chamber by its name, alone or after its country's possessive
    ("The Chamber of Deputies said the measures would stay.", "The Chamber of Deputies"),
    ("Mexico's Chamber of Deputies said the measures would stay.", "Mexico's Chamber of Deputies"),
    # states' bodies in the plural
    ("The governments of Argentina, Chile and Peru said they would not recognize the results.",
     "The governments of Argentina, Chile and Peru"),
    ("The ministries of both countries said they would not recognize the results.",
     "The ministries of both countries"),
])
def test_seats_and_bodies_of_government(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("sentence,source,kind", [
    # a trade after the good a firm makes or sells, then one name: the firm
    ("Copper producer Codelco said output had recovered.", "Copper producer Codelco", "organization"),
    ("Chilean copper producer Codelco said output had recovered.", "Chilean copper producer Codelco", "organization"),
    ("Oil producer Vexa said output had recovered.", "Oil producer Vexa", "organization"),
    ("Planemaker Embraer said output had recovered.", "Planemaker Embraer", "organization"),
    # near misses: a trade of the arts, or a person's given name after the trade
    ("Film producer Gerdau said output had recovered.", "Film producer Gerdau", "person"),
    ("Oil producer Ann Lee said output had recovered.", "Oil producer Ann Lee", "person"),
])
def test_a_firm_by_its_trade_and_goods(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,cue,via", [
    # how an interview, a piece or a speech went out, its day bare, before the "that": no content
    ("Ana Ruiz said in an interview published Sunday that talks would resume.", "said in an interview", []),
    ("Ana Ruiz said in an interview aired Monday that talks would resume.", "said in an interview", []),
    ("Ana Ruiz wrote in an op-ed published Tuesday that talks would resume.", "wrote in an op-ed", []),
    ("Ana Ruiz told Reuters in an interview published Sunday that talks would resume.", "told", ["Reuters"]),
    ("Ana Ruiz told El País in an interview published on Sunday that talks would resume.", "told", ["El País"]),
    ("Ana Ruiz told reporters in a speech broadcast Sunday that talks would resume.", "told", []),
])
def test_an_interview_published_on_a_bare_day(rules_only, sentence, cue, via):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [v.span.text for v in att.via], [s.text for s in att.content]) == (
        cue, via, ["talks would resume"])


@pytest.mark.parametrize("sentence,content", [
    # near misses: the interview is what was said about, the clause's subject
    ("Ana Ruiz said an interview published Sunday was false.", "an interview published Sunday was false"),
    ("Ana Ruiz said the interview published Sunday was false.", "the interview published Sunday was false"),
])
def test_an_interview_published_as_the_subject_said(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence,source", [
    # a state's prosecutor's or attorney's office, its title joined by a hyphen
    ("The prosecutor-general's office said the evidence was clear.", "The prosecutor-general's office"),
    ("The attorney-general's office said the evidence was clear.", "The attorney-general's office"),
    ("Brazil's prosecutor-general's office said the evidence was clear.", "Brazil's prosecutor-general's office"),
    ("The prosecutor general's office said the evidence was clear.", "The prosecutor general's office"),
])
def test_a_hyphenated_state_post_s_office_is_government(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("sentence,via", [
    # an outlet's edition for a country, named in the country's tongue or in English
    ("Senator Ana Ruiz told CNN Brasil that the evidence was clear.", "CNN Brasil"),
    ("Senator Ana Ruiz told CNN Chile that the evidence was clear.", "CNN Chile"),
])
def test_an_outlet_s_edition_for_a_country_relays(rules_only, sentence, via):
    att = _one(rules_only.parse(sentence))
    assert ([v.span.text for v in att.via], [s.text for s in att.content]) == ([via], ["the evidence was clear"])


def test_an_outlet_s_edition_as_the_source(rules_only):
    att = _one(rules_only.parse("CNN Chile reported that the evidence was clear."))
    assert (att.source.span.text, att.source.kind) == ("CNN Chile", "outlet")


@pytest.mark.parametrize("sentence,cue,content", [
    # "according to a translation" tells the words' tongue: the speaker is the source, no one relays
    ("“We are going to win,” Ana Ruiz said, according to a translation.", "said", "“We are going to win,”"),
    ("“We are going to win,” Ana Ruiz said, according to a translation of her remarks.", "said",
     "“We are going to win,”"),
    ("“We are going to win,” Ana Ruiz told reporters at the palace, according to a Reuters translation.", "told",
     "“We are going to win,”"),
    ("Ana Ruiz said the economy would grow, according to an official translation.", "said",
     "the economy would grow"),
])
def test_according_to_a_translation_is_no_source(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [v.span.text for v in att.via], [s.text for s in att.content]) == (
        "Ana Ruiz", cue, [], [content])


@pytest.mark.parametrize("sentence,source", [
    # near misses: a transcript holds the words, and a translator is a person
    ("“We are going to win,” Ana Ruiz said, according to a transcript of her remarks.", "a transcript of her remarks"),
    ("The plan will fail, according to a translation expert hired by the court.",
     "a translation expert hired by the court"),
])
def test_according_to_a_transcript_or_a_translator_stays_the_source(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, "according to")
