"""Constructions of labour and industrial copy (strikes, unions, ballots, pay talks, pickets) in
wire, UK, Indian and Australian styles, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_RAIL_STRIKE = (
    "Ferry crews to strike over pay as talks collapse\n\n"
    "Hundreds of ferry crews will walk out next week after talks with the operators broke down, "
    "the Harbour Workers Union said on Tuesday.\n\n"
    "Members voted by 84% to strike on a turnout of 66%, the union announced.\n\n"
    "HWU general secretary Dana Crole said: \"Our members have been left with no choice. "
    "They have not had a rise in three years.\"\n\n"
    "A spokesperson for Kestrel Ferries said the strike was \"pointless and damaging\".\n\n"
    "\"We have made a fair offer,\" the spokesperson added. \"We remain open to talks.\"\n\n"
    "The union claims the offer amounts to a cut in real terms.\n\n"
    "Transport Secretary Ruth Amble urged both sides to return to the table.\n\n"
    "\"Nobody wins from a strike,\" she told the Harbour Gazette.\n\n"
    "According to the union, more than 900 crew members will take part."
)


def test_a_rail_strike_story(rules_only):
    atts = rules_only.parse(_RAIL_STRIKE).attributions
    by_cue = {a.cue.text: a for a in atts}
    # the union's trailing cue after the lead, and "the union" later is that union
    lead = atts[0]
    assert lead.cue.text == "said" and lead.content[0].text.endswith("after talks with the operators broke down")
    assert (lead.source.span.text, lead.source.kind) == ("the Harbour Workers Union", "organization")
    voted = by_cue["announced"]
    assert voted.content[0].text == "Members voted by 84% to strike on a turnout of 66%"
    assert voted.source.refers_to.span.text == "the Harbour Workers Union"
    # the union's post and name before a colon, and the quotation after it
    colon = next(a for a in atts if a.source.span.text == "HWU general secretary Dana Crole")
    assert colon.mode == "direct" and colon.source.kind == "person"
    # the spokesperson "for" a firm, and the split quotation the same one adds to
    added = by_cue["added"]
    assert added.source.refers_to.span.text == "A spokesperson for Kestrel Ferries"
    assert [s.text for s in added.content] == ["\"We have made a fair offer,\"", "\"We remain open to talks.\""]
    assert by_cue["claims"].content[0].text == "the offer amounts to a cut in real terms"
    assert by_cue["urged"].content[0].text == "both sides to return to the table"
    told = by_cue["told"]
    assert told.source.refers_to.span.text == "Transport Secretary Ruth Amble"
    assert [v.span.text for v in told.via] == ["the Harbour Gazette"]
    per = by_cue["According to"]
    assert per.source.refers_to.span.text == "the Harbour Workers Union"


_DOCTORS = (
    "Dr Tam Oduya and Dr Lina Ferro, who chair the union's resident doctors committee, said: "
    "\"We have bent over backwards to find a way through.\n\n"
    "\"The government has walked away from the table.\n\n"
    "\"Doctors are leaving in droves.\"\n\n"
    "The health minister called the walkout \"deeply regrettable\" and said the offer was fair."
)


def test_a_quotation_over_paragraphs_and_a_strike_named(rules_only):
    atts = rules_only.parse(_DOCTORS).attributions
    quote = atts[0]
    assert quote.source.kind == "group" and len(quote.content) == 3
    assert quote.content[-1].text == "\"Doctors are leaving in droves.\""
    called = next(a for a in atts if a.cue.text == "called")
    assert (called.source.span.text, called.content[0].text) == (
        "The health minister", "the walkout \"deeply regrettable\"")


@pytest.mark.parametrize("sentence,content", [
    # a strike or a walkout given a name or a judgement is what one called it
    ("The minister called the strike “reckless”.", "the strike “reckless”"),
    ("The chief executive called the walkout deeply irresponsible.", "the walkout deeply irresponsible"),
    ("The mayor called the strike illegal.", "the strike illegal"),
    ("The mayor called the strike a disgrace.", "the strike a disgrace"),
])
def test_a_strike_given_a_name(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, att.content[0].text) == ("called", content)


@pytest.mark.parametrize("sentence", [
    # a strike called is a thing done, nothing said
    "The union called a strike for Monday.",
    "The union called a strike ballot.",
    "The union called a strike nationwide.",
    "The union called a 48-hour walkout last week.",
    # a day, a rite or a stoppage kept, or an event watched, is nothing observed aloud
    "Transport workers observed a 24-hour bandh called by the joint council.",
    "Shopkeepers observed a hartal on Monday.",
    "The players observed a minute of silence.",
    "The monitors, who observed the voting in the north, left.",
    # a place taken to is no habit of saying
    "Striking miners have taken to the streets.",
    "Nurses have taken to the picket lines.",
])
def test_a_thing_done_is_no_report(rules_only, sentence):
    assert not rules_only.parse(sentence).attributions


@pytest.mark.parametrize("sentence,cue,content", [
    # ... but a clause observed, and a habit of saying taken to, are reports
    ("The steward observed that the talks had stalled.", "observed", "the talks had stalled"),
    ("The steward observed the strike was total.", "observed", "the strike was total"),
    ("The convenor has taken to calling the offer an insult.", "has taken to", "calling the offer an insult"),
])
def test_a_clause_observed_or_a_habit_taken_to(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, att.content[0].text) == (cue, content)


def test_a_comment_declined_and_a_plan_said(rules_only):
    atts = rules_only.parse(
        "A company spokesman declined to comment on the negotiations but said contingency plans were in place.").attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [
        ("A company spokesman", "declined"), ("A company spokesman", "said")]
    assert atts[1].content[0].text == "contingency plans were in place"


@pytest.mark.parametrize("sentence,source,kind", [
    # people by their trade, in the plural, are many people, whether or not the sentence opens with them
    ("Dockers said they had been pushed to the limit.", "Dockers", "group"),
    ("Miners said the pits were unsafe.", "Miners", "group"),
    ("Midwives say they are exhausted.", "Midwives", "group"),
    ("Cleaners said they had not been paid.", "Cleaners", "group"),
    ("Striking porters said they would stay out.", "Striking porters", "group"),
    # guards in the plural, in small letters or alone, are people; in a name they are a body
    ("Guards said they feared for their jobs.", "Guards", "group"),
    ("Security guards said they feared for their jobs.", "Security guards", "group"),
    ("The Revolutionary Guards said they had fired a warning shot.", "The Revolutionary Guards", "organization"),
    ("A prison guard said he had seen nothing.", "A prison guard", "person"),
    # an employer, a workforce and a leadership speak as bodies
    ("The employer insisted that its offer was generous.", "The employer", "organization"),
    ("The union leadership said the deal was the best on offer.", "The union leadership", "organization"),
    # a surname that is a trade's word, in the singular, is still a person's
    ("Porter said the deal was the best on offer.", "Porter", "person"),
])
def test_labour_speakers_kinds(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a participle of objecting after the main clause: its speaker is the main clause's subject
    ("Dock workers walked out on Tuesday, protesting that overtime had been cut.",
     "Dock workers", "protesting", "overtime had been cut"),
    ("The nurses' union protested that the new rota was unsafe.",
     "The nurses' union", "protested", "the new rota was unsafe"),
])
def test_protesting_that(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (source, cue, content)


def test_protests_before_a_relative_report_nothing(rules_only):
    # near miss: the noun "protests" before a relative "that" is no verb of saying
    assert not rules_only.parse("Rallies and protests that lasted for weeks closed the port.").attributions
