"""Constructions of copy whose sources are documents, leaks and books (memoirs, leaked memos,
emails obtained by a paper, court filings, indictments, commissioned reports, minutes, letters
signed by many, dossiers, chargesheets) in wire, UK and Indian styles, on sentences written for
these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_MEMOIR = (
    "Former aide's memoir says minister ignored flood warnings\n\n"
    "In her memoir, Ann Lee writes that the minister was warned about the dam three times.\n\n"
    "The book, published on Tuesday, claims that officials kept the warnings from the cabinet.\n\n"
    "\"I told him the wall would not hold,\" Lee writes in the book. \"He laughed and changed the subject.\"\n\n"
    "According to the memoir, the minister shouted at engineers who raised the alarm.\n\n"
    "The memoir alleges that at least two senior civil servants resigned in protest."
)


def test_a_memoir_story(rules_only):
    atts = rules_only.parse(_MEMOIR).attributions
    by_source = {a.source.span.text: a for a in atts}
    assert by_source["Former aide's memoir"].source.kind == "document"
    writes = by_source["Ann Lee"]
    assert (writes.cue.spans[0].text, writes.content[0].text) == (
        "writes", "the minister was warned about the dam three times")
    book = by_source["The book, published on Tuesday"]
    assert (book.source.kind, book.cue.spans[0].text) == ("document", "claims")
    # the split quotation from the book is the writer's, one quote across the cue
    quote = next(a for a in atts if a.mode == "direct")
    assert quote.source.span.text == "Lee" and quote.source.refers_to.span.text == "Ann Lee"
    assert len(quote.content) == 2
    assert by_source["the memoir"].cue.spans[0].text == "According to"
    assert by_source["The memoir"].source.kind == "document"


_LEAK = (
    "A leaked memo seen by the Guardian says the health ministry planned to close six hospitals.\n\n"
    "The memo, dated 12 May, states that savings of £40m were needed by the end of the year.\n\n"
    "It warns that waiting times would rise \"significantly\" if the closures went ahead.\n\n"
    "Emails obtained by The Times show that officials discussed the plan with a private contractor.\n\n"
    "A draft of the plan, a copy of which was reviewed by Reuters, proposes merging three trusts."
)


def test_a_leak_story(rules_only):
    atts = rules_only.parse(_LEAK).attributions
    by_cue = {a.cue.spans[0].text: a for a in atts}
    says = by_cue["says"]
    assert (says.source.span.text, says.source.kind) == ("A leaked memo seen by the Guardian", "document")
    assert [v.span.text for v in says.via] == ["the Guardian"]
    assert by_cue["states"].source.span.text == "The memo, dated 12 May"
    warns = by_cue["warns"]
    assert warns.source.span.text == "It" and warns.source.refers_to.span.text == "The memo, dated 12 May"
    assert [v.span.text for v in by_cue["show"].via] == ["The Times"]
    proposes = by_cue["proposes"]
    assert [v.span.text for v in proposes.via] == ["Reuters"]
    assert proposes.content[0].text == "merging three trusts"


_FILING = (
    "Court documents reveal that the businessman moved $12 million to accounts in Cyprus.\n\n"
    "The filing alleges that Mark Dunn hid the money from his creditors for six years.\n\n"
    "According to the indictment, Dunn used three shell companies to move the funds.\n\n"
    "The complaint, filed in federal court in Manhattan on Monday, says Dunn lied to auditors.\n\n"
    "Court papers show that Dunn's wife was also questioned by investigators."
)


def test_a_court_filing_story(rules_only):
    atts = rules_only.parse(_FILING).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.spans[0].text) for a in atts] == [
        ("Court documents", "document", "reveal"),
        ("The filing", "document", "alleges"),
        ("the indictment", "document", "According to"),
        ("The complaint, filed in federal court in Manhattan on Monday", "document", "says"),
        ("Court papers", "document", "show"),
    ]


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a report commissioned by a body, and its findings, are documents
    ("The report, commissioned by the council, found that inspectors missed failings at four homes.",
     "The report, commissioned by the council", "found", "inspectors missed failings at four homes"),
    ("The letter, signed by 40 MPs, warns that the sale would put national security at risk.",
     "The letter, signed by 40 MPs", "warns", "the sale would put national security at risk"),
    ("The dossier, compiled by a former intelligence officer, also claims that two directors met officials.",
     "The dossier, compiled by a former intelligence officer", "also claims", "two directors met officials"),
    ("The FIR, registered in 2018, alleges that the licences were issued without tenders.",
     "The FIR, registered in 2018", "alleges", "the licences were issued without tenders"),
    ("The chargesheet states that the minister received Rs 5 crore in bribes.",
     "The chargesheet", "states", "the minister received Rs 5 crore in bribes"),
    ("A CAG report tabled in Parliament last year found irregularities in the allocation.",
     "A CAG report tabled in Parliament last year", "found", "irregularities in the allocation"),
    # a diplomatic cable, a manuscript, an autobiography are texts too (not "ledger" nor "telegram",
    # names of papers and of an app as often)
    ("The cable, released by the archive in 2011, said that the force was riddled with corruption.",
     "The cable, released by the archive in 2011", "said", "the force was riddled with corruption"),
    ("His autobiography claims that he never lost a race.", "His autobiography", "claims", "he never lost a race"),
    ("The manuscript shows that the poet revised the ending.", "The manuscript", "shows", "the poet revised the ending"),
])
def test_a_document_is_the_source(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.spans[0].text, att.content[0].text) == (
        source, "document", cue, content)


def test_a_cable_channel_is_still_no_document(rules_only):
    # near miss: "cable" before a noun of people or outlets modifies it
    att = _one(rules_only.parse("Cable news anchors said the race was close."))
    assert att.source.kind != "document"


@pytest.mark.parametrize("sentence,source,via", [
    # the paper that saw, got or accessed a text relays it, in the mention or in a comma-set clause
    ("Documents accessed by The Hindu show that the file was cleared in a single day.",
     "Documents accessed by The Hindu", ["The Hindu"]),
    ("Excerpts of the memoir, which were obtained by the Washington Post, describe a chaotic meeting.",
     "Excerpts of the memoir", ["the Washington Post"]),
    ("An internal email, a copy of which has been seen by the BBC, shows that lawyers warned the board.",
     "An internal email, a copy of which has been seen by the BBC", ["the BBC"]),
    # near miss: a clause that says the text went to the paper tells no reading
    ("The memo, which was leaked to the Guardian, says six hospitals will close.", "The memo", []),
])
def test_the_outlet_that_read_the_document(rules_only, sentence, source, via):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source and [v.span.text for v in att.via] == via


_SPLIT_ENTRY = (
    "In one entry, dated 3 June 1982, Ashby writes: \"He asked me whether we were doing the right thing.\"\n\n"
    "The entry continues: \"I told him I did not know.\n\n"
    "\"Nobody knew.\""
)


def test_a_diary_quotation_carried_over_paragraphs(rules_only):
    atts = rules_only.parse(_SPLIT_ENTRY).attributions
    entry = atts[-1]
    assert (entry.source.span.text, entry.source.kind, entry.cue.spans[0].text) == ("The entry", "document", "continues")
    assert entry.content[-1].text == "\"Nobody knew.\""


@pytest.mark.parametrize("sentence,source,cue", [
    # an outlet's "according to" after a quotation from the report holds the quote and its speaker
    ("\"Nobody listened to us,\" one victim told the inquiry, according to the report.", "the report", "according to"),
    ("\"This guy is making it up,\" one agent wrote in a message.", "one agent", "wrote"),
])
def test_quotations_from_and_inside_a_report(rules_only, sentence, source, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text) == (source, cue)


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a text sets down or recommends: the forms of "record" and "protest" before "that" report
    ("The minutes recorded that two members of the panel had abstained.",
     "The minutes", "recorded", "two members of the panel had abstained"),
    ("The tenants' letter protested that the rent had doubled in a year.",
     "The tenants' letter", "protested", "the rent had doubled in a year"),
    # "record" after a text's plural, "records" after a determiner's singular text
    ("Minutes of the planning committee record that the chair left before the vote.",
     "Minutes of the planning committee", "record", "the chair left before the vote"),
    ("The documents record that the loan was repaid in 2004.", "The documents", "record", "the loan was repaid in 2004"),
    ("Her diary records that the captain was drunk on the night.",
     "Her diary", "records", "the captain was drunk on the night"),
    # a present in "-s" of a verb of saying the tables never weighed, with a noun phrase as content
    ("The audit predicts a shortfall of four million pounds.", "The audit", "predicts", "a shortfall of four million pounds"),
    ("The review recommends a cap on agency fees.", "The review", "recommends", "a cap on agency fees"),
])
def test_a_document_that_records_or_predicts(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.spans[0].text, att.content[0].text) == (
        source, "document", cue, content)


@pytest.mark.parametrize("sentence", [
    # near misses: the noun before a relative "that", a recording made, an adviser's job
    "The protests that followed the vote were peaceful.",
    "Farmers staged protests that blocked the ring road.",
    "The choir recorded that hymn in 1990.",
    "She has a track record that few of her rivals can match.",
    "Medical records that the family obtained show two earlier visits.",
    "Some paper records that the auditors flagged were never found.",
    "The band records that album in a barn every summer.",
    "Tom Hale, who advises Mayor Lee, left early.",
])
def test_records_protests_and_advisers_that_report_nothing(rules_only, sentence):
    assert not rules_only.parse(sentence).attributions


@pytest.mark.parametrize("sentence,source", [
    # a meeting or hearing named with a noun before it ends the document's "of" phrase: "-ing" is no verb there
    ("Minutes of the board meeting show that the treasurer resigned in March.", "Minutes of the board meeting"),
    ("A summary of the council hearing says that no objections were lodged.", "A summary of the council hearing"),
    ("The transcript of the press briefing shows that the minister declined to answer.",
     "The transcript of the press briefing"),
    ("Notes of the big meeting state that the vote was postponed.", "Notes of the big meeting"),
])
def test_a_document_of_a_named_meeting(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "document")


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a request for records, by whoever made it, is the text that finds: its noun after an article is
    # no verb, a name in capitals may stand before it, and the maker after "by"
    ("A Freedom of Information request by the Herald revealed the trust had spent £1m on agency nurses.",
     "A Freedom of Information request by the Herald", "revealed", "the trust had spent £1m on agency nurses"),
    ("A records request by the Associated Press showed the agency had lost the files.",
     "A records request by the Associated Press", "showed", "the agency had lost the files"),
    ("A request by the Gazette found that the school had closed two wings.",
     "A request by the Gazette", "found", "the school had closed two wings"),
    ("An FOI request by Ann Lee revealed the council paid £30,000 for the report.",
     "An FOI request by Ann Lee", "revealed", "the council paid £30,000 for the report"),
    ("An FOI request found the force had paid out £3m in compensation.",
     "An FOI request", "found", "the force had paid out £3m in compensation"),
    # records got through a request are documents, not the people the request's capitals look like
    ("Data obtained through a Freedom of Information request shows the number of cases rose.",
     "Data obtained through a Freedom of Information request", "shows", "the number of cases rose"),
    ("Records obtained through a records request show the police had been warned.",
     "Records obtained through a records request", "show", "the police had been warned"),
])
def test_a_request_for_records_is_the_source(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.spans[0].text, att.content[0].text) == (
        source, "document", cue, content)


@pytest.mark.parametrize("sentence,source,via", [
    # the outlet that got the text, and the law or request it got it under, after the participle
    ("Figures obtained by the BBC under the Freedom of Information Act show the council spent £4m on taxis.",
     "Figures obtained by the BBC under the Freedom of Information Act", ["the BBC"]),
    ("Data obtained by the Times through a Freedom of Information request shows waiting lists grew.",
     "Data obtained by the Times through a Freedom of Information request", ["the Times"]),
    ("Emails obtained by the Gazette under public records laws show the mayor knew of the leak.",
     "Emails obtained by the Gazette under public records laws", ["the Gazette"]),
    # near miss: a body that got the text is no outlet that relays it
    ("Documents obtained by the council under the Freedom of Information Act show the depot flooded twice.",
     "Documents obtained by the council under the Freedom of Information Act", []),
])
def test_the_outlet_and_the_law_it_read_the_document_under(rules_only, sentence, source, via):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "document")
    assert [v.span.text for v in att.via] == via


@pytest.mark.parametrize("sentence,kind", [
    # a name in capitals that holds "of" before a text's noun leaves the text the head
    ("A Court of Appeal ruling in March found the sentence was unduly lenient.", "document"),
    ("The Office for National Statistics figures for May show that prices rose.", "document"),
    ("A Freedom of Information request by the Herald revealed the trust had spent £1m.", "document"),
    # near misses: the name's body, or people after the name, are no text
    ("The Bank of England said rates would stay on hold.", "government"),
    ("A Bank of England official said rates would stay on hold.", "anonymous"),
    ("Court of Appeal judges said the sentence was unduly lenient.", "group"),
])
def test_a_text_after_a_name_with_of(rules_only, sentence, kind):
    assert _one(rules_only.parse(sentence)).source.kind == kind


@pytest.mark.parametrize("sentence,source", [
    # a notice put out to warn speaks as a text does, a bulletin's or a memo's kind
    ("The alert said the reservoir would overflow by noon.", "The alert"),
    ("An alert from the coastguard warned that the tide would rise.", "An alert from the coastguard"),
    ("The warning said drivers should stay off the pass.", "The warning"),
    ("A warning issued by the agency said the ash cloud was spreading.", "A warning issued by the agency"),
    # a time on "over" between a text's participle and its agent is the participle's: the text heads
    ("A report issued over the summer by the council noted that rents rose.",
     "A report issued over the summer by the council"),
    ("A survey carried over the winter by the union found that pay lagged.",
     "A survey carried over the winter by the union"),
])
def test_an_alert_and_a_text_issued_over_a_season_are_documents(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "document")


@pytest.mark.parametrize("sentence,source,kind", [
    # near misses: a word of warning before the noun that heads the mention, or inside a name
    ("Storm warning coordinator Ann Lowry said the sirens had failed.", "Storm warning coordinator Ann Lowry", "person"),
    ("The warning system's designer said the sirens had failed.", "The warning system's designer", "person"),
    ("Alert Ventures founder Ann Lowry said the fund was closed.", "Alert Ventures founder Ann Lowry", "person"),
])
def test_a_word_of_warning_inside_another_mention_keeps_its_kind(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize(("sentence", "found"), [
    # a title in capitals in quotation marks right after the work that bears it names the work,
    # not words of the report: the report is what comes before the cue
    ("The board met on Monday. The ferry was a mistake, Ann Lee said in her 2012 book, “A Life Abroad.”",
     [("Ann Lee", "said", ["The ferry was a mistake"])]),
    ("The board met on Monday. The harbour failed, she wrote in her memoir, “Years of Rain.”",
     [("she", "wrote", ["The harbour failed"])]),
    ("The board met on Monday. “The ferry was a mistake,” Ann Lee said in her 2012 book, “A Life Abroad.”",
     [("Ann Lee", "said", ["“The ferry was a mistake,”"])]),
    ("The board met on Monday. The tolls hurt, Tom Ruiz said on his podcast, “Harbour Talk.”",
     [("Tom Ruiz", "said", ["The tolls hurt"])]),
    # (a quotation in small letters after the comma goes on with the speaker's words)
    ("The board met on Monday. “The ferry was a mistake,” Ann Lee said, “and we knew it.”",
     [("Ann Lee", "said", ["“The ferry was a mistake,”", "“and we knew it.”"])]),
])
def test_a_quoted_title_after_the_work_it_names(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[0].text, [s.text for s in a.content]) for a in doc.attributions] == found
