"""Constructions of European English-language political copy (Deutsche Welle, France 24,
Euronews, Politico Europe, the Irish Times, RTÉ, the Kyiv Independent, relayed TASS and RIA
copy, ANSA and EFE English): Europe's broadcasters, papers and agencies a source told, the
members of the European Parliament and of the Dáil in the plural, an outlet named by "news"
and its medium, or after its country's possessive, and the titles, offices and names with
particles and diacritics of the continent's politics, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence,via", [
    # Europe's public broadcasters, papers and agencies by the word or initials copy names them by
    ("Ann Roy told DW that she would resign.", ["DW"]),
    ("Ann Roy told Deutsche Welle that she would resign.", ["Deutsche Welle"]),
    ("Ann Roy told public broadcaster ZDF that she would resign.", ["public broadcaster ZDF"]),
    ("Ann Roy told ZDF that she would resign.", ["ZDF"]),
    ("Ann Roy told NOS that she would resign.", ["NOS"]),
    ("Ann Roy told Euronews that she would resign.", ["Euronews"]),
    ("Ann Roy told Balkan Insight that she would resign.", ["Balkan Insight"]),
    ("Ann Roy told Ukrainska Pravda that she would resign.", ["Ukrainska Pravda"]),
    ("Ann Roy told Bild that she would resign.", ["Bild"]),
    ("Ann Roy told Bild am Sonntag that she would resign.", ["Bild am Sonntag"]),
    ("Ann Roy told Welt am Sonntag that she would resign.", ["Welt am Sonntag"]),
    ("Ann Roy told Polish news agency PAP that she would resign.", ["Polish news agency PAP"]),
    ("Ann Roy told broadcaster ORF that she would resign.", ["broadcaster ORF"]),
    ("Ann Roy told RTL that she would resign.", ["RTL"]),
])
def test_a_european_outlet_relays(rules_only, sentence, via):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [v.span.text for v in att.via], [s.text for s in att.content]) == (
        "Ann Roy", via, ["she would resign"])


@pytest.mark.parametrize("sentence,source", [
    # an agency's initials that are a word or a given name too: in capitals only
    ("RIA reported that the talks had failed.", "RIA"),
    ("BFMTV reported that the talks had failed.", "BFMTV"),
    ("Italy's Corriere della Sera reported that the talks had failed.", "Italy's Corriere della Sera"),
    ("Ireland's Newstalk reported that the talks had failed.", "Ireland's Newstalk"),
    ("Russia's Zorka news outlet reported that the talks had failed.", "Russia's Zorka news outlet"),
    ("The Zorka news website reported that the talks had failed.", "The Zorka news website"),
    ("Russia's Zorka news channel reported that the talks had failed.", "Russia's Zorka news channel"),
])
def test_a_european_outlet_reports(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, [s.text for s in att.content]) == (
        source, "outlet", ["the talks had failed"])


@pytest.mark.parametrize("sentence,kind", [
    # the given name stays a person's, the state's "Royal Mail" a body's
    ("Ria Sen said the deal was bad.", "person"),
    ("Britain's Royal Mail said the deal was bad.", "organization"),
])
def test_names_like_outlets_stay_their_own(rules_only, sentence, kind):
    att = _one(rules_only.parse(sentence))
    assert att.source.kind == kind


@pytest.mark.parametrize("sentence,source,kind", [
    # members of the European Parliament and of the Dáil: one a person, many a group
    ("The MEP said the deal was bad.", "The MEP", "person"),
    ("MEPs said the deal was bad.", "MEPs", "group"),
    ("Green MEPs said the deal was bad.", "Green MEPs", "group"),
    ("TDs said the deal was bad.", "TDs", "group"),
    ("Opposition TDs said the deal was bad.", "Opposition TDs", "group"),
    ("Fine Gael TD Ann Roy said the deal was bad.", "Fine Gael TD Ann Roy", "person"),
    # (the singular alone is a Canadian bank's name as well)
    ("TD said the deal was bad.", "TD", "organization"),
])
def test_members_of_europes_houses(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, [s.text for s in att.content]) == (
        source, kind, ["the deal was bad"])


@pytest.mark.parametrize("sentence,source,cue,via,content", [
    # Europe's titles and offices, names with particles and diacritics, and relayed copy
    ("European Commission President Ilse van der Berg said the bloc would impose new tariffs.",
     "European Commission President Ilse van der Berg", "said", [], "the bloc would impose new tariffs"),
    ("EU foreign policy chief Kaja Lind said the bloc remained united.",
     "EU foreign policy chief Kaja Lind", "said", [], "the bloc remained united"),
    ("Commissioner for Trade Marek Šimko told Politico Europe that talks would continue.",
     "Commissioner for Trade Marek Šimko", "told", ["Politico Europe"], "talks would continue"),
    ("Tánaiste Ciarán Ó Briain told RTÉ's Morning Ireland that talks were ongoing.",
     "Tánaiste Ciarán Ó Briain", "told", ["RTÉ's Morning Ireland"], "talks were ongoing"),
    ("Verkhovna Rada Speaker Petro Hnatiuk said the parliament would sit on Tuesday.",
     "Verkhovna Rada Speaker Petro Hnatiuk", "said", [], "the parliament would sit on Tuesday"),
    ("Kremlin spokesman Ivan Sorokin told state news agency RIA Novosti that talks were impossible.",
     "Kremlin spokesman Ivan Sorokin", "told", ["state news agency RIA Novosti"], "talks were impossible"),
    ("Prime Minister Luc Marchand told the AFP news agency that the budget would be late.",
     "Prime Minister Luc Marchand", "told", ["the AFP news agency"], "the budget would be late"),
    ("In an interview with Le Monde, Finance Minister Luc Marchand said the deficit would fall.",
     "Finance Minister Luc Marchand", "said", ["Le Monde"], "the deficit would fall"),
    ("The Élysée said in a statement that the president had spoken with the king.",
     "The Élysée", "said in a statement", [], "the president had spoken with the king"),
    ("Kharkiv Mayor Oleh Savchuk said on Telegram that three people had been hurt.",
     "Kharkiv Mayor Oleh Savchuk", "said on Telegram", [], "three people had been hurt"),
])
def test_european_titles_and_relays(rules_only, sentence, source, cue, via, content):
    att = _one(rules_only.parse(sentence))
    kind = "government" if source == "The Élysée" else "person"
    assert (att.source.span.text, att.source.kind, att.cue.text, [v.span.text for v in att.via],
            [s.text for s in att.content]) == (source, kind, cue, via, [content])


@pytest.mark.parametrize("sentence,via", [
    # France's public radio and television, and the other papers and broadcasters Europe's copy relays
    ("Ann Roy told France Inter that she would resign.", ["France Inter"]),
    ("Ann Roy told France 2 that she would resign.", ["France 2"]),
    ("Ann Roy told Libération that she would resign.", ["Libération"]),
    ("Ann Roy told Tagesspiegel that she would resign.", ["Tagesspiegel"]),
    ("Ann Roy told Sky TG24 that she would resign.", ["Sky TG24"]),
    ("Ann Roy told Komsomolskaya Pravda that she would resign.", ["Komsomolskaya Pravda"]),
    ("Ann Roy told RAI that she would resign.", ["RAI"]),
    # (the surname is no broadcaster's)
    ("Ann Roy told Rai that she would resign.", []),
])
def test_more_european_outlets_relay(rules_only, sentence, via):
    att = _one(rules_only.parse(sentence))
    assert ([v.span.text for v in att.via], [s.text for s in att.content]) == (via, ["she would resign"])


def test_a_surname_like_a_broadcaster_stays_a_persons(rules_only):
    doc = rules_only.parse("Delhi minister Gopal Rai visited the site on Monday. Rai said the deal was bad.")
    att = _one(doc)
    assert (att.source.span.text, att.source.kind, att.source.refers_to.span.text) == ("Rai", "person", "Gopal Rai")


@pytest.mark.parametrize("text,kind", [
    # a name in another tongue's article with no given name in the text is a person's when it tells
    # a broadcaster whose name holds a digit, as it is when it tells one named in words
    ("Le Pen told TF1 that the vote was rigged.", "person"),
    ("Le Pen told France 2 that the vote was rigged.", "person"),
    # a paper in its tongue's article tells no one: still an outlet
    ("Le Parisien reported that the vote was rigged.", "outlet"),
])
def test_a_name_with_a_foreign_article_that_tells_a_broadcaster_is_a_person(rules_only, text, kind):
    att = _one(rules_only.parse(text))
    assert att.source.kind == kind


@pytest.mark.parametrize(("sentence", "source", "kind"), [
    # a body named in its own tongue by the head noun that opens its name
    ("Agencia Tributaria said the refunds would be paid in May.", "Agencia Tributaria", "government"),
    ("Ministerio de Hacienda said the deficit had narrowed.", "Ministerio de Hacienda", "government"),
    ("Ministère de l'Intérieur said the march was banned.", "Ministère de l'Intérieur", "government"),
    ("Tribunal Supremo said the appeal had no merit.", "Tribunal Supremo", "government"),
    ("Bundeskartellamt said the merger would be examined.", "Bundeskartellamt", "government"),
    ("Banco de Portugal said growth would slow.", "Banco de Portugal", "organization"),
    ("Instituto Nacional de Estadística said prices rose.", "Instituto Nacional de Estadística", "organization"),
    # a news agency so named stays an outlet, no state's agency
    ("Agence France-Presse reported that the road was shut.", "Agence France-Presse", "outlet"),
    # a title and a name after the noun are a person's
    ("Tribunal President Ann Lee said the appeal had no merit.", "Tribunal President Ann Lee", "person"),
])
def test_a_body_named_in_its_own_tongue(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize(("sentence", "via"), [
    # a publisher's noun after "media" and a name in capitals makes the hearer an outlet
    ("Ann Roy told the Funke media group that she would resign.", ["the Funke media group"]),
    ("“I will resign,” Ann Roy told the Orrin media company.", ["the Orrin media company"]),
    ("Ann Roy told the Vexa Mertens media house: “I will resign.”", ["the Vexa Mertens media house"]),
    # and so in an aside or a fronted phrase of speaking to it
    ("Ann Roy, speaking to the Funke media group, said she would resign.", ["the Funke media group"]),
    ("Speaking to the Funke media group, Ann Roy said she would resign.", ["the Funke media group"]),
    ("Ann Roy said in an interview with the Funke media group that she would resign.", ["the Funke media group"]),
])
def test_a_media_group_told_relays(rules_only, sentence, via):
    att = _one(rules_only.parse(sentence))
    assert [v.span.text for v in att.via] == via


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The Vexa Mertens media house said the paper would close.", "outlet"),
    # (the state's media group names no house of news by name)
    ("The state media group said the paper would close.", "organization"),
])
def test_a_media_group_by_its_name_is_an_outlet(rules_only, sentence, kind):
    assert _one(rules_only.parse(sentence)).source.kind == kind
