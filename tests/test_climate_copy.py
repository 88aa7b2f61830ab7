"""Constructions of climate and environment copy (UN summit talks, developing and rich
nations, a weather agency's named annual report, attribution studies), in wire, UK
and Indian styles, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_SUMMIT = (
    "GLASSPORT, Nov 14 (Reuters) - Developing nations argue that the finance on offer is far too low.\n\n"
    "Rich nations say they have already paid more than they promised.\n\n"
    "\u201cWe are still far apart,\u201d the bloc\u2019s climate chief told reporters."
)


def test_a_summit_story_with_developing_and_rich_nations(rules_only):
    atts = rules_only.parse(_SUMMIT).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("Developing nations", "group", "argue"), ("Rich nations", "group", "say"),
        ("the bloc\u2019s climate chief", "person", "told")]
    assert [s.text for s in atts[0].content] == ["the finance on offer is far too low"]


@pytest.mark.parametrize("sentence,source,kind", [
    # a deal's draft is a document
    ("The draft, seen by AFP, proposes a new fund.", "The draft, seen by AFP", "document"),
    # countries by their part among others, in the plural, are many, whatever word opens the sentence
    ("Developing nations argue that they need more money.", "Developing nations", "group"),
    ("Rich nations say they have paid enough.", "Rich nations", "group"),
    ("Major powers warned that the talks could collapse.", "Major powers", "group"),
    ("Signatories said the pledge would be kept.", "Signatories", "group"),
    # (as countries were already; a body named "... Nations" stays one)
    ("Developing countries argue that they need more money.", "Developing countries", "group"),
    ("The United Nations said the talks would resume.", "The United Nations", "organization"),
    ("Ann Powers said the talks would resume.", "Ann Powers", "person"),
])
def test_summit_sources_and_their_kinds(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source", [
    # a report by a title whose words are joined by "of" or "the" is a document, its adjective
    # and its owner's possessive in the mention
    ("The annual State of the Climate report warns that sea levels are rising.",
     "The annual State of the Climate report"),
    ("The agency\u2019s State of the Climate report warns that sea levels are rising.",
     "The agency\u2019s State of the Climate report"),
    ("The latest State of Nature report found that one in six species faced extinction.",
     "The latest State of Nature report"),
    ("A Department of Energy review found that prices had risen.", "A Department of Energy review"),
    # (as a title with no "of" was already)
    ("The annual Emissions Gap report warns that the world is off track.", "The annual Emissions Gap report"),
])
def test_a_report_by_its_title_with_of_is_a_document(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, "document", "warns" if "warns" in sentence else "found")


@pytest.mark.parametrize("sentence,source,cue", [
    # the body said it in its report: "report" after the report's title is no verb of the title
    ("The agency said in its annual State of the Climate report that sea levels were rising.", "The agency", "said"),
    ("The agency said in the annual State of the Climate report that sea levels were rising.", "The agency", "said"),
    ("The agency said in its annual report that sea levels were rising.", "The agency", "said in its annual report"),
])
def test_said_in_a_report_by_its_title_is_the_bodys(rules_only, sentence, source, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        source, cue, ["sea levels were rising"])


@pytest.mark.parametrize("sentence,source,kind", [
    # near misses: people with an adjective before a name in capitals, and a person's noun after
    # a body's name with "of", stay as they were
    ("The angry Air India pilots said they would strike.", "The angry Air India pilots", "group"),
    ("A Ministry of Defence spokesperson said the drill was routine.", "A Ministry of Defence spokesperson", "person"),
])
def test_people_after_names_in_capitals_stay_people(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("text,body", [
    # "the agency" after a UN body named an organization is that body
    ("The World Meteorological Organization said 2024 was the hottest year. The agency said seas were rising.",
     "The World Meteorological Organization"),
    ("The International Maritime Organisation said the rules would be tightened. The agency said ships must "
     "cut emissions.", "The International Maritime Organisation"),
])
def test_the_agency_after_an_organization_by_its_name_is_that_body(rules_only, text, body):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text == "The agency"
    assert att.source.refers_to is not None and att.source.refers_to.span.text == body


def test_the_agency_after_a_firm_stands_for_no_firm(rules_only):
    # near miss: a company by its name is no body "the agency" stands for
    att = rules_only.parse("Vexa Corporation said its profits rose. The agency said seas were rising.").attributions[-1]
    assert att.source.span.text == "The agency" and att.source.refers_to is None


@pytest.mark.parametrize("sentence,source,cue,content", [
    # "Y, X said, as a study found that Z": a clause of time after the aside, with a subject and
    # a verb of finding and its "that", is a report of its own, not more of Y
    ("Floods displaced 40,000 people, officials said, as a new study found that such rains were now twice as likely.",
     "a new study", "found", "such rains were now twice as likely"),
    ("Glaciers shrank by a tenth, the agency said, while research showed that the melt was speeding up.",
     "research", "showed", "the melt was speeding up"),
    ("The river burst its banks, residents said, as an analysis suggested that warming had made it worse.",
     "an analysis", "suggested", "warming had made it worse"),
])
def test_a_finding_after_a_trailing_aside_is_its_own(rules_only, sentence, source, cue, content):
    atts = rules_only.parse(sentence).attributions
    assert len(atts) == 2
    first, second = atts
    assert [s.text for s in first.content] == [sentence.split(", ")[0]]
    assert (second.source.span.text, second.cue.text, [s.text for s in second.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,rest", [
    # near misses: "as a result" has no subject, and a noun after its determiner before "that" is no verb
    ("Crops failed across the region, farmers said, as a result of the drought.", "as a result of the drought"),
    ("Crops failed across the region, farmers said, amid the claims that aid was late.", "amid the claims that aid was late"),
])
def test_no_finding_after_a_trailing_aside_goes_on_with_it(rules_only, sentence, rest):
    (att,) = rules_only.parse(sentence).attributions
    assert att.cue.text == "said" and [s.text for s in att.content] == ["Crops failed across the region", rest]


@pytest.mark.parametrize("sentence,source", [
    # "Y, according to X, a role at a body.": a role with no determiner, its body's long name and
    # short form in brackets, describes X, no more of Y
    ("Coal use may have peaked, according to Ann Varga, lead analyst at the Centre for Research on Energy "
     "and Clean Air (CREA).", "Ann Varga, lead analyst at the Centre for Research on Energy and Clean Air (CREA)"),
    ("Coal use may have peaked, according to an analysis by Tom Brandt, senior fellow at the Institute for "
     "Energy Economics and Financial Analysis.",
     "an analysis by Tom Brandt, senior fellow at the Institute for Energy Economics and Financial Analysis"),
    ("Coal use may have peaked, according to Mira Osei, executive director of Clean Air Now.",
     "Mira Osei, executive director of Clean Air Now"),
])
def test_a_bare_role_after_a_lead_source_describes_it(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        source, "according to", ["Coal use may have peaked"])


@pytest.mark.parametrize("sentence,source,cue,content", [
    # "..., with X data showing Y": a body's short form in brackets after its name stays in the
    # absolute phrase's subject, which is the participle's source
    ("Smog thickened over the city on Monday, with the Central Pollution Control Board (CPCB) data showing "
     "an average AQI of 431.", "the Central Pollution Control Board (CPCB) data", "showing", "an average AQI of 431"),
    ("Rivers ran low, with Environment Agency (EA) figures showing that reservoirs were at 60% of capacity.",
     "Environment Agency (EA) figures", "showing", "reservoirs were at 60% of capacity"),
    ("The dam was approved, with the Expert Appraisal Committee (EAC) noting that the forest loss was small.",
     "the Expert Appraisal Committee (EAC)", "noting", "the forest loss was small"),
])
def test_a_body_by_its_name_and_short_form_in_an_absolute_phrase(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,source", [
    # a body's name joined by "on", before a text's noun in small letters, is that text: a document
    ("The Intergovernmental Panel on Climate Change (IPCC) report warned that seas would rise.",
     "The Intergovernmental Panel on Climate Change (IPCC) report"),
    ("The Council on Energy Policy report found that bills would fall.", "The Council on Energy Policy report"),
    ("A Commission on Air Quality study showed that smog had worsened.", "A Commission on Air Quality study"),
])
def test_a_report_by_a_body_named_with_on_is_a_document(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "document")
    assert att.cue.text in ("warned", "found", "showed") and att.content[0].text.split()[-1] in ("rise", "fall", "worsened")


@pytest.mark.parametrize("sentence,kind", [
    # near misses: the body itself, by a name with "on", stays a body
    ("The Intergovernmental Panel on Climate Change warned that seas would rise.", "organization"),
    ("The Council on Energy Policy said that bills would fall.", "organization"),
])
def test_a_body_named_with_on_stays_a_body(rules_only, sentence, kind):
    assert _one(rules_only.parse(sentence)).source.kind == kind


@pytest.mark.parametrize("sentence,source", [
    # a body's short form in brackets with a digit among its capitals is its initials all the same:
    # the name before them tells the kind (not "person"), an owner's possessive before it or not
    ("Global temperatures hit a record in June, the EU\u2019s Copernicus Climate Change Service (C3S) said.",
     "the EU\u2019s Copernicus Climate Change Service (C3S)"),
    ("Global temperatures hit a record in June, the Copernicus Climate Change Service (C3S) said.",
     "the Copernicus Climate Change Service (C3S)"),
    ("Sea ice shrank to a new low, the bloc\u2019s Centre for Polar Research (CP4R) said.",
     "the bloc\u2019s Centre for Polar Research (CP4R)"),
])
def test_a_body_with_a_digit_in_its_initials(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    name = source[:source.index(" (")]
    named = _one(rules_only.parse(f"{sentence.split(', ')[0]}, {name} said.")).source.kind
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, named, "said")
    assert named in ("organization", "government")
    assert att.content[0].text == sentence.split(", ")[0]
