"""Constructions of interviews and their transcripts (a print Q&A, a broadcast or podcast
transcript with its speakers' labels, a press conference's questions, an interview's write-up
in a UK or Indian paper), on texts written for these tests."""

import pytest

_PRINT_QA = (
    "Ann Lee on the housing crisis: 'We waited too long'\n\n"
    "Ann Lee, the housing minister, spoke to The Sentinel in her office on Friday. "
    "This interview has been edited for length and clarity.\n\n"
    "Q: Why now?\n\n"
    "A: Because the waiting lists have doubled in five years. We cannot wait for the market to fix it.\n\n"
    "Q: Will the plan cost too much?\n\n"
    "A: I think the cost of doing nothing is higher.\n\n"
    "Q: Will you stand again next year?\n\n"
    "A: That is for the voters to decide."
)


def test_a_print_qa_gives_its_questions_and_answers_no_speaker(rules_only):
    atts = rules_only.parse(_PRINT_QA).attributions
    # the headline's speaker, and the "I" of an answer, whom the introduction names as the one
    # the paper spoke to; "Q:" and "A:" are no sources, the note nothing
    assert [(a.source.span.text, a.cue.text) for a in atts] == [("Ann Lee", ":"), ("I", "think")]
    assert atts[1].source.refers_to.span.text == "Ann Lee, the housing minister"
    assert [s.text for s in atts[1].content] == ["the cost of doing nothing is higher"]


def test_an_answers_i_is_the_one_the_introduction_names_before_the_headline(rules_only):
    text = _PRINT_QA.replace("spoke to The Sentinel", "told The Sentinel she was ready for the fight")
    atts = rules_only.parse(text).attributions
    said = [a for a in atts if a.source.span.text == "I"]
    assert [a.source.refers_to.span.text for a in said] == ["Ann Lee, the housing minister"]


_BROADCAST = (
    "The following is a transcript of the program, lightly edited.\n\n"
    "ANN LEE (host): Good evening, and welcome to the program.\n\n"
    "TOM ROE: Thanks for having me, Ann.\n\n"
    "ANN LEE: Senator, will you vote for the bill?\n\n"
    "TOM ROE: No. The bill spends money we do not have."
)


def test_a_broadcast_transcripts_labels_are_its_speakers(rules_only):
    atts = rules_only.parse(_BROADCAST).attributions
    # the role in brackets after the host's name is no part of the name; a name in capitals
    # no one named before is a person's, not a body's initials
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("ANN LEE", "person", ":"), ("TOM ROE", "person", ":"), ("ANN LEE", "person", ":"), ("TOM ROE", "person", ":")]
    assert [s.text for s in atts[0].content] == ["Good evening, and welcome to the program"]
    assert [s.text for s in atts[3].content] == ["No. The bill spends money we do not have"]


def test_a_body_the_table_knows_keeps_its_kind_as_a_label(rules_only):
    atts = rules_only.parse(
        "A transcript of the briefing.\n\nREPORTER: Is the famine over?\n\n"
        "UNICEF: No. Children are still dying every day.").attributions
    assert [(a.source.span.text, a.source.kind) for a in atts] == [("REPORTER", "person"), ("UNICEF", "organization")]


@pytest.mark.parametrize("label", ["Tom Roe (Labour)", "TOM ROE (R-Ohio)", "Dana Kim (host)"])
def test_a_label_with_its_role_in_brackets(rules_only, label):
    atts = rules_only.parse(
        f"An excerpt of the debate.\n\nAnn Lee: We will build the homes we promised.\n\n{label}: The plan is a fantasy.").attributions
    assert [a.source.span.text for a in atts] == ["Ann Lee", label.split(" (")[0]]
    assert [s.text for s in atts[1].content] == ["The plan is a fantasy"]


def test_a_bracket_inside_a_sentence_is_no_label(rules_only):
    # a name and a bracket inside a paragraph, no colon right after: no turn
    atts = rules_only.parse(
        "An excerpt of the debate.\n\nAnn Lee: We will build the homes we promised.\n\n"
        "Dana Kim: Will you?\n\nTom Roe (Labour) said the plan was a fantasy.").attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [
        ("Ann Lee", ":"), ("Dana Kim", ":"), ("Tom Roe (Labour)", "said")]


def test_a_podcast_excerpt_with_bold_style_names(rules_only):
    atts = rules_only.parse(
        "On this week's episode of the Capitol Beat podcast, host Dana Kim spoke with Senator Mark Hale "
        "about the farm bill. An excerpt:\n\n"
        "Dana Kim: Senator, the farm bill is stuck again. Why?\n\n"
        "Mark Hale: Because the House wants cuts to food aid that the Senate will never accept.").attributions
    # (the introduction's "spoke with Senator Mark Hale about the farm bill" is a report of its own)
    assert [(a.source.span.text, a.cue.text) for a in atts[:1]] == [("host Dana Kim", "spoke with Senator Mark Hale about")]
    atts = atts[1:]
    assert [(a.source.span.text, a.source.kind) for a in atts] == [("Dana Kim", "person"), ("Mark Hale", "person")]
    assert [s.text for s in atts[1].content] == ["Because the House wants cuts to food aid that the Senate will never accept"]


def test_an_interviewer_and_a_surname_label(rules_only):
    atts = rules_only.parse(
        "The Sentinel sat down with the mayor, Tom Roe, at City Hall.\n\n"
        "Interviewer: How do you answer the union?\n\n"
        "Roe: We will meet them again next week.").attributions
    assert [(a.source.span.text, a.source.kind) for a in atts] == [("Interviewer", "person"), ("Roe", "person")]
    assert atts[1].source.refers_to.span.text == "Tom Roe"


def test_a_press_conference_transcript(rules_only):
    atts = rules_only.parse(
        "The minister took questions after the cabinet meeting. Below is a partial transcript.\n\n"
        "REPORTER: Minister, when will the new rail line open?\n\n"
        "MINISTER: The line will open in December, as we promised.").attributions
    assert [(a.source.span.text, a.source.kind) for a in atts] == [("REPORTER", "person"), ("MINISTER", "person")]
    assert [s.text for s in atts[1].content] == ["The line will open in December, as we promised"]


def test_an_interview_write_up_in_an_indian_paper(rules_only):
    atts = rules_only.parse(
        "In an interview with The Hindu, Priya Raman said the state would build 200 new schools by 2025.\n\n"
        "Asked about the protests by teachers, she said: \"Their concerns are genuine and we will address them.\"\n\n"
        "\"We have a plan and we have the money,\" she told The Hindu.").attributions
    said = [a for a in atts if a.source is not None]
    assert [(a.source.span.text, a.cue.text) for a in said] == [
        ("Priya Raman", "said"), ("she", "said"), ("she", "told")]
    assert [a.source.refers_to.span.text for a in said[1:]] == ["Priya Raman", "Priya Raman"]
    assert [s.text for s in said[1].content] == ["\"Their concerns are genuine and we will address them.\""]


def test_a_label_with_its_role_in_brackets_counts_as_a_turn_for_the_first_label(rules_only):
    # two labels make a transcript, the one with a role in brackets too: the first turn is no
    # dateline then ("Ann Lee:" is read as a speaker, not passed over)
    atts = rules_only.parse(
        "An excerpt of the debate.\n\nAnn Lee: The plan is sound.\n\n"
        "Tom Roe (Labour): The plan is a fantasy.").attributions
    assert [(a.source.span.text, [s.text for s in a.content]) for a in atts] == [
        ("Ann Lee", ["The plan is sound"]), ("Tom Roe", ["The plan is a fantasy"])]


def test_an_indian_papers_q_and_a_with_full_stops(rules_only):
    atts = rules_only.parse(
        "Priya Raman interview: 'Our farmers deserve better'\n\n"
        "Agriculture Minister Priya Raman spoke to Mint about crop prices. Edited excerpts:\n\n"
        "Q. How bad is the monsoon this year?\n\n"
        "A. It is below normal in six states.\n\n"
        "Q. Will the government raise the support price?\n\n"
        "A. I think the cabinet will decide next week.").attributions
    said = [a for a in atts if a.source.span.text == "I"]
    assert [(a.cue.text, a.source.refers_to.span.text) for a in said] == [("think", "Agriculture Minister Priya Raman")]


def test_one_answer_label_with_a_full_stop_is_no_interview(rules_only):
    # "A." once is an initial or a list's item, no interview: the "I" is read as before
    atts = rules_only.parse(
        "Notes from the council.\n\nQ. Why?\n\nA. I think the budget is short.").attributions
    assert [a.source.refers_to for a in atts if a.source.span.text == "I"] == [None]


def test_a_stage_direction_opening_a_turn_is_no_part_of_the_words(rules_only):
    atts = rules_only.parse(
        "A transcript.\n\nPRESENTER: Your own MPs want you gone.\n\n"
        "HALE: [Crosstalk] Some of them do.\n\nPRESENTER: (Laughs) Fair enough.\n\n"
        "HALE: [Trump] is wrong about that.").attributions
    assert [[s.text for s in a.content] for a in atts] == [
        ["Your own MPs want you gone"], ["Some of them do"], ["Fair enough"], ["[Trump] is wrong about that"]]


def test_a_question_label_in_a_press_conference_is_no_speaker(rules_only):
    atts = rules_only.parse(
        "Transport Minister Ravi Shah took questions after the cabinet meeting.\n\n"
        "QUESTION: Are there cost overruns?\n\nSHAH: The project is on budget.\n\n"
        "REPORTER: And the opening date?\n\nSHAH: December.").attributions
    assert [(a.source.span.text, a.source.kind) for a in atts] == [
        ("SHAH", "person"), ("REPORTER", "person"), ("SHAH", "person")]
    assert atts[0].source.refers_to.span.text == "Ravi Shah"


@pytest.mark.parametrize("label", ["Q:", "A:"])
def test_a_report_opening_a_question_or_an_answer_leaves_its_label_out(rules_only, label):
    atts = rules_only.parse(
        "Tom Roe, the party's treasurer, spoke to The Sentinel on Monday.\n\n"
        "Q: Why now?\n\nA: Because the accounts are clean.\n\nQ: And the audit?\n\n"
        f"{label} The books are in order, the auditors say.").attributions
    said = [a for a in atts if a.cue.text == "say"]
    assert [(a.source.span.text, [s.text for s in a.content]) for a in said] == [
        ("the auditors", ["The books are in order"])]


def test_an_initial_with_a_full_stop_outside_an_interview_stays_in_the_words(rules_only):
    # "A." once, no interview: a name's initial may open the sentence, and stays in it
    atts = rules_only.parse("Notes from the council.\n\nA. Roe was elected, the clerk said.").attributions
    assert [[s.text for s in a.content] for a in atts] == [["A. Roe was elected"]]


@pytest.mark.parametrize("intro, label, named", [
    ("Transport Minister Ravi Shah took questions after the cabinet meeting.", "MINISTER", "Transport Minister Ravi Shah"),
    ("On the late show, host Ann Lee spoke with the senator.", "HOST", "host Ann Lee"),
    ("The council heard from the mayor, Tom Roe, at City Hall.", "MAYOR", "Tom Roe"),
])
def test_a_post_as_a_label_stands_for_the_one_named_with_the_post(rules_only, intro, label, named):
    atts = rules_only.parse(f"{intro}\n\nREPORTER: Will the line open in May?\n\n{label}: It will open in June.").attributions
    assert [(a.source.span.text, a.source.kind) for a in atts] == [("REPORTER", "person"), (label, "person")]
    assert atts[1].source.refers_to.span.text == named
    # the one asking is named with no post: nobody the label stands for
    assert atts[0].source.refers_to is None


def test_a_post_as_a_label_named_with_no_one_stands_for_no_one(rules_only):
    # the person named last holds no such post: the label is left as it is
    atts = rules_only.parse(
        "Ann Lee, a rail engineer, visited the site.\n\n"
        "REPORTER: Will the line open in May?\n\nHOST: It will open in June.").attributions
    assert [(a.source.span.text, a.source.refers_to) for a in atts] == [("REPORTER", None), ("HOST", None)]


def _qa_under(intro: str) -> str:
    return (f"Minister defends housing plan\n\n{intro} This interview has been edited.\n\n"
            "Q: Why now?\n\nA: Because the lists have doubled.\n\nQ: Will the plan cost too much?\n\n"
            "A: I think the cost of doing nothing is higher. We believe the plan is worth it.")


@pytest.mark.parametrize("intro, named", [
    ("Ann Lee, the housing minister, spoke to The Sentinel in her office on Friday.", "Ann Lee, the housing minister"),
    ("Ann Lee, chief executive of Vexa, sat down with the Gazette last week.", "Ann Lee, chief executive of Vexa"),
    ("Ann Lee talked to us at her office.", "Ann Lee"),
    ("The Sentinel spoke to Ann Lee, the housing minister, on Friday.", "Ann Lee"),
    ("We sat down with Ann Lee at her office.", "Ann Lee"),
    ("In an interview with The Hindu, Ann Lee looked back on her first year.", "Ann Lee"),
])
def test_an_answers_i_is_the_one_the_introduction_says_was_met(rules_only, intro, named):
    atts = rules_only.parse(_qa_under(intro)).attributions
    said = [a for a in atts if a.source.span.text == "I"]
    assert [a.source.refers_to.span.text for a in said] == [named]


def test_an_introduction_that_meets_no_one_named_leaves_the_headline(rules_only):
    # "She spoke to ..." names no one: the headline's speaker, as before
    atts = rules_only.parse(_qa_under("She spoke to The Sentinel on Friday.")).attributions
    said = [a for a in atts if a.source.span.text == "I"]
    assert [a.source.refers_to.span.text for a in said] == ["Minister"]


@pytest.mark.parametrize("intro, body", [
    ("Ann Lee, chief executive of Vexa, sat down with the Gazette last week.", "Vexa"),
    ("Ann Lee, a senior fellow at the Harbour Institute, talked to us.", "the Harbour Institute"),
    ("In an interview with The Hindu, Ann Lee, chief executive of Vexa, said the plan was sound.", "Vexa"),
])
def test_an_answers_we_is_the_body_of_the_one_interviewed(rules_only, intro, body):
    atts = rules_only.parse(_qa_under(intro)).attributions
    we = [a for a in atts if a.source.span.text == "We"]
    assert [(a.cue.text, a.source.refers_to.span.text) for a in we] == [("believe", body)]


@pytest.mark.parametrize("intro", [
    "Ann Lee, the housing minister, spoke to The Sentinel on Friday.",  # a post at no body named
    "Ann Lee, a friend of Tom Roe, talked to us.",  # a person, no body
])
def test_an_answers_we_with_no_body_named_stands_for_no_one(rules_only, intro):
    atts = rules_only.parse(_qa_under(intro)).attributions
    assert [a.source.refers_to for a in atts if a.source.span.text == "We"] == [None]


def test_a_we_outside_an_interview_is_still_the_writers(rules_only):
    atts = rules_only.parse(
        "Ann Lee, chief executive of Vexa, spoke to The Sentinel on Friday.\n\n"
        "We believe the plan is worth it.").attributions
    assert [a.source.refers_to for a in atts if a.source.span.text == "We"] == [None]


@pytest.mark.parametrize("sentence", [
    # how long after or before an event the interview came, between the outlet and "that"
    "She said in an interview with the Guardian the day after the vote that the plan was dead.",
    "She said in an interview with the Guardian hours before the vote that the plan was dead.",
    "She told the Guardian the morning after the vote that the plan was dead.",
])
def test_a_time_told_by_an_event_between_the_outlet_and_that(rules_only, sentence):
    (att,) = rules_only.parse(sentence).attributions
    assert ([v.span.text for v in att.via], [s.text for s in att.content]) == (["the Guardian"], ["the plan was dead"])


def test_a_time_told_by_an_event_before_that_is_the_cues(rules_only):
    (att,) = rules_only.parse("Ann Lee said the day after the vote that the plan was dead.").attributions
    assert (att.cue.text, [s.text for s in att.content]) == ("said", ["the plan was dead"])


def test_the_day_after_an_event_as_the_subject_stays_in_the_content(rules_only):
    # the near miss: no "that" after the event, or a relative "that" with its verb: the time is the clause's subject
    (att,) = rules_only.parse("Ann Lee said the day after the vote was chaotic.").attributions
    assert [s.text for s in att.content] == ["the day after the vote was chaotic"]
    (att,) = rules_only.parse("Ann Lee said the day after the vote that followed was chaotic.").attributions
    assert [s.text for s in att.content] == ["the day after the vote that followed was chaotic"]


@pytest.mark.parametrize("sentence", [
    # a bare noun phrase and its auxiliary open the clause after the person the interview was with
    "He told reporters in an interview with Tom Roe costs would rise.",
    "He said in an interview with Tom Roe costs would rise.",
])
def test_a_bare_clause_after_a_person_interviewing(rules_only, sentence):
    (att,) = rules_only.parse(sentence).attributions
    assert (att.via, [s.text for s in att.content]) == ((), ["costs would rise"])
    assert "Roe" not in att.cue.text


def test_a_clause_with_that_after_a_person_interviewing_is_unchanged(rules_only):
    # the near miss: with its "that" the clause was found before; a phrase after the name that is
    # no subject with its auxiliary opens no clause
    (att,) = rules_only.parse("He said in an interview with Tom Roe that costs would rise.").attributions
    assert [s.text for s in att.content] == ["costs would rise"]
    atts = rules_only.parse("He said in an interview with Tom Roe in May he would run.").attributions
    assert not any(s.text.startswith("May") for a in atts for s in a.content)


@pytest.mark.parametrize("sentence, cue, via", [
    # an interview before the one it was given to or the outlet it aired on stays out of the cue,
    # as annotators mostly leave it; the outlet still relays the words
    ("Ann Lee said in an interview with The Harbour Gazette that the ferry would stop.", "said", ["The Harbour Gazette"]),
    ("“The ferry will stop,” Ann Lee said in an interview with The Harbour Gazette.", "said", ["The Harbour Gazette"]),
    ("Ann Lee said in a telephone interview with Tom Roe that the ferry would stop.", "said", []),
    ("Ann Lee said during a radio interview on BBC Radio 4 that the ferry would stop.", "said", ["BBC Radio 4"]),
    # the near misses: the interview alone before the clause or the sentence's end keeps its place in the cue
    ("Ann Lee said in an interview that the ferry would stop.", "said in an interview", []),
    ("“The ferry will stop,” Ann Lee said in an interview.", "said in an interview", []),
    ("Ann Lee said in a statement that the ferry would stop.", "said in a statement", []),
])
def test_an_interview_before_its_hearer_is_no_part_of_the_cue(rules_only, sentence, cue, via):
    (att,) = rules_only.parse(sentence).attributions
    assert (att.source.span.text, att.cue.text, [v.span.text for v in att.via]) == ("Ann Lee", cue, via)
    assert att.content[0].text.strip("“”,") in ("the ferry would stop", "The ferry will stop")


def test_an_interview_on_a_show_with_a_long_title_keeps_its_content(rules_only):
    # the occasion is read past even when what follows names no outlet the patterns take whole
    (att,) = rules_only.parse(
        "Ann Lee backed the plan, stating in an interview on Harbour TV’s Live at Nine with Tom Roe that the ferry "
        "would stop.").attributions[-1:]
    assert (att.cue.text, [s.text for s in att.content]) == ("stating", ["the ferry would stop"])


@pytest.mark.parametrize("sentence, via", [
    # a poll an outlet ran carries the answers it gathered, as its interview would
    ("Most economists forecast in a Reuters poll that rates would rise.", ["Reuters"]),
    ("Analysts had predicted in a Bloomberg survey that rates would rise.", ["Bloomberg"]),
    # the near miss: a pollster is no outlet, and relays nothing
    ("Most voters said in a Gallup poll that rates would rise.", []),
])
def test_a_poll_an_outlet_ran_relays_its_answers(rules_only, sentence, via):
    (att,) = rules_only.parse(sentence).attributions
    assert ([v.span.text for v in att.via], [s.text for s in att.content]) == (via, ["rates would rise"])


@pytest.mark.parametrize("sentence, via", [
    # a numbered station's name after its number, as "BBC Radio 4" is read
    ("Ann Lee told BBC Radio 6 Music the tour was over.", ["BBC Radio 6 Music"]),
    ("Ann Lee said on BBC Radio 6 Music that the tour was over.", ["BBC Radio 6 Music"]),
    ("Ann Lee told BBC Radio 4 the tour was over.", ["BBC Radio 4"]),
    # a show by one word after its outlet's possessive: the outlet relays, as after "told"
    ("Ann Lee said on RNZ's Checkpoint that the tour was over.", ["RNZ"]),
    ("Ann Lee told RNZ's Checkpoint that the tour was over.", ["RNZ"]),
    # the paper alone that opens the sentence, where the piece ran
    ("In The Harbour Gazette, critic Ann Lee wrote that the tour was over.", ["The Harbour Gazette"]),
    # the near misses: a place or a medium in capitals that opens the sentence relays nothing
    ("In Ohio, critic Ann Lee wrote that the tour was over.", []),
    ("In TV interviews, critic Ann Lee said that the tour was over.", []),
])
def test_a_station_a_show_or_a_fronted_paper_relays(rules_only, sentence, via):
    (att,) = rules_only.parse(sentence).attributions
    assert ([v.span.text for v in att.via], [s.text for s in att.content]) == (via, ["the tour was over"])


@pytest.mark.parametrize("text, source, cue, quote", [
    # a feature's speaker described by the manner of their speaking, in a sentence of its own before a
    # quotation that makes up its own: the quotation is theirs, "be" and the adjective the cue
    ("The ferryman, 61, is blunt. ‘Nobody crosses in winter any more.’", "The ferryman, 61", "is blunt",
     "‘Nobody crosses in winter any more.’"),
    ("Her brother is more philosophical. “You win some and you lose some.”", "Her brother", "is more philosophical",
     "“You win some and you lose some.”"),
    ("Nurse Ada Crane was adamant. ‘I will not leave this ward.’ She has worked there since 1994.", "Nurse Ada Crane",
     "was adamant", "‘I will not leave this ward.’"),
    ("The tenants’ union remains defiant. \"We will march again in May.\"", "The tenants’ union", "remains defiant",
     "\"We will march again in May.\""),
])
def test_a_speakers_manner_before_a_quotation_is_its_cue(rules_only, text, source, cue, quote):
    (att,) = [a for a in rules_only.parse(text).attributions if a.cue.text == cue]
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [quote])


@pytest.mark.parametrize("text", [
    # the near misses: a manner no speaker has, a quotation with its own cue, no quotation of a sentence after it
    "The letter was blunt. ‘Leave by Friday.’",
    "Nurse Ada Crane was adamant. ‘I will not leave this ward,’ she told the board.",
    "Nurse Ada Crane was adamant. The ward would stay open.",
    "Nurse Ada Crane was adamant.\n\n‘I will not leave this ward.’",
])
def test_a_manner_with_no_speaker_or_no_quotation_of_its_own_speaks_nothing(rules_only, text):
    assert not [a for a in rules_only.parse(text).attributions if a.cue.text.startswith(("was", "is"))]


@pytest.mark.parametrize("text, found", [
    # a gesture or an owned noun asked as a question leads the quotation that makes up the next
    # sentence of its paragraph; read only when one does (none in the next paragraph, nor one
    # that a verb after it claims)
    ("The boatman shrugged. “Storms come and go.”", [("The boatman", "shrugged", "“Storms come and go.”")]),
    ("The boatman shrugged.\n\n“Storms come and go.”", []),
    ("The boatman shrugged. “Storms come and go,” he told the crew.", []),
    ("His answer? “Not this winter.”", [("His", "answer", "“Not this winter.”")]),
    ("His answer?\n\n“Not this winter.”", []),
])
def test_a_gesture_or_a_question_lead_needs_the_quotation_after_it(rules_only, text, found):
    assert [(a.source.span.text, a.cue.text, a.content[0].text) for a in rules_only.parse(text).attributions
            if a.cue.text in ("shrugged", "answer")] == found


@pytest.mark.parametrize("text, source, cue, quote", [
    # "So says X": the quotation that makes up the sentence or the paragraph before is X's words
    ("‘We were never told anything.’\n\nSo says Ivy Marsh, 82, who has farmed the valley since 1960.",
     "Ivy Marsh, 82, who has farmed the valley since 1960", "says", "‘We were never told anything.’"),
    ("“The sea gives and the sea takes.” So says the harbourmaster.", "the harbourmaster", "says",
     "“The sea gives and the sea takes.”"),
    ("“Never trust a calm morning.” Thus wrote the sailor Tom Hale.", "the sailor Tom Hale", "wrote",
     "“Never trust a calm morning.”"),
    # ... or the quotation after the speaker's colon
    ("So says Ivy Marsh, 82: ‘We were never told anything.’", "Ivy Marsh, 82", "says",
     "‘We were never told anything.’"),
])
def test_so_says_takes_the_quotation_before_or_after_the_colon(rules_only, text, source, cue, quote):
    (att,) = [a for a in rules_only.parse(text).attributions if a.cue.text == cue]
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [quote])


@pytest.mark.parametrize("text, source", [
    # with no quotation before, "So" stands for the words said, as the writer's own sentence was
    ("Nobody wins a war. So says Ivy Marsh.", "Ivy Marsh"),
    ("The tide turns at noon. So said the harbourmaster.", "the harbourmaster"),
])
def test_so_says_with_no_quotation_before_says_so(rules_only, text, source):
    (att,) = [a for a in rules_only.parse(text).attributions if a.cue.text in ("says", "said")]
    assert (att.source.span.text, [s.text for s in att.content]) == (source, ["So"])


@pytest.mark.parametrize("text,source,content", [
    # an aside inside a relative clause of place reports that clause, not the writer's sentence it hangs on
    ("We walk past a pub where, she says, she once sang for her supper.", "she", ["where", "she once sang for her supper"]),
    ("He points to a bench where, he says, he proposed to his wife.", "he", ["where", "he proposed to his wife"]),
    ("She drives us to the field where, locals say, the battle was fought.", "locals",
     ["where", "the battle was fought"]),
])
def test_an_aside_in_a_relative_clause_of_place_reports_the_clause(rules_only, text, source, content):
    atts = rules_only.parse(text).attributions
    assert len(atts) == 1
    assert (atts[0].source.span.text, [s.text for s in atts[0].content]) == (source, content)
    assert atts[0].cue.text in ("says", "say")
