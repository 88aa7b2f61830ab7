"""Constructions of press releases and corporate announcements as news sites republish them (wire
releases, company newsrooms, Indian corporate filings copy), on texts written for these tests: the
release's dateline, its quotes from executives named with their posts, "the company" for the firm,
and the boilerplate after it (the firm's profile, legal notices, contacts), which reports nothing."""

import pytest

from attribution.layout import analyse
from attribution.testing.pytest_plugin import single as _one


def _sentences(text):
    return [text[s.start:s.end] for s in analyse(text).sentences]


@pytest.mark.parametrize("text,first", [
    # a release's dateline, with its year and its wire, belongs to no sentence
    ("SAN FRANCISCO, March 3, 2025 /PRNewswire/ -- Vexa Inc. today announced a new office.",
     "Vexa Inc. today announced a new office."),
    ("AUSTIN, Texas, Feb. 12, 2025 /PRNewswire/ -- Vexa today reported its results.", "Vexa today reported its results."),
    ("TORONTO, Sept. 9, 2025 (GLOBE NEWSWIRE) -- Pellam Mining today filed its report.",
     "Pellam Mining today filed its report."),
    ("SAN FRANCISCO--(BUSINESS WIRE)--Vexa Inc. today announced a new office.", "Vexa Inc. today announced a new office."),
    ("NEW YORK, June 4, 2025--(BUSINESS WIRE)--Haldon Foods agreed to buy a bakery.", "Haldon Foods agreed to buy a bakery."),
    ("Dallas, Texas, March 3, 2025 /PRNewswire/ -- Vexa Inc. opened an office.", "Vexa Inc. opened an office."),
    ("BENGALURU, Karnataka, India – Infora Technologies Limited today said its board met.",
     "Infora Technologies Limited today said its board met."),
    ("WASHINGTON, Dec. 5, 2016 -- The senator said the bill would pass.", "The senator said the bill would pass."),
    # and a wire's dateline is read as before
    ("LONDON, April 8 (Reuters) - Brightwell said it had sold the unit.", "Brightwell said it had sold the unit."),
])
def test_a_releases_dateline_is_no_part_of_its_first_sentence(text, first):
    assert _sentences(text)[0] == first


def test_a_name_run_on_into_a_double_dash_is_no_dateline():
    # a death notice's surname before its double dash: the sentence starts at the name
    text = "HALE--Martin Roe, 91, of Dover, died on Friday."
    assert _sentences(text)[0] == text


@pytest.mark.parametrize("text,source,cue", [
    # the dateline's city is no source of the release's first sentence
    ("LONDON, April 8, 2025 /PRNewswire/ -- Brightwell plc is pleased to announce that it has sold its motor business.",
     "Brightwell plc", "is pleased to announce"),
    ("DALLAS, March 3, 2025 /PRNewswire/ -- Vexa Inc. is proud to announce that it has opened an office in Leeds.",
     "Vexa Inc.", "is proud to announce"),
])
def test_the_city_of_a_releases_dateline_is_no_source(rules_only, text, source, cue):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, "organization", cue)


def test_a_trailing_cue_reads_no_dateline_into_its_content(rules_only):
    att = _one(rules_only.parse("DALLAS, March 3, 2025 /PRNewswire/ -- Vexa Inc. has been named a leader, the company said."))
    assert [s.text for s in att.content] == ["Vexa Inc. has been named a leader"]
    assert att.source.refers_to.span.text == "Vexa Inc"


@pytest.mark.parametrize("sentence,source", [
    # a listing or a short name in brackets after the firm's name is the name's, and so is the aside after
    # them: the cue of the infinitive runs from the predicate after them all
    ("Vexa Inc. (NYSE: VXA) is pleased to announce that it has opened an office.", "Vexa Inc. (NYSE: VXA)"),
    ("Vexa (Nasdaq: VXA) is pleased to announce that it has opened an office.", "Vexa (Nasdaq: VXA)"),
    ('Brightwell plc (the "Company") is pleased to announce that it has sold its motor business.',
     'Brightwell plc (the "Company")'),
    ('Brightwell plc ("Brightwell" or "the Company"), the specialist insurer, is pleased to announce that it has '
     'sold its motor business.', 'Brightwell plc ("Brightwell" or "the Company"), the specialist insurer'),
    ("Vexa Inc. (NYSE: VXA), a maker of chips, is pleased to announce that it has opened an office.",
     "Vexa Inc. (NYSE: VXA), a maker of chips"),
])
def test_a_firms_listing_or_short_name_in_brackets_is_its_names(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, "organization", "is pleased to announce")


@pytest.mark.parametrize("sentence,source,cue", [
    # a person's aside before the predicate: the cue starts at the predicate after it, as with none
    ("Ann Lee, a pilot, is proud to announce that she will retire.", "Ann Lee, a pilot", "is proud to announce"),
    ("Ann Lee is proud to announce that she will retire.", "Ann Lee", "is proud to announce"),
    # any other bracket after a name is no part of it
    ("Ann Lee (who was there) is proud to announce that she will retire.", "Ann Lee", "to announce"),
])
def test_the_cue_of_an_infinitive_starts_at_the_predicate_after_an_aside(rules_only, sentence, source, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, cue)


@pytest.mark.parametrize("text,kind,refers_to", [
    # a firm's suffix after a comma is its name's: the firm is an organization, and "the company" stands for it
    ("Vexa Therapeutics, Inc. today announced positive results.\n\nThe company expects to begin a trial.",
     "organization", "Vexa Therapeutics, Inc."),
    ("Vexa Therapeutics, Inc., a biotechnology company, today announced positive results.\n\n"
     "The company expects to begin a trial.", "organization", "Vexa Therapeutics, Inc., a biotechnology company"),
    ("Vexa Therapeutics (Nasdaq: VXTX) today announced positive results.\n\nThe company expects to begin a trial.",
     "organization", "Vexa Therapeutics (Nasdaq: VXTX)"),
])
def test_a_firm_with_its_suffix_after_a_comma_is_an_organization(rules_only, text, kind, refers_to):
    first, second = rules_only.parse(text).attributions
    assert first.source.kind == kind
    assert second.source.refers_to.span.text == refers_to


@pytest.mark.parametrize("sentence,source", [
    # but a person's suffix is a person's, and a firm's in a person's appositive leaves the person one
    ("Ann Lee, Jr., a pilot, said he was fine.", "Ann Lee, Jr., a pilot"),
    ("Ann Lee, CEO of Vexa, Inc., said she was fine.", "Ann Lee, CEO of Vexa, Inc."),
])
def test_a_person_with_a_suffix_or_a_firm_in_an_aside_stays_a_person(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "person")


@pytest.mark.parametrize("noun,refers", [
    # a trade by its initials before a business's noun stands for the business named before
    ("The IT firm", True),
    ("The FMCG company", True),
    # but a place's initials name another business
    ("The US firm", False),
    ("The UK company", False),
])
def test_a_trade_by_its_initials_before_a_business_noun(rules_only, noun, refers):
    text = f"Orrin Foods Ltd said its sales rose.\n\n{noun} said margins would improve."
    second = rules_only.parse(text).attributions[1]
    assert second.source.span.text == noun
    assert (second.source.refers_to is not None and second.source.refers_to.span.text == "Orrin Foods Ltd") is refers


_APPOINTMENT = (
    "SAN FRANCISCO, March 3, 2025 /PRNewswire/ -- Vexa Inc., a provider of cloud security software, today announced "
    "the appointment of Ann Lee as Chief Technology Officer, effective immediately.\n\n"
    "“We are thrilled to welcome Ann Lee,” said Tom Roe, CEO of Vexa. “Her experience building secure platforms will "
    "help us grow.”\n\n"
    "Ann Lee, Chief Technology Officer at Vexa, added: “I am excited to join a team that puts customers first.”\n\n"
    "Lee previously served as vice president of engineering at Morlan Systems.\n\n"
    "About Vexa\n"
    "Vexa is a leading provider of cloud security software for mid-sized businesses. The company serves more than "
    "4,000 customers in 30 countries.\n\n"
    "Media contact:\nJane Park\npress@vexa.com\n\n"
    "SOURCE Vexa Inc."
)


def test_an_appointment_release_reads_its_quotes_and_none_of_its_boilerplate(rules_only):
    atts = rules_only.parse(_APPOINTMENT).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("Vexa Inc., a provider of cloud security software", "organization", "announced"),
        ("Tom Roe, CEO of Vexa", "person", "said"),
        ("Ann Lee, Chief Technology Officer at Vexa", "person", "added")]
    assert [s.text for s in atts[0].content] == [
        "the appointment of Ann Lee as Chief Technology Officer, effective immediately"]
    assert atts[1].mode == "direct" and len(atts[1].content) == 2
    assert [s.text for s in atts[2].content] == ["“I am excited to join a team that puts customers first.”"]


_EARNINGS = (
    "AUSTIN, Texas, Feb. 12, 2025 /PRNewswire/ -- Vexa (NASDAQ: VXA) today reported financial results for its fourth "
    "quarter ended December 31, 2024. Revenue rose 18 percent to $212 million.\n\n"
    '"We closed the year with strong momentum," said Tom Roe, chief executive officer of Vexa. "Demand for our '
    'platform remains healthy."\n\n'
    "The company said it expects full-year 2025 revenue of $900 million to $920 million.\n\n"
    "Forward-Looking Statements\n"
    "This press release contains forward-looking statements within the meaning of the Private Securities Litigation "
    "Reform Act of 1995. These statements involve risks and uncertainties. Actual results may differ materially from "
    "those expressed or implied. Vexa undertakes no obligation to update any forward-looking statement."
)


def test_an_earnings_release_reads_the_company_and_none_of_its_legal_notice(rules_only):
    atts = rules_only.parse(_EARNINGS).attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [
        ("Vexa (NASDAQ: VXA)", "reported"), ("Tom Roe, chief executive officer of Vexa", "said"), ("The company", "said")]
    assert atts[2].source.refers_to.span.text == "Vexa (NASDAQ: VXA)"
    assert [s.text for s in atts[2].content] == ["it expects full-year 2025 revenue of $900 million to $920 million"]


_SAFE_HARBOR = (
    "Safe Harbor Statement\n"
    'Statements in this press release that are not historical facts are forward-looking statements. Words such as '
    '"anticipates," "believes," "expects," "intends," "plans" and "will" identify forward-looking statements. Such '
    "statements are based on current expectations and assumptions that are subject to risks and uncertainties. "
    "Investors are cautioned not to place undue reliance on these forward-looking statements, which speak only as of "
    "the date hereof. Except as required by law, the Company disclaims any obligation to update these statements.\n\n"
    "Vexa is a registered trademark of Vexa Inc. All other trademarks are the property of their respective owners.\n\n"
    "View original content to download multimedia: https://www.prnewswire.com/news-releases/vexa-names-cto-302000000.html"
    "\n\nSOURCE Vexa Inc.\n\n"
    "For further information, please contact: Jane Park, Vexa, +1 415 555 0100, press@vexa.com\n\n"
    "About Lumen Labs\n"
    "Lumen Labs builds software that helps hospitals deliver virtual care. For more information, please visit "
    "lumenlabs.com.\n\n"
    "Northgate Bank, headquartered in Chicago, operates 42 branches across Illinois and Indiana. Member FDIC.\n\n"
    "Media Contact: Rachel Green, Northgate Bank, 312-555-0199, rgreen@northgatebank.com"
)


def test_a_releases_boilerplate_reports_nothing(rules_only):
    assert rules_only.parse(_SAFE_HARBOR).attributions == ()


_ACQUISITION = (
    "NEW YORK, June 4, 2025 /Business Wire/ -- Haldon Foods Corp. announced today that it has agreed to acquire "
    "Greenleaf Organics for $340 million in cash.\n\n"
    '"Greenleaf is a natural fit for our portfolio," said Maria Soto, President and Chief Executive Officer of Haldon '
    'Foods. "Together we will reach more families."\n\n'
    "For more information, visit www.haldonfoods.com.\n\n"
    "Contacts\nInvestor Relations: Ben Carter, 212-555-0100"
)


def test_an_acquisition_release_reads_its_executive_with_her_whole_post(rules_only):
    atts = rules_only.parse(_ACQUISITION).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("Haldon Foods Corp.", "organization", "announced"),
        ("Maria Soto, President and Chief Executive Officer of Haldon Foods", "person", "said")]
    assert [s.text for s in atts[0].content] == ["it has agreed to acquire Greenleaf Organics for $340 million in cash"]


_INDIAN_FILING = (
    "MUMBAI, India, Jan. 20, 2025 /PRNewswire/ -- Suryan Motors Ltd. (NSE: SURYAN) today announced the launch of its "
    "new electric scooter range.\n\n"
    'Speaking on the launch, Rajiv Mehta, Managing Director, Suryan Motors, said, "This range marks a new chapter for '
    'the company."\n\n'
    "Infora Technologies on Tuesday informed the stock exchanges that its board had approved an interim dividend.\n\n"
    "In a regulatory filing to the BSE, the company said the record date for the dividend is February 2.\n\n"
    "The IT firm said its net profit rose 12 per cent in the December quarter."
)


def test_indian_corporate_copy_reads_its_posts_and_the_firm_by_its_trade(rules_only):
    atts = rules_only.parse(_INDIAN_FILING).attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [
        ("Suryan Motors Ltd. (NSE: SURYAN)", "announced"), ("Rajiv Mehta, Managing Director, Suryan Motors", "said"),
        ("Infora Technologies", "informed"), ("the company", "said"), ("The IT firm", "said")]
    assert [a.source.refers_to.span.text for a in atts[3:]] == ["Infora Technologies", "Infora Technologies"]


_FUNDING = (
    "Vexa announced today that it will open a new office in Dublin, creating 200 jobs.\n\n"
    '"Ireland has a deep pool of engineering talent," said Tom Roe, Vexa\'s chief executive. The company said hiring '
    "would begin in April.\n\n"
    "Ann Lee, Vexa's CTO, said the office would focus on research.\n\n"
    "Vexa will cut 300 jobs in Texas, the company announced today."
)


def test_a_company_newsroom_story_reads_the_company_for_the_firm(rules_only):
    atts = rules_only.parse(_FUNDING).attributions
    assert [(a.source.span.text, a.source.kind) for a in atts] == [
        ("Vexa", "organization"), ("Tom Roe, Vexa's chief executive", "person"), ("The company", "organization"),
        ("Ann Lee, Vexa's CTO", "person"), ("the company", "organization")]
    assert [atts[i].source.refers_to.span.text for i in (2, 4)] == ["Vexa", "Vexa"]
    assert [s.text for s in atts[4].content] == ["Vexa will cut 300 jobs in Texas"]


@pytest.mark.parametrize("sentence,source", [
    # the comma between a date's day and its year sets off no aside: the adjunct is no part of the subject
    ("The Board of Directors of the Company, at its meeting held on January 20, 2025, approved an interim dividend.",
     "The Board of Directors of the Company"),
    ("Lee, in a letter dated March 3, 2025, said the plan would fail.", "Lee"),
    # but an appositive with a date in it is the name's, and an age is set off as before
    ("Lee, a pilot born on March 3, 1970, said the plan would fail.", "Lee, a pilot born on March 3, 1970"),
    ("Ann Lee, 54, said the plan would fail.", "Ann Lee, 54"),
])
def test_a_dates_year_after_its_comma_opens_no_aside(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source


_QUOTE = '"We had a record year," said Ann Lee, chief executive officer of Vexa Corp.\n\n'


@pytest.mark.parametrize("notice", [
    # the firm's profile under "About ...": what the firm believes is its boilerplate
    "About Vexa Corp.\nVexa believes every shop deserves secure payments. Vexa says it serves 4,000 customers.",
    "About the Company\nFounded in 2010, Orrin Health is a digital health firm. Orrin expects to grow in Europe.",
    # the legal notice, under its heading or opening its paragraph
    "Forward-Looking Statements\nThis release contains forward-looking statements. Vexa cautions readers not to "
    "place undue reliance on them.",
    "Cautionary Note Regarding Forward-Looking Statements\nVexa warns that actual results may differ materially.",
    "This press release contains forward-looking statements. Vexa cautions investors that results may differ.",
    "Safe Harbor Statement: Vexa believes its expectations are reasonable but warns they may prove wrong.",
    # the notes of the release: its call, its contacts
    "Conference Call\nVexa will host a conference call at 8:30 a.m. ET to discuss the results.",
    "Contacts\nInvestors: Tom Roe, 312-555-0142\nMedia: Jane Park, jpark@vexa.com",
    "Notes to Editors\nVexa says it is the largest payments firm in Ohio.",
])
def test_a_releases_closing_notices_report_nothing(rules_only, notice):
    atts = rules_only.parse(_QUOTE + notice).attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [("Ann Lee, chief executive officer of Vexa Corp", "said")]
    assert [s.text for s in atts[0].content] == ['"We had a record year,"']


@pytest.mark.parametrize("text", [
    # a sentence that opens with "About" and a count is news, and a heading that is no notice's is read past
    "About 40 rabbis said they would join the protest.",
    "Market Outlook\nAnn Lee said demand would rise.",
])
def test_words_like_a_notices_open_no_boilerplate(rules_only, text):
    att = _one(rules_only.parse("Vexa opened an office.\n\n" + text))
    assert att.cue.text == "said"


@pytest.mark.parametrize("sentence,source,content", [
    # a person's post with no article after "According to X," is an appositive, whatever opens the clause after
    ("According to Sara Kim, Vice President of Sales at Vexa, demand from retail customers grew in every region.",
     "Sara Kim, Vice President of Sales at Vexa", "demand from retail customers grew in every region"),
    ("According to Tom Roe, managing director of Orrin Foods, orders doubled in March.",
     "Tom Roe, managing director of Orrin Foods", "orders doubled in March"),
    ("According to Ann Lee, chief economist at Ashby Bank, inflation will ease.",
     "Ann Lee, chief economist at Ashby Bank", "inflation will ease"),
    # and none is read where the words after the name are the clause
    ("According to Ann Lee, the plan failed.", "Ann Lee", "the plan failed"),
])
def test_according_to_a_person_with_a_bare_post(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "According to", [content])


@pytest.mark.parametrize("sentence,source,kind", [
    # an appositive that says what a firm provides or makes says it is a business
    ("Lumetric, a provider of analytics software, announced that it had raised $60 million.",
     "Lumetric, a provider of analytics software", "organization"),
    ("Corvane, a leading maker of medical devices, said that sales rose.", "Corvane, a leading maker of medical devices",
     "organization"),
    ("Pellam, a manufacturer of steel pipes, said that orders fell.", "Pellam, a manufacturer of steel pipes", "organization"),
    # but a person's name before one stays a person's
    ("Ann Lee, a provider of home care, said that demand rose.", "Ann Lee, a provider of home care", "person"),
    # a care business named "... Health" is no state's health service, which a place or its initials name
    ("Greyfield Health announced that it had opened a clinic.", "Greyfield Health", "organization"),
    ("Atrium Health said that it had opened a clinic.", "Atrium Health", "organization"),
    ("Queensland Health said that it had opened a clinic.", "Queensland Health", "government"),
    ("NSW Health said that it had opened a clinic.", "NSW Health", "government"),
])
def test_a_releases_firm_by_its_appositive_or_its_name(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source,cue,content", [
    # the meeting at which a board acted, with the time it was held, is the verb's, no part of the board
    ("The Board of Directors at its meeting held today approved the appointment of Ann Lee as a director.",
     "The Board of Directors", "approved", "the appointment of Ann Lee as a director"),
    ("The board at its meeting held on Friday said the plant would close.", "The board", "said", "the plant would close"),
    ("The Board at its meeting held on January 20, 2026 recommended a final dividend.", "The Board", "recommended",
     "a final dividend"),
])
def test_a_boards_meeting_held_then_is_no_part_of_the_board(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,source", [
    # a firm's short name and its listing, each in brackets, one after the other, are both the name's
    ('Northwind Gold Corp. ("Northwind" or the "Company") (TSX: NWG) is pleased to announce that drilling has begun.',
     'Northwind Gold Corp. ("Northwind" or the "Company") (TSX: NWG)'),
    ('Vexa Inc. (NYSE: VXA) ("Vexa") is pleased to announce that it has opened an office.', 'Vexa Inc. (NYSE: VXA) ("Vexa")'),
])
def test_a_firms_two_tags_in_brackets_are_its_names(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, "organization", "is pleased to announce")


@pytest.mark.parametrize("text,sources", [
    # a news story's subheading that opens with "About" heads no firm's profile: what follows reports
    ("Lawmakers met on Monday.\n\nAbout Trump's Plan\n\nLee said the plan would fail.\n\n"
     "\u201cIt is a mess,\u201d Roe said.", ["Lee", "Roe"]),
    ("The bridge shut in March.\n\nAbout The Bridge\n\nThe mayor said the bridge would reopen in May.",
     ["The mayor"]),
    # a firm's profile under it, opening with the firm's name or as profiles do, reports nothing
    ("Vexa Corp. said it would buy Orrin.\n\nAbout Vexa Corp.\n\nVexa Corp. is a maker of pumps. "
     "Vexa believes water is a right.", ["Vexa Corp."]),
    ("Vexa Corp. said it would buy Orrin.\n\nAbout Vexa\n\nFounded in 1990, Vexa makes pumps. "
     "Vexa believes water is a right.", ["Vexa Corp."]),
])
def test_an_about_heading_silences_only_a_firms_profile(rules_only, text, sources):
    assert [a.source.span.text for a in rules_only.parse(text).attributions if a.source] == sources
