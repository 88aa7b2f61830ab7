"""Given names (``data/given_names.txt``): a name that opens with one is a person's,
though its surname ends an outlet's name or is a document's noun."""

import pytest

from attribution import kinds
from attribution.lexicon import Lexicon, given_names


def _sources(doc):
    return [(a.source.span.text, a.source.kind) for a in doc.attributions if a.source is not None]


def test_the_table_is_lower_case_and_sorted():
    names = given_names()
    assert {"sarah", "liam", "priya", "oliver"} <= names
    assert all(n == n.lower() and n.isalpha() or "-" in n for n in names)
    assert not {"post", "fox", "times", "the", "state", "house"} & names


@pytest.mark.parametrize(("text", "pair"), [
    ("Sarah Hill said the bridge would close in May.", ("Sarah Hill", "person")),
    ("Liam Fox said the talks on the harbour had stalled.", ("Liam Fox", "person")),
    ("Dr Jane Post said the clinic would stay open.", ("Dr Jane Post", "person")),
    ("Priya K. Star said the ferry fares would rise.", ("Priya K. Star", "person")),
    ("Labour MP Oliver Times said the rail strike was avoidable.", ("Labour MP Oliver Times", "person")),
    # outlets stay outlets
    ("Fox News said the bridge would close in May.", ("Fox News", "outlet")),
    ("The Hill reported that the bridge would close in May.", ("The Hill", "outlet")),
    ("Politico reported that the bridge would close in May.", ("Politico", "outlet")),
    ("The Charlotte Post reported that the bridge would close in May.", ("The Charlotte Post", "outlet")),
])
def test_a_given_name_makes_a_person(rules_only, text, pair):
    assert pair in _sources(rules_only.parse(text))


@pytest.mark.parametrize(("phrase", "kind"), [
    ("Jane Post, a retired pilot", "person"),
    ("the pilot Jane Post", "person"),
    ("supporters of Sarah Hill", "group"),
    ("a report by Jane Post", "document"),
    ("Sky News", "outlet"),
    ("The Denver Post", "outlet"),
])
def test_kind_of_a_phrase_with_a_given_name(phrase, kind):
    assert kinds.kind(phrase, 0, len(phrase), Lexicon()) == kind


def test_what_a_named_person_has_is_not_the_person():
    phrase = "Jane Post's office"
    assert kinds.kind(phrase, 0, len(phrase), Lexicon()) != "person"


def _refers(doc):
    return [(a.source.span.text, a.source.kind, a.source.refers_to.span.text if a.source.refers_to else None)
            for a in doc.attributions if a.source is not None]


@pytest.mark.parametrize(("text", "triple"), [
    # a later surname goes to the full name given outside any report
    ("Police questioned Dev Rao on Monday. Rao said he had done nothing wrong.", ("Rao", "person", "Dev Rao")),
    # so does a surname that alone would be an outlet's or a document's, after a given name
    ("Police questioned Liam Fox on Monday. Fox said he had done nothing wrong.", ("Fox", "person", "Liam Fox")),
    ("Police questioned Sarah Post on Monday. Post said she had done nothing wrong.",
     ("Post", "person", "Sarah Post")),
    # a given name of the table before a middle name opens the full name
    ("Police questioned Sarah Dev Rao on Monday. Rao said she had done nothing wrong.",
     ("Rao", "person", "Sarah Dev Rao")),
    # a word that is no given name before it does not
    ("Police questioned Harbour Dev Rao on Monday. Rao said she had done nothing wrong.",
     ("Rao", "person", "Dev Rao")),
    # an outlet's name before the surname is no given name
    ("A source told the Post Rao had left the city. Rao said he had done nothing wrong.", ("Rao", "person", None)),
    # nor is a common word at a sentence's start, which the text writes in lower case too
    ("Maybe Rao knew, maybe not. Rao said he had not known.", ("Rao", "person", None)),
    # a bare outlet's name with no given name before it stays the outlet
    ("Police questioned Rao on Monday. Fox said he had done nothing wrong.", ("Fox", "outlet", None)),
])
def test_a_surname_goes_to_a_full_name_after_a_given_name(rules_only, text, triple):
    assert triple in _refers(rules_only.parse(text))


@pytest.mark.parametrize(("name", "pronoun"), [
    # common given names of general English, Spanish, Arabic and Russian use, in the hand-kept list
    ("phyllis", "she"), ("kelly", "she"), ("gabby", "she"), ("ghazala", "she"), ("nancy", "she"),
    ("jose", "he"), ("omar", "he"), ("sergei", "he"), ("bret", "he"),
])
def test_common_given_names_have_their_pronoun(name, pronoun):
    from attribution.lexicon import given_names, name_genders

    assert name in given_names() and name_genders()[name] == pronoun


@pytest.mark.parametrize(("text", "pair"), [
    # "he" skips a woman named last by a common given name, and "she" a man
    ("Tom Brandt said the bridge was safe. Kelly Marsh said the survey was late. "
     "He said the repairs would start in May.", ("He", "Tom Brandt")),
    ("Phyllis Odom said the clinic would close. Jose Ferrer said the board had not voted. "
     "She said the staff had been told.", ("She", "Phyllis Odom")),
])
def test_a_pronoun_skips_a_common_given_name_of_the_other_pronoun(rules_only, text, pair):
    assert (pair[0], "person", pair[1]) in _refers(rules_only.parse(text))


@pytest.mark.parametrize(("name", "pronoun"), [("bill", "he"), ("grant", "he"), ("hope", "she"), ("rose", "she")])
def test_a_given_name_that_is_a_common_word_has_a_pronoun_but_makes_no_person(name, pronoun):
    from attribution.lexicon import name_genders

    # the pronoun holds for a name with a surname after it; the word alone makes no person's name
    assert name_genders()[name] == pronoun and name not in given_names()


@pytest.mark.parametrize(("text", "pair"), [
    # "she" skips a man whose given name is a common word, and "Mrs. Hale" is not he
    ("Sara Hale said the pier was unsafe. Bill Hale said the board had not met. "
     "Mrs. Hale said the ferry would stop in May.", ("Mrs. Hale", "Sara Hale")),
    ("Hope Dunn said the clinic would close. Grant Pike said the board had not voted. "
     "She said the staff had been told.", ("She", "Hope Dunn")),
])
def test_a_pronoun_skips_a_given_name_that_is_a_word_of_the_other_pronoun(rules_only, text, pair):
    assert (pair[0], "person", pair[1]) in _refers(rules_only.parse(text))


@pytest.mark.parametrize(("name", "pronoun"), [
    # common given names of world news, in the hand-kept list: English, South Asian, Middle Eastern,
    # African, East Asian, Latin American and European
    ("howard", "he"), ("abraham", "he"), ("dexter", "he"), ("tejinder", "he"), ("sourav", "he"),
    ("alireza", "he"), ("mehmet", "he"), ("kwabena", "he"), ("emeka", "he"), ("haruki", "he"),
    ("rodrigo", "he"), ("wolfgang", "he"), ("dmitri", "he"), ("françois", "he"),
    ("wanjiku", "she"), ("folake", "she"), ("lerato", "she"), ("zeynep", "she"), ("gayatri", "she"),
    ("maryam", "she"), ("yuko", "she"), ("giulia", "she"), ("svetlana", "she"), ("ximena", "she"),
])
def test_world_given_names_have_their_pronoun(name, pronoun):
    from attribution.lexicon import name_genders

    assert name in given_names() and name_genders()[name] == pronoun


@pytest.mark.parametrize("name", ["yuki", "minh", "uche", "dominique"])
def test_world_given_names_worn_by_both_have_no_pronoun(name):
    from attribution.lexicon import name_genders

    assert name in given_names() and name not in name_genders()


@pytest.mark.parametrize("name", ["hussein", "abbas", "floyd", "christie", "graham", "salah"])
def test_given_names_that_are_often_surnames_are_left_out(name):
    # ("Saddam Hussein", "Mahmoud Abbas": the word alone is mostly a surname)
    assert name not in given_names()


@pytest.mark.parametrize(("name", "pronoun"), [("ray", "he"), ("harsh", "he"), ("chelsea", "she"), ("florence", "she")])
def test_a_world_given_name_that_is_a_word_or_a_place_has_a_pronoun_but_makes_no_person(name, pronoun):
    from attribution.lexicon import name_genders

    assert name_genders()[name] == pronoun and name not in given_names()


@pytest.mark.parametrize(("text", "pair"), [
    # a world given name before a surname that is a common noun makes the name a person's
    ("Kwame Church, a lawyer for the family, said the police had not called them.",
     ("Kwame Church, a lawyer for the family", "person")),
    # (a club that is a place and a woman's name stays the club)
    ("Chelsea said on Friday that the manager would stay.", ("Chelsea", "organization")),
])
def test_a_world_given_name_makes_a_person(rules_only, text, pair):
    assert pair in _sources(rules_only.parse(text))


@pytest.mark.parametrize(("text", "pair"), [
    # a body named for a person, its name a given name and a word that ends a body's name, is no person
    ("Howard University said classes would resume on Monday.", ("Howard University", "organization")),
    ("Otto Group said it would cut 300 jobs.", ("Otto Group", "organization")),
    ("Tom Foundation said the archive would open in May.", ("Tom Foundation", "organization")),
    # (a surname that is also a body's word stays a person's: "Church", "Court")
    ("Abena Court, a nurse at the clinic, said the ward was full.", ("Abena Court, a nurse at the clinic", "person")),
    ("Howard Blake said the ferry fares would rise.", ("Howard Blake", "person")),
])
def test_a_body_named_for_a_person_is_no_person(rules_only, text, pair):
    assert pair in _sources(rules_only.parse(text))
