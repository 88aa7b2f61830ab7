"""Constructions of court and crime reporting (British, Indian and US copy: arrests, charges,
trials), on sentences written for these tests."""

import pytest

from attribution.testing.pytest_plugin import single as _one


@pytest.mark.parametrize("sentence,source", [
    # letters after a name for a rank of counsel, a seat or an honour go on the person
    ("Prosecutor Ann Lee KC told the jury the skipper had been drinking.", "Prosecutor Ann Lee KC"),
    ("Tom Roe QC said the skipper had been drinking.", "Tom Roe QC"),
    ("Jo Hart MP said the skipper had been drinking.", "Jo Hart MP"),
])
def test_letters_after_a_name_are_the_persons(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "person")


@pytest.mark.parametrize("sentence,cue,content", [
    # a verb of telling or bidding coordinated with a passive is passive too: its subject heard it
    ("The skipper has been jailed for life and told he must serve at least 20 years.", "told",
     "he must serve at least 20 years"),
    ("The skipper was fined £500 and ordered to pay costs.", "ordered", "to pay costs"),
    ("The skipper was arrested and warned to stay away from the harbour.", "warned", "to stay away from the harbour"),
])
def test_a_verb_coordinated_with_a_passive_has_no_source(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source, att.cue.text, [s.text for s in att.content]) == (None, cue, [content])


@pytest.mark.parametrize("sentence,source,cue", [
    # ... but one with its hearer after it, or a verb with no hearer, is the subject's own
    ("The skipper was sacked and told reporters he had done nothing wrong.", "The skipper", "told"),
    ("The skipper was elected in 2010 and said she would serve two terms.", "The skipper", "said"),
    ("The skipper was arrested and warned that the harbour was unsafe.", "The skipper", "warned"),
])
def test_a_verb_coordinated_with_a_passive_keeps_its_subject_when_active(rules_only, sentence, source, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, cue)


def test_a_body_named_alone_is_no_person_whose_post_holds_its_noun(parser):
    doc = parser.parse("Deputy Commissioner of Police Asha Rao said the gang had fled. "
                       "Police said the men were remanded in custody.")
    police = doc.attributions[-1].source
    assert (police.span.text, police.kind, police.refers_to) == ("Police", "government", None)


@pytest.mark.parametrize("sentence,cue,content", [
    # what a court's frame heard goes on over a verb coordinated with no subject: the body only heard
    ("The court heard that the skipper chased the deckhand along the quay and attacked him with an oar.", "heard",
     "the skipper chased the deckhand along the quay and attacked him with an oar"),
    ("Jurors heard how the skipper left the pub and threatened a barman.", "heard",
     "the skipper left the pub and threatened a barman"),
    ("The jury was told that the skipper burned the logbook and accused the mate of theft.", "was told",
     "the skipper burned the logbook and accused the mate of theft"),
])
def test_a_hearing_frames_evidence_goes_on_over_a_coordinated_verb(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source, att.cue.text, [s.text for s in att.content]) == (None, cue, [content])


def test_a_persons_hearing_keeps_a_coordinated_verb_as_the_persons_report(rules_only):
    atts = rules_only.parse("Okafor heard that the ferry was late and warned the harbour master of the delay.").attributions
    assert [(a.source.span.text, a.cue.text) for a in atts if a.cue.text == "warned"] == [("Okafor", "warned")]


@pytest.mark.parametrize("sentence", [
    # "deny" or "refuse" with a leave as its object withholds it: no claim is denied
    "Judge Ines Varga denied bail after hearing that the skipper had fled once before.",
    "The harbour master refused him entry to the quay.",
    "The magistrate denied the crew permission to sail.",
    "The ferryman was denied a licence last spring.",
])
def test_denying_a_leave_reports_nothing(rules_only, sentence):
    assert [a.cue.text for a in rules_only.parse(sentence).attributions if a.cue.lemma in ("deny", "refuse")] == []


@pytest.mark.parametrize("sentence,content", [
    # a claim denied, or a clause about the leave, is still the denial's content
    ("The skipper denied the charge of theft.", "the charge of theft"),
    ("The skipper denied that bail had been offered.", "bail had been offered"),
    ("The skipper denied the licence was forged.", "the licence was forged"),
])
def test_denying_a_claim_about_a_leave_still_reports(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content], att.polarity) == (
        "The skipper", "denied", [content], "denied")


@pytest.mark.parametrize("sentence", [
    # "claim" with a prize, a place, a sum or lives as its object takes or wins it: no claim is made
    "The Dutch rider claimed the early lead on the second lap.",
    "Nadia Petrov claimed second place behind her sister.",
    "The goalkeeper claimed the player of the month award in March.",
    "The harbour board claimed £3,500 in costs from the ferry firm.",
    "The storm claimed four lives along the coast.",
    "The Rovers claimed a 3-1 win at the quay ground.",
    "Ms Varga claimed her second victory of the season.",
    "The ferry firm claimed 40 percent of the market.",
])
def test_claiming_a_prize_reports_nothing(rules_only, sentence):
    assert [a.cue.text for a in rules_only.parse(sentence).attributions if a.cue.lemma == "claim"] == []


@pytest.mark.parametrize("sentence,content", [
    # a bare "victory" is declared, and a clause about the prize is a claim
    ("The skipper claimed victory in the regatta.", "victory in the regatta"),
    ("The skipper claimed the lead was stolen.", "the lead was stolen"),
    ("The skipper claimed the rival crew took the lead illegally.", "the rival crew took the lead illegally"),
    ("The skipper claimed that the trophy had been promised to him.", "the trophy had been promised to him"),
])
def test_claiming_a_thing_said_of_a_prize_still_reports(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == ("The skipper", "claimed", [content])


@pytest.mark.parametrize("sentence", [
    # "deny" with two objects withholds a thing from someone: no claim is denied
    "The referee denied Okafor a penalty in the second half.",
    "The stewards denied him the chance to appeal.",
    "The harbour board denied the ferry crew a hearing last week.",
    "The council denied the ferry firm approval for a new quay.",
])
def test_denying_someone_a_thing_reports_nothing(rules_only, sentence):
    assert [a.cue.text for a in rules_only.parse(sentence).attributions if a.cue.lemma == "deny"] == []


@pytest.mark.parametrize("sentence,content", [
    # one object, a time after it, or a clause is still what is denied
    ("The skipper denied the allegations a day later.", "the allegations"),
    ("The skipper denied the charges in a statement.", "the charges"),
    ("The skipper denied Okafor had been paid.", "Okafor had been paid"),
    ("The skipper denied Monday the claims against him.", "the claims against him"),
])
def test_denying_one_thing_still_reports(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, att.content[0].text.startswith(content), att.polarity) == (
        "The skipper", "denied", True, "denied")


@pytest.mark.parametrize("sentence,cue,content", [
    # a plural body's frame takes "were told" and "have heard", as a singular one takes "was told"
    ("The skipper had drunk six pints, jurors were told.", "were told", "The skipper had drunk six pints"),
    ("The skipper had drunk six pints, magistrates were told on Friday.", "were told", "The skipper had drunk six pints"),
    ("Magistrates have heard that the skipper had drunk six pints.", "have heard", "the skipper had drunk six pints"),
])
def test_a_plural_bodys_frame_takes_a_plural_verb(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source, att.cue.text, [s.text for s in att.content]) == (None, cue, [content])


def test_a_plural_told_to_do_something_is_no_hearing_frame(rules_only):
    assert [a.rule for a in rules_only.parse("The deckhands were told to wait on the quay.").attributions
            if a.rule == "core.hearing_frame.v1"] == []


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # a verb of saying before a preposition names a quarrel, no report: the frame takes the sentence
    ("The two brothers had argued for years, the court heard.", "heard", "The two brothers had argued for years"),
    ("Ann Lee argued with her landlord, jurors were told.", "were told", "Ann Lee argued with her landlord"),
])
def test_a_quarrel_before_a_hearing_frame_is_what_was_heard(rules_only, sentence, cue, content):
    assert [(a.source, a.cue.spans[0].text, a.content[0].text) for a in rules_only.parse(sentence).attributions] == [
        (None, cue, content)]


def test_a_verb_of_saying_with_its_words_keeps_them_before_a_hearing_frame(rules_only):
    doc = rules_only.parse("Ann Lee argued that the lease was void, the court heard.")
    assert [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions] == [
        ("Ann Lee", "argued", "the lease was void")]


@pytest.mark.parametrize("sentence,source,content", [
    # a verdict found with no "that": the object and a word of guilt or blame, as "ruled the death a homicide"
    ("The jury found him guilty of arson.", "The jury", "him guilty of arson"),
    ("The jury found Tom Roe not guilty.", "The jury", "Tom Roe not guilty"),
    ("A judge found the ferry company liable for the collision.", "A judge", "the ferry company liable for the collision"),
    ("The court found her in contempt.", "The court", "her in contempt"),
])
def test_a_verdict_found_is_a_finding(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "found", [content])


@pytest.mark.parametrize("sentence", [
    # the near misses: what one found an object to be, no verdict
    "The skipper found the harbour crowded.",
    "The skipper found the new charts useful.",
])
def test_finding_a_thing_so_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


def test_a_passive_verdict_and_an_indictment_have_no_jury_source(rules_only):
    # the passive names no finder; an indictment reported by prosecutors is theirs, no grand jury's report
    assert rules_only.parse("The skipper was found guilty of arson.").attributions == ()
    att = _one(rules_only.parse("A grand jury indicted the skipper on Tuesday, prosecutors said."))
    assert (att.source.span.text, att.cue.text) == ("prosecutors", "said")


@pytest.mark.parametrize("sentence,source,parts", [
    # a relative clause that reports, set off by commas between the object and the verdict: its
    # report stands, and the verdict's content goes on around it
    ("The jury found Tom Roe, who had claimed he acted alone, not guilty.", "The jury", ["Tom Roe", "not guilty"]),
    ("A judge found the ferry company, which had denied any fault, liable for the collision.", "A judge",
     ["the ferry company", "liable for the collision"]),
])
def test_a_verdict_goes_on_past_a_relative_aside(rules_only, sentence, source, parts):
    atts = rules_only.parse(sentence).attributions
    found = [a for a in atts if a.cue.text == "found"]
    assert [(a.source.span.text, [s.text for s in a.content]) for a in found] == [(source, parts)]
    assert len(atts) == 2  # the aside's own report too


def test_finding_a_thing_so_past_an_aside_is_no_report(rules_only):
    # the near miss: no verdict after the aside
    atts = rules_only.parse("The skipper found the harbour, which the council had dredged, crowded.").attributions
    assert [a for a in atts if a.cue.text == "found"] == []



@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # a verb of swearing to a thing before "that" reports the clause, as "testified that" does
    ("The skipper swore that he had never seen the cargo.", "swore", "he had never seen the cargo"),
    ("The skipper has sworn that he never saw the cargo.", "has sworn", "he never saw the cargo"),
    ("The skipper deposed that he had never seen the cargo.", "deposed", "he had never seen the cargo"),
])
def test_a_verb_of_swearing_before_that_reports_the_clause(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == ("The skipper", cue, [content])


@pytest.mark.parametrize("sentence", [
    # near misses: an oath taken, an outburst, a ruler put out of office
    "The new harbour master was sworn in by the mayor on Monday.",
    "The skipper swore at the referee.",
    "The army deposed the king.",
])
def test_a_verb_of_swearing_with_no_clause_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize(("sentence", "content"), [
    # a hearing frame with no "that": a past that reads as a participle too takes an object, so
    # its words are a clause, evidence heard; and a past that is no participle
    ("The tribunal heard the harbour board spent $2m on dredging.", "the harbour board spent $2m on dredging"),
    ("The jury heard the skipper paid the crew £300 in cash.", "the skipper paid the crew £300 in cash"),
    ("The court heard the deckhand stole a lifejacket.", "the deckhand stole a lifejacket"),
    # a body named with words before its noun
    ("The Senate estimates hearing heard that the ferry fund had run dry.", "the ferry fund had run dry"),
    ("The harbour safety committee was told the pier would close in May.", "the pier would close in May"),
    ("The ferry fund had run dry, the Senate estimates hearing heard.", "The ferry fund had run dry"),
])
def test_a_hearing_frame_reads_a_clause_after_it(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert att.source is None
    assert att.cue.text in ("heard", "was told")
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence", [
    # near misses: what was heard is a noun phrase, a participle of its noun's taking no object
    "The tribunal heard evidence from six harbour pilots.",
    "The tribunal heard the money spent on dredging.",
    "The jury heard the letter sent by the skipper.",
    "The Senate estimates hearing heard evidence from six harbour pilots.",
])
def test_a_hearing_frame_before_a_noun_phrase_reports_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a verb of judging or finding closes what was found after a comma, as "..., the minister said."
    ("The ferry operator breached its licence, the court held.", "the court", "held", "The ferry operator breached its licence"),
    ("The skipper was not to blame, the tribunal has held.", "the tribunal", "has held", "The skipper was not to blame"),
    ("The pier should never have opened, the inquiry concluded on Friday.", "the inquiry", "concluded",
     "The pier should never have opened"),
    ("The harbour board acted lawfully, the panel determined.", "the panel", "determined", "The harbour board acted lawfully"),
    ("The ferry advert was misleading, the watchdog decided.", "the watchdog", "decided", "The ferry advert was misleading"),
    ("The dredging contract was void, the ombudsman ruled.", "the ombudsman", "ruled", "The dredging contract was void"),
    ("The crew were owed back pay, the court found last week.", "the court", "found", "The crew were owed back pay"),
    # ... and between commas, after the subject it frames
    ("The harbour board, the court held, had failed the crew.", "the court", "held", "The harbour board had failed the crew"),
    ("The levy, the tribunal ruled, does not apply to ferries.", "the tribunal", "ruled", "The levy does not apply to ferries"),
])
def test_a_judging_verb_after_what_it_found(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, cue)
    assert " ".join(s.text for s in att.content) == content


@pytest.mark.parametrize("sentence", [
    # near misses: the verb takes an object, is a passive, a reign or a modal's, or its subject
    # is a thing that lasted ("held" as "stood firm"); the clause before the comma is a fronted phrase
    "The skipper was found guilty, the court held a hearing.",
    "The pier was closed, the hearing was held.",
    "The storm battered the pier, the sea wall held.",
    "Ferry shares slipped in early trade, the index held.",
    "When the tide turned, the panel decided.",
    "The pier is unsafe, the council will decide.",
    "The harbour board, the court found and the jury agreed, was weak.",
    "In May, the harbour club held, for the first time, a regatta.",
])
def test_a_judging_verb_after_a_comma_that_reports_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("text,cues", [
    # a participle of writing or speaking after a report's tail tells how the judge came to say it
    ("“The levy is void,” Justice Ann Rao said, writing for the bench.", ["said"]),
    ("“The levy is void,” said Justice Ann Rao, writing for the majority.", ["said"]),
    ("The levy is void, the judge said on Monday, speaking for the panel.", ["said"]),
    # near misses: a clause after the participle is its own report; other participles still report
    ("The levy is void, Justice Rao wrote, writing that the state had erred.", ["wrote", "writing"]),
    ("The levy is void, Justice Rao said, citing the audit.", ["said", "citing"]),
])
def test_writing_for_the_bench_after_the_tail_is_no_report(rules_only, text, cues):
    assert [a.cue.text for a in rules_only.parse(text).attributions] == cues


@pytest.mark.parametrize("sentence,source,cue", [
    # a body's noun with an adjective's ending ("tribunal", "council") after an adjective is the head, no
    # second adjective of a noun taken for a verb
    ("An industrial tribunal ruled that the sacking of the driver was unfair.", "An industrial tribunal", "ruled"),
    ("A regional tribunal found that the landlord had broken the lease.", "A regional tribunal", "found"),
    ("The medical tribunal said the doctor could return to work.", "The medical tribunal", "said"),
])
def test_a_tribunal_after_an_adjective(rules_only, sentence, source, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.spans[0].text) == (source, "government", cue)


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a name with its age set off by commas is the subject of the verb after it, no inverted speaker's
    ("The indictment says Dana Pruitt, 47, wrote checks to a company she owned.", "The indictment", "says",
     "Dana Pruitt, 47, wrote checks to a company she owned"),
    ("Court papers say Tom Hale, 41, of Akron, wrote threatening letters to the judge.", "Court papers", "say",
     "Tom Hale, 41, of Akron, wrote threatening letters to the judge"),
    ("Police say Ray Ocampo, 62, wrote fake prescriptions for his patients.", "Police", "say",
     "Ray Ocampo, 62, wrote fake prescriptions for his patients"),
])
def test_an_age_after_a_name_leaves_the_verb_to_the_name(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a time word that opens a compound ("week-long", "year-end") is no time adjunct of the cue
    ("Prosecutors argued during the week-long trial that Ames shot the clerk.", "Prosecutors", "argued",
     "Ames shot the clerk"),
    ("The sheriff said during a day-long search that the boy had been found.", "The sheriff", "said",
     "the boy had been found"),
    ("Lee said at a year-end briefing that burglaries had fallen.", "Lee", "said", "burglaries had fallen"),
])
def test_a_time_word_in_a_compound_is_no_adjunct(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a series of pasts after the content's own, the last after "and": the content's subject acting on
    ("Witnesses told detectives that Ames left the bar, returned with a knife and stabbed a bouncer.",
     "Witnesses", "told", "Ames left the bar, returned with a knife and stabbed a bouncer"),
    ("Deputies said the driver fled the scene, crashed his truck and ran into the woods.", "Deputies", "said",
     "the driver fled the scene, crashed his truck and ran into the woods"),
    ("The complaint says Ocampo opened an account, collected donations and kept the money.", "The complaint",
     "says", "Ocampo opened an account, collected donations and kept the money"),
])
def test_a_series_of_predicates_goes_on_with_the_content(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence,content", [
    # ... but a series the source's own report opens is the source's next act
    ("Lee said the suspect fled, praised the officers and left.", "the suspect fled"),
    ("Lee said the deputies arrived late, criticized the sheriff and called for an inquiry.", "the deputies arrived late"),
])
def test_a_series_opened_by_a_report_is_the_sources(rules_only, sentence, content):
    doc = rules_only.parse(sentence)
    att = next(a for a in doc.attributions if a.cue.text == "said")
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence,content", [
    # a guilty plea answers the charge after "to", past a time or an occasion before it
    ("Ames pleaded guilty to two counts of wire fraud.", "to two counts of wire fraud"),
    ("Ames pleaded guilty in federal court on Tuesday to tax evasion.", "to tax evasion"),
    ("Ames pleaded guilty at a hearing in Tulsa to one count of arson.", "to one count of arson"),
])
def test_a_guilty_plea_answers_the_charge_after_to(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == ("Ames", "pleaded guilty", [content])


@pytest.mark.parametrize("sentence", [
    # ... and with no charge after it, the occasion is no content of the plea
    "Ames pleaded guilty at a hearing on Tuesday.",
    "Ames pleaded guilty in a Tulsa courtroom last week.",
    "Ames pleaded guilty on Monday before Judge Ruth Ortiz.",
])
def test_a_guilty_plea_with_only_an_occasion_reports_nothing(rules_only, sentence):
    assert not rules_only.parse(sentence).attributions


@pytest.mark.parametrize("sentence,source,content", [
    # "ruled" with no "that": its object is the subject of what was found when a finite auxiliary follows it
    ("The ombudsman ruled the council had been guilty of maladministration.", "The ombudsman",
     "the council had been guilty of maladministration"),
    ("The tribunal ruled Mr Pike had been unfairly dismissed.", "The tribunal", "Mr Pike had been unfairly dismissed"),
    ("The regulator ruled the harbour board was not at fault.", "The regulator", "the harbour board was not at fault"),
    ("A judge ruled the ferry firm could not be named.", "A judge", "the ferry firm could not be named"),
])
def test_a_ruling_on_a_clause_with_no_that(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "ruled", [content])


@pytest.mark.parametrize("sentence", [
    # near misses: a reign over the object, with an auxiliary only in a later clause, or after a relative pronoun
    "The party which ruled the county was ousted in 1990.",
    "The old queen ruled the island for forty years while her son was away.",
    "The mill families ruled the town and its harbour was theirs.",
])
def test_a_reign_before_a_later_auxiliary_is_no_ruling(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a coroner's, a jury's or a judge's finding given as the verb's object is a report, as "issued a ruling"
    ("Senior coroner Ann Lee recorded a conclusion of accidental death.",
     "Senior coroner Ann Lee", "recorded", "a conclusion of accidental death"),
    ("Assistant coroner Tom Roe recorded an open conclusion.", "Assistant coroner Tom Roe", "recorded", "an open conclusion"),
    ("The coroner recorded a verdict of misadventure.", "The coroner", "recorded", "a verdict of misadventure"),
    ("The jury returned a narrative verdict.", "The jury", "returned", "a narrative verdict"),
    ("The judge delivered her ruling after a two-day hearing.", "The judge", "delivered", "her ruling"),
])
def test_a_finding_given_as_the_object(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (source, cue, content)


@pytest.mark.parametrize("sentence", [
    # near misses: the same verbs with no finding after them report nothing
    "The band recorded a song about the strike.",
    "Ann Lee returned the money to the council.",
    "The courier returned a parcel to the court.",
    "The panel reached a conclusion.",
])
def test_no_finding_no_report(rules_only, sentence):
    assert not rules_only.parse(sentence).attributions


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a verb of directing with whom the order binds and an infinitive is an order, as "ordered ... to"
    ("The apex court directed the Centre to frame a policy on river ferries.", "The apex court", "directed",
     "the Centre to frame a policy on river ferries"),
    ("The Bench also directed the state government to pay the boatmen compensation.", "The Bench", "also directed",
     "the state government to pay the boatmen compensation"),
    ("The High Court on Monday directed the port trust to respond to the plea.", "The High Court", "directed",
     "the port trust to respond to the plea"),
    ("The tribunal instructed the harbour police to file a fresh report.", "The tribunal", "instructed",
     "the harbour police to file a fresh report"),
    ("The skipper instructed deckhands not to speak to the press.", "The skipper", "instructed",
     "deckhands not to speak to the press"),
    ("The magistrate directed Lee and Roe to appear in person.", "The magistrate", "directed",
     "Lee and Roe to appear in person"),
    # ... and so is what it directed after "that"
    ("The judge directed that the ferry logs be handed to the defence.", "The judge", "directed",
     "the ferry logs be handed to the defence"),
])
def test_a_direction_to_act_is_an_order(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence", [
    # near misses: a thing sent somewhere, a film or an aim directed, a passive with no order's object
    "The harbour board directed funds to the ferry schools.",
    "Harbour police directed traffic to safety after the crash.",
    "Ann Lee directed the film in 2010.",
    "The anger was directed at the ferry firm.",
    "The skipper directed money from the fund to pay his debts.",
    "He directed that part of the ferry film.",
])
def test_a_direction_with_no_order_reports_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,cue,content", [
    # "holding" or "held" before a "that" that opens a clause is a court's finding, a participle's too
    ("The court dismissed the appeal, holding that the ferry notice was valid.", "holding", "the ferry notice was valid"),
    ("The Bench rejected the plea, holding that sufficient notice had been served.", "holding",
     "sufficient notice had been served"),
    ("The tribunal held that harbour dues had been wrongly levied.", "held", "harbour dues had been wrongly levied"),
    ("The court held that Okafor owed the port trust nothing.", "held", "Okafor owed the port trust nothing"),
])
def test_holding_that_a_clause_is_a_finding(rules_only, sentence, cue, content):
    att = next(a for a in rules_only.parse(sentence).attributions if a.cue.text == cue)
    assert (att.source.span.text.lower().split()[-1], [s.text for s in att.content]) == (
        sentence.split()[1].lower(), [content])


@pytest.mark.parametrize("sentence", [
    # near misses: a post, an event or a view held, a day after "that"
    "The harbour club is holding that Sunday regatta.",
    "The ferry club held that Sunday regatta in Pune.",
    "The regatta was held that Sunday.",
    "Okafor has held that post since 2010.",
])
def test_holding_that_with_no_clause_reports_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("text,person", [
    # a judge given the title Justice before the name is "the judge" after
    ("Justice K. Menon ruled that the ban was lawful. The judge said the state had acted fairly.", "Justice K. Menon"),
    ("Justice Ann Varma said the order was void.\n\nThe judge added that the state must pay costs.", "Justice Ann Varma"),
    ("Justice R. S. Iyer dismissed the plea, saying it had no merit. The judge said the delay was unexplained.",
     "Justice R. S. Iyer"),
    # or Chief Justice, the nearer of the two, past another person named since
    ("Chief Justice Ann Varma said the order was void. The judge said the state must pay costs.",
     "Chief Justice Ann Varma"),
    ("Chief Justice K. Menon heard the plea on Monday. Tom Roe said the ban was unfair. The judge said "
     "the state had acted fairly.", "Chief Justice K. Menon"),
    ("Justice Tom Roe heard the plea. Chief Justice Ann Varma said the order was void. The judge said "
     "the delay was unexplained.", "Chief Justice Ann Varma"),
    ("Chief Justice Ann Varma heard the plea. Justice Tom Roe said the order was void. The judge said "
     "the delay was unexplained.", "Justice Tom Roe"),
    # but not one who holds a post of justice
    ("Justice Minister Ann Lee said the ban was lawful. The judge said the state had acted fairly.", None),
    ("Chief Justice Minister Ann Lee said the ban was lawful. The judge said the state had acted fairly.", None),
    ("Justice Secretary Tom Roe said the law would change. The judge said the case was closed.", None),
])
def test_the_judge_is_the_one_titled_justice(rules_only, text, person):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text.lower() in ("the judge",)
    ref = att.source.refers_to
    assert (ref.span.text if ref is not None else None) == person


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # a hearing placed by a town's or a hall's name after "in" or "at", before or after what it heard
    ("The skipper had drunk six pints, the inquest in Penzance was told.", "was told", "The skipper had drunk six pints"),
    ("The deckhand never wore a lifejacket, the hearing at Harbour House in Fowey heard.", "heard",
     "The deckhand never wore a lifejacket"),
    ("An inquest at County Hall in Penzance heard that the skipper could not swim.", "heard", "the skipper could not swim"),
    ("The trial in Plymouth was told the ferry had no working radio.", "was told", "the ferry had no working radio"),
])
def test_a_hearing_frame_placed_by_a_town(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source, att.cue.text, [s.text for s in att.content]) == (None, cue, [content])


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # the frame set off by commas inside what was heard: the words either side are its content
    ("The skipper, the court heard, had been banned from the quay.", "heard",
     ["The skipper", "had been banned from the quay"]),
    ("The ferry, jurors were told on Monday, had no working brakes.", "were told",
     ["The ferry", "had no working brakes"]),
    ("The deckhand, the inquest in Penzance heard, had left the harbour after dark.", "heard",
     ["The deckhand", "had left the harbour after dark"]),
])
def test_a_hearing_frame_as_an_aside(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source, att.cue.text, [s.text for s in att.content]) == (None, cue, content)


def test_a_hearing_aside_after_a_verb_of_saying_leaves_the_report_to_the_speaker(rules_only):
    att = _one(rules_only.parse("The skipper said, the court heard, that he had never seen the cargo."))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        "The skipper", "said", ["he had never seen the cargo"])


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # a frame with no "that" before a report of the evidence's own: the body that heard is no part
    # of the teller's mention, and the frame takes the clause as it does after "that"
    ("The court heard Tom Roe told police he had never seen the cargo.", "heard",
     "Tom Roe told police he had never seen the cargo"),
    ("Jurors heard Ann Lee told a friend that the ferry was unsafe.", "heard",
     "Ann Lee told a friend that the ferry was unsafe"),
    ("Magistrates have heard Roe admitted he had been drinking.", "have heard",
     "Roe admitted he had been drinking"),
])
def test_a_hearing_frame_before_a_report_with_no_that(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source, att.cue.text, [s.text for s in att.content]) == (None, cue, [content])


def test_people_who_heard_something_still_speak(rules_only):
    att = _one(rules_only.parse("Fishermen who heard the crash said the ferry was going too fast."))
    assert (att.source.span.text, att.cue.text) == ("Fishermen who heard the crash", "said")


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    # a side's case before a copula and "that" is what the side argues: the side the source,
    # the noun and the copula the cue, with a possessive or with the side's noun alone before it
    ("The Crown's case is that the skipper scuttled the boat for the insurance.", "The Crown's", "case is",
     "that the skipper scuttled the boat for the insurance"),
    ("The prosecution case was that the skipper had planned the fire for weeks.", "The prosecution", "case was",
     "that the skipper had planned the fire for weeks"),
    ("The defence case is that the skipper was asleep below deck.", "The defence", "case is",
     "that the skipper was asleep below deck"),
    ("The prosecution's case was that the skipper lied to the harbour master.", "The prosecution's", "case was",
     "that the skipper lied to the harbour master"),
    ("Her allegation is that the skipper pushed her overboard.", "Her", "allegation is",
     "that the skipper pushed her overboard"),
])
def test_a_sides_case_before_a_copula_and_that_reports(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence", [
    # ... but not a case that is no side's argument
    "The case is that simple for the skipper.",
    "The prosecution case was adjourned until May.",
])
def test_a_case_that_argues_nothing_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize(("sentence", "source", "content"), [
    # whom a statement went out through, after its participle, is no part of the report
    ("The skipper's family said in a statement released by police that they were heartbroken.",
     "The skipper's family", "they were heartbroken"),
    ("The skipper's family said in a statement issued through Kent Police that they were heartbroken.",
     "The skipper's family", "they were heartbroken"),
    ("The skipper's family said in a statement issued through Devon and Cornwall Police that he was much loved.",
     "The skipper's family", "he was much loved"),
    ("The harbour firm said in a statement released via its lawyers that it would appeal.",
     "The harbour firm", "it would appeal"),
])
def test_whom_a_statement_went_out_through_is_no_content(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        source, "said in a statement", [content])


@pytest.mark.parametrize(("sentence", "source", "content"), [
    # a hearer "a" opens ends before a subject pronoun: the pronoun opens the clause told
    ("The skipper told a friend he wanted to sink the boat.", "The skipper", "he wanted to sink the boat"),
    ("The skipper told a neighbour she had seen smoke.", "The skipper", "she had seen smoke"),
    ("The skipper told a senior officer they had been drinking.", "The skipper", "they had been drinking"),
    ("The mate told an inspector it was the skipper's idea.", "The mate", "it was the skipper's idea"),
])
def test_a_hearer_a_opens_ends_before_a_subject_pronoun(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "told", [content])


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # an inquest, a trial, a hearing or an inquiry opening the sentence with what it is into or of
    ("An inquest into the death of a fisherman who fell from the quay has heard he had been drinking.",
     "has heard", "he had been drinking"),
    ("The trial of the skipper was told the ferry had no working radio.", "was told", "the ferry had no working radio"),
    ("The inquiry into the harbour fire heard that the alarms had been switched off.", "heard",
     "the alarms had been switched off"),
    ("A hearing into the sinking of the Mary Rose II was told the hull had rotted.", "was told", "the hull had rotted"),
])
def test_a_hearing_frame_with_what_it_is_into(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source, att.cue.text, [s.text for s in att.content]) == (None, cue, [content])


@pytest.mark.parametrize("sentence", [
    # ... but not a trial of one who heard something, with nothing heard after it
    "The trial of the man who heard voices was adjourned.",
    "The inquiry into the noise residents heard last night has been closed.",
])
def test_a_hearing_of_someone_who_heard_is_no_frame(rules_only, sentence):
    assert all(a.rule != "core.hearing_frame.v1" for a in rules_only.parse(sentence).attributions)


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # a plea of not guilty is the content, the occasion after it no part of it ...
    ("Ortega pleaded not guilty at his arraignment on Tuesday.", "pleaded", "not guilty"),
    ("Ortega has pleaded not guilty.", "has pleaded", "not guilty"),
    ("(Ortega has pleaded not guilty.)", "has pleaded", "not guilty"),
    ("Ortega pleaded not guilty in a Tulsa courtroom last week.", "pleaded", "not guilty"),
    # (any form of the verb: the American past, the progressive)
    ("Ortega pled not guilty at his arraignment on Tuesday.", "pled", "not guilty"),
    ("Ortega is pleading not guilty at a hearing on Friday.", "is pleading", "not guilty"),
    # ... but the charge it answers right after it goes on with it
    ("Ortega pleaded not guilty to two counts of arson.", "pleaded", "not guilty to two counts of arson"),
])
def test_a_plea_of_not_guilty_ends_before_its_occasion(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == ("Ortega", cue, [content])


@pytest.mark.parametrize("sentence", [
    # "accused" between a quantifier for people and a finite auxiliary: those charged, no verb
    "Both accused were produced before a magistrate on Friday.",
    "All three accused were remanded in judicial custody.",
])
def test_both_accused_before_an_auxiliary_report_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


def test_both_accused_heads_the_subject_of_a_denial(rules_only):
    att = _one(rules_only.parse("Both accused have denied the charges."))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        "Both accused", "have denied", ["the charges"])


def test_both_before_accused_and_an_object_still_accuse(rules_only):
    att = _one(rules_only.parse("Both accused the ferry operator of negligence."))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        "Both", "accused", ["the ferry operator of negligence"])


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    # a past joined by "and" after a present report goes on with the reported clause: the source's
    # own next act would be in the present as its report is
    ("Charging documents say the deckhand followed the skipper from the pub and attacked him on the quay.",
     "Charging documents", "say", "the deckhand followed the skipper from the pub and attacked him on the quay"),
    ("Police say he followed the skipper home and attacked him.", "Police", "say",
     "he followed the skipper home and attacked him"),
    ("Prosecutors allege the deckhand lured the skipper to the quay and attacked him.", "Prosecutors", "allege",
     "the deckhand lured the skipper to the quay and attacked him"),
    # (after a past report, an object pronoun closing the sentence is an object too)
    ("Police said the deckhand followed the skipper from the pub and attacked him.", "Police", "said",
     "the deckhand followed the skipper from the pub and attacked him"),
])
def test_a_past_after_a_present_report_is_the_clauses(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize(("sentence", "cues"), [
    # ... but not after a past the same as its bare form, nor after a noun that looks like a verb
    ("The skipper has cast the harbour master as corrupt and accused him of lying.", ["has cast", "accused"]),
    ("The mayor says the plan was fair and attacked the council.", ["says", "attacked"]),
])
def test_a_source_s_own_next_act_still_reports(rules_only, sentence, cues):
    assert [a.cue.text for a in rules_only.parse(sentence).attributions] == cues


@pytest.mark.parametrize(("sentence", "content"), [
    # "pled" is a past of "plead", as "pleaded" is
    ("The skipper pled not guilty to manslaughter.", "not guilty to manslaughter"),
    ("The skipper pled not guilty at his first hearing.", "not guilty"),
])
def test_pled_pleads_as_pleaded_does(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == ("The skipper", "pled", [content])


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    # a passive of seeing or describing: the agent's view is of the subject "as" something
    ("The skipper was described by his solicitor as a broken man.", "his solicitor", "was described",
     ["The skipper", "as a broken man"]),
    ("The fire was first portrayed by the harbour board as an accident, and the inquiry agreed.", "the harbour board",
     "was first portrayed", ["The fire", "as an accident"]),
    ("The verdict is regarded by lawyers as a landmark.", "lawyers", "is regarded", ["The verdict", "as a landmark"]),
])
def test_a_passive_of_describing_keeps_what_the_subject_is_described_as(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, content)


def test_a_passive_of_seeing_with_no_as_reports_nothing(rules_only):
    assert rules_only.parse("The fire was seen by the harbour master.").attributions == ()


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    # the noun after "for" is the infinitive's subject, not the expletive "it"
    ("It was enough for the coroner to say that a death was avoidable.", "the coroner", "to say", "a death was avoidable"),
    ("It was the first chance for the families to say that the inquiry had failed.", "the families", "to say",
     "the inquiry had failed"),
])
def test_for_a_noun_before_an_infinitive_of_saying_is_its_source(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence", [
    # a hope or a plan after "is for" reports nothing yet
    "The only hope is for the board to say it will settle.",
    # nor does the expletive "it" and an adjective before "for": the writer weighs what saying so
    # would be
    "It is unusual for a coroner to say that a death was avoidable.",
    "It is unprecedented for a magistrate to say that police lied.",
    "But it's also not unreasonable for the defence to claim that the search was unlawful.",
])
def test_a_plan_after_is_for_reports_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


def test_a_verbs_for_keeps_the_sentences_subject(rules_only):
    # "called for Lee to say": Lee is bidden, the party reports
    att = _one(rules_only.parse("The family called for the coroner to say whether the death was avoidable."))
    assert (att.source.span.text, att.cue.text) == ("The family", "called for")


@pytest.mark.parametrize(("prev", "word"), [
    # a verb that bids in any of its forms ("pled", "pleading", "arranging" as "called"): its "for"
    # is the verb's, the noun after it no infinitive's subject
    ("Lee", "pled"), ("was", "pleading"), ("was", "arranging"), ("The", "called"),
])
def test_a_bidding_verbs_for_frames_no_subject(prev, word):
    from attribution.default_rules.verbs import _frame_before_for
    assert not _frame_before_for(prev, word)
