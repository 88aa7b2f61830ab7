"""Constructions of business and financial copy (a wire's business desk, the financial papers, Indian
business dailies): company statements and filings, analysts' notes, central banks and ministries, people
familiar with a deal, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_CARMAKER = (
    "Halvorsen Motors said in a statement on Tuesday that it would cut 2,000 jobs at its plant in Ohio. The carmaker "
    "said the cuts would save about $300 million a year.\n\n"
    "A spokeswoman for the carmaker declined to comment on the talks with the union.\n\n"
    "Shares of Halvorsen fell 6 percent after the company warned that second-quarter profit would miss forecasts."
)


def test_a_carmakers_statement_and_its_nouns(rules_only):
    atts = rules_only.parse(_CARMAKER).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("Halvorsen Motors", "organization", "said in a statement"), ("The carmaker", "organization", "said"),
        ("A spokeswoman for the carmaker", "person", "declined"), ("the company", "organization", "warned")]
    assert [s.text for s in atts[0].content] == ["it would cut 2,000 jobs at its plant in Ohio"]
    assert [s.text for s in atts[3].content] == ["second-quarter profit would miss forecasts"]
    assert atts[1].source.refers_to.span.text == "Halvorsen Motors"
    assert atts[3].source.refers_to.span.text == "Halvorsen Motors"


def test_a_filing_and_what_it_said(rules_only):
    atts = rules_only.parse(
        "Brightwater Energy said in a regulatory filing that it had received a takeover offer. "
        "The filing said the offer valued the company at $4.2 billion.").attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("Brightwater Energy", "organization", "said in a regulatory filing"), ("The filing", "document", "said")]
    assert [s.text for s in atts[1].content] == ["the offer valued the company at $4.2 billion"]


@pytest.mark.parametrize("sentence,source,content", [
    # a bare plural after "told" that ends the sentence is whom it was told to, no content
    ("Profit at the lender rose 9 percent, Chief Executive Sanjay Mehra told analysts on a conference call.",
     "Chief Executive Sanjay Mehra", "Profit at the lender rose 9 percent"),
    ("The plant will close in March, the company told investors in a statement.",
     "the company", "The plant will close in March"),
    ("The dividend is safe, the chairman told shareholders.", "the chairman", "The dividend is safe"),
])
def test_a_bare_plural_told_after_the_words_is_the_hearer(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "told", [content])


@pytest.mark.parametrize("sentence,content", [
    # a plural the clause follows, or told before its "that", is still the hearer and the clause the content
    ("The chief executive told suppliers it would pay them in full.", "it would pay them in full"),
    ("Chief Executive Tim Cook told analysts on a conference call that demand remained strong.",
     "demand remained strong"),
])
def test_a_bare_plural_told_before_the_clause_stays_the_hearer(rules_only, sentence, content):
    assert [s.text for s in _one(rules_only.parse(sentence)).content] == [content]


@pytest.mark.parametrize("sentence,source", [
    # a central bank speaks for the state's money, as a ministry does for its policy
    ("The Reserve Bank of Elmora said on Friday it would keep its key rate unchanged.", "The Reserve Bank of Elmora"),
    ("The European Central Bank said in a statement that it would end its bond purchases.",
     "The European Central Bank"),
    ("The Bank of England said inflation remained too high.", "The Bank of England"),
    ("The Fed said it would hold rates steady.", "The Fed"),
    ("The central bank said inflation would ease.", "The central bank"),
    ("The RBI said it would remain focused on prices.", "The RBI"),
    ("The finance ministry said in a notification that duties would be cut.", "The finance ministry"),
])
def test_a_central_bank_is_government(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("sentence,source,kind", [
    # a lender by its name, and people of a central bank, are no government
    ("Bank of America said its profit rose.", "Bank of America", "organization"),
    ("Harlow Bank said its profit rose.", "Harlow Bank", "organization"),
    ("Goldman Sachs said growth would slow.", "Goldman Sachs", "organization"),
    ("The bank's chief economist said the decision was widely expected.", "The bank's chief economist", "person"),
    ("RBI Governor K. Rao said at a press conference that inflation would ease.", "RBI Governor K. Rao", "person"),
    ("Analysts at Goldman Sachs wrote in a note to clients that the merger would face a long review.",
     "Analysts at Goldman Sachs", "group"),
])
def test_a_lender_and_a_central_banks_people_are_no_government(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


def test_the_central_bank_stands_for_the_one_named_by_another_name(rules_only):
    atts = rules_only.parse(
        "The Reserve Bank of Elmora said on Friday it would keep its key rate unchanged. The central bank said "
        "in its policy statement that inflation was likely to ease.").attributions
    assert atts[1].source.span.text == "The central bank"
    assert atts[1].source.refers_to is not None and atts[1].source.refers_to.span.text == "The Reserve Bank of Elmora"


def test_the_central_bank_stands_for_the_one_that_heads_a_sentence_since(rules_only):
    atts = rules_only.parse(
        "The European Central Bank said in a statement that it would end its bond purchases.\n\n"
        "The Bank of Japan kept its policy unchanged on Tuesday. The central bank said prices were rising.").attributions
    assert [a.source.span.text for a in atts] == ["The European Central Bank", "The central bank"]
    assert atts[1].source.refers_to is not None and atts[1].source.refers_to.span.text == "Bank of Japan"


def test_the_central_bank_stands_for_no_lender(rules_only):
    atts = rules_only.parse("Harlow Bank said its profit rose. The central bank said prices were rising.").attributions
    assert atts[1].source.refers_to is None


@pytest.mark.parametrize("sentence,source", [
    # people with knowledge of a deal, or briefed on it, are left unnamed
    ("Nordstrand Bank is in talks to buy a smaller rival, people with knowledge of the matter said.",
     "people with knowledge of the matter"),
    ("Two people briefed on the talks told Reuters that the deal had stalled.", "Two people briefed on the talks"),
    ("A person with direct knowledge of the plan said the bid would fail.", "A person with direct knowledge of the plan"),
    ("People with knowledge of the plans pushed back, saying the plant would stay open.",
     "People with knowledge of the plans"),
])
def test_people_with_knowledge_of_a_deal_are_anonymous(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "anonymous")


def test_one_named_with_knowledge_of_a_case_is_a_person(rules_only):
    att = _one(rules_only.parse("Ann Lee, a lawyer with knowledge of the case, said the bid would fail."))
    assert (att.source.span.text, att.source.kind) == ("Ann Lee, a lawyer with knowledge of the case", "person")


@pytest.mark.parametrize("text,source", [
    # a business by its trade's word and its noun stands for the one named before
    ("Orkney Foods said sales in Europe had fallen. The food group said margins had improved.", "Orkney Foods"),
    ("Vexa Inc said it would cut jobs. The software company said the cuts were needed.", "Vexa Inc"),
])
def test_a_trades_word_and_a_business_noun_stand_for_the_business(rules_only, text, source):
    later = rules_only.parse(text).attributions[1]
    assert later.source.refers_to is not None and later.source.refers_to.span.text == source


def test_the_parent_company_is_another_body(rules_only):
    later = rules_only.parse("Orkney Foods said sales had fallen. The parent company said margins had improved.").attributions[1]
    assert later.source.refers_to is None


_RESULTS = (
    "Tata Steel said its net profit rose 12 percent in the quarter ended June 30. The company said in an exchange "
    "filing that it would raise 5,000 crore rupees through bonds.\n\n"
    "\u201cDemand from the auto sector has been robust,\u201d Managing Director Rajiv Menon said in a statement.\n\n"
    "Global shipments of steel fell 8 percent in the third quarter, according to data from Refinitiv."
)


def test_an_indian_dailys_results_story(rules_only):
    atts = rules_only.parse(_RESULTS).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("Tata Steel", "organization", "said"), ("The company", "organization", "said in an exchange filing"),
        ("Managing Director Rajiv Menon", "person", "said in a statement"),
        ("data from Refinitiv", "document", "according to")]
    assert atts[1].source.refers_to.span.text == "Tata Steel"
    assert [s.text for s in atts[3].content] == ["Global shipments of steel fell 8 percent in the third quarter"]


def test_an_airlines_warning_and_its_chief_executives_words(rules_only):
    atts = rules_only.parse(
        "Kestrel Airlines warned on Monday that fuel costs would hurt its earnings. The airline said it expected "
        "an operating loss.\n\n\u201cWe are taking decisive action,\u201d Chief Executive Marta Soler said, adding that "
        "the carrier would retire 12 older aircraft.").attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [
        ("Kestrel Airlines", "warned"), ("The airline", "said"), ("Chief Executive Marta Soler", "said"),
        ("Chief Executive Marta Soler", "adding")]
    assert atts[1].source.refers_to.span.text == "Kestrel Airlines"
    assert [s.text for s in atts[3].content] == ["the carrier would retire 12 older aircraft"]


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a body's own document after "its", and a corporate or regulatory medium after "a", join the cue
    ("Norvik Bank said in its quarterly report that bad loans would rise.", "Norvik Bank",
     "said in its quarterly report", "bad loans would rise"),
    ("The regulator said in a circular that lenders must cap their fees.", "The regulator",
     "said in a circular", "lenders must cap their fees"),
    ("Pellam Steel said in a stock-exchange filing that its finance chief had resigned.", "Pellam Steel",
     "said in a stock-exchange filing", "its finance chief had resigned"),
    ("The ministry said in a notification that the duty would rise.", "The ministry",
     "said in a notification", "the duty would rise"),
    # the document set off with whoever signed it, then the "that"
    ("Dorset Gas argued in its letter, signed by Ann Roe, its general counsel, that the audit was wrong.",
     "Dorset Gas", "argued in its letter", "the audit was wrong"),
    # a person's own memo stays out of the cue, as annotators mostly leave it
    ("Lee said in his memo that the plan had failed.", "Lee", "said", "the plan had failed"),
])
def test_the_document_a_company_said_it_in_joins_the_cue(rules_only, sentence, source, cue, content):
    (a,) = rules_only.parse(sentence).attributions
    assert (a.source.span.text, a.cue.text, [s.text for s in a.content]) == (source, cue, [content])


def test_a_circular_manner_is_no_document(rules_only):
    (a,) = rules_only.parse("The minister answered in a circular way, aides said.").attributions
    assert (a.source.span.text, a.cue.text) == ("aides", "said")


@pytest.mark.parametrize("headline,source,kind", [
    # the second report of a title-case headline keeps its subject's kind, not that of the first verb's object
    ("Roe Mocks Board, Says Plan Will Fail", "Roe", "person"),
    ("Board Rebuffs Roe, Says Plan Will Fail", "Board", "organization"),
])
def test_a_title_case_headlines_second_report_keeps_its_subjects_kind(rules_only, headline, source, kind):
    atts = rules_only.parse(headline).attributions
    assert [(a.source.span.text, a.source.kind) for a in atts] == [(source, kind), (source, kind)]
    assert atts[1].cue.text == "Says" and [s.text for s in atts[1].content] == ["Plan Will Fail"]


def test_pleased_to_announce_reports_a_clause_not_a_bare_noun(rules_only):
    assert not rules_only.parse("Vexa Ltd is pleased to announce its results for the year.").attributions
    (a,) = rules_only.parse("Vexa Ltd is pleased to announce that revenue rose 12% to £40m.").attributions
    assert (a.source.span.text, a.cue.text, [s.text for s in a.content]) == (
        "Vexa Ltd", "is pleased to announce", ["revenue rose 12% to £40m"])


def test_an_interview_write_ups_speaker_heading(rules_only):
    atts = rules_only.parse(
        "Ann Roe, who chairs Norvik, spoke to us about the year.\n\n"
        "Roe: \u201cWe will grow in every market.\u201d\n\nShe declined to give a target.").attributions
    assert (atts[0].source.span.text, atts[0].source.refers_to.span.text, atts[0].content[0].text) == (
        "Roe", "Ann Roe", "\u201cWe will grow in every market.\u201d")


@pytest.mark.parametrize("text", [
    "This release contains forward-looking statements. Actual results may differ materially from those projected. "
    "Words such as expects, believes and anticipates identify such statements.",
    "Terms like estimates, predicts, or forecasts identify forward-looking statements.",
])
def test_a_disclaimers_list_of_verbs_reports_nothing(rules_only, text):
    assert not rules_only.parse(text).attributions


@pytest.mark.parametrize("sentence,source,cue", [
    # a list of speakers before the verb still says it, and a comma aside "say" is no list's word
    ("Groups such as unions, churches and charities say the plan will fail.", "unions, churches and charities", "say"),
    ("People like him, say, are rare, Lee said.", "Lee", "said"),
])
def test_a_list_of_speakers_still_reports(rules_only, sentence, source, cue):
    (a,) = rules_only.parse(sentence).attributions
    assert (a.source.span.text, a.cue.text) == (source, cue)


@pytest.mark.parametrize("sentence,source,kind,cue", [
    # a British trading update, a stock market announcement, an earnings release join the cue too
    ("The group said in a trading update that sales had slowed.", "The group", "organization", "said in a trading update"),
    ("Harlow Bank said in a stock market announcement that its chairman would retire.", "Harlow Bank", "organization",
     "said in a stock market announcement"),
    ("The carmaker said in its earnings release that demand was weak.", "The carmaker", "organization",
     "said in its earnings release"),
    # an oil or drug firm by the word that ends its name
    ("Marlow Oil said on Tuesday that output would fall.", "Marlow Oil", "organization", "said"),
    ("Kestrel Therapeutics said the trial had failed.", "Kestrel Therapeutics", "organization", "said"),
    # (a person's surname that is no firm's end stays a person's)
    ("Michael Steel said the vote would pass.", "Michael Steel", "person", "said"),
])
def test_a_business_desks_media_and_firms(rules_only, sentence, source, kind, cue):
    (a,) = rules_only.parse(sentence).attributions
    assert (a.source.span.text, a.source.kind, a.cue.text) == (source, kind, cue)


@pytest.mark.parametrize("sentence,source", [
    # a body's noun after a place's possessive and a superlative heads the subject of a participle's report
    ("Britain's biggest mortgage lender cut its rates on Tuesday, saying competition had intensified.",
     "Britain's biggest mortgage lender"),
    ("Elmora's largest carmaker raised prices on Monday, saying steel costs had risen.", "Elmora's largest carmaker"),
    ("Japan's second-largest insurer cut its forecast, citing losses from the storms.", "Japan's second-largest insurer"),
    ("Europe's top drugmaker dropped the trial on Friday, saying the results were weak.", "Europe's top drugmaker"),
])
def test_a_place_possessive_before_a_body_noun(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "organization")


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a firm by the trade it plies, after its home or its nation, or before its name
    ("The Seattle-based shipper said it had lost $84 million in the quarter.", "The Seattle-based shipper", "said",
     "it had lost $84 million in the quarter"),
    ("Danish shipper Nordhavn warned that freight rates would stay low.", "Danish shipper Nordhavn", "warned",
     "freight rates would stay low"),
    ("The parts supplier said deliveries would resume in May.", "The parts supplier", "said", "deliveries would resume in May"),
    ("Food wholesaler Harcombe said prices had risen.", "Food wholesaler Harcombe", "said", "prices had risen"),
    ("The film distributor said the release would be delayed.", "The film distributor", "said",
     "the release would be delayed"),
])
def test_a_firm_named_by_its_trade_is_an_organization(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "organization", cue, [content])


@pytest.mark.parametrize("sentence", [
    # a verb of getting, winning or holding after one of going on or trying is a deed, no report
    "Shareholders continued to receive dividends throughout the slump.",
    "The founder went on to win a seat on the board in 2019.",
    "The chain tried to reach new customers in the suburbs.",
    "She went on to build a career in banking.",
    "The insurer continued to earn a profit on its motor policies.",
])
def test_going_on_to_an_outcome_is_no_report(rules_only, sentence):
    assert list(rules_only.parse(sentence).attributions) == []


@pytest.mark.parametrize("sentence,source,cue,content", [
    # (the near-miss: a verb of saying or of stance after one of going on is the report's head)
    ("The chief executive went on to question the regulator's figures.", "The chief executive", "went on to question",
     "the regulator's figures"),
    ("Analysts continued to doubt the company's forecast.", "Analysts", "continued to doubt", "the company's forecast"),
])
def test_going_on_to_a_verb_of_saying_is_still_a_report(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])



@pytest.mark.parametrize("sentence,source,cue,content", [
    # a past and "his" or "her" after a reported clause whose subject is a thing: the speaker's own act
    ("He wrote in a note to clients that the plan was \"the right call,\" and kept his rating on the stock.", "He",
     "wrote in a note to clients", "the plan was \"the right call,\""),
    ("Lee said the deal was fair and raised her price target.", "Lee", "said", "the deal was fair"),
    ("The analyst said the merger was overdue and kept his forecast.", "The analyst", "said", "the merger was overdue"),
    # (the near-miss: after a person's noun, "his" may be that person's, and the clause goes on)
    ("Lee said the manager was fair and kept his word.", "Lee", "said", "the manager was fair and kept his word"),
])
def test_a_past_and_his_after_a_things_clause_is_the_speakers(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize(("sentence", "source", "kind"), [
    # a trade's noun after "the" or a place's possessive makes the name before it a business
    ("Marlow, the grocer, said like-for-like sales rose 3%.", "Marlow, the grocer", "organization"),
    ("Peel Harbour, the broker, said the shares looked cheap.", "Peel Harbour, the broker", "organization"),
    ("Vantor, Britain's biggest housebuilder, said completions fell.", "Vantor, Britain's biggest housebuilder", "organization"),
    # a person's name, a surname alone before a noun a person plies, or one of many stays a person
    ("Ann Lee, the broker, said the shares looked cheap.", "Ann Lee, the broker", "person"),
    ("Roe, the miner, said the pit would close.", "Roe, the miner", "person"),
    ("Jed Crowe, a Texas property developer, said the plan would fail.", "Jed Crowe, a Texas property developer", "person"),
])
def test_a_name_before_a_trades_noun_in_apposition(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)
