"""Indian regional and city copy (district police, courts and their benches, civic bodies, state
governments and assemblies, elections) as The Hindu, the Times of India, the Indian Express, the
Hindustan Times and PTI write it: stories and sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_MURDER = (
    "Youth hacked to death in Ramgarh; two held\n\n"
    "RAMGARH: A 23-year-old man was hacked to death near the Ramgarh bus stand on Tuesday night, police said.\n\n"
    "Superintendent of Police (Rural) Kavita Menon said two of the accused had been arrested. \"We have formed "
    "three special teams. The others will be nabbed soon,\" she said.\n\n"
    "The FIR states that the accused attacked the youth with sickles. As per the complaint lodged by his father, "
    "the accused had threatened the family a week ago.\n\n"
    "The complainant alleged that the local police had ignored his earlier plea. The body was sent for "
    "post-mortem, the Inspector said."
)


def _by_cue(doc, cue, nth=0):
    return [a for a in doc.attributions if a.cue.text == cue][nth]


def test_a_district_crime_story(rules_only):
    doc = rules_only.parse(_MURDER)
    police = _by_cue(doc, "said")
    assert (police.source.span.text, police.source.kind) == ("police", "government")
    sp = _by_cue(doc, "said", 1)
    assert sp.source.span.text == "Superintendent of Police (Rural) Kavita Menon"
    quote = _by_cue(doc, "said", 2)
    assert quote.mode == "direct" and quote.source.refers_to.span.text == sp.source.span.text
    fir = _by_cue(doc, "states")
    assert (fir.source.span.text, fir.source.kind) == ("The FIR", "document")
    per = _by_cue(doc, "As per")
    assert (per.source.span.text, per.source.kind) == ("the complaint lodged by his father", "document")
    # the complainant and the inspector are others than the superintendent named before
    complainant = _by_cue(doc, "alleged")
    assert complainant.source.span.text == "The complainant" and complainant.source.refers_to is None
    inspector = _by_cue(doc, "said", 3)
    assert inspector.source.span.text == "the Inspector" and inspector.source.refers_to is None


_HIGH_COURT = (
    "HC raps civic body over potholes\n\n"
    "BENGALURU: The Karnataka High Court on Monday pulled up the city corporation for its failure to fill potholes.\n\n"
    "\"Citizens are losing their lives on roads. The corporation cannot wash its hands of it,\" the Bench of "
    "Chief Justice R. K. Nair and Justice S. Patil observed.\n\n"
    "The Bench said the commissioner would have to appear in person. Counsel for the corporation submitted that "
    "most potholes had been filled.\n\n"
    "A senior official of the civic body, who did not wish to be named, said the rains had delayed the work. "
    "\"We will finish before the deadline,\" the official added."
)


def test_a_high_court_bench_and_the_civic_body(rules_only):
    doc = rules_only.parse(_HIGH_COURT)
    observed = _by_cue(doc, "observed")
    assert observed.mode == "direct"
    assert observed.source.span.text == "the Bench of Chief Justice R. K. Nair and Justice S. Patil"
    bench = _by_cue(doc, "said")
    assert bench.source.refers_to is not None and bench.source.refers_to.span.text == observed.source.span.text
    counsel = _by_cue(doc, "submitted")
    assert (counsel.source.span.text, counsel.source.kind) == ("Counsel for the corporation", "person")
    official = _by_cue(doc, "said", 1)
    assert (official.source.span.text, official.source.kind) == ("A senior official of the civic body", "anonymous")
    added = _by_cue(doc, "added")
    assert added.source.refers_to.span.text == "A senior official of the civic body"


_CHIEF_MINISTER = (
    "Will not allow land grab, says CM\n\n"
    "HYDERABAD: Chief Minister K. Venkat Reddy on Sunday said the State government would not allow anyone to grab "
    "government land.\n\n"
    "\"No one will be spared, however powerful he may be,\" Mr. Reddy said.\n\n"
    "The BJP leader N. Suresh Rao alleged that the CM was diverting attention from his failures. \"The Chief "
    "Minister should first pay the farmers,\" Mr. Rao said, adding that the party would launch an agitation.\n\n"
    "Sources in the party said the high command had been informed. Congress MLA T. Jeevan told The Hindu that "
    "the government had failed on every front."
)


def test_a_chief_minister_and_the_opposition(rules_only):
    doc = rules_only.parse(_CHIEF_MINISTER)
    headline = _by_cue(doc, "says")
    assert (headline.source.span.text, [s.text for s in headline.content]) == ("CM", ["Will not allow land grab"])
    reddy = _by_cue(doc, "said", 1)
    assert reddy.source.refers_to.span.text == "Chief Minister K. Venkat Reddy"
    alleged = _by_cue(doc, "alleged")
    assert alleged.source.span.text == "The BJP leader N. Suresh Rao"
    adding = _by_cue(doc, "adding")
    assert adding.source.refers_to.span.text == "The BJP leader N. Suresh Rao"
    sources = _by_cue(doc, "said", 3)
    assert (sources.source.span.text, sources.source.kind) == ("Sources in the party", "anonymous")
    told = _by_cue(doc, "told")
    assert [told.source.span.text, [v.span.text for v in told.via]] == ["Congress MLA T. Jeevan", ["The Hindu"]]


_FLOOD = (
    "Collector reviews flood relief\n\n"
    "NAGPUR: The district collector informed that 12 relief camps had been set up. She said NDRF teams were on "
    "standby.\n\n"
    "According to the Irrigation department, the water level in the dam was rising. An official of the "
    "department said the gates might be opened on Thursday.\n\n"
    "\"We have not got a single packet of food in three days,\" said Shanti Devi, a resident of Wadi village.\n\n"
    "It is learnt that the council will take up the matter next week."
)


def test_a_collectors_review(rules_only):
    doc = rules_only.parse(_FLOOD)
    informed = _by_cue(doc, "informed")
    assert (informed.source.span.text, [s.text for s in informed.content]) == (
        "The district collector", ["12 relief camps had been set up"])
    she = _by_cue(doc, "said")
    assert she.source.refers_to.span.text == "The district collector"
    dept = _by_cue(doc, "According to")
    assert (dept.source.span.text, dept.source.kind) == ("the Irrigation department", "government")
    official = _by_cue(doc, "said", 1)
    assert official.source.kind == "anonymous"
    resident = _by_cue(doc, "said", 2)
    assert (resident.source.span.text, resident.mode) == ("Shanti Devi, a resident of Wadi village", "direct")
    learnt = _by_cue(doc, "is learnt")
    assert learnt.source is None and [s.text for s in learnt.content] == ["the council will take up the matter next week"]


_METRO = (
    "Metro work to be completed by March: MD\n\n"
    "PUNE: The second phase of the Metro will be completed by March, Metro Managing Director Arun Joshi said on "
    "Thursday.\n\n"
    "\"The trial runs will begin in January.\n\n"
    "\"The commercial runs will start only after the safety clearance,\" he added."
)


def test_a_quotation_carried_over_paragraphs(rules_only):
    doc = rules_only.parse(_METRO)
    headline = _by_cue(doc, ":")
    assert headline.source.span.text == "MD"
    added = _by_cue(doc, "added")
    assert len(added.content) == 2 and added.content[0].text.startswith("\"The trial runs")
    assert added.source.refers_to.span.text == "Metro Managing Director Arun Joshi"


@pytest.mark.parametrize("sentence,source,kind,cue", [
    ("The chargesheet says the accused collected money through middlemen.", "The chargesheet", "document", "says"),
    ("The petition stated that the petitioner had been falsely implicated.", "The petition", "document", "stated"),
    ("Advocate General K. Ravi informed the court that the report would be filed.",
     "Advocate General K. Ravi", "person", "informed"),
    ("The petitioner's counsel contended that the work was of poor quality.",
     "The petitioner's counsel", "person", "contended"),
    ("A circular issued by the corporation secretary said the fine would be doubled.",
     "A circular issued by the corporation secretary", "document", "said"),
    ("A press release issued by the corporation said 40 tonnes of waste had been cleared.",
     "A press release issued by the corporation", "document", "said"),
    ("Station House Officer (SHO) Pradeep Rana said a case had been registered.",
     "Station House Officer (SHO) Pradeep Rana", "person", "said"),
    ("The police are yet to record the statements of the neighbours, sources said.", "sources", "anonymous", "said"),
])
def test_indian_regional_sources(rules_only, sentence, source, kind, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, kind, cue)


def test_a_judge_writing_for_the_bench(rules_only):
    doc = rules_only.parse("\"Economic offences have to be viewed seriously,\" Justice P. N. Rao said, writing for the Bench.")
    assert [(a.source.span.text, a.cue.text) for a in doc.attributions] == [("Justice P. N. Rao", "said")]


@pytest.mark.parametrize("sentence,source", [
    # a body and the members it is made of are one mention, whatever words name the body first
    ("A Division Bench comprising Justices K. Menon and S. Pillai said the notice was bad in law.",
     "A Division Bench comprising Justices K. Menon and S. Pillai"),
    ("A Full Bench consisting of three judges said the notice was bad in law.",
     "A Full Bench consisting of three judges"),
    ("A committee comprising two engineers said the bridge was safe.", "A committee comprising two engineers"),
    # near misses: the names alone, and a body set off from its members by commas
    ("Justices K. Menon and S. Pillai said the notice was bad in law.", "Justices K. Menon and S. Pillai"),
    ("The panel, comprising three judges, said the notice was bad in law.", "The panel"),
])
def test_a_body_comprising_its_members(rules_only, sentence, source):
    assert _one(rules_only.parse(sentence)).source.span.text == source


@pytest.mark.parametrize("headline", [
    # a thing refused "to" someone in a headline is a passive that drops its "is": no speaker
    "Bail denied to former councillor in land case",
    "Passport denied to journalist",
])
def test_a_headline_refusal_to_someone_is_a_passive(rules_only, headline):
    doc = rules_only.parse(headline + "\n\nThe case will be heard again next month.")
    assert not doc.attributions


def test_a_headline_denial_by_a_name_stays(rules_only):
    # near miss: a name before "denies" and its object is the denier's report
    doc = rules_only.parse("Minister denies charges\n\nThe case will be heard again next month.")
    assert [(a.source.span.text, a.cue.text) for a in doc.attributions] == [("Minister", "denies")]


@pytest.mark.parametrize("sentence,source,kind,content", [
    # the place the copy is filed from, after the head or its participle, is no part of the head
    ("\"The scheme has reached every village,\" said a statement issued here.", "a statement issued here", "document",
     "\"The scheme has reached every village,\""),
    ("A press note issued here on Monday said the fair would open on Friday.",
     "A press note issued here on Monday", "document", "the fair would open on Friday"),
    ("Officials here said the drains would be desilted before the monsoon.", "Officials here", "group",
     "the drains would be desilted before the monsoon"),
    ("Police there said the road had been cleared by the evening.", "Police there", "government",
     "the road had been cleared by the evening"),
    # a petition's other names are texts, and a forum, a sangh or a panchayat a body
    ("The plea said the notification was arbitrary.", "The plea", "document", "the notification was arbitrary"),
    ("The counter-affidavit stated that the land belonged to the temple.", "The counter-affidavit", "document",
     "the land belonged to the temple"),
    ("The forum said it would continue its agitation.", "The forum", "organization", "it would continue its agitation"),
    ("The Sangh said it would stage a dharna on Monday.", "The Sangh", "organization", "it would stage a dharna on Monday"),
    ("The panchayat said the well had run dry.", "The panchayat", "organization", "the well had run dry"),
    # a post in capitals joined by hyphens is a person's, as a tahsildar is
    ("The Sub-Inspector said the accused had fled to Kerala.", "The Sub-Inspector", "person", "the accused had fled to Kerala"),
    ("The Advocate-General submitted that the order was legal.", "The Advocate-General", "person", "the order was legal"),
    ("The Vice-Chancellor said the results would be out by June.", "The Vice-Chancellor", "person",
     "the results would be out by June"),
    ("The Tahsildar said the survey would be completed in a week.", "The Tahsildar", "person",
     "the survey would be completed in a week"),
    # a state's "govt." with its full stop is its government
    ("The Kerala govt. said the fee hike would be withdrawn.", "The Kerala govt.", "government", "the fee hike would be withdrawn"),
])
def test_indian_civic_source_kinds(rules_only, sentence, source, kind, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, [s.text for s in att.content]) == (source, kind, [content])


@pytest.mark.parametrize("sentence,source", [
    # an adjective after a plural's possessor goes with the body's noun, as after a singular's
    ("The employees' joint forum said it would continue the strike.", "The employees' joint forum"),
    ("The teachers' joint action committee said it would meet the Minister.", "The teachers' joint action committee"),
    ("The farmers’ joint committee said the procurement price was too low.", "The farmers’ joint committee"),
    # near miss: a singular's possessor, read before
    ("The union's joint forum said it would continue the strike.", "The union's joint forum"),
])
def test_a_modifier_after_a_plural_possessor(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, "said")


@pytest.mark.parametrize("sentence,source", [
    # a Tamil initial written as a syllable with a full stop, after a title or a post, opens the name
    ("Health Minister Ve. Senthilnathan said the new wing would open in March.", "Health Minister Ve. Senthilnathan"),
    ("Party leader Tha. Elangovan said the alliance would hold.", "Party leader Tha. Elangovan"),
    ("Former Minister Pon. Kathiravan said the scheme had been stalled for years.",
     "Former Minister Pon. Kathiravan"),
    ("MDMK founder Dr. Su. Venkatraman said the verdict was a relief.", "MDMK founder Dr. Su. Venkatraman"),
    ("Deputy Speaker Ka. Arulmozhi told reporters that the House would meet on Friday.",
     "Deputy Speaker Ka. Arulmozhi"),
])
def test_a_tamil_initial_of_letters_after_a_post(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "person")


@pytest.mark.parametrize("text,sentences", [
    # a short surname the text names alone elsewhere still ends its sentence
    ("Xu said little. The delegates met President Xu. Lindqvist said the talks were useful.", 3),
    ("Moon arrived late. They waited for Chairman Moon. Harrison said nothing.", 3),
    # a sentence's opener after it ends one too
    ("The crowd cheered for Minister Rao. The rally then ended.", 2),
    # after a word that is no title nor post, a short capitalised word ends the sentence
    ("The team flew to Goa. Venkatesh said the trip was long.", 2),
    # the syllable initial joins the sentence
    ("Minister Ma. Sundaralingam said the roads would be relaid.", 1),
    # the name after it, met before alone, opens the next sentence, though the short word is named once
    ("Harlan met President Xu. Harlan said the talks were useful.", 2),
    ("Obrecht flew to Seoul and met Chairman Ryu. Obrecht told reporters the deal was close.", 2),
    ("Delacroix hosted Premier Bo. Delacroix later said the visit had gone well.", 2),
    # met before after the same initial, it is the initial's name again
    ("Minister Pa. Velmurugan opened the bridge. Minister Pa. Velmurugan said more would follow.", 2),
])
def test_a_short_word_after_a_title_ends_a_sentence_only_as_a_name(text, sentences):
    from attribution import layout
    assert len(layout.analyse(text).sentences) == sentences
