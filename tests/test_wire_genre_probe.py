"""Constructions of wire copy in genres the training text lacks (disasters, markets, conflict,
technology, science), on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence,source,content", [
    # "at least" or "at most" counts the subject: no adverbial fronted before the sentence's own verb
    ("At least 40 people remain missing, police said.", "police", "At least 40 people remain missing"),
    ("At most a dozen boats remain at sea, the coast guard said.", "the coast guard",
     "At most a dozen boats remain at sea"),
])
def test_a_count_opening_the_report_is_no_fronted_adverbial(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "said", [content])


def test_a_fronted_time_still_makes_the_verb_the_sentences_own(rules_only):
    assert rules_only.parse("At dawn, the crews left.").attributions == ()


@pytest.mark.parametrize("text,body", [
    # "the agency" after a public body stands for it, no news agency (nor the dateline's)
    ("HALDEN (AP) — The river will crest on Friday, the national flood agency said.\n\n"
     "Two towns have been evacuated, the agency said.", "the national flood agency"),
    ("The Federal Lottery Commission said the draw was fair.\n\nNo winner was found, the agency said.",
     "The Federal Lottery Commission"),
])
def test_the_agency_after_a_public_body_is_that_body(rules_only, text, body):
    last = rules_only.parse(text).attributions[-1]
    assert last.source.span.text == "the agency"
    # (the body's kind, no outlet's: a state's commission is government)
    assert last.source.refers_to is not None and last.source.refers_to.span.text == body
    assert last.source.kind == last.source.refers_to.kind and last.source.kind in ("organization", "government")


def test_the_agency_with_no_body_before_it_is_still_an_outlet(rules_only):
    last = rules_only.parse("Tom Ray told the news agency PTI the talks had failed.\n\n"
                            "The strike will go on, the agency said.").attributions[-1]
    assert last.source.span.text == "the agency"
    assert last.source.kind == "outlet"


@pytest.mark.parametrize("sentence,source", [
    # "International", "Nations" and "Watch" end the names of bodies, no person's
    ("Amnesty International said the trials were unfair.", "Amnesty International"),
    ("The United Nations said aid convoys had been blocked.", "The United Nations"),
    ("Human Rights Watch said the arrests were arbitrary.", "Human Rights Watch"),
])
def test_a_body_named_in_capitals_is_an_organization(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "organization")


def test_a_given_name_before_such_a_word_is_still_a_person(rules_only):
    att = _one(rules_only.parse("Ann Watch said the trials were unfair."))
    assert (att.source.span.text, att.source.kind) == ("Ann Watch", "person")


def test_a_person_of_such_a_body_is_still_a_person(rules_only):
    att = _one(rules_only.parse("Ann Roe of Human Rights Watch said the arrests were arbitrary."))
    assert (att.source.span.text, att.source.kind) == ("Ann Roe of Human Rights Watch", "person")


@pytest.mark.parametrize("body", ["Human Rights Watch", "the Ministry of Health"])
def test_who_after_a_person_of_a_body_stands_for_the_person(rules_only, body):
    atts = rules_only.parse(f"“It was calm,” said Ann Roe of {body}, who observed the vote was peaceful.").attributions
    who = [a for a in atts if a.source.span.text == "who"]
    assert len(who) == 1 and who[0].source.kind == "person"
    assert who[0].source.refers_to.span.text == f"Ann Roe of {body}"


def test_expected_coordinated_with_another_participle_keeps_no_noun_before_and(rules_only):
    atts = rules_only.parse("Courted by most of the bidders and widely expected to win, the firm said nothing.").attributions
    assert not any(a.content[0].text.endswith(" and") for a in atts), [a.content[0].text for a in atts]


@pytest.mark.parametrize("sentence,source,cue", [
    # a participle after a clause of time or cause with its own subject reports for that subject
    ("Shares fell 5% after the packaging maker cut its forecast, blaming weak demand.", "the packaging maker", "blaming"),
    ("The index slid when the central bank raised rates, citing stubborn inflation.", "the central bank", "citing"),
    ("Prices jumped because the ministry cut the output, saying stocks were ample.", "the ministry", "saying"),
])
def test_a_participle_after_a_clause_of_time_or_cause_is_its_subjects(rules_only, sentence, source, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, cue)


def test_a_participle_after_a_clause_with_no_speaker_is_the_sentences(rules_only):
    att = _one(rules_only.parse("Lee left the hall after the vote ended, saying she was tired."))
    assert (att.source.span.text, att.content[0].text) == ("Lee", "she was tired")


@pytest.mark.parametrize("sentence", ["Lee spoke after the Paris attacks, citing her record.",
                                      "Lee spoke after the Paris bombing, citing her record."])
def test_after_a_noun_phrase_is_no_clause_for_the_participle(rules_only, sentence):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == ("Lee", "citing")


def test_a_clause_coordinated_before_an_after_phrase_keeps_the_participle(rules_only):
    atts = rules_only.parse("The port shut, and the union sued the board after the Paris attacks, citing weak demand.").attributions
    citing = [a for a in atts if a.cue.text == "citing"]
    assert len(citing) == 1 and citing[0].source.span.text == "the union"


@pytest.mark.parametrize("sentence,source,content", [
    # a verb in -ed after "and" shares the perfect of the clause reported in the past
    ("State media reported that the general had congratulated the troops and promised reinforcements.",
     "State media", "the general had congratulated the troops and promised reinforcements"),
    ("The ministry said the envoy had met the rebels and urged a truce.",
     "The ministry", "the envoy had met the rebels and urged a truce"),
])
def test_a_verb_sharing_the_reported_clauses_perfect_is_the_clauses(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


def test_after_a_present_report_the_verb_in_ed_is_the_reporters(rules_only):
    atts = rules_only.parse("Lee adds she has released her tax returns and urged Roe to do the same.").attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [("Lee", "adds"), ("Lee", "urged")]


@pytest.mark.parametrize("sentence,source", [
    # a copy, draft, excerpt or text of a paper is a document, whoever holds it
    ("The plan will cut 2,000 jobs, according to a copy reviewed by the newspaper.", "a copy reviewed by the newspaper"),
    ("The deal caps tariffs at 10%, according to a draft seen by the agency.", "a draft seen by the agency"),
    ("An excerpt of the ruling said the law was void.", "An excerpt of the ruling"),
])
def test_a_copy_or_draft_of_a_paper_is_a_document(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "document")


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a trial or an experiment reports its finding as a study does, in a headline too
    ("Aspirin cuts migraine days, trial finds", "trial", "finds", "Aspirin cuts migraine days"),
    ("Night shifts raise the risk of diabetes, the experiment showed.", "the experiment", "showed",
     "Night shifts raise the risk of diabetes"),
    ("A daily walk slows memory loss, a new trial has found.", "a new trial", "has found",
     "A daily walk slows memory loss"),
])
def test_a_trial_reports_its_finding_as_a_document(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "document", cue, [content])


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a verb of showing that closes the sentence after a paper's noun the tables seldom saw speak
    ("Wage growth slowed in May, the minutes showed.", "the minutes", "showed", "Wage growth slowed in May"),
    ("Rates will stay high for longer, the latest bank minutes show.", "the latest bank minutes", "show",
     "Rates will stay high for longer"),
    ("The ferry left port without clearance, the footage showed.", "the footage", "showed",
     "The ferry left port without clearance"),
])
def test_a_papers_trailing_verb_of_showing_reports(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


def test_a_speakers_own_report_before_the_papers_verb_stays_the_speakers(rules_only):
    att = _one(rules_only.parse("Ann Lee said the pier was shut, the minutes showed."))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        "Ann Lee", "said", ["the pier was shut"])


def test_a_showing_verb_after_a_pronoun_is_no_papers_report(rules_only):
    assert rules_only.parse("The crews waited, and then they showed.").attributions == ()


@pytest.mark.parametrize("cue", ["wrote on X", "posted on X", "wrote on Facebook", "posted on Instagram",
                                 "wrote in a post", "said in a statement"])
def test_a_quotation_after_a_platform_cue_goes_on_with_the_speakers_words(rules_only, cue):
    text = f"“The ferry is not seaworthy,” Ann Lee {cue}. “It should stay in port.”"
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        "Ann Lee", cue, ["“The ferry is not seaworthy,”", "“It should stay in port.”"])


def test_a_letter_after_a_lower_case_word_ends_the_sentence(rules_only):
    atts = rules_only.parse("Ann Lee wrote on X. The ferry must stay in port, the harbour master said.").attributions
    assert [(a.source.span.text, a.cue.text, [s.text for s in a.content]) for a in atts] == [
        ("the harbour master", "said", ["The ferry must stay in port"])]


def test_an_initial_before_a_surname_still_ends_no_sentence(rules_only):
    att = _one(rules_only.parse("The ferry must stay in port, said harbour master T. Okafor."))
    assert att.source.span.text == "harbour master T. Okafor"


@pytest.mark.parametrize("sentence,source,kind", [
    # "Neither X nor Y" is the pair, many, whatever names or pronouns its parts are
    ("Neither Okafor nor Brandt said whether the ferry would sail.", "Neither Okafor nor Brandt", "group"),
    ("Neither she nor Brandt said whether the ferry would sail.", "Neither she nor Brandt", "group"),
    ("Neither the port authority nor the union said whether the ferry would sail.",
     "Neither the port authority nor the union", "organization"),
])
def test_neither_nor_is_the_pair(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    # a report negated by its source is read as one negated by its verb is ("did not say whether")
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content], att.polarity) == (
        source, kind, "said", ["whether the ferry would sail"], "asserted")


@pytest.mark.parametrize("sentence", ["Neither the port authority nor the union commented.",
                                      "The port authority did not comment."])
def test_a_bare_comment_or_its_lack_reports_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


def test_two_surnames_joined_by_and_are_still_read_as_before(rules_only):
    att = _one(rules_only.parse("Okafor and Brandt said the ferry would sail."))
    assert att.source.kind == "person"


def test_neither_before_a_verb_opens_no_pair(rules_only):
    # "neither confirmed nor": the "nor" joins verbs, and the walk does not jump to "neither"
    atts = rules_only.parse("The ministry neither confirmed nor denied that the ferry sank.").attributions
    assert all(a.source is None or "nor" not in a.source.span.text for a in atts)


@pytest.mark.parametrize("sentence,source,cue,content", [
    # "demanded to know" and a question: a question put, as "sought to know"
    ("The bench demanded to know why the permit had been granted.", "The bench", "demanded to know",
     "why the permit had been granted"),
    ("Residents are demanding to know when the bridge will reopen.", "Residents", "are demanding to know",
     "when the bridge will reopen"),
])
def test_demanded_to_know_puts_a_question(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence", [
    # "demanded" with a noun object reports nothing, as the training annotators mostly leave it
    "The Opposition demanded the minister's resignation.",
    "Protesters demanded justice for the victim.",
    "Lee demanded to know.",
])
def test_demanded_with_a_noun_object_or_no_question_reports_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


def test_called_for_with_a_noun_object_reports_it(rules_only):
    att = _one(rules_only.parse("The union called for a probe into the deaths."))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        "The union", "called for", ["a probe into the deaths"])


@pytest.mark.parametrize("sentence,content", [
    # an aside between the subject and the predicate of a clause with no "that" stays in it
    ("Officials said the canal scheme, begun in 2019, aims to water 900 farms by 2027.",
     "the canal scheme, begun in 2019, aims to water 900 farms by 2027"),
    ("The coach says the new stand, built with club money, will open in May.",
     "the new stand, built with club money, will open in May"),
])
def test_an_aside_after_the_subject_of_a_bare_clause_stays_in_it(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == [content]


def test_a_verb_of_knowing_keeps_its_object_apart_from_what_follows(rules_only):
    atts = rules_only.parse("I know Ana Ortega personally, and while I have no plans to endorse anyone, there is no doubt that she works hard.").attributions
    assert [a.content[0].text for a in atts if a.cue.text == "know"] == ["Ana Ortega personally"]


@pytest.mark.parametrize("sentence,content", [
    # "a" and "an" items after a plural common noun end a list, no appositive
    ("The mayor said the budget pays for 40 buses, a depot and a ticket office.",
     "the budget pays for 40 buses, a depot and a ticket office"),
    ("The firm said the site would hold 200 flats, a surgery and an all-weather pitch.",
     "the site would hold 200 flats, a surgery and an all-weather pitch"),
    # people after a plural stand in apposition to it, and a name's appositive is cut as before
    ("Lee said she met the owners, a builder and a nurse.", "she met the owners"),
    ("Lee said she had hired Ann Roe, a pilot and a mother of two.", "she had hired Ann Roe"),
])
def test_a_and_an_items_after_a_plural_thing_end_a_list(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence,source,kind", [
    # a party's or a force's unit is a body; calculations are a document's figures
    ("The party's district unit said it would hold a march.", "The party's district unit", "organization"),
    ("The bond yield rose to 6.9%, according to Reuters calculations.", "Reuters calculations", "document"),
])
def test_a_unit_is_a_body_and_calculations_a_document(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("text,refers_to", [
    # with no age given, "the 62-year-old" is the person last named as a source, a paragraph or two before
    ("Bramford coach Lena Voss was unhappy.\n\n“We were poor,” the coach said.\n\n"
     "Asked about her future, the 62-year-old said she would stay.", "coach Lena Voss"),
    ("“Nobody is hiding,” winger Tom Iredale told reporters.\n\nThe 24-year-old added that the squad was united.",
     "winger Tom Iredale"),
])
def test_an_age_with_none_given_stands_for_the_latest_named_source(rules_only, text, refers_to):
    att = [a for a in rules_only.parse(text).attributions if a.source and "year-old" in a.source.span.text][0]
    assert att.source.refers_to is not None and att.source.refers_to.span.text == refers_to


def test_an_age_stands_for_no_source_named_paragraphs_before(rules_only):
    text = ("“We will win,” striker Tom Iredale said.\n\nThe club was sold in May.\n\nThe fans sang.\n\n"
            "The stadium was full.\n\nThe 31-year-old said the deal was done.")
    att = [a for a in rules_only.parse(text).attributions if a.source and "year-old" in a.source.span.text][0]
    assert att.source.refers_to is None


def test_the_noun_stands_for_one_left_unnamed_whose_noun_a_phrase_follows(rules_only):
    text = ("A senior officer of the housing board said the files were lost.\n\n"
            "The officer said an inquiry would follow.")
    att = [a for a in rules_only.parse(text).attributions if a.source and a.source.span.text == "The officer"][0]
    assert att.source.refers_to is not None
    assert att.source.refers_to.span.text == "A senior officer of the housing board"


@pytest.mark.parametrize("text,source,cue,quote", [
    # a person's gesture that ends its sentence speaks the quotation that follows with no verb of its own
    ("Asked whether she would run again, she laughed. “Not this year.”", "she", "laughed", "“Not this year.”"),
    ("The coach shrugged. “Injuries happen. We move on.”", "The coach", "shrugged",
     "“Injuries happen. We move on.”"),
    ("Ann Lee paused for a moment. “It was the worst day of my life.”", "Ann Lee", "paused",
     "“It was the worst day of my life.”"),
])
def test_a_gesture_before_a_quotation_is_its_cue(rules_only, text, source, cue, quote):
    att = [a for a in rules_only.parse(text).attributions if a.source is not None][0]
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [quote])


@pytest.mark.parametrize("text", [
    # a gesture with more than its manner after it, or one with no quotation of a sentence after it
    "Ann Lee smiled at the reporters from the stage. “It was the worst day of my life.”",
    "The coach shrugged. Nobody asked him again.",
])
def test_a_gesture_with_an_object_or_no_quotation_speaks_nothing(rules_only, text):
    assert not [a for a in rules_only.parse(text).attributions if a.cue.text in ("smiled", "shrugged")]


@pytest.mark.parametrize("text,source,answer", [
    # in an interview's write-up, a quotation under a question paragraph is the answer of the speaker whose
    # report ends the paragraph before the question
    ("Coach Tom Iredale said the side was ready for the new season.\n\nWill the team make the playoffs?\n\n"
     "“We have the squad for it.”", "Coach Tom Iredale", "“We have the squad for it.”"),
    ("Harbour chief Mira Halden said the strike would end soon.\n\nQ: Will the dockers return this week?\n\n"
     "“I think so. Nobody wants a long fight.”", "Harbour chief Mira Halden", "“I think so. Nobody wants a long fight.”"),
    # after "Asked whether ..., she said ...", the quotation below is hers, not the question's
    ("Mayor Ann Lee toured the market.\n\nAsked whether she would seek a third term, she said she had not decided.\n\n"
     "“The city comes first.”", "she", "“The city comes first.”"),
])
def test_a_quotation_under_a_question_answers_it(rules_only, text, source, answer):
    att = [a for a in rules_only.parse(text).attributions if any(s.text == answer for s in a.content)]
    assert len(att) == 1 and att[0].source is not None and att[0].source.span.text == source


@pytest.mark.parametrize("text", [
    # no speaker reported before the question: nobody is invented; nor is the asker the one who answers
    "Coach Tom Iredale took charge in May.\n\nWill the team make the playoffs?\n\n“We have the squad for it.”",
    "Reporters asked the coach about the season.\n\nWill the team make the playoffs?\n\n“We have the squad for it.”",
])
def test_a_quotation_under_a_question_with_no_speaker_before_is_nobodys(rules_only, text):
    assert not [a for a in rules_only.parse(text).attributions if "squad" in " ".join(s.text for s in a.content)]


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a verb of expecting with an object and an infinitive reports what is expected, object and all
    ("He expects the rupee to trade between 83 and 84.", "He", "expects", "the rupee to trade between 83 and 84"),
    ("The minister expected inflation to ease by March.", "The minister", "expected", "inflation to ease by March"),
    ("Economists forecast the economy to grow 6 per cent.", "Economists", "forecast", "the economy to grow 6 per cent"),
])
def test_a_verb_of_expecting_reports_its_object_and_infinitive(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


def test_an_expected_thing_after_a_determiner_is_no_cue(rules_only):
    assert rules_only.parse("The expected surge to record highs did not come.").attributions == ()


@pytest.mark.parametrize("sentence,source,cue", [
    # a coordinated verb shares the subject of the first verb, whatever noun heads it and whether or not
    # the first verb reports
    ("The opposition on Thursday demanded a probe, and accused the minister of lying.", "The opposition", "accused"),
    ("The opposition demanded a probe and said the minister had lied.", "The opposition", "said"),
    ("Her party last week staged a walkout and alleged that the vote was rigged.", "Her party", "alleged"),
])
def test_a_coordinated_verb_shares_the_first_verbs_subject(rules_only, sentence, source, cue):
    att = [a for a in rules_only.parse(sentence).attributions if a.cue.text == cue][0]
    assert att.source is not None and att.source.span.text == source


def test_a_fronted_clause_keeps_the_main_clauses_subject_for_the_coordinated_verb(rules_only):
    text = "When the opposition demanded a probe, the minister resigned and accused the press of lying."
    att = [a for a in rules_only.parse(text).attributions if a.cue.text == "accused"][0]
    assert att.source.span.text == "the minister"


@pytest.mark.parametrize("text,source,cue", [
    # the gesture's subject before an adverb, and a gesture at the question it met, speak the quotation after
    ("Lee just shrugged. “Injuries happen.”", "Lee", "shrugged"),
    ("She laughed when asked whether she would run again. “Not this year.”", "She", "laughed"),
])
def test_a_gesture_after_an_adverb_or_before_its_question_is_the_cue(rules_only, text, source, cue):
    att = [a for a in rules_only.parse(text).attributions if a.cue.text == cue][0]
    assert att.source.span.text == source and [s.text for s in att.content][-1].startswith("“")


@pytest.mark.parametrize("sentence,cue,content", [
    # a passive of belief before "to have" and a verb with a plain object is the impression, with no source
    ("The winger is understood to have agreed personal terms.", "is understood",
     ["The winger", "to have agreed personal terms"]),
    ("The keeper is thought to have admitted the offence.", "is thought",
     ["The keeper", "to have admitted the offence"]),
])
def test_a_raised_report_of_a_verb_with_a_plain_object_has_no_source(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source, att.cue.text, [s.text for s in att.content]) == (None, cue, content)


def test_a_raised_report_of_a_verb_of_saying_is_read_from_that_verb(rules_only):
    att = _one(rules_only.parse("The coach is reported to have said that he would stay."))
    assert (att.source.span.text, [s.text for s in att.content]) == ("The coach", ["he would stay"])


@pytest.mark.parametrize("text,source,person", [
    # a noun for one of a place's people that no usual ending makes is a person's, and with no place
    # named stands for the person a report named just before
    ("Coach Luis Moreno said the side was tired.\n\nThe Spaniard admitted that the travel had hurt.",
     "The Spaniard", "Coach Luis Moreno"),
    ("“We were unlucky,” Erik Sandvall said.\n\n“It hurts,” the Swede told reporters.", "the Swede", "Erik Sandvall"),
])
def test_a_demonym_noun_is_a_person_who_was_just_named(rules_only, text, source, person):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text == source and att.source.kind == "person"
    assert att.source.refers_to is not None and att.source.refers_to.span.text == person


def test_a_demonym_noun_far_from_any_report_refers_to_no_one(rules_only):
    text = ("Ann Roe said the bridge was safe.\n\nThe span opened in 1990.\n\nIt was painted in 2001.\n\n"
            "The Dutchman said the repairs were late.")
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text == "The Dutchman" and att.source.kind == "person" and att.source.refers_to is None


@pytest.mark.parametrize("sentence,cue,content", [
    # a passive of belief coordinated with a predicate before it shares that predicate's subject
    ("The striker has scored twice this month and is believed to be close to a recall.", "is believed",
     ["The striker", "to be close to a recall"]),
    ("The envoy arrived on Monday and is expected to meet the king.", "is expected",
     ["The envoy", "to meet the king"]),
])
def test_a_coordinated_passive_of_belief_shares_the_subject_before(rules_only, sentence, cue, content):
    att = [a for a in rules_only.parse(sentence).attributions if a.cue.text == cue][0]
    assert (att.source, [s.text for s in att.content]) == (None, content)


@pytest.mark.parametrize("sentence,outlet", [
    # an outlet's name the lexicon knows may open in lower case before a capital inside it
    ("Speaking to talkSPORT, the winger said the squad had lost its nerve.", "talkSPORT"),
    ("The winger, speaking to talkSPORT, said the squad had lost its nerve.", "talkSPORT"),
    # an outlet's edition for a place is the outlet
    ("The senator told Sky News Australia that the treaty was finished.", "Sky News Australia"),
    ("“We were robbed,” the keeper told BBC Scotland.", "BBC Scotland"),
])
def test_an_outlet_named_in_lower_case_or_for_a_place_is_the_via(rules_only, sentence, outlet):
    att = _one(rules_only.parse(sentence))
    assert [v.span.text for v in att.via] == [outlet]
    assert att.source.kind == "person" and att.source.span.text.lower() in ("the winger", "the senator", "the keeper")


def test_a_name_and_a_place_that_is_no_outlet_stays_a_person(rules_only):
    att = _one(rules_only.parse("Ann Lee Scotland told reporters that the vote was lost."))
    assert att.via == () and att.source.span.text == "Ann Lee Scotland"


@pytest.mark.parametrize("sentence,source,content", [
    # the writer's link to another thread of the story, set off by its comma, is no part of the content
    ("Meanwhile, the ferry will stop running in March, the operator said.", "the operator",
     "the ferry will stop running in March"),
    ("In a separate development, two wardens were suspended, according to the prison service.",
     "the prison service", "two wardens were suspended"),
    ("Separately, the dam will be drained next year, officials said.", "officials", "the dam will be drained next year"),
    ("In other news, the toll will rise by a pound, the council said.", "the council", "the toll will rise by a pound"),
    # and after the cue, between commas, before a clause with no "that"
    ("The operator said, meanwhile, the ferry would stop running in March.", "The operator",
     "the ferry would stop running in March"),
    ("The warden said, however, the cells had been searched twice.", "The warden", "the cells had been searched twice"),
])
def test_a_discourse_link_stays_out_of_the_content(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


def test_a_link_inside_a_quotation_is_the_speakers(rules_only):
    att = _one(rules_only.parse("“Meanwhile, we wait,” the warden said."))
    assert [s.text for s in att.content] == ["“Meanwhile, we wait,”"]


def test_an_adjective_in_ing_before_a_link_and_a_verb_reports_nothing(rules_only):
    assert rules_only.parse("Most revealing, though, was the list of guests.").attributions == ()


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a verb of belief takes a clause with its "that" left out when a subject and an auxiliary follow
    ("Most economists doubt a summer rise will come at all.", "Most economists", "doubt",
     "a summer rise will come at all"),
    ("Few traders reckon the regulator can stop the merger.", "Few traders", "reckon",
     "the regulator can stop the merger"),
    ("I doubt she would sign it.", "I", "doubt", "she would sign it"),
])
def test_a_verb_of_belief_takes_a_clause_without_that(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence", [
    # a noun phrase with no auxiliary after it is the verb's object, no clause
    "Most economists doubt the wisdom of a summer rise.",
    "Few traders reckon on a merger.",
])
def test_a_verb_of_belief_before_an_object_finds_no_bare_clause(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,cue,content", [
    # the paper or body a writer writes for is the cue's, kept out of the report
    ("The senator wrote for the Coastal Ledger that the harbour fund was empty.",
     "wrote for the Coastal Ledger", "the harbour fund was empty"),
    ("Ms Okafor wrote in an op-ed for The Daily Courier that rents would keep rising.",
     "wrote in an op-ed for The Daily Courier", "rents would keep rising"),
    ("The economist wrote for the Policy Institute, “Wages will lag prices.”",
     "wrote for the Policy Institute", "“Wages will lag prices.”"),
])
def test_the_paper_written_for_is_the_cues(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == (cue, [content])


def test_a_person_written_for_is_no_paper(rules_only):
    att = _one(rules_only.parse("The aide wrote for Ann Roe that the vote would wait."))
    assert att.cue.text != "wrote for Ann Roe"


@pytest.mark.parametrize("sentence,outer,inner", [
    # the adverb that focuses the connective goes with the inner report's clause, not the outer content
    ("The dockers said they would walk out if the levy passes, even though the port chief said he would drop it.",
     "they would walk out if the levy passes", "he would drop it"),
    ("The growers said prices would fall by spring, just as the ministry said they would.",
     "prices would fall by spring", "they would"),
])
def test_a_focusing_adverb_before_a_connective_leaves_the_outer_content(rules_only, sentence, outer, inner):
    atts = sorted(rules_only.parse(sentence).attributions, key=lambda a: a.cue.spans[0].start)
    assert [[s.text for s in a.content] for a in atts] == [[outer], [inner]]


@pytest.mark.parametrize("sentence,source", [
    # an election's results or returns are a document, as a poll is, not a group of people
    ("Preliminary results showed the governing coalition ahead in most wards.", "Preliminary results"),
    ("The early returns suggest the incumbent will hold the seat.", "The early returns"),
])
def test_results_and_returns_are_documents(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "document")


@pytest.mark.parametrize("sentence,outlet", [
    # an outlet's service runs over its number and the word in capitals after it
    ("Speaking to BBC Radio 5 Live, the coach said the squad was tired.", "BBC Radio 5 Live"),
    ("The coach, speaking to Channel 4 News, said the squad was tired.", "Channel 4 News"),
    # a name in camel case ends in an outlet's word
    ("Speaking to iNews, the coach said the squad was tired.", "iNews"),
])
def test_an_outlet_after_speaking_to_is_the_via(rules_only, sentence, outlet):
    att = _one(rules_only.parse(sentence))
    assert ([v.span.text for v in att.via], att.source.span.text.lower()) == ([outlet], "the coach")


def test_a_surname_in_camel_case_is_no_outlet(rules_only):
    att = _one(rules_only.parse("Speaking to McDonald, the coach said the squad was tired."))
    assert att.via == ()


@pytest.mark.parametrize("sentence", [
    # "call" with a contest as its object decides or sets it: nothing is said
    "The wire service called the race for the mayor at 10:15 p.m.",
    "Both networks had called a bellwether district by midnight.",
    "The premier called a snap election for October.",
])
def test_calling_a_contest_reports_nothing(sentence):
    from attribution.parser import Parser
    assert Parser(entry_points=False, confidence=False).parse(sentence).attributions == ()


def test_calling_a_contest_a_name_still_reports(rules_only):
    att = _one(rules_only.parse("The senator called the election a farce."))
    assert [s.text for s in att.content] == ["the election a farce"]


@pytest.mark.parametrize("text", [
    # a hearer of one name the text elsewhere calls a magazine or a reporter of the story is the report's outlet
    "Harbour magazine ranked the yard first. Lee told Harbour that the yard would close.",
    "The story was first reported by Quayside. “We will close,” Lee told Quayside.",
    "Harbour magazine ranked the yard first. Lee said in an interview with Harbour that the yard would close.",
    "Harbour magazine ranked the yard first. Speaking to Harbour, Lee said the yard would close.",
])
def test_a_hearer_the_text_names_as_an_outlet_is_the_reports_via(rules_only, text):
    att = [a for a in rules_only.parse(text).attributions if a.source.span.text == "Lee"]
    assert len(att) == 1
    assert [v.span.text for v in att[0].via] in (["Harbour"], ["Quayside"])


@pytest.mark.parametrize("text", [
    # no such mention: the hearer is a person, or a given name stands before the name elsewhere
    "Lee told Harbour that the yard would close.",
    "Tom Harbour owns Harbour magazine. Lee told Harbour that the yard would close.",
])
def test_a_hearer_not_named_as_an_outlet_is_no_via(rules_only, text):
    att = [a for a in rules_only.parse(text).attributions if a.source.span.text == "Lee"]
    assert len(att) == 1 and att[0].via == ()


@pytest.mark.parametrize("sentence,source", [
    # an aside in brackets that opens before its speaker: the bracket is no part of the mention
    ("(The dockers’ union has not endorsed a candidate.)", "The dockers’ union"),
    ("(A port spokesman denied the report.)", "A port spokesman"),
    ("The plan was shelved. [The harbour board declined to comment.]", "The harbour board"),
    # a bracket the mention opens and closes stays
    ("The union (whose members walked out) said the yard would close.", "The union (whose members walked out)"),
])
def test_a_mention_keeps_no_unmatched_bracket(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source


def test_a_mention_drops_a_closing_bracket_it_never_opened():
    from attribution.sources import trim_mention
    text = "one harbour pilot) said"
    assert trim_mention(text, 0, len("one harbour pilot)")) == (0, len("one harbour pilot"))


@pytest.mark.parametrize("sentence,outlet", [
    # the paper a piece was written in or for, or the programme a guest spoke on, is the via, as an
    # outlet spoken to is
    ("Writing in The Harbour Gazette, the councillor argued that the pier should close.", "The Harbour Gazette"),
    ("In her column for the Island Herald, the councillor said the pier should close.", "the Island Herald"),
    ("Speaking on Sky News, the councillor said the pier should close.", "Sky News"),
    # a programme the lexicon does not know is its outlet's, by the possessive
    ("Speaking on Island TV's Sunday Politics, the councillor said the pier should close.", "Island TV"),
])
def test_an_outlet_written_in_or_spoken_on_is_the_via(rules_only, sentence, outlet):
    att = _one(rules_only.parse(sentence))
    assert ([v.span.text for v in att.via], att.source.span.text) == ([outlet], "the councillor")


@pytest.mark.parametrize("sentence", [
    "Speaking on Monday, the councillor said the pier should close.",
    "Speaking on Okafor's behalf, the councillor said the pier should close.",
    "Writing in March, the councillor said the pier should close.",
])
def test_a_day_or_a_person_spoken_on_is_no_via(rules_only, sentence):
    att = _one(rules_only.parse(sentence))
    assert (att.via, att.source.span.text) == ((), "the councillor")


def test_an_outlet_written_in_in_an_aside_is_the_via(rules_only):
    att = _one(rules_only.parse("Ann Lee, writing in The Harbour Gazette, said the pier should close."))
    assert ([v.span.text for v in att.via], att.source.span.text) == (["The Harbour Gazette"], "Ann Lee")


@pytest.mark.parametrize("after", ["An inquiry will follow.", "A second ferry was cancelled."])
def test_a_letter_after_a_lower_case_word_ends_the_sentence_before_an_article(rules_only, after):
    # "on X. An ...": the platform's letter ends the sentence, and the claim before the cue is the content
    atts = rules_only.parse("The ferry must stay in port, the harbour master said in a post on X. " + after).attributions
    assert [(a.source.span.text, [s.text for s in a.content]) for a in atts if a.source is not None] == [
        ("the harbour master", ["The ferry must stay in port"])]


def test_an_initial_before_an_initial_a_still_ends_no_sentence(rules_only):
    att = _one(rules_only.parse("The ferry must stay in port, said a letter signed by J. A. Okafor and sent on Monday."))
    assert "J. A. Okafor" in att.source.span.text


@pytest.mark.parametrize("sentence", [
    # "call" with a pause or halt as its object, or with "in", "up" or "off", is a thing done: nothing is said
    "The Pelicans called a timeout with nine seconds left.",
    "The referee called a halt to the match after the floodlights failed.",
    "The county called in extra crews to clear the roads.",
    "The coach called up three teenagers for the tour.",
    "The two ferry firms called off their merger.",
])
def test_calling_a_pause_or_a_crew_reports_nothing(rules_only, sentence):
    assert [a.cue.text for a in rules_only.parse(sentence).attributions] == []


@pytest.mark.parametrize("sentence,cue,content", [
    # a call for a halt, a halt given a name, a call made to say something are still reports
    ("The mayor called for a halt to the works.", "called for", "a halt to the works"),
    ("The mayor called the strike a betrayal.", "called", "the strike a betrayal"),
    ("The mayor called in to the show to say the works would stop.", "called in to the show to say",
     "the works would stop"),
])
def test_calling_for_a_halt_or_naming_it_still_reports(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == ("The mayor", cue, [content])


@pytest.mark.parametrize("sentence", [
    # attention or scrutiny drawn is others' reaction: the thing that draws it says nothing
    "The new headset has also drawn the attention of regulators.",
    "The trial results drew the attention of several drug makers.",
    "The takeover drew scrutiny from the competition watchdog.",
])
def test_attention_drawn_reports_nothing(rules_only, sentence):
    assert [a.cue.text for a in rules_only.parse(sentence).attributions] == []


@pytest.mark.parametrize("sentence", [
    # an act stopped short of is never done: no blame, no endorsement said
    "The visiting coach stopped short of blaming the referee.",
    "The mayor fell short of endorsing the harbour plan.",
])
def test_stopping_short_of_an_act_reports_nothing(rules_only, sentence):
    assert [a.cue.text for a in rules_only.parse(sentence).attributions] == []


def test_stopping_short_of_an_act_keeps_a_report_after_it(rules_only):
    att = _one(rules_only.parse("The coach stopped short of blaming the referee, saying the pitch was poor."))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        "The coach", "saying", ["the pitch was poor"])


@pytest.mark.parametrize("sentence", [
    # a form in "-s" right after a count above one is a plural noun, no verb of saying
    "The prosecution called five witnesses at the hearing.",
    "The inquiry heard 14 witnesses over three days.",
    "The council received several claims after the flood.",
])
def test_a_plural_after_a_count_is_no_cue(rules_only, sentence):
    assert [a.cue.text for a in rules_only.parse(sentence).attributions] == []


def test_a_verb_after_one_still_reports(rules_only):
    att = _one(rules_only.parse("One says the ferry will sail on time."))
    assert (att.cue.text, [s.text for s in att.content]) == ("says", ["the ferry will sail on time"])


@pytest.mark.parametrize("sentence,source,content", [
    # a sentence adverb alone before the subject is the writer's link, no report: the verb's own
    # clause after where it was said is
    ("Meanwhile, a second team reported in a journal that the vaccine worked.", "a second team",
     "the vaccine worked"),
    ("Separately, the council said in a statement that the pier would reopen.", "the council",
     "the pier would reopen"),
])
def test_a_sentence_adverb_before_the_subject_is_no_content(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


@pytest.mark.parametrize("sentence,source,kind", [
    # a table, graph, scan or test is a document (a chart "below" or "above" too: where on the
    # page, after its noun); a sports club's name is a body's, no person's
    ("The table shows the harbour's takings by month.", "The table", "document"),
    ("The graph above shows that rents fell.", "The graph above", "document"),
    ("Urine tests showed traces of the drug.", "Urine tests", "document"),
    ("Harbour Rovers said the striker had signed a new deal.", "Harbour Rovers", "organization"),
    ("Kestrel United said the striker had signed a new deal.", "Kestrel United", "organization"),
])
def test_charts_tests_and_clubs_are_no_person(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence", [
    # "show" with no object, an adverb ending the sentence, is a thing becoming visible: no finding
    "The difference showed almost immediately.",
    "The benefit showed only gradually.",
])
def test_show_with_no_object_reports_nothing(rules_only, sentence):
    assert [a.cue.text for a in rules_only.parse(sentence).attributions] == []


def test_show_with_an_adverb_after_a_trailing_report_still_reports(rules_only):
    att = _one(rules_only.parse("Rents rose, the figures showed clearly."))
    assert (att.source.span.text, [s.text for s in att.content]) == ("the figures", ["Rents rose"])


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a verb of bidding with an object and an infinitive reports the bidding, in any tense
    ("The college advises parents to keep feverish pupils at home.", "The college", "advises",
     "parents to keep feverish pupils at home"),
    ("The board urges swimmers to avoid the lake after storms.", "The board", "urges",
     "swimmers to avoid the lake after storms"),
    ("Nurses advised him to rest for a week.", "Nurses", "advised", "him to rest for a week"),
])
def test_a_verb_of_bidding_reports_its_object_and_infinitive(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


def test_an_urge_after_a_determiner_is_no_cue(rules_only):
    assert rules_only.parse("He fought the urge to laugh at the lake.").attributions == ()


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a verb of expecting whose object is an amount or a measure reports the amount foreseen
    ("Traders surveyed by the paper had expected sales of $3.6 billion.", "Traders surveyed by the paper",
     "had expected", "sales of $3.6 billion"),
    ("The mill expects net profit of $1.45 a share.", "The mill", "expects", "net profit of $1.45 a share"),
    ("The regulator forecasts 2.5% inflation for the coming year.", "The regulator", "forecasts",
     "2.5% inflation for the coming year"),
])
def test_a_verb_of_expecting_reports_an_amount_as_its_object(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence", [
    # a forecast as a noun, after a determiner or an adjective, or as a subject, reports nothing
    "Its earlier forecast of $2.80 a share was withdrawn.",
    "Forecasts of growth of 2% were cut in May.",
    "The mill expects a busy season.",
])
def test_an_amount_after_a_noun_of_expecting_or_a_plain_object_is_no_report(rules_only, sentence):
    assert [a.cue.text for a in rules_only.parse(sentence).attributions if a.cue.text.endswith(("expects", "forecast", "Forecasts"))] == []


@pytest.mark.parametrize("sentence,source,content", [
    # a noun of a record between a determiner and "of" is the head of the subject, no verb that ends it
    ("The minutes of the council's session showed that two members had backed a levy.",
     "The minutes of the council's session", "two members had backed a levy"),
    ("The results of the inspection found that the kitchen was unsafe.",
     "The results of the inspection", "the kitchen was unsafe"),
    ("The minutes of the session, published on Tuesday, showed that several members had doubts.",
     "The minutes of the session, published on Tuesday", "several members had doubts"),
])
def test_a_record_of_something_heads_the_subject_of_its_finding(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, [s.text for s in att.content]) == (source, "document", [content])


@pytest.mark.parametrize("sentence,source", [
    # a noun in "-ing" after a determiner (or a possessor) and an adjective heads the subject, no verb
    ("The minutes of the council's annual meeting showed that the levy had been discussed.",
     "The minutes of the council's annual meeting"),
    ("The latest polling shows the mayor ahead by four points.", "The latest polling"),
    ("A record of the previous hearing showed that the witness had lied.", "A record of the previous hearing"),
])
def test_an_ing_noun_after_a_determined_adjective_is_part_of_the_subject(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source is not None and (att.source.span.text, att.source.kind) == (source, "document")


@pytest.mark.parametrize("sentence", [
    # estimates or forecasts a result measured up to are the figures, plural nouns, no verb of saying
    "Brightwater profit beats estimates as ferry demand holds up",
    "The miller topped analysts' forecasts for the third quarter in a row.",
    "Sales at the chain missed Wall Street estimates on Friday.",
])
def test_figures_a_result_measures_up_to_are_no_cue(rules_only, sentence):
    assert [a.cue.text for a in rules_only.parse(sentence).attributions] == []


def test_a_forecast_after_a_measured_result_still_reports(rules_only):
    att = [a for a in rules_only.parse("The mill beat estimates, but its chief forecasts a slower year.").attributions
           if a.cue.text == "forecasts"]
    assert len(att) == 1 and att[0].source.span.text == "its chief"


@pytest.mark.parametrize("sentence,content", [
    # the "as" that ends "as soon as" or "as long as" opens a time or condition inside the content,
    # no clause coordinated with it: the report inside is the content's, which runs on past it
    ("The warden told the council that the ferry had sailed as soon as the cargo was confirmed by the inspectors.",
     "the ferry had sailed as soon as the cargo was confirmed by the inspectors"),
    ("The baker said the shop would stay open as long as the landlord said it could.",
     "the shop would stay open as long as the landlord said it could"),
])
def test_as_soon_as_opens_no_coordinated_report(rules_only, sentence, content):
    atts = rules_only.parse(sentence).attributions
    assert [[s.text for s in a.content] for a in atts] == [[content]]


def test_a_bare_as_still_ends_the_outer_content(rules_only):
    # "as" after a comma, with no "soon" or "long" before it, opens a clause of its own
    atts = sorted(rules_only.parse("The baker said the rent was fair, as the landlord said it was.").attributions,
                  key=lambda a: a.cue.spans[0].start)
    assert [[s.text for s in a.content] for a in atts] == [["the rent was fair"], ["it was"]]


@pytest.mark.parametrize("sentence,source", [
    # a column one writes in a paper is the paper's: it relays the report, in an aside or a lead
    ("Ann Lee, writing in her Harbour Gazette column, said the pier should close.", "Ann Lee"),
    ("The former mayor Tom Roe, writing in his Island Herald blog, said the pier should close.", "The former mayor Tom Roe"),
    ("Writing in his Harbour Gazette column, the councillor said the pier should close.", "the councillor"),
])
def test_an_outlet_whose_column_is_written_in_is_the_via(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    outlet = "Harbour Gazette" if "Gazette" in sentence else "Island Herald"
    assert ([v.span.text for v in att.via], att.source.span.text) == ([outlet], source)


def test_a_column_of_no_outlet_is_no_via(rules_only):
    att = _one(rules_only.parse("Ann Lee, writing in her weekly column, said the pier should close."))
    assert (att.via, att.source.span.text) == ((), "Ann Lee")


@pytest.mark.parametrize("text,source,person", [
    # a noun of a place's people that ends like one ("the Russian") stands for the person a report
    # named just before too, when no person of that place was named
    ("Coach Ivan Volkov said the squad was ready.\n\n“We look to improve,” the Russian said.", "the Russian", "Coach Ivan Volkov"),
    ("Manager Ewan Baird told reporters the side was tired.\n\nThe Scot added that the pitch was poor.", "The Scot", "Manager Ewan Baird"),
    # "the Frenchwoman" is a noun of a place's people as "the Frenchman" is
    ("“She was better,” Claire Dubois said.\n\n“I am proud,” the Frenchwoman told reporters.", "the Frenchwoman", "Claire Dubois"),
])
def test_a_demonym_with_an_ending_and_no_place_named_is_the_person_just_named(rules_only, text, source, person):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text == source and att.source.kind == "person"
    assert att.source.refers_to is not None and att.source.refers_to.span.text == person


def test_a_demonym_stands_for_a_full_name_given_in_its_paragraph_since_the_last_report(rules_only):
    # the person a report named before is not the one the paragraph has turned to
    text = ("Coach Ewan Baird said the side was tired.\n\n"
            "Visiting coach Luis Moreno was angry. The Spaniard told reporters that the goal was offside.")
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text == "The Spaniard" and att.source.refers_to.span.text == "Luis Moreno"


def test_a_demonym_after_the_report_that_names_the_person_keeps_the_report(rules_only):
    text = "Ewan Baird met Luis Moreno on Monday. Baird said the deal was done. The Scot added that it was fair."
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text == "The Scot" and att.source.refers_to.span.text in ("Baird", "Ewan Baird")


def test_a_demonym_after_a_report_of_no_named_person_refers_to_no_one(rules_only):
    # a paper named for a place's people is no person the report before named
    text = "The mayor's spokeswoman said the bridge would close. The Tennessean first reported the plan."
    att = rules_only.parse(text).attributions[-1]
    assert att.source.refers_to is None


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    # a headline's present "warns over" a thing reads as "warns of" does
    ("Watchdog warns over late payments", "Watchdog", "warns over", "late payments"),
    ("Tom Hale warns over cuts", "Tom Hale", "warns over", "cuts"),
    ("Doctors warn over vaping", "Doctors", "warn over", "vaping"),
    # near misses: "over and over", and "over" a time or a medium before a "that" clause, are no part of the cue
    ("Tom Hale warns over and over that the pier will close.", "Tom Hale", "warns", "the pier will close"),
    ("The minister warns over the weekend that cuts will come.", "The minister", "warns", "cuts will come"),
    ("Tom Hale warns over the phone that the pier will close.", "Tom Hale", "warns", "the pier will close"),
])
def test_warns_over_a_thing_reads_as_warns_of(rules_only, sentence, source, cue, content):
    att = rules_only.parse(sentence).attributions[0]
    assert (att.source.span.text, att.cue.text, [c.text for c in att.content]) == (source, cue, [content])


def test_warned_over_in_a_headline_stays_a_passive(rules_only):
    att = rules_only.parse("Shoppers warned over fake deals").attributions[0]
    assert att.source is None and att.cue.text == "warned"


@pytest.mark.parametrize(("sentence", "source", "content"), [
    # "demanded", a subject that may act and its bare verb: the clause a "that" would open
    ("Residents demanded the minister resign.", "Residents", "the minister resign"),
    ("Protesters demanded the council reverse the cut.", "Protesters", "the council reverse the cut"),
    ("The union demanded the company not close the plant.", "The union", "the company not close the plant"),
    ("Residents demanded the minister be sacked.", "Residents", "the minister be sacked"),
    ("Tom Hale demands Ann Lee step down", "Tom Hale", "Ann Lee step down"),
    # a subject with "a", with no determiner, or after a modifier: the head may act all the same
    ("The lawyer demanded a judge review the ruling.", "The lawyer", "a judge review the ruling"),
    ("Marchers demanded wealthy Americans pay more tax.", "Marchers", "wealthy Americans pay more tax"),
    ("The union demanded ministers raise wages.", "The union", "ministers raise wages"),
    ("Tom Hale demanded more officials resign.", "Tom Hale", "more officials resign"),
    ("Tom Hale demanded Prime Minister Ann Lee resign.", "Tom Hale", "Prime Minister Ann Lee resign"),
])
def test_demanded_a_subject_and_its_bare_verb_is_a_report(rules_only, sentence, source, content):
    att = rules_only.parse(sentence).attributions[0]
    assert (att.source.span.text, att.cue.text[:6], [c.text for c in att.content]) == (source, "demand", [content])


@pytest.mark.parametrize("sentence", [
    # near misses: a noun phrase after "demanded", its first noun no subject that acts or a possessive
    "Residents demanded a police investigation.",
    "Residents demanded a pay rise.",
    "Residents demanded Ann Lee's resignation.",
    "Residents demanded the release of the hostages.",
    "Residents demanded a public apology.",
    "Residents demanded immediate action from the board.",
    "Residents demanded answers from the mayor.",
    "The demands the union made were rejected.",
])
def test_demanded_with_a_noun_phrase_still_reports_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()
