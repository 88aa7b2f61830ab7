"""Constructions of science, health and technology copy (a study's findings, a journal's paper, a
health agency's figures, a company's blog post), on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


def _rows(doc):
    """Each report's source, its kind, its cue and its content, in order."""
    return [(a.source.span.text, a.source.kind, a.cue.text, [s.text for s in a.content]) for a in doc.attributions]


def test_a_study_its_lead_author_and_its_researchers(rules_only):
    doc = rules_only.parse(
        "A study published in the Journal of Sleep on Thursday found that people who napped for an hour had a "
        "lower risk of stroke. \"The effect was larger than we expected,\" lead author Dr. Mira Holt, a "
        "neurologist at the University of Eastbridge, said in an interview. The researchers wrote in the "
        "journal that the findings held across age groups.")
    assert _rows(doc) == [
        ("A study published in the Journal of Sleep on Thursday", "document", "found",
         ["people who napped for an hour had a lower risk of stroke"]),
        ("lead author Dr. Mira Holt, a neurologist at the University of Eastbridge", "person", "said in an interview",
         ["\"The effect was larger than we expected,\""]),
        ("The researchers", "group", "wrote", ["the findings held across age groups"]),
    ]


def test_a_company_by_its_spokesperson_its_blog_and_its_chief(rules_only):
    doc = rules_only.parse(
        "A Quillo spokesperson said in an email that the company was reviewing the claims. The company wrote in a "
        "blog post that the feature would be paused while it fixed the bug.")
    assert _rows(doc) == [
        ("A Quillo spokesperson", "person", "said in an email", ["the company was reviewing the claims"]),
        ("The company", "organization", "wrote in a blog post", ["the feature would be paused while it fixed the bug"]),
    ]


def test_a_trials_results_published_in_a_journal_are_the_source(rules_only):
    att = _one(rules_only.parse(
        "The trial's results, published Tuesday in the Eastbridge Journal of Medicine, showed that the vaccine "
        "was 88% effective against severe disease."))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        "The trial's results, published Tuesday in the Eastbridge Journal of Medicine", "document", "showed",
        ["the vaccine was 88% effective against severe disease"])


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("The authors concluded that the drug cut the risk of a second heart attack by a third.",
     "The authors", "concluded", "the drug cut the risk of a second heart attack by a third"),
    ("Experts warn that the trial was too short to show long-term harms.",
     "Experts", "warn", "the trial was too short to show long-term harms"),
    ("Researchers at the University of Harlow said the results needed to be confirmed.",
     "Researchers at the University of Harlow", "said", "the results needed to be confirmed"),
])
def test_authors_experts_and_researchers_are_many(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "group", cue, [content])


@pytest.mark.parametrize("text,body", [
    # a body's head before what it is for, not its last word, makes "the agency" that body's
    ("According to the Centers for Disease Control and Prevention, one in five adults had chronic pain. "
     "The agency said the figure had risen.", "the Centers for Disease Control and Prevention"),
    ("The National Institutes of Health said the trial was halted. The agency said no one was harmed.",
     "The National Institutes of Health"),
    ("The Office for Health Statistics published the figures on Tuesday. The agency said deaths fell.",
     "The Office for Health Statistics"),
    # and one named so in the paragraph, though in no report's source
    ("Scientists at the Centre for Disease Prevention and Control said cases rose. The agency said the vaccine worked.",
     "Centre for Disease Prevention and Control"),
])
def test_the_agency_after_a_body_named_for_its_purpose_is_that_body(rules_only, text, body):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text == "The agency"
    # (the body's kind: an organization, or a state's office, government)
    assert att.source.refers_to.span.text == body and att.source.kind == att.source.refers_to.kind
    assert att.source.kind in ("organization", "government")


def test_the_agency_after_a_body_by_its_initials_in_the_paragraph_is_that_body(rules_only):
    # the body named last, in the paragraph, not the department named in a report before it
    att = rules_only.parse(
        "The Justice Department found that the force had broken the rules.\n\n"
        "The town had 115 violent crimes in 2014, according to the latest data from the FBI. "
        "The agency lists the population of the town as 21,090.").attributions[-1]
    assert (att.source.span.text, att.source.refers_to.span.text) == ("The agency", "FBI")


@pytest.mark.parametrize("text,source", [
    # a news agency stays one: by its initials, or named before a place in capitals
    ("The AP reported the deal. The agency said the talks were over.", "The AP"),
    ("LONDON (Reuters) - Reuters reported the deal. The agency said the talks were over.", "Reuters"),
])
def test_the_agency_after_a_news_agency_is_still_the_outlet(rules_only, text, source):
    att = rules_only.parse(text).attributions[-1]
    assert (att.source.span.text, att.source.kind, att.source.refers_to.span.text) == ("The agency", "outlet", source)


@pytest.mark.parametrize("text,document", [
    ("A study published in Nature found that bees sleep. The study also found that they dream.",
     "A study published in Nature"),
    ("A report by the Climate Panel warned that seas would rise. The report said emissions had to fall.",
     "A report by the Climate Panel"),
    ("Lee leads by six points, according to a Harlow University poll.\n\nThe poll found that 40% of voters were "
     "undecided.", "a Harlow University poll"),
])
def test_the_study_stands_for_the_study_named_before(rules_only, text, document):
    att = rules_only.parse(text).attributions[-1]
    assert (att.source.kind, att.source.refers_to.span.text) == ("document", document)


@pytest.mark.parametrize("text", [
    # no document of the noun before, or only another noun's
    "The study found that bees sleep.",
    "A survey by the union found that pay had fallen. The study said hours had grown.",
])
def test_the_study_with_no_such_document_before_stands_for_none(rules_only, text):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.kind == "document" and att.source.refers_to is None


@pytest.mark.parametrize("sentence,source,content", [
    # "found" and its object after an aside on the study: a relative clause or a participle's
    ("The study, which followed 40,000 nurses for two decades, found no link between coffee and cancer.",
     "The study", "no link between coffee and cancer"),
    ("The review, which pooled 12 trials, found little benefit from the drug.",
     "The review", "little benefit from the drug"),
    ("The audit, published in May, found waste in every ward.", "The audit, published in May", "waste in every ward"),
])
def test_a_study_found_after_an_aside_reports_its_finding(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "document", "found", [content])


@pytest.mark.parametrize("sentence", [
    # no study before the aside: a thing found, no finding
    "The officers, who arrived at noon, found the body in a ditch.",
    "The divers, based in Kochi, found the wreck on Monday.",
])
def test_people_who_found_a_thing_after_an_aside_report_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("name,kind", [
    # a brand's one word in camel case is a body's
    ("SpaceX", "organization"),
    ("DeepMind", "organization"),
    ("BioNTech", "organization"),
    ("LinkedIn", "organization"),
    # a surname after a short prefix, or one of a surname's prefixes, is a person's, and so is a
    # handle that opens with a given name
    ("McCall", "person"),
    ("DeSoto", "person"),
    ("MacLaren", "person"),
    ("VanHorne", "person"),
    ("JaneHarlow", "person"),
])
def test_a_name_in_camel_case_is_a_brands_unless_a_surnames(rules_only, name, kind):
    att = _one(rules_only.parse(f"{name} said the launch had been delayed."))
    assert (att.source.span.text, att.source.kind) == (name, kind)


def test_a_brand_in_camel_case_the_text_calls_a_website_is_an_outlet(rules_only):
    doc = rules_only.parse("The story was first reported by the website NewsHive.\n\n"
                           "NewsHive said the company had cut 40 jobs.")
    assert [(a.source.span.text, a.source.kind) for a in doc.attributions][-1] == ("NewsHive", "outlet")


@pytest.mark.parametrize("text", [
    # "you" outside any quotation is the reader's, no one named before
    "The clinic said the test was safe. You may think that the test is risky.",
    "Researchers warned that the drug was costly. You might think it works for everyone.",
])
def test_a_readers_you_stands_for_no_one(rules_only, text):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text.lower() == "you" and att.source.refers_to is None


@pytest.mark.parametrize("sentence,source,kind", [
    # a lab is a body, as a laboratory is; its head, a person
    ("The lab said the samples had been destroyed.", "The lab", "organization"),
    ("The head of the lab said the samples had been destroyed.", "The head of the lab", "person"),
])
def test_a_lab_is_a_body(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,source,content", [
    # after an inverted cue, the body or the place the speaker is from describes the speaker
    ("\"The effect is small,\" said Dr. Nora Quill, of the University of Eastbridge.",
     "Dr. Nora Quill, of the University of Eastbridge", "\"The effect is small,\""),
    ("\"We need a larger trial,\" said Ravi Menon, from the Harlow Institute of Cancer Research, who was not "
     "involved in the study.",
     "Ravi Menon, from the Harlow Institute of Cancer Research, who was not involved in the study",
     "\"We need a larger trial,\""),
    ("\"It is a striking result,\" said Professor Ada Vance, of Westmoor College London.",
     "Professor Ada Vance, of Westmoor College London", "\"It is a striking result,\""),
])
def test_a_speaker_after_the_cue_keeps_the_body_she_is_from(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "person", "said", [content])


@pytest.mark.parametrize("sentence,source", [
    # what the speaker said of a thing after a comma, no body she is from, stays out of the mention
    ("\"It is a gamble,\" said Ada Vance, director of the Lee Trust, of Harlow's new vaccine plan.",
     "Ada Vance, director of the Lee Trust"),
    ("\"It is a gamble,\" said Ada Vance, of course.", "Ada Vance"),
    ("\"It is a gamble,\" said Ada Vance, of the plan to close the ward.", "Ada Vance"),
])
def test_a_speaker_after_the_cue_keeps_no_topic_after_of(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        source, "said", ["\"It is a gamble,\""])


@pytest.mark.parametrize("sentence,source,kind,content", [
    # a participle with its place, time or agent after the lead's source describes it, no part of the report
    ("According to the study, published in the Journal of Sleep on Monday, short naps improve memory.",
     "the study, published in the Journal of Sleep on Monday", "document", "short naps improve memory"),
    ("According to the report, released by the Office for Health Statistics, waiting lists grew by a fifth.",
     "the report, released by the Office for Health Statistics", "document", "waiting lists grew by a fifth"),
    ("According to the survey, carried out by Pollwise last month, most nurses plan to leave.",
     "the survey, carried out by Pollwise last month", "document", "most nurses plan to leave"),
    ("According to the agency, based in Geneva, measles cases tripled.",
     "the agency, based in Geneva", "organization", "measles cases tripled"),
    # ... or with what it came with, what it was made for or after, or where from
    ("According to the ministry's own forecast, published alongside the budget, the deficit will narrow.",
     "the ministry's own forecast, published alongside the budget", "document", "the deficit will narrow"),
    ("According to the poll, conducted for the Daily Ledger, most voters back the ban.",
     "the poll, conducted for the Daily Ledger", "document", "most voters back the ban"),
    ("According to the audit, ordered after the floods, half the drains were blocked.",
     "the audit, ordered after the floods", "document", "half the drains were blocked"),
    ("According to the figures, obtained from the regulator, complaints doubled.",
     "the figures, obtained from the regulator", "document", "complaints doubled"),
])
def test_a_participle_after_a_leads_source_describes_it(rules_only, sentence, source, kind, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, kind, "According to", [content])


@pytest.mark.parametrize("sentence,content", [
    # a participle before its noun opens the report itself
    ("According to the trial, treated patients lived longer.", "treated patients lived longer"),
    ("According to the agency, infected birds were culled on three farms.", "infected birds were culled on three farms"),
])
def test_a_participle_before_its_noun_after_a_lead_is_the_report(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence,source", [
    # a body's name with "of" or "for" before "source" names where the unnamed source serves
    ("A Department of Health source said the ward would close.", "A Department of Health source"),
    ("A Department for Education source told reporters the exams would go ahead.",
     "A Department for Education source"),
    ("Two Ministry of Defence sources said the launch had failed.", "Two Ministry of Defence sources"),
])
def test_a_source_named_by_its_department_is_anonymous(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "anonymous")


@pytest.mark.parametrize("sentence,source,cue,content", [
    # before the cue too, "from" and the body a person works at, set off by commas, describe her
    ("Dr. Nora Quill, from the University of Eastbridge, said the effect was small.",
     "Dr. Nora Quill, from the University of Eastbridge", "said", "the effect was small"),
    ("Ravi Menon, from the Harlow Institute of Cancer Research, told reporters the trial would resume.",
     "Ravi Menon, from the Harlow Institute of Cancer Research", "told", "the trial would resume"),
    ("Ada Vance, from Westmoor College, warned that the sample was small.",
     "Ada Vance, from Westmoor College", "warned", "the sample was small"),
])
def test_a_speaker_before_the_cue_keeps_the_body_she_is_from(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "person", cue, [content])
