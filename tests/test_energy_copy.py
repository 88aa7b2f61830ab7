"""Constructions of energy, utilities and farm copy (regulators, OPEC, power companies, farmers'
unions, crop and price reports) in wire, UK and Indian styles, on sentences written for these
tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_GRID_STORY = (
    "Harlow Grid warns of tight winter supply\n\n"
    "Harlow Grid's system operator said on Thursday that supply margins this winter would be tighter than last year.\n\n"
    "The outlook, published on Thursday, forecasts a margin of 3.1 gigawatts.\n\n"
    "“We are confident there will be enough supply,” said Ann Lee, the operator's head of control. "
    "“But there may be some days when we need to use our tools.”\n\n"
    "The Dale Growers' Union warned that farms on older lines faced the greatest risk of cuts.\n\n"
    "The company said it had spent £1.2 billion on its lines since 2021."
)


def test_a_grid_operators_winter_outlook(rules_only):
    atts = rules_only.parse(_GRID_STORY).attributions
    by_cue = {a.cue.spans[0].text: a for a in atts}
    outlook = by_cue["forecasts"]
    assert (outlook.source.kind, outlook.content[0].text) == ("document", "a margin of 3.1 gigawatts")
    # a quotation split by its speaker is one quote, both parts hers
    quote = next(a for a in atts if a.mode == "direct")
    assert quote.source.span.text == "Ann Lee, the operator's head of control" and len(quote.content) == 2
    # "the company" is the grid's, not the union's named since
    company = next(a for a in atts if a.source.span.text == "The company")
    assert company.source.refers_to.span.text.startswith("Harlow Grid")


_CARTEL_STORY = (
    "Oil seen rising as producers extend cuts\n\n"
    "The producer group is likely to extend its output cuts, four sources from the group told Reuters on Tuesday.\n\n"
    "“An extension is the most likely outcome,” one of the sources said.\n\n"
    "Traders said the market was supported by falling stocks.\n\n"
    "According to data from the Energy Information Administration, crude stocks fell by 2 million barrels.\n\n"
    "Stocks of petrol rose by 1 million barrels, the agency said in its weekly report."
)


def test_a_cartel_story_on_the_wire(rules_only):
    atts = rules_only.parse(_CARTEL_STORY).attributions
    # the headline's bare "seen" sees nothing as anything
    assert not any(a.rule == "core.view_as.v1" for a in atts)
    told = next(a for a in atts if a.cue.spans[0].text == "told")
    assert (told.source.span.text, told.source.kind, [v.span.text for v in told.via]) == (
        "four sources from the group", "anonymous", ["Reuters"])
    data = next(a for a in atts if a.cue.spans[0].text == "According to")
    assert (data.source.span.text, data.source.kind) == ("data from the Energy Information Administration", "document")
    weekly = atts[-1]
    assert (weekly.cue.spans[0].text, weekly.content[0].text) == (
        "said in its weekly report", "Stocks of petrol rose by 1 million barrels")


@pytest.mark.parametrize("sentence,source,kind,cue,content", [
    # a regulator's statement, a ministry's estimate, farmers' and analysts' views, a filing
    ("The regulator said in a statement that higher gas prices had pushed up costs.",
     "The regulator", "government", "said in a statement", "higher gas prices had pushed up costs"),
    ("The ministry of agriculture estimates that farmers have planted 24 million hectares so far.",
     "The ministry of agriculture", "government", "estimates", "farmers have planted 24 million hectares so far"),
    ("Farmers in the Dale valley say the rains came late.",
     "Farmers in the Dale valley", "group", "say", "the rains came late"),
    ("Analysts at Kestrel Insight expect the cap to fall in January.",
     "Analysts at Kestrel Insight", "group", "expect", "the cap to fall in January"),
    ("A spokesperson for the grid operator said the service would open in November.",
     "A spokesperson for the grid operator", "person", "said", "the service would open in November"),
    ("Harlow Power asked regulators to approve a 12% rise in rates, the company said in a filing.",
     "the company", "organization", "said in a filing", "Harlow Power asked regulators to approve a 12% rise in rates"),
    ("The Dale Growers' Union warned that rural customers faced the greatest risk of cuts.",
     "The Dale Growers' Union", "organization", "warned", "rural customers faced the greatest risk of cuts"),
    ("The board has no plan to curb exports, a senior official at the food ministry told reporters.",
     "a senior official at the food ministry", "anonymous", "told", "The board has no plan to curb exports"),
])
def test_energy_and_farm_report_shapes(rules_only, sentence, source, kind, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.spans[0].text, att.content[0].text) == (
        source, kind, cue, content)


def test_a_quotation_carried_over_paragraphs(rules_only):
    # an open quotation with no closing mark goes on in the next paragraph's opening mark
    text = ("“This tax will ruin the family farm,” union president Tom Roe told the crowd. “We will not stand by.\n\n"
            "“We are asking ministers to listen.”")
    att = _one(rules_only.parse(text))
    assert att.source.span.text == "union president Tom Roe" and att.content[-1].text == "“We are asking ministers to listen.”"
