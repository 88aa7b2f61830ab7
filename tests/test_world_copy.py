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
