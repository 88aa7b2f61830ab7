"""Constructions of education and religion copy (schools, universities, exam boards and regulators,
churches, dioceses, mosques and temples; American, British and Indian): statements of bodies and of
the people who head them, letters to parents and pastoral letters, syllabuses and inspection
reports, on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one

_EXAMS = (
    "Pupils in England will sit their exams under new rules next summer, the Department for Education (DfE) "
    "said on Thursday. The DfE said the changes would give schools more time to prepare.\n\n"
    "Ofqual said in a statement that grading would return to its usual standards.\n\n"
    "The Marlowe Teachers' Union said its members would strike in March unless the pay offer improved."
)


def test_a_department_a_regulator_and_a_union_on_exams(rules_only):
    atts = rules_only.parse(_EXAMS).attributions
    assert [(a.source.span.text, a.source.kind, a.cue.text) for a in atts] == [
        ("the Department for Education (DfE)", "government", "said"), ("The DfE", "government", "said"),
        ("Ofqual", "government", "said in a statement"), ("The Marlowe Teachers' Union", "organization", "said")]
    assert atts[1].source.refers_to.span.text == "the Department for Education (DfE)"
    assert [s.text for s in atts[3].content] == ["its members would strike in March unless the pay offer improved"]


@pytest.mark.parametrize("sentence,source", [
    # a board of a state's level, by its name or in lower case, is the state's body
    ("The Central Board of Secondary Education said the results would be declared on Monday.",
     "The Central Board of Secondary Education"),
    ("The Central Board of Secondary Education (CBSE) said in a circular that schools must cut homework.",
     "The Central Board of Secondary Education (CBSE)"),
    ("The Orissa State Board of Secondary Education said the papers would be set again.",
     "The Orissa State Board of Secondary Education"),
    ("The Board of Higher Secondary Education said the marks had been added up wrongly.",
     "The Board of Higher Secondary Education"),
    ("The state board said the exams would begin in March.", "The state board"),
    ("The state education department said teachers who stayed away would face action.",
     "The state education department"),
    ("The central board said the syllabus would be cut by a third.", "The central board"),
])
def test_a_public_board_of_schooling_is_government(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("sentence,source", [
    # boards of no state's level stay bodies: a film body, a sport's board, a faith's, a union's
    ("The National Board of Review said the film was the best of the year.", "The National Board of Review"),
    ("The England and Wales Cricket Board said the match would go ahead.", "The England and Wales Cricket Board"),
    ("The Board of Jewish Education said the school would open in May.", "The Board of Jewish Education"),
    ("The national board of the union said the strike would go ahead.", "The national board of the union"),
    ("The board said the dividend would rise.", "The board"),
    ("The physics department said the lab would close.", "The physics department"),
])
def test_a_board_of_no_state_stays_a_body(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "organization")


@pytest.mark.parametrize("sentence,source", [
    # houses of worship and places of learning speak as bodies
    ("The temple said the festival would be scaled down this year.", "The temple"),
    ("The gurdwara said the kitchen would serve meals to all.", "The gurdwara"),
    ("The parish said the summer fete would go ahead.", "The parish"),
    ("The seminary said the students had been sent home.", "The seminary"),
    ("The madrasa said the boy had left the campus on Friday.", "The madrasa"),
    ("The varsity said the exams would be held online.", "The varsity"),
    ("The polytechnic said it would admit 500 more students.", "The polytechnic"),
])
def test_a_house_of_worship_or_of_learning_is_an_organization(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "organization")


@pytest.mark.parametrize("sentence,source", [
    # the same words as surnames stay people's
    ("Ann Temple said she would stand again.", "Ann Temple"),
    ("Tom Parish said he was glad to be home.", "Tom Parish"),
])
def test_a_surname_of_a_body_word_is_a_person(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "person")


@pytest.mark.parametrize("sentence,source", [
    # what a course or a pope sets down is a text
    ("According to the syllabus, students must study two plays.", "the syllabus"),
    ("The curriculum says children should learn to code by the age of nine.", "The curriculum"),
    ("The encyclical says the Earth is our common home.", "The encyclical"),
    ("The prospectus says every student will be given a laptop.", "The prospectus"),
])
def test_a_syllabus_or_an_encyclical_is_a_document(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "document")


@pytest.mark.parametrize("text,source", [
    # a school's head by another of the post's names, and the pope by his other name
    ("The school's headteacher said the academy would hold revision classes. The head said attendance had risen.",
     "The school's headteacher"),
    ("The headteacher, Ann Cole, said the academy would stay open. The head said the roof would be mended.",
     "The headteacher, Ann Cole"),
    ("Principal Ann Cole said the school would close early. The head said the building was unsafe.",
     "Principal Ann Cole"),
    ("Pope Francis said peace was a gift from God. The pontiff said war was always a defeat.", "Pope Francis"),
])
def test_a_post_by_its_other_name_stands_for_its_holder(rules_only, text, source):
    later = rules_only.parse(text).attributions[1]
    assert later.source.refers_to is not None and later.source.refers_to.span.text == source


@pytest.mark.parametrize("text", [
    # one of the other sex, or given another post, is no holder of the post
    "Headmaster Tom Reed said the school would close. The headmistress said the building was unsafe.",
    "Ann Cole, a lawyer for the family, said the school had failed them. The principal said it had not.",
    "The vice-chancellor of Harlow University, Professor Ravi Sen, said the campus would open. "
    "The principal wrote in a letter to parents that the school would close.",
])
def test_a_post_stands_for_no_one_given_another(rules_only, text):
    later = rules_only.parse(text).attributions[1]
    assert later.source.refers_to is None


def test_the_university_stands_for_the_university_of_a_place(rules_only):
    atts = rules_only.parse(
        "Meanwhile, the University of Northfield said it would cut 300 jobs. The university said it would "
        "consult staff over the coming weeks.").attributions
    assert atts[1].source.refers_to is not None and atts[1].source.refers_to.span.text == "the University of Northfield"


@pytest.mark.parametrize("sentence,cue", [
    # a pastoral or an open letter, and a sermon or a homily, are media a cue names
    ("The bishop wrote in a pastoral letter that the diocese would review its rules.", "wrote in a pastoral letter"),
    ("The principal wrote in an open letter that the school would reopen in May.", "wrote in an open letter"),
    ("The pastor said in a sermon on Sunday that the church would be rebuilt.", "said in a sermon"),
    ("The archbishop said in a homily that hope would prevail.", "said in a homily"),
])
def test_a_pastoral_letter_or_a_sermon_extends_the_cue(rules_only, sentence, cue):
    att = _one(rules_only.parse(sentence))
    assert att.cue.text == cue


def test_a_sermon_by_its_possessive_stays_out_of_the_cue(rules_only):
    att = _one(rules_only.parse("The Pope said in his homily that the poor must come first."))
    assert (att.cue.text, [s.text for s in att.content]) == ("said", ["the poor must come first"])


@pytest.mark.parametrize("text,source", [
    # a university's first word alone stands for it, though it was named only inside another's mention
    ("A spokeswoman for Harwell University said the school was reviewing the incident. Harwell said in a "
     "statement that the student had been suspended.", "Harwell University"),
    ("Ann Lee, a professor at Kestrel University, said the study was flawed. Kestrel said it would review the claims.",
     "Kestrel University"),
])
def test_a_universitys_first_word_stands_for_it(rules_only, text, source):
    later = rules_only.parse(text).attributions[1]
    assert later.source.kind == "organization"
    assert later.source.refers_to is not None and later.source.refers_to.span.text == source


def test_a_surname_that_opens_a_universitys_name_stays_the_persons(rules_only):
    later = rules_only.parse(
        "Tom Harwell said he was sorry. A spokeswoman for Harwell University said the school was reviewing it. "
        "Harwell said he would resign.").attributions[2]
    assert (later.source.kind, later.source.refers_to.span.text) == ("person", "Tom Harwell")


@pytest.mark.parametrize("sentence,source,cue,content", [
    # an order binds bodies by their plural, or a body by a long name, and says what they must do
    ("The department has directed all private schools to display their fees on notice boards.",
     "The department", "has directed", "all private schools to display their fees on notice boards"),
    ("The regulator directed universities to refund the deposits.",
     "The regulator", "directed", "universities to refund the deposits"),
    ("The board instructed the academies not to hold the tests this year.",
     "The board", "instructed", "the academies not to hold the tests this year"),
    ("The High Court directed the Northern State School Service Commission to publish the results.",
     "The High Court", "directed", "the Northern State School Service Commission to publish the results"),
    ("The ministry directed the states to submit reports.",
     "The ministry", "directed", "the states to submit reports"),
])
def test_an_order_to_schools_or_a_long_named_body(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,source,content", [
    # what a hearer is told to do is the content; its verb is no second verb of the cue
    ("The head told pupils to bring packed lunches.", "The head", "to bring packed lunches"),
    ("The principal told parents to expect delays.", "The principal", "to expect delays"),
    ("The inspector told staff to report any concerns.", "The inspector", "to report any concerns"),
])
def test_a_hearer_told_to_act(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "told", [content])


@pytest.mark.parametrize("sentence,source,content", [
    # a paper in the clause of time is no speaker of the participle; the main clause's subject is
    ("The exam board apologised after a maths paper contained an error, saying no pupil would lose out.",
     "The exam board", "no pupil would lose out"),
    ("The dean resigned after the report was published, saying she had done nothing wrong.",
     "The dean", "she had done nothing wrong"),
    ("Parents protested after the letter was sent, saying they had not been consulted.",
     "Parents", "they had not been consulted"),
])
def test_a_participle_after_a_papers_clause_of_time(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "saying", [content])


@pytest.mark.parametrize("sentence,source", [
    # with no speaker before it, the clause's paper or body still says it
    ("Shares fell after the report was published, saying the firm had misled investors.", "the report"),
    ("Shares fell after the firm cut its forecast, saying demand was weak.", "the firm"),
])
def test_a_participle_after_a_clause_of_time_with_no_speaker_before(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source
