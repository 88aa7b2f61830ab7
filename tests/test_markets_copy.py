"""Constructions of financial-markets copy (a wire's currency, bond, stock and commodity wraps, the
markets pages of British and Indian papers): traders and dealers, analysts' notes, data that show,
economists polled, the posts of market people after their names, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_RUPEE = (
    "MUMBAI, Nov 12 (Reuters) - The Elmoran rupee weakened on Tuesday, pressured by foreign outflows from local "
    "shares, traders said.\n\n"
    "The central bank was seen selling dollars near the 84.40 level, three traders told Reuters.\n\n"
    "\"Importers have been buying on every dip,\" said Kiran Sodha, vice president at Harlow Bank. He said the "
    "rupee was likely to trade in a narrow range this week.\n\n"
    "Foreign investors have sold $2 billion of local shares this month, according to depository data.\n\n"
    "(Reporting by Ann Lee; Editing by Tom Roe)"
)


def test_a_currency_wrap_and_its_traders(rules_only):
    atts = rules_only.parse(_RUPEE).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("traders", "group", "said"), ("three traders", "group", "told"),
        ("Kiran Sodha, vice president at Harlow Bank", "person", "said"), ("He", "person", "said"),
        ("depository data", "document", "according to")]
    assert [s.text for s in atts[1].content] == ["The central bank was seen selling dollars near the 84.40 level"]
    assert [v.span.text for v in atts[1].via] == ["Reuters"]
    assert atts[3].source.refers_to.span.text == "Kiran Sodha, vice president at Harlow Bank"
    assert [s.text for s in atts[4].content] == ["Foreign investors have sold $2 billion of local shares this month"]


@pytest.mark.parametrize("sentence,source,content", [
    # after a person's name, a post with no article is the name's appositive, not the report's start
    ("According to Ann Lee, chief economist at Harlow Bank, growth will slow next year.",
     "Ann Lee, chief economist at Harlow Bank", "growth will slow next year"),
    ("According to Tom Roe, managing director at Ashby Capital, the selloff is overdone.",
     "Tom Roe, managing director at Ashby Capital", "the selloff is overdone"),
    ("According to Ravi Menon, Head of Research at Kestrel Securities, investors will watch the minutes.",
     "Ravi Menon, Head of Research at Kestrel Securities", "investors will watch the minutes"),
    # ... and the body after the post, set off by a comma of its own, is the post's
    ("According to Ravi Menon, Head of Research, Kestrel Securities, the rupee will weaken.",
     "Ravi Menon, Head of Research, Kestrel Securities", "the rupee will weaken"),
])
def test_a_post_with_no_article_after_a_leads_name(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


@pytest.mark.parametrize("sentence,source,content", [
    # no post: a body or a clause after the comma stays the report's
    ("According to Ann Lee, traders will sell the rupee.", "Ann Lee", "traders will sell the rupee"),
    ("According to the bank, analysts expect a cut.", "the bank", "analysts expect a cut"),
])
def test_no_post_after_a_leads_name(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


@pytest.mark.parametrize("sentence,cue", [
    # "adding to" a bare noun grows it (worries, pressure), and reports nothing; the time after
    # the data's verb, before that comma, leaves it the report's verb
    ("Elmora's crude imports fell 8.7% in May, customs data showed on Friday, adding to concerns about demand.",
     "showed"),
    ("Elmora's crude imports fell 8.7% in May, the ministry said, adding to worries that demand is weak.", "said"),
])
def test_adding_to_a_bare_noun_is_no_report(rules_only, sentence, cue):
    att = _one(rules_only.parse(sentence))
    assert att.cue.text == cue
    assert [s.text for s in att.content] == ["Elmora's crude imports fell 8.7% in May"]


def test_adding_to_a_hearer_still_reports(rules_only):
    atts = rules_only.parse("The plant will close, Lee said, adding to reporters that jobs would go.").attributions
    assert [a.cue.text for a in atts] == ["said", "adding"]


@pytest.mark.parametrize("sentence,source,kind", [
    # a verb joined by "and" to the verb of an "after" or "because" clause is that clause's subject's
    ("The Elmoran dollar slipped after the Reserve Bank of Elmora kept rates on hold and said it could not rule "
     "out a further rise.", "the Reserve Bank of Elmora", "government"),
    ("Shares of Halvorsen fell after the company cut its forecast and said demand was weak.",
     "the company", "organization"),
    ("The rupee rallied because the central bank intervened in the market and warned that it would act again.",
     "the central bank", "government"),
    # no speaker there, or a pronoun, and the verb stays the sentence's subject's
    ("Lee stayed home after the rain stopped and said the roads were unsafe.", "Lee", "person"),
    ("Lee hugged Roe after he won the vote and said the party was united.", "Lee", "person"),
])
def test_a_verb_joined_in_an_after_clause_is_its_subjects(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a record's "show" takes a clause with its "that" left out, its subject a bare noun or two
    ("The minutes showed policymakers were uneasy about sticky wages.", "The minutes", "showed",
     "policymakers were uneasy about sticky wages"),
    ("The Kestrel survey showed demand had cooled in every region.", "The Kestrel survey", "showed",
     "demand had cooled in every region"),
    ("The figures show most lenders have tightened their terms.", "The figures", "show",
     "most lenders have tightened their terms"),
    # ... as a verb of belief does
    ("Dealers doubt margins will recover before spring.", "Dealers", "doubt", "margins will recover before spring"),
])
def test_a_records_show_takes_a_bare_clause(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence", [
    # a noun after a preposition is no verb, whatever clause follows it
    "The victories proved beyond doubt voters were angry at both parties.",
    # a pronoun after the hearer is no bare subject
    "Dealers doubt it will happen.",
])
def test_no_bare_clause_after_a_noun_of_belief(rules_only, sentence):
    assert "doubt" not in [a.cue.text for a in rules_only.parse(sentence).attributions]


@pytest.mark.parametrize("sentence,cue", [
    # a broker's research report or note, and whom it went to, extend the cue as a bare note does
    ("Strategists at Harlow Bank wrote in a research report that copper would lag.", "wrote in a research report"),
    ("Strategists at Harlow Bank wrote in a research note to investors that copper would lag.",
     "wrote in a research note to investors"),
    ("Strategists at Harlow Bank wrote in a note to clients that copper would lag.", "wrote in a note to clients"),
    # ... but no paper the lists do not name as a medium
    ("Strategists at Harlow Bank wrote in a research paper that copper would lag.", "wrote"),
])
def test_a_research_report_extends_the_cue(rules_only, sentence, cue):
    att = _one(rules_only.parse(sentence))
    assert att.cue.text == cue
    assert [s.text for s in att.content] == ["copper would lag"]


@pytest.mark.parametrize("sentence,source", [
    # an irregular past before a bare object is the verb of the "because" or "after" clause, whose
    # subject the verb joined to it by "and" goes on
    ("The krona firmed because the central bank sold euros and warned that it would act again.", "the central bank"),
    ("Halvorsen shares jumped after the company bought rivals and said margins would widen.", "the company"),
    # ... but a pronoun there stays no speaker, and the verb stays the sentence's subject's
    ("Lee hugged Roe after he sold tickets and said the party was united.", "Lee"),
])
def test_an_irregular_past_opens_the_joined_clause(rules_only, sentence, source):
    assert _one(rules_only.parse(sentence)).source.span.text == source


@pytest.mark.parametrize("name", [
    # a finance house's name ends in a word of its trade, as a firm's does: a body, no person
    "Harlow Global Ratings", "Kestrel Institutional Equities", "Orrin Macroeconomics",
    "Vela Global Markets", "Ashby Commodity Insights", "Marlow Dow Indices", "Pellam Global Investors",
])
def test_a_finance_house_is_an_organization(rules_only, name):
    att = _one(rules_only.parse(f"{name} said the outlook for the lender was stable."))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (name, "organization", "said")
    assert [s.text for s in att.content] == ["the outlook for the lender was stable"]


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a word of saying that is a noun too, after a past verb, its possessive and the object's
    # modifiers, heads that object ("raised its Brent forecast"): no report with the modifier for a source
    ("Harlow Bank raised its Brent forecast to $95 a barrel, saying supplies would tighten.",
     "Harlow Bank", "saying", "supplies would tighten"),
    ("The lender lowered its GDP forecast for Elmora, saying exports were weak.", "The lender", "saying",
     "exports were weak"),
    ("Kestrel cut its S&P 500 forecast to 5,100, saying earnings would disappoint.",
     "Kestrel", "saying", "earnings would disappoint"),
    ("The brokerage trimmed its 2026 EPS estimates on Monday, saying margins would narrow.",
     "The brokerage", "saying", "margins would narrow"),
])
def test_a_noun_of_saying_heads_a_past_verbs_object(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,source,cue,content", [
    # ... but a verb joined by "and" or after "by", a relative clause's object and a verb of saying's
    # clause keep their verb
    ("Ann Lee shook her head and said the deal was off.", "Ann Lee", "said", "the deal was off"),
    # (the relative clause on "that" is the mention's, as one on "who" is)
    ("The lender that cut its rates said profit would fall.", "The lender that cut its rates", "said", "profit would fall"),
    ("Tom Roe said his traders report losses daily.", "Tom Roe", "said", "his traders report losses daily"),
])
def test_a_verb_after_an_object_stays_a_verb(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,source,content", [
    # a noun for a body after "the" and its modifiers, before a past verb, opens the sentence's
    # subject, which a participle's report after the comma takes
    ("The central bank raised its key rate by 25 basis points, saying inflation had eased.",
     "The central bank", "inflation had eased"),
    ("The bank lowered its growth forecast on Tuesday, saying exports were weak.", "The bank", "exports were weak"),
    ("The fund raised its stake in the lender, saying the shares were cheap.", "The fund", "the shares were cheap"),
    ("The sovereign wealth fund trimmed its holdings, adding that it saw better value elsewhere.",
     "The sovereign wealth fund", "it saw better value elsewhere"),
])
def test_a_body_after_its_article_takes_a_participles_report(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


@pytest.mark.parametrize("sentence", [
    # a day and a preposition after a cue: when and where the words were said, no subject of a verb after it
    "\"Rates should stay where they are,\" Corin Vale said Wednesday in remarks prepared for a forum in Denver.",
    "\"Inflation is still too high,\" Corin Vale said Friday in remarks at a bankers' lunch.",
    "\"We are in no hurry,\" Corin Vale said Monday at a conference held by the regional bank.",
])
def test_a_day_and_its_occasion_after_a_cue_are_no_speaker(rules_only, sentence):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == ("Corin Vale", "said")


def test_a_days_possessive_still_heads_a_subject(rules_only):
    att = _one(rules_only.parse("Thursday's statement from the bank said rates would stay on hold."))
    assert att.source.span.text == "Thursday's statement from the bank"
    assert [s.text for s in att.content] == ["rates would stay on hold"]
