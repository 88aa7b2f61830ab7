"""Constructions of Southeast Asian and Pacific English-language copy (Singapore's, Malaysia's,
the Philippines', Indonesia's, Thailand's, Vietnam's, Cambodia's and Fiji's papers and
agencies): the weekday's date in brackets, the Philippine press's titles with a full stop, a
nickname in quotation marks inside a name, bodies by initials that write "of" in capitals,
ministries and central banks by their names, the region's outlets and seats of government, on
sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("text,source,content", [
    # the date a weekday stands for, in brackets after it, goes with the day: after the cue, after
    # the subject, before or after the content
    ("The ferry will resume next month, Transport Minister Lim Boon Heng said on Tuesday (May 7).",
     "Transport Minister Lim Boon Heng", "The ferry will resume next month"),
    ("The ministry said on Tuesday (May 7) that the ferry would resume next month.",
     "The ministry", "the ferry would resume next month"),
    ("The board said in a statement on Thursday (Jun 6) that the ferry would resume next month.",
     "The board", "the ferry would resume next month"),
    ("Mr Lim on Tuesday (May 7) said the ferry would resume next month.",
     "Mr Lim", "the ferry would resume next month"),
    ("Mr Lim told reporters on Friday night (7 June) that the ferry would resume next month.",
     "Mr Lim", "the ferry would resume next month"),
    ("The ferry will resume next month, Mr Lim said in a Facebook post on Sunday (Sep 8).",
     "Mr Lim", "The ferry will resume next month"),
])
def test_a_weekdays_date_in_brackets_goes_with_the_day(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


@pytest.mark.parametrize("text,source", [
    # near miss: an aside in brackets after a name is still the name's, no date
    ("Mr Lim (the minister) said the ferry would resume next month.", "Mr Lim (the minister)"),
])
def test_a_bracket_that_is_no_date_stays_with_the_name(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert att.source.span.text == source


@pytest.mark.parametrize("text,source", [
    # the Philippine press's secretaries and under-secretaries with a full stop open no sentence
    ("Interior Sec. Ramon Cruz said the police should respect the rights of suspects.", "Interior Sec. Ramon Cruz"),
    ("Health Usec. Marisol Reyes said most of the cases were in the north.", "Health Usec. Marisol Reyes"),
    ("Palace Press Officer Usec. Lina Santos said the President would attend.", "Palace Press Officer Usec. Lina Santos"),
    ("DOH Asec. Paolo Tan said the vaccines had arrived.", "DOH Asec. Paolo Tan"),
])
def test_a_philippine_secretarys_title_with_a_full_stop(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "person")


def test_a_commission_in_capitals_with_a_full_stop_still_ends_a_sentence(rules_only):
    # near miss: "SEC." in capitals is the commission, which may end a sentence
    doc = rules_only.parse("The firm filed its accounts with the SEC. Lee said they were late.")
    assert [(a.source.span.text, [s.text for s in a.content]) for a in doc.attributions if a.cue.text == "said"] == [
        ("Lee", ["they were late"])]


@pytest.mark.parametrize("text,source", [
    # a nickname in quotation marks between a given name and a surname is inside the name
    ('President Joko "Jokowi" Widodo said the new capital would be built.', 'President Joko "Jokowi" Widodo'),
    ("Former president Rodrigo “Rody” Duterte said the campaign had worked.", "Former president Rodrigo “Rody” Duterte"),
    ('Fisherman Juan "Bong" Santos said the catch had fallen.', 'Fisherman Juan "Bong" Santos'),
    ('The fans of Joko "Jokowi" Widodo said the new capital would be built.', 'The fans of Joko "Jokowi" Widodo'),
])
def test_a_nickname_in_quotation_marks_is_inside_the_name(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert att.source.span.text == source


def test_the_nickname_alone_stands_for_the_full_name(rules_only):
    doc = rules_only.parse('President Joko "Jokowi" Widodo said the capital would be built. '
                           '"The work will go on," Jokowi told reporters.')
    quote = doc.attributions[-1]
    assert (quote.source.span.text, quote.source.refers_to.span.text) == ("Jokowi", 'President Joko "Jokowi" Widodo')


@pytest.mark.parametrize("text,initials,name", [
    # initials that write the "of" of a body's name in capitals stand for the name given before
    ("The Ministry of Health (MOH) will widen the programme, Mr Lim said. MOH said in a statement that "
     "parents can book online.", "MOH", "Ministry of Health"),
    ("The Department of Health (DOH) recorded 900 cases, Ms Reyes said. DOH said the cases had fallen.",
     "DOH", "Department of Health"),
])
def test_initials_with_a_capital_of_stand_for_the_state_body(rules_only, text, initials, name):
    att = rules_only.parse(text).attributions[-1]
    assert (att.source.span.text, att.source.kind, att.source.refers_to.span.text) == (initials, "government", name)


@pytest.mark.parametrize("text,source", [
    # a ministry by its name, with no article, is the state's
    ("Ministry of Health said the clinics would open on Monday.", "Ministry of Health"),
    ("Health Ministry said the clinics would open on Monday.", "Health Ministry"),
    ("Ministry of Industry and Trade said power firms would cut use.", "Ministry of Industry and Trade"),
    # central banks of the region by their names, and with their initials after them
    ("Bank Indonesia said it would keep its rate unchanged.", "Bank Indonesia"),
    ("Bank Negara Malaysia said it would keep its rate unchanged.", "Bank Negara Malaysia"),
    ("The Bank of Thailand (BOT) said it would keep its rate unchanged.", "The Bank of Thailand (BOT)"),
    ("The State Bank of Vietnam said credit growth had slowed.", "The State Bank of Vietnam"),
    ("Bangko Sentral ng Pilipinas said it would keep its rate unchanged.", "Bangko Sentral ng Pilipinas"),
    # states' agencies by their initials
    ("KPK said it had named a regional head as a suspect.", "KPK"),
    ("The PNP said it had arrested 15 suspects.", "The PNP"),
    ("MACC said it had frozen the accounts.", "MACC"),
    # seats of government for the government
    ("Malacañang said the President would not attend the summit.", "Malacañang"),
    ("The Istana said the President had signed the bill.", "The Istana"),
    ("Wisma Putra said the envoy had been summoned.", "Wisma Putra"),
])
def test_the_regions_state_bodies_are_government(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "government")


def test_a_commercial_banks_name_stays_a_body(rules_only):
    # near miss: India's State Bank is a lender, no central bank
    att = _one(rules_only.parse("The State Bank of India said its profit had risen."))
    assert att.source.kind == "organization"


@pytest.mark.parametrize("text,source", [
    # the region's outlets by their names
    ("Rappler reported that the decision was made on Monday night.", "Rappler"),
    ("VnExpress reported that the shortages had eased.", "VnExpress"),
    ("Malaysiakini reported that the minister had resigned.", "Malaysiakini"),
    ("Philstar reported that the bridge had reopened.", "Philstar"),
    # Singapore's broadcaster by its initials, in an outlet's frame
    ("CNA understands that the works were planned months ago.", "CNA"),
])
def test_the_regions_outlets(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind) == (source, "outlet")


def test_told_cna_goes_by_way_of_the_outlet(rules_only):
    att = _one(rules_only.parse('"It is fine," Mr Tan told CNA.'))
    assert (att.source.span.text, [v.span.text for v in att.via]) == ("Mr Tan", ["CNA"])


@pytest.mark.parametrize("text,source,cue", [
    # constructions of the region's copy that parse as they should
    ("Prime Minister Datuk Seri Amran Yusof said the subsidy would remain in place.",
     "Prime Minister Datuk Seri Amran Yusof", "said"),
    ("Former minister Tan Sri Hamid Osman claimed that the government had failed to explain its plans.",
     "Former minister Tan Sri Hamid Osman", "claimed"),
    ("Nur Aina binti Rahman, a trader in Kuching, said the lorries had damaged the roads.",
     "Nur Aina binti Rahman, a trader in Kuching", "said"),
    ("PNP chief Gen. Ramon Dela Cruz said the raids were part of the campaign.",
     "PNP chief Gen. Ramon Dela Cruz", "said"),
    ("Pol Gen Somchai Wongsa, the national police chief, said three men had been arrested.",
     "Pol Gen Somchai Wongsa, the national police chief", "said"),
    ("Khun Somsak, a vendor at the market, said business had been slow.", "Khun Somsak, a vendor at the market", "said"),
])
def test_the_regions_titles_and_names(rules_only, text, source, cue):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, "person", cue)


def test_quoted_as_saying_by_bernama(rules_only):
    att = _one(rules_only.parse('"We have found where the subsidy leaks," he was quoted as saying by Bernama.'))
    assert (att.cue.text, [v.span.text for v in att.via]) == ("quoted as saying", ["Bernama"])


@pytest.mark.parametrize("text,source", [
    # after an inverted cue, the day and its date are the cue's, no part of the mention
    ('"We are ready," said Mr Lim on Tuesday (May 7).', "Mr Lim"),
    ('"We are ready," said Health Minister Lim Boon Heng on Thursday (Jun 6), adding that parents could book online.',
     "Health Minister Lim Boon Heng"),
])
def test_a_weekdays_date_after_an_inverted_cues_speaker(rules_only, text, source):
    att = rules_only.parse(text).attributions[0]
    assert (att.source.span.text, [s.text for s in att.content]) == (source, ['"We are ready,"'])


def test_told_reporters_on_the_sidelines_with_the_days_date(rules_only):
    att = _one(rules_only.parse('"We have consulted everyone," he told reporters on the sidelines of the Labour Day '
                                'celebration here on Wednesday (May 1).'))
    assert (att.source.span.text, [s.text for s in att.content]) == ("he", ['"We have consulted everyone,"'])
