"""Constructions of crime, police and court-filing copy (wire and local news), on sentences written
for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence,source,kind,cue,content", [
    # a police force, a sheriff's office and a prosecutors' office speak as bodies; a spokesman as a person
    # (and "authorities", the state's bodies in general, as the state's)
    ("Police said the driver, 41, was taken into custody on Sunday after a short chase.", "Police", "government",
     "said", "the driver, 41, was taken into custody on Sunday after a short chase"),
    ("The Greenvale County Sheriff's Office said in a Facebook post that the missing boater had been found.",
     "The Greenvale County Sheriff's Office", "government", "said in a Facebook post",
     "the missing boater had been found"),
    ("The Millbrook Police Department said in a news release that two teenagers were detained.",
     "The Millbrook Police Department", "government", "said in a news release", "two teenagers were detained"),
    ("A police spokeswoman said no officers were hurt in the crash.", "A police spokeswoman", "person", "said",
     "no officers were hurt in the crash"),
    ("Authorities said the warehouse fire was set on purpose.", "Authorities", "government", "said",
     "the warehouse fire was set on purpose"),
    ("Prosecutors allege that Okafor forged the shipping records.", "Prosecutors", "group", "allege",
     "Okafor forged the shipping records"),
])
def test_a_police_or_prosecutors_report(rules_only, sentence, source, kind, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, kind, cue, [content])


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a court filing speaks as a document, before its verb or in an "according to" lead
    ("The indictment alleges that Okafor and two cousins moved stolen cars across state lines.", "The indictment",
     "alleges", "Okafor and two cousins moved stolen cars across state lines"),
    ("The affidavit states that detectives found a ledger in the trunk.", "The affidavit", "states",
     "detectives found a ledger in the trunk"),
    ("Charging documents show the woman had been stopped twice that month.", "Charging documents", "show",
     "the woman had been stopped twice that month"),
    ("According to a criminal complaint filed Tuesday, Okafor wired $12,000 to a bank in Malta.",
     "a criminal complaint filed Tuesday", "According to", "Okafor wired $12,000 to a bank in Malta"),
    ("Okafor told detectives he had acted alone, according to the affidavit.", "the affidavit", "according to",
     "Okafor told detectives he had acted alone"),
])
def test_a_court_filing_speaks_as_a_document(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "document", cue, [content])


def test_a_denial_of_the_charges_is_denied_and_a_plea_asserted(rules_only):
    atts = rules_only.parse("Okafor has pleaded not guilty. He has denied any wrongdoing.").attributions
    assert [(a.cue.text, a.content[0].text, a.polarity) for a in atts] == [
        ("has pleaded", "not guilty", "asserted"), ("has denied", "any wrongdoing", "denied")]


def test_a_relative_tells_a_station_which_is_the_relay(rules_only):
    att = _one(rules_only.parse("The boy's aunt told KXRT-TV that he had never owned a gun."))
    assert (att.source.span.text, [v.span.text for v in att.via], att.content[0].text) == (
        "The boy's aunt", ["KXRT-TV"], "he had never owned a gun")


@pytest.mark.parametrize("sentence,content", [
    # a message sent to the one who does not answer is what goes unanswered, its participle no cue
    ("The sheriff's office did not immediately respond to an email seeking comment.", "an email seeking comment"),
    ("Okafor's lawyer did not respond to a voicemail asking about the case.", "a voicemail asking about the case"),
])
def test_a_request_for_comment_left_unanswered_is_the_content(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.lemma, att.cue.text.endswith("respond to"), [s.text for s in att.content]) == (
        "respond", True, [content])


def test_a_reply_with_a_statement_keeps_its_participle_in_the_cue(rules_only):
    att = _one(rules_only.parse("The mayor responded with a statement saying the bridge would reopen."))
    assert (att.cue.text, att.content[0].text) == ("responded with a statement saying", "the bridge would reopen")


@pytest.mark.parametrize("sentence", [
    # officers sent to a scene, a call or a report of an emergency answer no one's words
    "Officers responded to a report of shots fired at about 3 a.m.",
    "Deputies responded to a 911 call from a gas station on Route 9.",
    "Firefighters responded to the scene shortly after midnight.",
    "Police responded to reports of a fight outside the stadium.",
    "Troopers responded to a house fire on Birch Lane around 4 a.m.",
])
def test_a_call_out_is_no_response_to_words(rules_only, sentence):
    assert [a.cue.text for a in rules_only.parse(sentence).attributions if a.cue.lemma == "respond"] == []


@pytest.mark.parametrize("sentence,content", [
    # ... but a response to a report, to calls for something or to a shooting is one
    ("The senator responded to calls for his resignation.", "calls for his resignation"),
    ("The mayor responded to reports that she would resign.", "reports that she would resign"),
    ("The chief responded to the report in a letter to the council.", "the report"),
])
def test_a_response_to_words_still_reports(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.lemma, att.content[0].text.startswith(content)) == ("respond", True)


@pytest.mark.parametrize("sentence,source,kind,content", [
    # a bare body of people after "who" is the subject of an object relative: it says what the clause says
    ("The gunman, who police say was wearing body armor, was shot by a deputy.", "police", "government",
     ["who", "was wearing body armor"]),
    ("Okafor, who prosecutors say ran the ring, was arrested in Tampa.", "prosecutors", "group",
     ["who", "ran the ring"]),
    ("They searched for a man who deputies said was armed.", "deputies", "group", ["who", "was armed"]),
])
def test_a_body_after_who_reports_the_relative_clause(rules_only, sentence, source, kind, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, [s.text for s in att.content]) == (source, kind, content)


@pytest.mark.parametrize("sentence,source", [
    # a verb after "who" is the relative clause's own, part of the subject
    ("Those who know say the deal is dead.", "Those who know"),
    ("Anyone who watched said the fight was fixed.", "Anyone who watched"),
])
def test_a_verb_after_who_stays_in_the_subject(rules_only, sentence, source):
    assert _one(rules_only.parse(sentence)).source.span.text == source


@pytest.mark.parametrize("sentence,content", [
    # a relative clause set off by commas after the sentence's subject ends at its closing comma,
    # whatever the form of the main verb after it
    ("The gunman, who police say was armed with a rifle, fled on foot.", ["who", "was armed with a rifle"]),
    ("The driver, who he said was drunk, drove off.", ["who", "was drunk"]),
    ("The ferry, which officials say is unsafe, will be sold.", ["which", "is unsafe"]),
])
def test_a_relative_clause_on_the_subject_ends_at_its_comma(rules_only, sentence, content):
    assert [s.text for s in _one(rules_only.parse(sentence)).content] == content


def test_a_relative_clause_on_an_object_goes_on_past_a_coordinator(rules_only):
    # (no subject opens the clause's antecedent: "and fled" may be the clause's own)
    att = _one(rules_only.parse("A deputy shot the man, who police say was armed, and fled."))
    assert att.content[-1].text.startswith("was armed")


@pytest.mark.parametrize("text", [
    # an appeal's hypothetical witness, after "anyone", "any motorist" or "whoever": no one witnessed anything
    "Anyone who witnessed the fight outside the pub is asked to contact detectives.",
    "Any cyclist who may have witnessed the crash should call the inquiry team.",
    "Whoever witnessed the break-in should call the station.",
])
def test_an_appeal_for_witnesses_is_no_report_of_witnessing(rules_only, text):
    assert all(a.cue.lemma != "witness" for a in rules_only.parse(text).attributions)


def test_a_named_group_who_witnessed_something_still_witnessed_it(rules_only):
    # the near miss: people who saw it, set off by commas, did see it
    atts = rules_only.parse("Dozens of shoppers, who witnessed the fight, cheered the guard.").attributions
    assert [(a.source.span.text, a.cue.text) for a in atts if a.cue.lemma == "witness"] == [("who", "witnessed")]


@pytest.mark.parametrize("text", [
    # "by ...ing" after a gerund on "for" or "of" is the gerund's means: its doer is the verb's object,
    # and what that doer does is no report of the sentence's subject
    "The city police arrested a man for allegedly cheating job seekers by promising them visas.",
    "Officers booked two agents for duping students by falsely claiming that the college was recognised.",
    "The regulator fined the lender for misleading borrowers by saying the charges were waived.",
    "The court convicted the clerk of defrauding pensioners by telling them their files were lost.",
])
def test_a_participle_after_a_gerunds_by_is_not_the_subjects_report(rules_only, text):
    assert [a.cue.text for a in rules_only.parse(text).attributions if a.cue.text.endswith("ing")] == []


@pytest.mark.parametrize("text,source,cue", [
    # near misses: "by ...ing" straight after the subject's own verb reports for the subject
    ("The mayor rallied residents by promising new parks.", "The mayor", "promising"),
    ("Police ended the briefing by saying the suspect was still at large.", "Police", "saying"),
    # and a comma before it closes the gerund's clause
    ("The minister thanked officers for working late, saying the city was safer.", "The minister", "saying"),
])
def test_a_participle_after_the_subjects_verb_still_reports(rules_only, text, source, cue):
    att = next(a for a in rules_only.parse(text).attributions if a.cue.text.endswith(cue))
    assert att.source.span.text == source


@pytest.mark.parametrize(("text", "source", "kind"), [
    # "the force" among words of policing is a police force, one of the state's bodies ...
    ("Detectives arrested two men on Friday. The force said both had been released on bail.", "The force", "government"),
    ("A woman remains in custody. The force said she would appear in court on Monday.", "The force", "government"),
    # ... and not among words of an army's or a mission's doings
    ("Rebels attacked the base at dawn. The force said it would pull back to the coast.", "The force", "organization"),
    # British bodies of justice by their initials
    ("The IOPC said it had served misconduct notices on two officers.", "The IOPC", "government"),
    ("The MoJ said the prisoner had been returned to jail.", "The MoJ", "government"),
])
def test_a_police_force_and_bodies_of_justice_by_their_initials(rules_only, text, source, kind):
    att = next(a for a in rules_only.parse(text).attributions if a.cue.text == "said")
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize(("text", "source", "content"), [
    # a family that paid tribute or welcomed a verdict is the source of the participle after it
    ('His family have paid tribute, describing him as "a gentle soul".', "His family", 'him as "a gentle soul"'),
    ("The family of Ann Lee welcomed the sentence, saying justice had finally been done.", "The family of Ann Lee",
     "justice had finally been done"),
    ("Her family paid tribute, calling her the kindest person they knew.", "Her family",
     "her the kindest person they knew"),
])
def test_a_family_is_the_source_of_a_participle_after_its_verb(rules_only, text, source, content):
    att = next(a for a in rules_only.parse(text).attributions if a.rule == "core.participle.v2")
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


@pytest.mark.parametrize("sentence,source,cue,content", [
    # "police", a plural with no "-s", takes the bare form of the present as "officers" does
    ("Police allege the man threatened two staff with a knife.", "Police", "allege",
     "the man threatened two staff with a knife"),
    ("Police allege the woman, 27, drove at officers on the highway.", "Police", "allege",
     "the woman, 27, drove at officers on the highway"),
    ("The police claim the driver was travelling at 140km/h.", "The police", "claim",
     "the driver was travelling at 140km/h"),
    # an adverb in no "-ly" may stand between the plural and its bare verb, as one in "-ly" does
    ("Police also allege the woman hid the cash in a shed.", "Police", "also allege",
     "the woman hid the cash in a shed"),
    ("Detectives still claim the van was stolen in Perth.", "Detectives", "still claim",
     "the van was stolen in Perth"),
    ("Prosecutors further allege the pair forged two wills.", "Prosecutors", "further allege",
     "the pair forged two wills"),
    ("Residents now claim the council ignored their letters.", "Residents", "now claim",
     "the council ignored their letters"),
    # a modal before a bare verb of contending makes it the verb, whoever its subject is
    ("Police will allege the teenager stole three cars in a week.", "Police", "will allege",
     "the teenager stole three cars in a week"),
    ("Prosecutors would allege the pair laundered the money through a cafe.", "Prosecutors", "would allege",
     "the pair laundered the money through a cafe"),
    ("The Crown will contend the accused planned the robbery for months.", "The Crown", "will contend",
     "the accused planned the robbery for months"),
])
def test_a_bare_allege_after_police_or_a_modal_reports(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence", [
    # a noun after "a police" or a modal's object that is no clause reports nothing
    "A police claim form was lodged on Monday.",
    "He will claim the prize on Sunday.",
    "She will report the findings to the board.",
    # nor a modal before any other bare verb: its object is a thing more often than a clause
    "Voters would support the plan if it passed.",
])
def test_a_police_noun_or_a_modals_plain_object_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()
