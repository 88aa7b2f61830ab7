"""Constructions of technology and company news (wire, US tech sites, UK and Indian copy): a
filing with a regulator after a trailing cue, a company that speaks "on its" status page,
a startup, a firm by its trade's words in front, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_LAYOFFS = (
    "Orchard Systems will cut about 1,200 jobs, or roughly 8 percent of its workforce, the company said "
    "in a filing with the Securities and Exchange Commission on Thursday.\n\n"
    "The cuts will fall mostly on its hardware division, according to a person familiar with the matter.\n\n"
    "A spokesperson for Orchard declined to comment beyond the filing."
)


def test_a_layoffs_story_and_its_filing(rules_only):
    atts = rules_only.parse(_LAYOFFS).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("the company", "organization", "said in a filing"),
        ("a person familiar with the matter", "anonymous", "according to"),
        ("A spokesperson for Orchard", "person", "declined")]
    assert [s.text for s in atts[0].content] == [
        "Orchard Systems will cut about 1,200 jobs, or roughly 8 percent of its workforce"]
    assert atts[0].source.refers_to.span.text == "Orchard Systems"


@pytest.mark.parametrize("sentence,content", [
    # a regulator's name with "and" in it, after "with", ends the sentence as any occasion does
    ("Vexa will close two plants, the company said in a filing with the Securities and Exchange Commission.",
     "Vexa will close two plants"),
    ("Vexa will close two plants, the company said in a statement with Smith and Jones.",
     "Vexa will close two plants"),
    # more hearers after the first, to the sentence's end
    ("Vexa will close two plants, the company told The Ledger and The Planet.", "Vexa will close two plants"),
    ("Vexa will close two plants, the chief executive told reporters and analysts on a call.",
     "Vexa will close two plants"),
])
def test_what_ends_a_trailing_cues_sentence(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == [content]


def test_a_filing_before_its_clause_still_reports_the_clause(rules_only):
    # the near miss: the filing and its regulator before a "that", as before
    att = _one(rules_only.parse(
        "Vexa said in a filing with the Securities and Exchange Commission that it would close two plants."))
    assert (att.cue.text, [s.text for s in att.content]) == ("said in a filing", ["it would close two plants"])


@pytest.mark.parametrize("sentence,source", [
    # a one-word name that spoke "on its" or "in its" medium is a body's
    ("Slack said on its status page that it was investigating the problem.", "Slack"),
    ("Kelvo said in its annual report that demand had slowed.", "Kelvo"),
    ("Slack later said on its blog: \u201cWe are investigating.\u201d", "Slack"),
])
def test_a_name_that_speaks_on_its_own_page_is_a_body(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "organization")


def test_a_name_that_speaks_on_his_own_page_stays_a_person(rules_only):
    att = _one(rules_only.parse("Kelvo said on his blog that demand had slowed."))
    assert (att.source.span.text, att.source.kind) == ("Kelvo", "person")


@pytest.mark.parametrize("sentence,source,kind", [
    # a startup is a business, with or without the words of its trade before it
    ("The startup said the money would pay for 300 engineers.", "The startup", "organization"),
    ("The AI start-up said demand had tripled.", "The AI start-up", "organization"),
    # names that end in a tech firm's word
    ("Rindle Games said the fee was unlawful.", "Rindle Games", "organization"),
    ("Harrow Networks said demand was strong.", "Harrow Networks", "organization"),
    # the near miss: a startup's founder is a person
    ("A startup founder said demand was strong.", "A startup founder", "person"),
])
def test_tech_firms_by_their_nouns(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source", [
    # a plural never read as a verb modifies the noun after it: the firm is the subject
    ("The IT services firm raised its forecast, citing strong deal wins.", "The IT services firm"),
    ("The UK payments firm cut its outlook, citing weak demand.", "The UK payments firm"),
    # the near miss: a verb in -s after a name ends the subject
    ("Lee supports closer ties, saying they help trade.", "Lee"),
])
def test_a_participles_subject_with_a_plural_modifier(rules_only, sentence, source):
    att = next(a for a in rules_only.parse(sentence).attributions if a.cue.text in ("citing", "saying"))
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,kind", [
    # a commissioner's office, as a sheriff's or a mayor's, is the state's
    ("The Information Commissioner's Office said the app had broken the law.", "government"),
    ("The police commissioner's office said the app had broken the law.", "government"),
    # the near miss: a member's office stays no state's body
    ("Senator Lee's office said the app had broken the law.", "organization"),
])
def test_a_commissioners_office(rules_only, sentence, kind):
    assert _one(rules_only.parse(sentence)).source.kind == kind


def test_the_company_stands_for_no_regulators_office(rules_only):
    atts = rules_only.parse(
        "The regulator fined a video app. The Information Commissioner's Office said the app had failed "
        "to check ages. The company said it disagreed.").attributions
    assert atts[-1].source.span.text == "The company" and atts[-1].source.refers_to is None


@pytest.mark.parametrize("text,source,kind", [
    # a plural noun for people that opens a sentence is no firm's name among words of business
    ("Shares of Kelvo fell 9 per cent. Users took to social media to complain that their wallets were frozen.",
     "Users", "group"),
    ("Shares of Kelvo fell 9 per cent. Customers said the app was down.", "Customers", "group"),
    # the near miss: a firm's one-word name among them is still the firm's
    ("Shares of Kelvo fell 9 per cent. Kelvo said the app was down.", "Kelvo", "organization"),
])
def test_people_by_a_plural_among_words_of_business(rules_only, text, source, kind):
    att = rules_only.parse(text).attributions[-1]
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("text,source,kind", [
    # a tech firm known by a bare name is a body
    ("Spotify said the outage was over.", "Spotify", "organization"),
    ("Paytm said existing balances were safe.", "Paytm", "organization"),
    ("Slack said the outage was over.", "Slack", "organization"),
    # the near miss: a person who goes by such a word, with a given name before it, stays a person
    ("Ann Slack said the outage was over.", "Ann Slack", "person"),
])
def test_tech_firms_by_a_bare_name(rules_only, text, source, kind):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source,kind", [
    # what its owner owns is a business
    ("Microsoft-owned Kelvo said it would cut 700 jobs.", "Microsoft-owned Kelvo", "organization"),
    ("State-owned Harlo said it would cut 700 jobs.", "State-owned Harlo", "organization"),
    # the near miss: a person named alone stays a person
    ("Ann Kelvo said she would cut 700 jobs.", "Ann Kelvo", "person"),
])
def test_an_owned_name_is_a_business(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source,kind", [
    # a noun of size after a word of the firm's trade is a business
    ("The Korean tech giant said orders for its memory chips had doubled.", "The Korean tech giant", "organization"),
    ("The oil major said it would cut spending on new wells.", "The oil major", "organization"),
    ("The social media behemoth said the feature would reach teenagers next year.",
     "The social media behemoth", "organization"),
    ("IT major Vanteq said deal wins were at a record.", "IT major Vanteq", "organization"),
    ("Chip giant Orrin said orders for its memory chips had doubled.", "Chip giant Orrin", "organization"),
    ("Orrin, the Taiwanese chip giant, said orders for its memory chips had doubled.",
     "Orrin, the Taiwanese chip giant", "organization"),
    ("The fintech heavyweight said the fee would be dropped.", "The fintech heavyweight", "organization"),
    # the near misses: without a trade word, or after a service's, the noun is a person's
    ("The gentle giant said the fee would be dropped.", "The gentle giant", "person"),
    ("An army major said the convoy had been attacked.", "An army major", "person"),
    ("Major Ann Kelvo said the convoy had been attacked.", "Major Ann Kelvo", "person"),
])
def test_a_business_by_its_size_in_its_trade(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, kind, "said")
    assert [s.text for s in att.content] == [sentence.split(" said ", 1)[1].rstrip(".")]


@pytest.mark.parametrize("sentence,source,content", [
    # the technology press by its names, which are common words or hold several
    ("The Verge reported that the headset would cost $999.", "The Verge", "the headset would cost $999"),
    ("Wired reported that the headset would cost $999.", "Wired", "the headset would cost $999"),
    ("Ars Technica reported that the headset would cost $999.", "Ars Technica", "the headset would cost $999"),
    ("TechCrunch reported that the startup had raised $40 million.", "TechCrunch",
     "the startup had raised $40 million"),
])
def test_the_technology_press_by_name(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "outlet", "reported", [content])


@pytest.mark.parametrize("sentence,content,outlet", [
    # the outlet a noun-phrase content was told to relays it, with a time after it too
    ("Kelvo confirmed the layoffs to The Verge on Tuesday.", "the layoffs", "The Verge"),
    ("Kelvo confirmed the layoffs to Reuters last week.", "the layoffs", "Reuters"),
    ("A spokesperson denied the report to TechCrunch on Friday evening.", "the report", "TechCrunch"),
    ("Kelvo confirmed the layoffs to Reuters.", "the layoffs", "Reuters"),
    # the near misses: a time with no outlet before it, and an outlet-like phrase that is on the
    # verge of something, relay nothing
    ("Kelvo confirmed the layoffs on Tuesday.", "the layoffs", None),
    ("Analysts said the company was on the verge of a sale.", "the company was on the verge of a sale", None),
])
def test_an_outlet_told_before_a_time(rules_only, sentence, content, outlet):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == [content]
    assert [v.span.text for v in att.via] == ([outlet] if outlet else [])


@pytest.mark.parametrize("sentence", [
    # "unveiled" and a product: a launch, no words nor plan made known
    "Apple on Monday unveiled iOS 19.",
    "Zentro had unveiled the first Orbit in 1998.",
    "Kaelix unveiled the Nova S30 on Tuesday.",
    "Brightmoor unveiled a new electric truck.",
    "The startup unveiled its latest smartphone at the fair.",
])
def test_a_product_unveiled_is_a_launch_not_a_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,content", [
    # near misses: a plan, an ad, a list or a name for someone unveiled reports it, a capitalised
    # word after a preposition in the object all the same
    ("The minister unveiled a plan to cut ferry fares.", "a plan to cut ferry fares"),
    ("The campaign unveiled its first Spanish-language ad.", "its first Spanish-language ad"),
    ("The mayor unveiled a list of 40 backers.", "a list of 40 backers"),
    ("Tom Hale unveiled a new nickname for Ann Lee.", "a new nickname for Ann Lee"),
])
def test_a_plan_or_an_ad_unveiled_still_reports(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [c.text for c in att.content]) == ("unveiled", [content])
