"""Constructions of housing, property and weather copy (house prices and rents, lenders and
landlords, councils, forecasters, storms, floods and heatwaves) in wire, UK and Indian styles,
on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_HOUSE_PRICES = (
    "Prices climb for a fourth month, says Harwell\n\n"
    "Home prices rose by 0.4% in May, according to Harwell.\n\n"
    "The lender said the typical home now cost £271,000.\n\n"
    "\"Buyers are still wary of higher borrowing costs,\" said Ann Lee, Harwell's chief economist. "
    "\"But wages are catching up.\"\n\n"
    "Lee added that first-time buyers were finding it hard to save a deposit.\n\n"
    "Harwell expects prices to end the year flat."
)


def test_a_house_price_story(rules_only):
    atts = rules_only.parse(_HOUSE_PRICES).attributions
    got = [(a.source.span.text, a.source.kind, a.cue.text) for a in atts]
    assert got == [
        ("Harwell", "organization", "says"), ("Harwell", "organization", "according to"),
        ("The lender", "organization", "said"), ("Ann Lee, Harwell's chief economist", "person", "said"),
        ("Lee", "person", "added"), ("Harwell", "organization", "expects")]
    assert atts[2].source.refers_to.span.text == "Harwell"
    # the split quotation is one quote
    assert atts[3].mode == "direct" and len(atts[3].content) == 2


@pytest.mark.parametrize("text,kinds", [
    # a bare name a body's noun ("the lender", "the company") stood for is that body's wherever it
    # stands alone: in the headline above, and named again below
    ("Rents rise again, says Marlow\n\nRents rose in June, Marlow said.\n\nThe lender said demand was strong.",
     ["organization", "organization", "organization"]),
    ("Vexa said sales rose. The company said demand was high. Vexa added that costs fell.",
     ["organization", "organization", "organization"]),
    # a name no body's noun stood for stays a person's
    ("Rents rise again, says Marlow\n\nRents rose in June, Marlow said.\n\nHe said demand was strong.",
     ["person", "person", "person"]),
    ("Lee said rents rose. Vexa said prices fell. The company said demand was high. Lee added that costs fell.",
     ["person", "organization", "organization", "person"]),
])
def test_a_bare_name_a_body_noun_stood_for(rules_only, text, kinds):
    assert [a.source.kind for a in rules_only.parse(text).attributions] == kinds


_STORM_WARNING = (
    "Forecasters say gusts of 70mph are possible on exposed coasts.\n\n"
    "A spokesperson for Harlow Council said the seafront would be closed on Saturday.\n\n"
    "Residents in Porthcove told the BBC they had moved furniture upstairs.\n\n"
    "\"We've been flooded twice now,\" said Jean Roe, 71. \"Nobody listens.\""
)


def test_a_storm_warning_story(rules_only):
    atts = rules_only.parse(_STORM_WARNING).attributions
    got = [(a.source.span.text, a.source.kind) for a in atts]
    assert got == [
        ("Forecasters", "group"), ("A spokesperson for Harlow Council", "person"), ("Residents in Porthcove", "group"),
        ("Jean Roe, 71", "person")]
    told = atts[2]
    assert told.cue.text == "told" and [v.span.text for v in told.via] == ["the BBC"]
    assert told.content[0].text == "they had moved furniture upstairs"
    assert atts[3].mode == "direct" and len(atts[3].content) == 2


@pytest.mark.parametrize("sentence,source,kind,cue,content", [
    # landlords, tenants and surveys in the present of a feature's claim
    ("Landlords argue that higher taxes have pushed many of them to sell.", "Landlords", "group", "argue",
     "higher taxes have pushed many of them to sell"),
    ("Rents in Wales have risen at their fastest rate for a decade, the survey found.", "the survey", "document",
     "found", "Rents in Wales have risen at their fastest rate for a decade"),
    ("One tenant, who asked not to be named, said her rent had gone up by £200 a month.", "One tenant", "anonymous",
     "said", "her rent had gone up by £200 a month"),
    ("Estate agents in the town say demand for family homes has never been higher.", "Estate agents in the town",
     "group", "say", "demand for family homes has never been higher"),
    # a forecaster's office, in Indian and American copy
    ("According to IMD officials, a western disturbance could bring relief by the weekend.", "IMD officials", "group",
     "According to", "a western disturbance could bring relief by the weekend"),
    ("The National Hurricane Center said the system was unlikely to strengthen.", "The National Hurricane Center",
     "government", "said", "the system was unlikely to strengthen"),
])
def test_housing_and_weather_reports(rules_only, sentence, source, kind, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, att.content[0].text) == (source, kind, cue, content)


@pytest.mark.parametrize("text", [
    # a warning issued, heeded or sounded with no article before it, as a headline has it, is the
    # verb's object, no participle reporting what follows
    "Met Office issues amber warning as Storm Olwen brings gusts",
    "Council issues warning as storm nears",
    "Forecasters sound stark warning over heat",
])
def test_a_warning_issued_in_a_headline_is_no_participle(rules_only, text):
    assert not any(a.cue.text == "warning" for a in rules_only.parse(text).attributions)


@pytest.mark.parametrize("text,cue,content", [
    # a participle after the object's own noun still reports
    ("The Met Office issued a warning saying the storm would hit Wales.", "issued a warning saying",
     "the storm would hit Wales"),
    ("The council issued a statement, warning that tenants faced eviction.", "issued a statement, warning",
     "tenants faced eviction"),
])
def test_a_participle_after_a_warning_still_reports(rules_only, text, cue, content):
    att = _one(rules_only.parse(text))
    assert (att.cue.text, att.content[0].text) == (cue, content)


@pytest.mark.parametrize("text,lender", [
    # "the lender" or "the bank" stands for no name of a trade no bank plies: a consultancy's, an airport's
    ("Harwell said prices rose. The lender said buyers were wary. Economists at Capital Economics said prices "
     "would fall. The lender expects rates to ease.", None),
    ("Kestrel Airport said flights would fall. The lender expects rates to ease.", None),
    # but a name of any other trade, or a bank's by its name, it may
    ("Harlow Bancorp said profits rose. The lender expects rates to ease.", "Harlow Bancorp"),
    ("Harlow Capital said profits rose. The lender expects rates to ease.", "Harlow Capital"),
])
def test_a_lender_is_no_consultancy(rules_only, text, lender):
    ref = rules_only.parse(text).attributions[-1].source.refers_to
    assert (ref.span.text if ref is not None else None) == lender
