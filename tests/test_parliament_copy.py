"""Constructions of parliamentary and legislative copy (the Commons and the Lords, the Lok Sabha
and the Rajya Sabha, US Congress hearings, state assemblies), on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence,cue,content", [
    # a chamber by its name hears what it is told, as a court does, and is no source
    ("The Commons heard that the Treasury had drawn up three plans.", "heard", "the Treasury had drawn up three plans"),
    ("The House heard that the agency had ignored the advice.", "heard", "the agency had ignored the advice"),
    ("The Lok Sabha was told that 14 airports would be leased.", "was told", "14 airports would be leased"),
    ("The agency had ignored the advice, the House of Lords heard.", "heard", "The agency had ignored the advice"),
    ("Parliament was told that the agency had ignored the advice.", "was told", "the agency had ignored the advice"),
    ("MPs were told that the contract had been signed in May.", "were told", "the contract had been signed in May"),
])
def test_a_chamber_that_hears_is_no_source(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source, att.cue.text, [s.text for s in att.content]) == (None, cue, [content])


@pytest.mark.parametrize("sentence", [
    # a chamber that hears a case or a speech hears no report
    "The Senate heard the appeal on Monday.",
    "The House heard the minister speak for an hour.",
])
def test_a_chamber_that_hears_a_thing_hears_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,source,content", [
    # a witness testifies before a panel, or to it, then the clause
    ("Dan Cole testified before the committee that the banks were safe.", "Dan Cole", "the banks were safe"),
    ("Treasury Secretary Dan Cole testified before the Senate Banking Committee that the banks were safe.",
     "Treasury Secretary Dan Cole", "the banks were safe"),
    ("Dan Cole testified before Congress in May that he had never met the lobbyist.", "Dan Cole",
     "he had never met the lobbyist"),
    ("Dan Cole testified to the committee that the banks were safe.", "Dan Cole", "the banks were safe"),
    ("The witness testified that she had seen the files shredded.", "The witness", "she had seen the files shredded"),
])
def test_a_witness_testifies_before_a_panel(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "testified", [content])


@pytest.mark.parametrize("sentence,source", [
    # a numbered part of a text of law, or the law by its capitalised noun, is a document
    ("Clause 4 of the Bill states that councils must publish their accounts.", "Clause 4 of the Bill"),
    ("Section 12 of the Act says that councils must publish their accounts.", "Section 12 of the Act"),
    ("Section 12(b) of the Harbours Act says that councils must publish their accounts.",
     "Section 12(b) of the Harbours Act"),
    ("Rule 267 of the Rules of Procedure states that the Chair may suspend a member.",
     "Rule 267 of the Rules of Procedure"),
    ("The first chapter of the report said the plan was unfair.", "The first chapter of the report"),
    ("The Act says that councils must publish their accounts.", "The Act"),
    ("The Bill states that no new licences will be issued after 2030.", "The Bill"),
])
def test_a_part_of_a_text_of_law_is_a_document(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "document")


@pytest.mark.parametrize("sentence,source,kind", [
    # a part of the people, and a post "of" a body, stay what they were
    ("A section of the public said the plan was unfair.", "A section of the public", "unnamed"),
    ("The Minister of State said the plan was unfair.", "The Minister of State", "person"),
    ("The ACT said the plan was unfair.", "The ACT", "organization"),
])
def test_a_part_of_people_or_a_post_is_no_document(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("text", [
    # a member of a legislature named with the post holds no other post named after
    "Labour MP Nia Reed said the plan was not funded. The minister said it was.",
    "State Assemblyman Jose Ruiz said the bill would protect renters. The clerk said the measure passed.",
    "Replying to a question from Labour MP Anil Verma, the minister said 40 cases had been registered.",
])
def test_a_member_is_no_minister_named_after(rules_only, text):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.refers_to is None


@pytest.mark.parametrize("text,noun", [
    # but the member's own post, or a part a member plays, still stands for the member
    ("Labour MP Nia Reed said the plan was not funded. The MP added that the minister had misled the House.", "The MP"),
    ("Labour MP Nia Reed said the plan was not funded. The lawmaker added that it would fail.", "The lawmaker"),
    ("Rep. Tom Roe said the plan was not funded. The congressman added that it would fail.", "The congressman"),
])
def test_a_members_own_post_still_stands_for_the_member(rules_only, text, noun):
    att = rules_only.parse(text).attributions[-1]
    assert (att.source.span.text, att.source.refers_to.span.text.split()[-1]) == (noun, text.split(" said")[0].split()[-1])


@pytest.mark.parametrize("sentence,source,content", [
    # whoever told the chamber or the jury, after "by", is the source of what they were told
    ("MPs were told by the housing minister that 12,000 homes had been built.", "the housing minister",
     "12,000 homes had been built"),
    ("The House was told by the minister that the talks had failed.", "the minister", "the talks had failed"),
    ("The jury was told by the prosecutor that the gun had been found.", "the prosecutor", "the gun had been found"),
])
def test_who_told_the_chamber_is_the_source(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


@pytest.mark.parametrize("sentence,source,kind", [
    # a chamber by its name is a part of the state, as Parliament and the Senate are
    ("The House of Lords said the Bill had been amended.", "The House of Lords", "government"),
    ("The House of Representatives said the Bill had been amended.", "The House of Representatives", "government"),
    ("The Lok Sabha said the Bill had been amended.", "The Lok Sabha", "government"),
    # and a body of one, named with "of", is a body
    ("The House of Commons Library said the figures were wrong.", "The House of Commons Library", "organization"),
    ("The House of Lords Constitution Committee said the figures were wrong.",
     "The House of Lords Constitution Committee", "organization"),
    # a post "of" a body stays a person
    ("The Speaker of the House said the figures were wrong.", "The Speaker of the House", "person"),
    ("The Duke of Harlow said the figures were wrong.", "The Duke of Harlow", "person"),
])
def test_a_chamber_by_its_name_is_government(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,content", [
    # the chair's ruling on the order of debate is a finding, as "ruled the law void" is
    ("The Speaker ruled the question out of order.", "the question out of order"),
    ("The chair ruled the amendment in order, and the debate went on.", "the amendment in order"),
    ("The Speaker ruled that the question was out of order.", "the question was out of order"),
])
def test_a_chairs_ruling_on_order_is_a_finding(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == ("ruled", [content])


def test_a_post_ruled_out_is_no_ruling(rules_only):
    assert rules_only.parse("The Speaker ruled the question out.").attributions == ()


@pytest.mark.parametrize("text,refers", [
    # the post a mention with "the" and a word before it gave stands for it again
    ("The housing minister said the scheme had worked. The minister added that more homes were needed.",
     "The housing minister"),
    ("The company spokesman said the plant would close. The spokesman added that jobs would go.",
     "The company spokesman"),
    # not another post that ends in the same noun
    ("The prime minister said the scheme had worked. The minister added that more homes were needed.", None),
])
def test_the_post_again_stands_for_the_post_named_before(rules_only, text, refers):
    source = rules_only.parse(text).attributions[-1].source
    assert (source.refers_to.span.text if source.refers_to else None) == refers


def _read(parser, text):
    return [(a.source.span.text if a.source else None, a.source.kind if a.source else None,
             a.source.refers_to.span.text if a.source and a.source.refers_to else None,
             a.cue.text, [s.text for s in a.content]) for a in parser.parse(text).attributions]


_COMMONS_EXCHANGE = (
    "The Prime Minister told MPs that the new levy on second homes would raise £2bn a year. Speaking in the "
    "Commons on Wednesday, Kate Lowry said the money would go to social housing.\n\n"
    "Opposition leader Sam Pike accused the government of \"raiding the savings of ordinary families\". He told "
    "the Commons the plan would push up rents."
)


def test_a_commons_exchange_reads_the_speakers_and_no_chamber(rules_only):
    assert _read(rules_only, _COMMONS_EXCHANGE) == [
        ("The Prime Minister", "person", None, "told", ["the new levy on second homes would raise £2bn a year"]),
        ("Kate Lowry", "person", None, "said", ["the money would go to social housing"]),
        ("Opposition leader Sam Pike", "person", None, "accused",
         ["the government of \"raiding the savings of ordinary families\""]),
        ("He", "person", "Opposition leader Sam Pike", "told", ["the plan would push up rents"]),
    ]


_LOK_SABHA = (
    "Opposition leader Rahul Gandhi said in the Lok Sabha that the government had failed farmers. Replying to the "
    "debate, Home Minister Arjun Mehta said the Opposition was misleading the House.\n\n"
    "The minister informed the Rajya Sabha in a written reply that 1,200 schools had been upgraded in the last "
    "three years."
)


def test_a_lok_sabha_debate_reads_the_members_and_the_written_reply(rules_only):
    assert _read(rules_only, _LOK_SABHA) == [
        ("Opposition leader Rahul Gandhi", "person", None, "said", ["the government had failed farmers"]),
        ("Home Minister Arjun Mehta", "person", None, "said", ["the Opposition was misleading the House"]),
        ("The minister", "person", "Home Minister Arjun Mehta", "informed",
         ["1,200 schools had been upgraded in the last three years"]),
    ]


_HEARING = (
    "Senator Ann Lee asked the nominee whether he would recuse himself from the case. The nominee told the "
    "committee he would follow the advice of ethics officials.\n\n"
    "The witness testified that she had seen the files shredded. Under questioning from Representative Mark Ortiz, "
    "she said her supervisor had ordered it."
)


def test_a_hearing_reads_the_question_the_answer_and_the_testimony(rules_only):
    assert _read(rules_only, _HEARING) == [
        ("Senator Ann Lee", "person", None, "asked", ["whether he would recuse himself from the case"]),
        ("The nominee", "person", None, "told", ["he would follow the advice of ethics officials"]),
        ("The witness", "person", None, "testified", ["she had seen the files shredded"]),
        ("she", "person", "The witness", "said", ["her supervisor had ordered it"]),
    ]


_PAPERS = (
    "The committee's report concluded that the department had failed to monitor the contract. It said officials "
    "had ignored repeated warnings from auditors.\n\n"
    "The Bill states that no new licences will be issued after 2030. Labour MPs accused the government of "
    "breaking its promise on nurses' pay. The House was told that 40,000 posts remained vacant."
)


def test_a_report_a_bill_and_the_house_told(rules_only):
    assert _read(rules_only, _PAPERS) == [
        ("The committee's report", "document", None, "concluded", ["the department had failed to monitor the contract"]),
        ("It", "document", "The committee's report", "said", ["officials had ignored repeated warnings from auditors"]),
        ("The Bill", "document", None, "states", ["no new licences will be issued after 2030"]),
        ("Labour MPs", "group", None, "accused", ["the government of breaking its promise on nurses' pay"]),
        (None, None, None, "was told", ["40,000 posts remained vacant"]),
    ]


_STATE_ASSEMBLY = (
    "State Assemblyman Jose Ruiz told the Assembly on Thursday that the bill would protect renters. The measure "
    "passed 52-20, the clerk announced.\n\n"
    "Finance Minister Meera Iyer told the Lok Sabha that the deficit would be brought down to 4.5% next year. "
    "\"We will not compromise on growth,\" she said."
)


def test_an_assembly_and_a_budget_read_no_chamber_and_no_wrong_clerk(rules_only):
    assert _read(rules_only, _STATE_ASSEMBLY) == [
        ("State Assemblyman Jose Ruiz", "person", None, "told", ["the bill would protect renters"]),
        ("the clerk", "person", None, "announced", ["The measure passed 52-20"]),
        ("Finance Minister Meera Iyer", "person", None, "told", ["the deficit would be brought down to 4.5% next year"]),
        ("she", "person", "Finance Minister Meera Iyer", "said", ["\"We will not compromise on growth,\""]),
    ]


@pytest.mark.parametrize("sentence,source,content", [
    # what the agent accused the subject of, "of" and a gerund, is no part of the agent, and is said
    ("Ministers have been accused by the Public Accounts Committee of wasting £1bn.",
     "the Public Accounts Committee", ["Ministers", "wasting £1bn"]),
    ("The board was accused by regulators of hiding losses.", "regulators", ["The board", "hiding losses"]),
    # what for stays out of both
    ("The board was attacked by Ann Lee for hiding losses.", "Ann Lee", ["The board"]),
])
def test_what_an_agent_accused_of_is_no_part_of_the_agent(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, content)


@pytest.mark.parametrize("sentence,cue,content", [
    # the members of a chamber hear evidence as "MPs" do: the frame has no source
    ("Members of Parliament heard that the ferry fund was empty.", "heard", "the ferry fund was empty"),
    ("The ferry fund was empty, members of the Senate were told.", "were told", "The ferry fund was empty"),
    ("MPs heard that the ferry fund was empty.", "heard", "the ferry fund was empty"),
])
def test_members_of_a_chamber_hear_as_mps_do(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source, att.cue.text, [s.text for s in att.content]) == (None, cue, [content])


def test_members_of_a_committee_are_no_chamber(rules_only):
    # the near miss: a committee's members are no chamber, and "heard" alone frames nothing of theirs
    assert rules_only.parse("Members of the ferry committee heard that the fund was empty.").attributions == ()


@pytest.mark.parametrize("sentence,source,content", [
    # the subject of a passive "told" or "warned" by an agent is the one told, no words said
    ("The House was told by 40 MPs.", None, None),
    ("Tenants were warned by the council.", None, None),
    # the clause after it is what was said
    ("The House was told by 40 MPs that the ferry fund was empty.", "40 MPs", ["the ferry fund was empty"]),
    # the near miss: a thing promised is the passive's content
    ("The pay rise was promised by the minister.", "the minister", ["The pay rise"]),
])
def test_the_subject_of_a_passive_tell_is_the_hearer(rules_only, sentence, source, content):
    found = rules_only.parse(sentence).attributions
    if source is None:
        assert found == ()
        return
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, content)


@pytest.mark.parametrize("sentence", [
    # "grant" with a leave or a sitting's business as its object gives it: no point is granted
    "The Speaker has granted an urgent question on the harbour contract.",
    "The Deputy Speaker granted an emergency debate on the ferry strike.",
    "The council granted permission for 40 homes on the quay.",
    "Judge Ines Varga granted him bail until the trial.",
    "The committee was granted a six-month extension.",
])
def test_granting_a_leave_or_a_debate_reports_nothing(rules_only, sentence):
    assert [a.cue.text for a in rules_only.parse(sentence).attributions if a.cue.lemma == "grant"] == []


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a report after the leave granted is still read
    ("The Speaker granted an urgent question, and Okafor told MPs the contract was void.", "Okafor", "told",
     "the contract was void"),
    ("After the Speaker granted a debate, Ms Varga said the ferry would be sold.", "Ms Varga", "said",
     "the ferry would be sold"),
])
def test_a_report_after_a_leave_granted_is_still_read(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,source,cue,content", [
    # the fields of one portfolio joined by "and" before one title name one minister, a person
    ("Science and Technology Minister Anand Varma said the lab would open in May.",
     "Science and Technology Minister Anand Varma", "said", "the lab would open in May"),
    ("Moving the bill, Commerce and Industry Minister Ravi Nath said it would help exporters.",
     "Commerce and Industry Minister Ravi Nath", "said", "it would help exporters"),
    ("Food and Civil Supplies Minister Meena Rao told the Assembly that 40 godowns were full.",
     "Food and Civil Supplies Minister Meena Rao", "told", "40 godowns were full"),
    ("Business and Trade Secretary Ann Lee said the tariffs would be paused.",
     "Business and Trade Secretary Ann Lee", "said", "the tariffs would be paused"),
])
def test_a_portfolio_joined_by_and_is_one_minister(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "person", cue, [content])


@pytest.mark.parametrize("sentence,source", [
    # a name before "and" and a minister after it are two people
    ("Varma and Defence Minister Ravi Nath said the deal was signed.", "Varma and Defence Minister Ravi Nath"),
    ("Anand Varma and Health Minister Meena Rao said the clinics would open.",
     "Anand Varma and Health Minister Meena Rao"),
])
def test_a_name_and_a_minister_are_two_people(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "group")


@pytest.mark.parametrize("sentence,source,cue,content", [
    # the one written to is addressed: the participle after it is the writer's
    ("Varma wrote to the Prime Minister seeking an all-party meeting.", "Varma", "seeking", "an all-party meeting"),
    ("The MP has written to the Speaker demanding a debate on the floods.", "The MP", "demanding",
     "a debate on the floods"),
    ("The union wrote to the ministry seeking clarity on the new rules.", "The union", "seeking",
     "clarity on the new rules"),
    ("Residents petitioned the council asking for a new bridge.", "Residents", "asking for", "a new bridge"),
])
def test_a_participle_after_the_one_written_to_is_the_writers(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


def test_a_participle_after_an_indefinite_noun_written_to_is_the_nouns(rules_only):
    # "a group backing Lee" is a group that backs him, whoever wrote to it
    att = _one(rules_only.parse("Varma wrote to a group backing the mayor."))
    assert (att.source.span.text, att.cue.text) == ("a group", "backing")


@pytest.mark.parametrize("sentence,source,content", [
    # "parliament" in lower case after "told" is whom it was told, no part of what was told
    ("The defence secretary told parliament the frigates would be ready by 2030.", "The defence secretary",
     "the frigates would be ready by 2030"),
    ("Ann Vale told parliament on Tuesday the border force was short of staff.", "Ann Vale",
     "the border force was short of staff"),
    ("The prime minister told parliament that no troops would be sent.", "The prime minister",
     "no troops would be sent"),
])
def test_parliament_in_lower_case_is_the_hearer(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "told", [content])


@pytest.mark.parametrize("sentence,source,content", [
    # a body's organ after its possessive in lower case is whom it was told, its whole phrase
    ("The defence secretary told parliament's defence committee the frigates were late.", "The defence secretary",
     "the frigates were late"),
    ("Ann Vale told the council's planning panel the ring road would close.", "Ann Vale", "the ring road would close"),
    ("The treasurer told the board's audit committee that the books were clean.", "The treasurer",
     "the books were clean"),
    ("The general told congress's armed services panel on Tuesday the war was going well.", "The general",
     "the war was going well"),
    ("Ann Vale warned the union's members the plant would shut.", "Ann Vale", "the plant would shut"),
])
def test_a_possessed_body_after_told_is_the_hearer(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


def test_what_is_told_after_a_possessive_is_the_content(rules_only):
    # near miss: "the firm's story" is what was told, no hearer
    att = _one(rules_only.parse("Ann Vale told the firm's story to the inquiry."))
    assert [s.text for s in att.content][0].startswith("the firm's story")


def test_parliament_after_warned_without_that_is_the_content(rules_only):
    # near miss: "warned" names a hearer only before "that"; here "parliament" opens what was warned
    att = _one(rules_only.parse("The speaker warned parliament would be recalled."))
    assert (att.cue.text, [s.text for s in att.content]) == ("warned", ["parliament would be recalled"])
