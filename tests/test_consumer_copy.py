"""Constructions of consumer and personal-finance copy (watchdogs, regulators and ombudsmen,
charities, banks and retailers, shoppers and savers) in wire, UK and Indian styles, on
sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_PRICE_RISES = (
    "Broadband firms accused of hiding price rises\n\n"
    "Customers are paying up to £90 a year more than they expected, the consumer group Which? has found.\n\n"
    "“People sign up in good faith and are then hit with rises,” said Nina Hale, the group's policy director.\n\n"
    "“It is time the regulator stepped in.”\n\n"
    "Ofcom said in a statement that it was reviewing the rules.\n\n"
    "A spokesperson for the provider said it had always been clear about its prices.\n\n"
    "Shoppers told the BBC they felt misled."
)


def test_a_watchdog_story(rules_only):
    atts = rules_only.parse(_PRICE_RISES).attributions
    by_cue = {a.cue.text: a for a in atts}
    found = by_cue["has found"]
    assert (found.source.span.text, found.source.kind) == ("the consumer group Which?", "organization")
    # the quotation in the next paragraph, with no cue of its own, goes on with the director's
    director = next(a for a in atts if a.source is not None and a.source.span.text.startswith("Nina Hale"))
    assert [s.text for s in director.content][-1] == "“It is time the regulator stepped in.”"
    statement = by_cue["said in a statement"]
    assert (statement.source.span.text, statement.source.kind) == ("Ofcom", "government")
    told = by_cue["told"]
    assert told.source.span.text == "Shoppers" and [v.span.text for v in told.via] == ["the BBC"]


@pytest.mark.parametrize("text", [
    # a headline's participle of telling or bidding, with no object after it, is a passive that
    # drops its "is": the subject was warned or told, and speaks no words of its own
    "Airline told to pay refunds after flights cancelled\n\nThe regulator said it had acted.",
    "Bank ordered to refund customer after scam\n\nThe regulator said it had acted.",
    "Parents urged not to buy second-hand car seats\n\nThe regulator said it had acted.",
    "Savers advised to switch accounts as rates fall\n\nThe regulator said it had acted.",
])
def test_a_headlines_passive_of_bidding_is_no_report_of_its_subject(rules_only, text):
    atts = rules_only.parse(text).attributions
    assert [(a.source.span.text if a.source else None, a.cue.text) for a in atts] == [("The regulator", "said")]


def test_a_headlines_passive_warning_has_no_source(rules_only):
    atts = rules_only.parse("Shoppers warned over fake Black Friday discounts\n\nThe regulator said it had acted.").attributions
    warned = next(a for a in atts if a.cue.text.startswith("warned"))
    assert warned.source is None


@pytest.mark.parametrize("text,source,cue", [
    # the near misses: a headline's present reports, and a participle with its object is active
    ("Charity warns shoppers over fake discounts\n\nPrices rose.", "Charity", "warns"),
    # ... and a body's sentence is no headline
    ("Prices rise\n\nThe watchdog warned of fake discounts on Monday.", "The watchdog", "warned of"),
])
def test_a_headlines_present_and_a_body_keep_their_speakers(rules_only, text, source, cue):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == (source, cue)


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a ruling that trails what was ruled, after a comma: its subject and any perfect's auxiliary
    ("A bank must refund a customer who lost £40,000 to a scam, the Financial Ombudsman Service has ruled.",
     "the Financial Ombudsman Service", "has ruled", "A bank must refund a customer who lost £40,000 to a scam"),
    ("The fee was unfair, the Court of Appeal ruled on Monday.", "the Court of Appeal", "ruled", "The fee was unfair"),
    ("The insurer must pay the claim, she ruled.", "she", "ruled", "The insurer must pay the claim"),
])
def test_a_ruling_after_what_it_found(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence", [
    # a reign after a fronted phrase that is no clause: nothing was ruled
    "In 1520, the king ruled.",
    "For forty years, the old queen ruled.",
])
def test_a_reign_after_a_comma_is_no_ruling(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,source", [
    # a paper's noun after the comma may name its maker after "from" or "by"
    ("The average savings rate has fallen to 3.1 per cent, data from Moneyfacts shows.", "data from Moneyfacts"),
    ("Inflation fell to 2.3 per cent in April, figures from the Office for National Statistics show.",
     "figures from the Office for National Statistics"),
    ("Most shoppers overpay for insurance, research by Acme found.", "research by Acme"),
    # as one that names none
    ("The average savings rate has fallen, the data shows.", "the data"),
])
def test_a_paper_and_its_maker_after_the_comma(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "document")
    assert att.content[0].text == sentence.split(",")[0]


@pytest.mark.parametrize("sentence,source", [
    # a name a question or exclamation mark ends is no pronoun nor a question's end inside a mention
    ("“Loyalty rarely pays,” said Nina Hale, Which? director of policy.", "Nina Hale, Which? director of policy"),
    ("“Loyalty rarely pays,” said Nina Hale, a money editor at Which?.", "Nina Hale, a money editor at Which?"),
    ("“Loyalty rarely pays,” said Nina Hale, Yahoo! editor of personal finance.",
     "Nina Hale, Yahoo! editor of personal finance"),
    # the near miss: a relative pronoun after the comma still ends the mention's appositive
    ("“Loyalty rarely pays,” said Nina Hale, which surprised no one.", "Nina Hale"),
])
def test_a_name_its_mark_ends_inside_an_inverted_mention(rules_only, sentence, source):
    att = rules_only.parse(sentence).attributions[0]
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,source", [
    # a "?" that ends a known name does not end the sentence before the words the name goes on with
    ("Which? Money said energy bills would rise again in April.", "Which? Money"),
    ("Which? said the broadband fees were unfair.", "Which?"),
])
def test_a_name_its_question_mark_ends_opens_the_sentence(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,source", [
    # near misses: a question that is no name ends its sentence
    ("Why? Money said it all, Lee argued.", "Lee"),
    ("Which? The cheaper one, Lee said.", "Lee"),
])
def test_a_question_before_a_capital_still_ends_its_sentence(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,source", [
    # a name's mark is glued to a word in capitals: an outlet's word in small letters before "!"
    # is the end of an exclamation, and the sentence after it has its own subject
    ("Do it now! News outlets said the plan had failed.", "News outlets"),
    ("Stop right now! News crews said the road was shut.", "News crews"),
    ("Say hello! Magazine editors said the issue sold out.", "Magazine editors"),
])
def test_an_outlets_word_in_small_letters_before_a_mark_ends_its_sentence(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source


@pytest.mark.parametrize("phrase,is_name", [
    # the one reader of a name's mark: a word in capitals glued to "?" or "!", no word or stop into it
    ("Which? Money", True),
    ("the Yahoo! Finance team", True),
    ("E! News", True),
    ("why? Money", False),
    ("U.S.! News", False),
    ("Which ? Money", False),
    ("Mid-Which? Money", False),
])
def test_a_names_mark_is_glued_to_a_word_in_capitals(phrase, is_name):
    from attribution.tokens import marked_name

    mark = next(i for i, c in enumerate(phrase) if c in "?!")
    assert (marked_name(phrase, mark) is not None) == is_name


@pytest.mark.parametrize("text,source,content", [
    # a named day before a headline's colon is its topic, no speaker
    ("Black Friday: shoppers advised to compare prices\n\nShoppers were told to look around.", None, None),
    # near miss: a given name before the day is a person's name
    ("Joe Friday: I never take bribes\n\nThe detective spoke on Monday.", "Joe Friday", "I never take bribes"),
    # a headline's "says no to" takes a noun phrase, which ends before the "as" clause beside it
    ("Regulator Says No To Merger As Rivals Circle\n\nThe regulator spoke.", "Regulator", "No To Merger"),
    # near miss: a clause after "says" may go on with its "as" clause
    ("Lee says prices will rise as demand grows\n\nLee spoke.", "Lee", "prices will rise as demand grows"),
])
def test_headline_labels_and_as_clauses(rules_only, text, source, content):
    atts = [a for a in rules_only.parse(text).attributions if a.cue.spans[0].start < text.index("\n")]
    if source is None:
        assert not atts
    else:
        assert [(a.source.span.text, a.content[0].text) for a in atts] == [(source, content)]
