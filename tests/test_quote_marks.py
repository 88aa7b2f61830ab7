"""Quotation mechanics: verbatim words in marks, split around the cue, carried over
paragraphs, nested, with mismatched marks or apostrophes, ellipses, dashes, block quotes
and headlines, in American (double marks) and British (single marks) copy. The passages
are invented for these tests; each names its source, cue and every content part, marks
included, as the parser reports them."""

import pytest
import regex

import attribution
from attribution import layout, tokens


@pytest.fixture(scope="module")
def parser() -> attribution.Parser:
    return attribution.Parser(entry_points=False)


PASSAGES = [
    pytest.param('“The bridge is unsafe,” engineer Ada Moss said.',
                 [('engineer Ada Moss', 'said', ['“The bridge is unsafe,”'])], id='us_trailing'),
    pytest.param('“The bridge is unsafe,” engineer Ada Moss said. “It must close today.”',
                 [('engineer Ada Moss', 'said', ['“The bridge is unsafe,”', '“It must close today.”'])], id='us_split'),
    pytest.param('"The bridge is unsafe," engineer Ada Moss said. "It must close today."',
                 [('engineer Ada Moss', 'said', ['"The bridge is unsafe,"', '"It must close today."'])], id='us_split_straight'),
    pytest.param('“The bridge,” engineer Ada Moss said, “is unsafe and must close.”',
                 [('engineer Ada Moss', 'said', ['“The bridge,”', '“is unsafe and must close.”'])], id='us_split_midsentence'),
    pytest.param('Mayor Tom Reyes said, “We cannot pay for the pier.”',
                 [('Mayor Tom Reyes', 'said', ['“We cannot pay for the pier.”'])], id='us_said_comma'),
    pytest.param('‘The bridge is unsafe,’ engineer Ada Moss said.',
                 [('engineer Ada Moss', 'said', ['‘The bridge is unsafe,’'])], id='uk_trailing'),
    pytest.param('‘The bridge is unsafe,’ engineer Ada Moss said. ‘It must close today.’',
                 [('engineer Ada Moss', 'said', ['‘The bridge is unsafe,’', '‘It must close today.’'])], id='uk_split'),
    pytest.param("'The bridge is unsafe,' engineer Ada Moss said. 'It must close today.'",
                 [('engineer Ada Moss', 'said', ["'The bridge is unsafe,'", "'It must close today.'"])], id='uk_split_straight'),
    pytest.param('‘The bridge,’ engineer Ada Moss said, ‘is unsafe and must close.’',
                 [('engineer Ada Moss', 'said', ['‘The bridge,’', '‘is unsafe and must close.’'])], id='uk_split_mid'),
    pytest.param('The council leader, Jan Hale, told the BBC: ‘We cannot pay for the pier.’',
                 [('The council leader, Jan Hale', 'told', ['‘We cannot pay for the pier.’'])], id='uk_colon'),
    pytest.param('“They told us ‘the pier is safe’ and then it fell,” resident Ann Cole said.',
                 [('resident Ann Cole', 'said', ['“They told us ‘the pier is safe’ and then it fell,”'])], id='us_nested_single'),
    pytest.param('‘They told us “the pier is safe” and then it fell,’ resident Ann Cole said.',
                 [('resident Ann Cole', 'said', ['‘They told us “the pier is safe” and then it fell,’'])], id='uk_nested_double'),
    pytest.param('Resident Ann Cole said: ‘They promised us a “world-class pier”.’',
                 [('Resident Ann Cole', 'said', ['‘They promised us a “world-class pier”.’'])], id='uk_nested_double_end'),
    pytest.param('Resident Ann Cole said, “They promised us a ‘world-class pier.’ ”',
                 [('Resident Ann Cole', 'said', ['“They promised us a ‘world-class pier.’ ”'])], id='us_nested_single_end'),
    pytest.param('"They told us \'the pier is safe\' and then it fell," resident Ann Cole said.',
                 [('resident Ann Cole', 'said', ['"They told us \'the pier is safe\' and then it fell,"'])], id='us_nested_straight_single'),
    pytest.param('‘The Smiths’ dog was on the pier when it fell,’ a neighbour said.',
                 [('a neighbour', 'said', ['‘The Smiths’ dog was on the pier when it fell,’'])], id='apos_plural_possessive'),
    pytest.param('‘I grew up on rock ’n’ roll and I still play it,’ the singer said.',
                 [('the singer', 'said', ['‘I grew up on rock ’n’ roll and I still play it,’'])], id='apos_rocknroll'),
    pytest.param('‘The pier has not been painted since the ’90s,’ the councillor said.',
                 [('the councillor', 'said', ['‘The pier has not been painted since the ’90s,’'])], id='apos_90s'),
    pytest.param("'The pier has not been painted since the '90s,' the councillor said.",
                 [('the councillor', 'said', ["'The pier has not been painted since the '90s,'"])], id='apos_90s_straight'),
    pytest.param('The Smiths’ dog survived. Rock ’n’ roll fans from the ’90s gathered, police said.',
                 [('police', 'said', ['Rock ’n’ roll fans from the ’90s gathered'])], id='apos_outside'),
    pytest.param("“The Joneses' car was crushed,” a witness said. “Nobody was inside.”",
                 [('a witness', 'said', ["“The Joneses' car was crushed,”", '“Nobody was inside.”'])], id='apos_us_possessive'),
    pytest.param('‘We were just walkin’ home when it fell,’ the boy said.',
                 [('the boy', 'said', ['‘We were just walkin’ home when it fell,’'])], id='apos_dropped_g'),
    pytest.param('"The bridge is unsafe,” engineer Ada Moss said.',
                 [('engineer Ada Moss', 'said', ['"The bridge is unsafe,”'])], id='mis_straight_curly'),
    pytest.param('“The bridge is unsafe," engineer Ada Moss said.',
                 [('engineer Ada Moss', 'said', ['“The bridge is unsafe,"'])], id='mis_curly_straight'),
    pytest.param('Engineer Ada Moss said: “The bridge is unsafe and must close.\n\nThe council met on Monday.',
                 [('Engineer Ada Moss', 'said', ['“The bridge is unsafe and must close.'])], id='mis_missing_close'),
    pytest.param('“We tried… we really tried to save it,” the engineer said.',
                 [('the engineer', 'said', ['“We tried… we really tried to save it,”'])], id='ellipsis'),
    pytest.param('“We tried ... we really tried to save it,” the engineer said.',
                 [('the engineer', 'said', ['“We tried ... we really tried to save it,”'])], id='ellipsis_dots'),
    pytest.param('“I think —” she paused — “we can still save the pier,” said engineer Ada Moss.',
                 [('engineer Ada Moss', 'said', ['“I think —”', '“we can still save the pier,”'])], id='emdash_interrupt'),
    pytest.param('“We had a plan, we had the money, and then —” The engineer stopped.',
                 [], id='emdash_end'),
    pytest.param('“We tried…” the engineer said. “It was not enough.”',
                 [('the engineer', 'said', ['“We tried…”', '“It was not enough.”'])], id='ellipsis_end_split'),
    pytest.param('Pier to close\n\nThe engineer said: “The bridge is unsafe.\n\n“It must close today.”',
                 [('The engineer', 'said', ['“The bridge is unsafe.', '“It must close today.”'])], id='carry_2p'),
    pytest.param('Pier to close\n\n“The bridge is unsafe,” engineer Ada Moss said. “We found cracks in every beam.\n\n“The council knew in March.\n\n“It must close today.”\n\nThe pier opened in 1901.',
                 [('engineer Ada Moss', 'said', ['“The bridge is unsafe,”', '“We found cracks in every beam.', '“The council knew in March.', '“It must close today.”'])], id='carry_3p'),
    pytest.param('Pier to close\n\n‘The bridge is unsafe,’ engineer Ada Moss said. ‘We found cracks in every beam.\n\n‘The council knew in March.\n\n‘It must close today.’\n\nThe pier opened in 1901.',
                 [('engineer Ada Moss', 'said', ['‘The bridge is unsafe,’', '‘We found cracks in every beam.', '‘The council knew in March.', '‘It must close today.’'])], id='carry_3p_uk'),
    pytest.param('Pier to close\n\n"The bridge is unsafe," engineer Ada Moss said. "We found cracks in every beam.\n\n"The council knew in March.\n\n"It must close today."\n\nThe pier opened in 1901.',
                 [('engineer Ada Moss', 'said', ['"The bridge is unsafe,"', '"We found cracks in every beam.', '"The council knew in March.', '"It must close today."'])], id='carry_3p_straight'),
    pytest.param('Pier to close\n\n“The bridge is unsafe. We found cracks in every beam. It must close today,” engineer Ada Moss said.',
                 [('engineer Ada Moss', 'said', ['“The bridge is unsafe. We found cracks in every beam. It must close today,”'])], id='cue_two_later'),
    pytest.param('Pier to close\n\n“The bridge is unsafe,” engineer Ada Moss said on Monday after a long inspection of the structure.',
                 [('engineer Ada Moss', 'said', ['“The bridge is unsafe,”'])], id='cue_two_sentences_after'),
    pytest.param('Pier to close\n\nIn a statement, the council said:\n\n“The pier will close on Monday. Repairs will take a year.”\n\nResidents were angry.',
                 [('the council', 'said', ['“The pier will close on Monday. Repairs will take a year.”'])], id='block_colon'),
    pytest.param('Pier to close\n\nIn a statement, the council said:\n\n‘The pier will close on Monday. Repairs will take a year.’\n\nResidents were angry.',
                 [('the council', 'said', ['‘The pier will close on Monday. Repairs will take a year.’'])], id='block_colon_uk'),
    pytest.param('Pier to close\n\nIn a statement, the council said:\n\n“The pier will close on Monday.\n\n“Repairs will take a year.”\n\nResidents were angry.',
                 [('the council', 'said', ['“The pier will close on Monday.', '“Repairs will take a year.”'])], id='block_colon_2p'),
    pytest.param('‘We cannot save the pier,’ says council leader\n\nThe pier opened in 1901.',
                 [('council leader', 'says', ['‘We cannot save the pier,’'])], id='headline_quote'),
    pytest.param('Council leader: ‘We cannot save the pier’\n\nThe pier opened in 1901.',
                 [('Council leader', None, ['‘We cannot save the pier’'])], id='headline_colon'),
    pytest.param('Mayor says pier is ‘beyond repair’\n\nThe pier opened in 1901.',
                 [('Mayor', 'says', ['pier is ‘beyond repair’'])], id='headline_us'),
    pytest.param('“He said the pier was safe, and we believed him,” resident Ann Cole said.',
                 [('resident Ann Cole', 'said', ['“He said the pier was safe, and we believed him,”'])], id='inner_said'),
    pytest.param('‘He said the pier was safe, and we believed him,’ resident Ann Cole said.',
                 [('resident Ann Cole', 'said', ['‘He said the pier was safe, and we believed him,’'])], id='inner_said_uk'),
    pytest.param('“The pier is safe,” the mayor said. “It is not,” engineer Ada Moss replied.',
                 [('the mayor', 'said', ['“The pier is safe,”']), ('engineer Ada Moss', 'replied', ['“It is not,”'])], id='two_speakers'),
    pytest.param('‘The pier is safe,’ the mayor said. ‘It is not,’ engineer Ada Moss replied.',
                 [('the mayor', 'said', ['‘The pier is safe,’']), ('engineer Ada Moss', 'replied', ['‘It is not,’'])], id='two_speakers_uk'),
    pytest.param('‘Who will pay for it?’ asked the councillor. ‘Not us.’',
                 [('the councillor', 'asked', ['‘Who will pay for it?’', '‘Not us.’'])], id='question_tail'),
    pytest.param('Pier to close\n\nThe engineer said: ‘The bridge is unsafe.\n\n‘It must close today.’',
                 [('The engineer', 'said', ['‘The bridge is unsafe.', '‘It must close today.’'])], id='uk_said_in_quote_carried'),
    pytest.param('The mayor tweeted: “We will rebuild the pier. We always do.’ She then left for the harbour.',
                 [('The mayor', 'tweeted', ['“We will rebuild the pier. We always do.’'])], id='mis_double_closed_by_single'),
    pytest.param("''The bridge is unsafe,'' engineer Ada Moss said. ''It must close today.''",
                 [('engineer Ada Moss', 'said', ["''The bridge is unsafe,''", "''It must close today.''"])], id='two_apostrophes'),
    pytest.param("''The clerk asked me, 'Who will pay for the pier?''' Ms. Moss said, shaking her head.",
                 [('Ms. Moss', 'said', ["''The clerk asked me, 'Who will pay for the pier?'''"])],
                 id='two_apostrophes_nested_single_closed_by_three'),
    pytest.param("''My task is to tell them: 'The pier is safe,''' Mr. Reyes said of the dock. He said crews had left.",
                 [('Mr. Reyes', 'said', ["''My task is to tell them: 'The pier is safe,'''"]),
                  ('He', 'said', ['crews had left'])],
                 id='two_apostrophes_nested_then_said_of'),
    pytest.param("'''Tis the season for repairs,'' the engineer said.",
                 [('the engineer', 'said', ["'''Tis the season for repairs,''"])], id='three_apostrophes_opening'),
    pytest.param('\'He told me "stay away" and I did,\' the fisherman said.',
                 [('the fisherman', 'said', ['\'He told me "stay away" and I did,\''])], id='uk_straight_nested'),
    pytest.param("Pier 'beyond repair', says engineer\n\nThe pier opened in 1901.",
                 [('engineer', 'says', ["Pier 'beyond repair'"])], id='uk_headline_straight'),
    pytest.param("Engineer: 'Pier is beyond repair'\n\nThe pier opened in 1901.",
                 [('Engineer', None, ["'Pier is beyond repair'"])], id='uk_headline_colon_straight'),
    pytest.param("'The workers' union agrees with us,' the manager said.",
                 [('the manager', 'said', ["'The workers' union agrees with us,'"])], id='uk_plural_possessive_straight'),
    pytest.param('‘The workers’ union agrees with us,’ the manager said.',
                 [('the manager', 'said', ['‘The workers’ union agrees with us,’'])], id='uk_plural_possessive_curly_mid'),
    pytest.param('‘We will not cross the dockers’ picket,’ the driver said.',
                 [('the driver', 'said', ['‘We will not cross the dockers’ picket,’'])], id='uk_plural_possessive_end'),
    pytest.param('‘’Tis the season for storms, and the pier will not last,’ the harbour master said.',
                 [('the harbour master', 'said', ['‘’Tis the season for storms, and the pier will not last,’'])], id='uk_tis'),
    pytest.param("'I grew up on rock 'n' roll and I still play it,' the singer said.",
                 [('the singer', 'said', ["'I grew up on rock 'n' roll and I still play it,'"])], id='uk_rocknroll_straight'),
    pytest.param('‘Why would we pay for it?’ she asked. ‘It is not our pier.’',
                 [('she', 'asked', ['‘Why would we pay for it?’', '‘It is not our pier.’'])], id='uk_question'),
    pytest.param('“The pier — and I mean all of it — must close,” engineer Ada Moss said.',
                 [('engineer Ada Moss', 'said', ['“The pier — and I mean all of it — must close,”'])], id='dash_inside'),
    pytest.param('‘The pier – and I mean all of it – must close,’ engineer Ada Moss said.',
                 [('engineer Ada Moss', 'said', ['‘The pier – and I mean all of it – must close,’'])], id='uk_dash_inside'),
    pytest.param('“… and that is why we must close it,” engineer Ada Moss said.',
                 [('engineer Ada Moss', 'said', ['“… and that is why we must close it,”'])], id='ellipsis_start'),
    pytest.param('”The bridge is unsafe,” engineer Ada Moss said.',
                 [('engineer Ada Moss', 'said', ['”The bridge is unsafe,”'])], id='close_as_open'),
    pytest.param('Pier to close\n\n‘We found cracks in every beam.\n\n‘The council knew in March. It must close today,’ engineer Ada Moss said.\n\nThe pier opened in 1901.',
                 [('engineer Ada Moss', 'said', ['‘We found cracks in every beam.', '‘The council knew in March. It must close today,’'])], id='uk_carry_cue_later'),
    pytest.param("Pier to close\n\nThe engineer's report said:\n\n‘Every beam is cracked. The pier must close.’\n\nThe pier opened in 1901.",
                 [("The engineer's report", 'said', ['‘Every beam is cracked. The pier must close.’'])], id='uk_block_colon_said'),
    pytest.param('Pier to close\n\nIn a statement, the council said:\n\n“The pier will close on Monday.\n\n“Repairs will take a year.\n\n“We regret the trouble.”\n\nThe pier opened in 1901.',
                 [('the council', 'said', ['“The pier will close on Monday.', '“Repairs will take a year.', '“We regret the trouble.”'])], id='us_lead_said_colon_2p_3'),
    pytest.param('“We said the pier was safe,” the mayor said. “We were wrong.”',
                 [('the mayor', 'said', ['“We said the pier was safe,”', '“We were wrong.”'])], id='us_said_inside_quote_split'),
    pytest.param('‘We said the pier was safe,’ the mayor said. ‘We were wrong.’',
                 [('the mayor', 'said', ['‘We said the pier was safe,’', '‘We were wrong.’'])], id='uk_said_inside_quote_split'),
    pytest.param('‘My father always said “never trust a pier”, and he was right,’ she said.',
                 [('she', 'said', ['‘My father always said “never trust a pier”, and he was right,’'])], id='uk_nested_single_in_double_in_single'),
    pytest.param('The so-called ‘safe’ pier fell into the sea on Monday.',
                 [], id='scare_quote_no_report'),
    pytest.param('The so-called “safe” pier fell into the sea on Monday.',
                 [], id='scare_quote_us_no_report'),
    pytest.param('Residents said the pier had been unsafe since the ’80s.',
                 [('Residents', 'said', ['the pier had been unsafe since the ’80s'])], id='years_apos_in_claim'),
    pytest.param('‘The pier is gone,’ she said. ‘We have lost everything: the boats, the cafe, the lot.’',
                 [('she', 'said', ['‘The pier is gone,’', '‘We have lost everything: the boats, the cafe, the lot.’'])], id='uk_quote_split_colon_after'),
    pytest.param("'The pier is gone,’ she said.",
                 [('she', 'said', ["'The pier is gone,’"])], id='uk_mixed_straight_curly'),
    pytest.param('‘I think –’ she paused – ‘we can still save the pier,’ said engineer Ada Moss.',
                 [('engineer Ada Moss', 'said', ['‘I think –’', '‘we can still save the pier,’'])], id='uk_emdash_interrupt'),
    pytest.param('"I think --" she paused -- "we can still save the pier," engineer Ada Moss said.',
                 [('engineer Ada Moss', 'said', ['"I think --"', '"we can still save the pier,"'])], id='straight_dash_interrupt'),
    pytest.param('“I think…” she paused — “we can still save the pier,” she said.',
                 [('she', 'said', ['“I think…”', '“we can still save the pier,”'])], id='ellipsis_interrupt'),
    pytest.param('Pier to close\n\n“We found cracks in every beam,” engineer Ada Moss said. “The council knew in March.\n\n“It must close today.”\n\n“That is not true,” the mayor said.',
                 [('engineer Ada Moss', 'said', ['“We found cracks in every beam,”', '“The council knew in March.', '“It must close today.”']), ('the mayor', 'said', ['“That is not true,”'])], id='carry_then_other_speaker'),
    pytest.param('“He said, ‘I quit,’ and walked off,” the mayor recalled.',
                 [('the mayor', 'recalled', ['“He said, ‘I quit,’ and walked off,”'])], id='nested_close_together'),
    pytest.param('The mayor recalled: “He told me, ‘I quit.’”',
                 [('The mayor', 'recalled', ['“He told me, ‘I quit.’”'])], id='nested_close_same_end'),
    pytest.param('The mayor recalled: ‘He told me, “I quit.”’',
                 [('The mayor', 'recalled', ['‘He told me, “I quit.”’'])], id='uk_nested_same_end'),
    pytest.param("'We will rebuild the pier', vows mayor\n\nThe pier opened in 1901.",
                 [('mayor', 'vows', ["'We will rebuild the pier'"])], id='uk_headline_vows'),
    pytest.param('‘It’s the workers’ pier,’ the union leader said. ‘Don’t forget that.’',
                 [('the union leader', 'said', ['‘It’s the workers’ pier,’', '‘Don’t forget that.’'])], id='uk_split_with_apostrophes'),
    pytest.param("'It's the workers' pier,' the union leader said. 'Don't forget that.'",
                 [('the union leader', 'said', ["'It's the workers' pier,'", "'Don't forget that.'"])], id='straight_uk_split_with_apostrophes'),
    pytest.param('“Who will pay?” the mayor asked. “Not the council.”',
                 [('the mayor', 'asked', ['“Who will pay?”', '“Not the council.”'])], id='us_question_split'),
    pytest.param('The engineer said: “The pier is unsafe.” She added that repairs would take a year.',
                 [('The engineer', 'said', ['“The pier is unsafe.”']), ('She', 'added', ['repairs would take a year'])], id='said_colon_quote_then_claim'),
    pytest.param('Pier to close\n\nThe engineer said: ‘The beams are cracked.\n\n‘The deck is rotten.\n\n‘The piles are gone.\n\n‘It must close.’\n\nThe pier opened in 1901.',
                 [('The engineer', 'said', ['‘The beams are cracked.', '‘The deck is rotten.', '‘The piles are gone.', '‘It must close.’'])], id='four_paragraphs_uk'),
    pytest.param('‘He said “the pier is safe” and we believed him,’ resident Ann Cole said.',
                 [('resident Ann Cole', 'said', ['‘He said “the pier is safe” and we believed him,’'])], id='uk_nested_inner_cue'),
    pytest.param('Resident Ann Cole said: ‘The council told us “the pier is safe” and the engineers said it would stand.’',
                 [('Resident Ann Cole', 'said', ['‘The council told us “the pier is safe” and the engineers said it would stand.’'])], id='uk_nested_colon_inner_cue'),
    pytest.param('‘We will rebuild the pier’, vows mayor\n\nThe pier opened in 1901.',
                 [('mayor', 'vows', ['‘We will rebuild the pier’'])], id='uk_comma_outside_curly_headline'),
    pytest.param('Pier to close\n\n‘The pier is finished’, admitted the harbour master.',
                 [('the harbour master', 'admitted', ['‘The pier is finished’'])], id='uk_comma_outside_body'),
]


@pytest.mark.parametrize("text,expected", PASSAGES)
def test_quotation_passages(parser, text, expected):
    doc = parser.parse(text)
    got = [(a.source.span.text if a.source else None, a.cue.text, [c.text for c in a.content]) for a in doc.attributions]
    assert [(s, c if cue is not None else None, parts) for (s, c, parts), (_, cue, _) in zip(got, expected)] == expected
    assert len(got) == len(expected)
    for att in doc.attributions:
        for span in att.content:
            assert text[span.start:span.end] == span.text


def _quotes(text):
    return [text[a:b] for q in attribution.layout.analyse(text).quotations for a, b in q.parts]


@pytest.mark.parametrize("text,quotes", [
    # a single closing mark after a stop closes the double quotation it mismatches,
    # when no double mark closes it later (the next one opens another quotation)
    ("She wrote: “We always do.’ She left for “Trainwreck.”", ["“We always do.’", "“Trainwreck.”"]),
    ('She wrote: "We always do.\' She left.', ['"We always do.\'']),
    # a single quotation open inside takes the single mark
    ("“He called it ‘a mess.’ Then he left.”", ["“He called it ‘a mess.’ Then he left.”"]),
    # a double mark closes it later: the single mark is a stray inside
    ("“I said, I’m done now.’ She said, fine.”", ["“I said, I’m done now.’ She said, fine.”"]),
    # a straight single mark in curly copy is a stray, no close
    ("“I said, I’m done now.' She said, fine.", ["“I said, I’m done now.' She said, fine."]),
])
def test_a_mismatched_single_mark_after_a_stop_closes_a_double_quotation(text, quotes):
    assert _quotes(text) == quotes


def test_a_quotation_not_broken_off_keeps_the_words_after_it(parser):
    # the first quotation ends on a comma, not a dash or an ellipsis: no interruption to leave out
    text = "“Stop,” she paused — “we can still save the pier,” said engineer Ada Moss."
    att = parser.parse(text).attributions[0]
    assert [c.text for c in att.content] == ["“Stop,” she paused — “we can still save the pier,”"]


@pytest.mark.parametrize("text,quotes", [
    # British copy: a double quotation nested in a single one is its words, the single one whole
    ("The mayor recalled: ‘He told me, “I quit.”’", ["‘He told me, “I quit.”’"]),
    ("‘They said “the workers’ pier” is safe,’ she said.", ["‘They said “the workers’ pier” is safe,’"]),
    # the single one closes after a stop with the nested double left open
    ("She said: ‘They called it “a fine pier. It fell.’ Then she left.", ["‘They called it “a fine pier. It fell.’"]),
    # carried over a paragraph break with the nested one inside its first part
    ("Pier to close\n\nThe engineer said: ‘They told us “it is safe” in March.\n\n‘It fell in May.’",
     ["‘They told us “it is safe” in March.", "‘It fell in May.’"]),
    # a single mark that opens no speech ("the '90s") holds no double quotation after it
    ("The '90s were \"great,\" said the Smiths' neighbour.", ['"great,"']),
])
def test_a_double_quotation_nested_in_a_single_one_is_part_of_it(text, quotes):
    assert _quotes(text) == quotes


@pytest.mark.parametrize("text,quotes", [
    # a plural possessive's apostrophe does not close a quotation carried to the next paragraph
    ("Pier to close\n\nThe union said: ‘We will not cross the dockers’ picket.\n\n‘Nor will the crews.’",
     ["‘We will not cross the dockers’ picket.", "‘Nor will the crews.’"]),
    # nor one that a later mark in its paragraph closes
    ("The union said: ‘The dockers’ picket will hold,’ Ann Lee said.", ["‘The dockers’ picket will hold,’"]),
    ("Lee said: 'We back the nurses' pay claim,' the leader said.", ["'We back the nurses' pay claim,'"]),
    # not carried on and not closed later: the apostrophe closed it
    ("Pier to close\n\nThe union said: ‘We will not cross the dockers’ picket.\n\nThe pier opened in 1901.",
     ["‘We will not cross the dockers’"]),
    # a mark before "and" closes: the next paragraph's quotation is its own
    ("Lee said: ‘Nobody listens to the workers’ and walked out.\n\n‘It is a scandal,’ said Roe.",
     ["‘Nobody listens to the workers’", "‘It is a scandal,’"]),
    # scare quotes that open no speech are left as they were
    ("She mocked the ‘friends’ group and the ‘enemies’ camp.", ["‘friends’", "‘enemies’"]),
])
def test_a_plural_possessive_does_not_close_a_single_quotation_that_goes_on(text, quotes):
    assert _quotes(text) == quotes


@pytest.mark.parametrize("text,content", [
    # a quotation with no closing mark ends at the comma before its speaker (left out, as
    # the annotators leave it out; a closed one keeps it inside its mark)
    ("“The lock gates are rusted through, the engineer said.", ["“The lock gates are rusted through"]),
    ("“The lock gates are rusted through,” the engineer said.", ["“The lock gates are rusted through,”"]),
    # and ends there when another quotation opens after it
    ("“The lock gates are rusted through, the engineer said. “They must be replaced.”",
     ["“The lock gates are rusted through", "“They must be replaced.”"]),
    ('"The lock gates are rusted through, said the engineer. "They must be replaced."',
     ['"The lock gates are rusted through', '"They must be replaced."']),
])
def test_a_quotation_left_open_before_its_speaker_ends_at_its_comma(parser, text, content):
    (att,) = parser.parse(text).attributions
    assert att.source.span.text == "the engineer"
    assert [c.text for c in att.content] == content


def test_a_quotation_left_open_ends_at_a_speaker_before_the_next_one_opens():
    text = "“The lock gates are rusted through, the engineer said. “They must be replaced.”"
    assert _quotes(text) == ["“The lock gates are rusted through,", "“They must be replaced.”"]


@pytest.mark.parametrize("text,quotes", [
    # an apostrophe for left-out digits or letters opens no quotation inside a single one
    ("'The mill closed in the '80s,' said Ed Pryce. 'Nothing replaced it.'",
     ["'The mill closed in the '80s,'", "'Nothing replaced it.'"]),
    ("'We will smoke 'em out,' the sheriff said.", ["'We will smoke 'em out,'"]),
    ("'It is just rock 'n' roll,' the drummer said.", ["'It is just rock 'n' roll,'"]),
    ("‘We waited ‘til dawn,’ a fisherman said.", ["‘We waited ‘til dawn,’"]),
    # the inch mark after feet closes nothing
    ('"The lock keeper is 6\'3" and strong," Ann Tull said.', ['"The lock keeper is 6\'3" and strong,"']),
    # a word that only starts like a left-out one still opens a quotation
    ("He said: 'Emergencies happen.'", ["'Emergencies happen.'"]),
])
def test_an_apostrophe_for_left_out_letters_or_an_inch_mark_is_no_quote_mark(text, quotes):
    assert _quotes(text) == quotes


def test_a_quotation_with_a_left_out_pronoun_keeps_its_speaker(parser):
    (att,) = parser.parse("'They will have to drag 'em out,' the bailiff warned.").attributions
    assert att.source.span.text == "the bailiff"
    assert att.cue.spans[0].text == "warned"
    assert [c.text for c in att.content] == ["'They will have to drag 'em out,'"]


@pytest.mark.parametrize("text,quotes", [
    # a plural possessive right before the stop and closing mark is inside the quotation
    ("‘The pier was the fishermen’s, then the traders’,’ Ivy Marsh said.",
     ["‘The pier was the fishermen’s, then the traders’,’"]),
    ("'We only ever asked for the pickers'.' She left.", ["'We only ever asked for the pickers'.'"]),
    # two plural possessives inside one single quotation close neither
    ("'It is the growers' land and the growers' harvest,' said Noor Alam.",
     ["'It is the growers' land and the growers' harvest,'"]),
])
def test_a_plural_possessive_inside_a_single_quotation_closes_it_not(text, quotes):
    assert _quotes(text) == quotes


def test_a_quotation_ending_in_a_plural_possessive_keeps_its_speaker(parser):
    (att,) = parser.parse("‘The harvest belongs to the growers’,’ the farmer said.").attributions
    assert att.source.span.text == "the farmer"
    assert [c.text for c in att.content] == ["‘The harvest belongs to the growers’,’"]


def _sentences(text):
    return [text[s.start:s.end] for s in attribution.layout.analyse(text).sentences]


@pytest.mark.parametrize("text,sentences", [
    # a speaker who "told" someone, after a quotation that trails off or stops, is its sentence
    ("“The wards are full, the beds are gone…” Dr Ife Bello told the inquiry.",
     ["“The wards are full, the beds are gone…” Dr Ife Bello told the inquiry."]),
    ("“We are leaving.” Ms Kerr told The Herald.", ["“We are leaving.” Ms Kerr told The Herald."]),
    # but not when more follows the one told
    ("“We are leaving.” Ms Kerr told the staff to pack.", ["“We are leaving.”", "Ms Kerr told the staff to pack."]),
])
def test_a_speaker_who_told_someone_after_a_quotation_is_its_sentence(text, sentences):
    assert _sentences(text) == sentences


def test_a_quotation_that_trails_off_before_its_speaker_is_theirs(parser):
    text = "The mayor said the pier would reopen.\n\n“The wards are full, the beds are gone…” Dr Ife Bello told the inquiry."
    atts = parser.parse(text).attributions
    assert [(a.source.span.text, [c.text for c in a.content]) for a in atts] == [
        ("The mayor", ["the pier would reopen"]),
        ("Dr Ife Bello", ["“The wards are full, the beds are gone…”"]),
    ]


@pytest.mark.parametrize(("text", "sentences"), [
    # copy that lost the space after a full stop still ends its sentence there
    ("The ferry left at dawn.The pier closed.", ["The ferry left at dawn.", "The pier closed."]),
    ("The crowd cheered as the plane took off.A video shows it.",
     ["The crowd cheered as the plane took off.", "A video shows it."]),
    ("“We lost,” said Lee.“We will return,” Roe said.", ["“We lost,” said Lee.", "“We will return,” Roe said."]),
    # but not inside an abbreviation, a title, a web address or an initialism
    ("Ask Mrs.Lee at the U.S.A. desk.", ["Ask Mrs.Lee at the U.S.A. desk."]),
    ("Visit www.Ferrytimes.com for the timetable.", ["Visit www.Ferrytimes.com for the timetable."]),
])
def test_a_sentence_ends_where_copy_lost_the_space_after_it(text, sentences):
    assert _sentences(text) == sentences


def test_a_report_after_a_lost_space_has_its_own_subject(parser):
    doc = parser.parse("The vote was tallied at noon.The final count showed the levy had passed.")
    assert [(a.source.span.text, a.cue.text) for a in doc.attributions] == [("The final count", "showed")]


@pytest.mark.parametrize(("text", "sentences"), [
    # any verb of saying the lexicon knows, after a quotation that ends in a full stop, keeps
    # its speaker in the quotation's sentence, with whom it was said to, where, in what and when
    ("“The ferry will run.” Ann Lee claimed.", ["“The ferry will run.” Ann Lee claimed."]),
    ("“The ferry will run.” The mayor maintained on Monday.",
     ["“The ferry will run.” The mayor maintained on Monday."]),
    ("“The ferry will run.” Ann Lee told PTI in a statement.", ["“The ferry will run.” Ann Lee told PTI in a statement."]),
    ("“The ferry will run.” Ann Lee said at a rally in Pune.", ["“The ferry will run.” Ann Lee said at a rally in Pune."]),
    ("“The ferry will run.” Ann Lee said in a post on X.", ["“The ferry will run.” Ann Lee said in a post on X."]),
    ("“The ferry will run.” Ann Lee posted on X.", ["“The ferry will run.” Ann Lee posted on X."]),
    # with what the words were about after a verb of saying
    ("“The ferry will run.” Ann Lee said of the strike.", ["“The ferry will run.” Ann Lee said of the strike."]),
    ("“We never agreed to it.’” Tom Hale, the chairman, said of the meeting.",
     ["“We never agreed to it.’” Tom Hale, the chairman, said of the meeting."]),
    ("“The fare is too high.” The mayor wrote of the plan on Monday.",
     ["“The fare is too high.” The mayor wrote of the plan on Monday."]),
    ("“The ferry will run.” Ann Lee pointed out.", ["“The ferry will run.” Ann Lee pointed out."]),
    ("“The ferry will run.” Ann Lee retorted.", ["“The ferry will run.” Ann Lee retorted."]),
    # and after a question, with its medium
    ("“Who will pay?” Ann Lee alleged in a statement.", ["“Who will pay?” Ann Lee alleged in a statement."]),
    # but a verb of another sense, a clause after the verb, or a verb of thinking with its
    # clause after a question, starts a sentence
    ("“The ferry will run.” Ann Lee resigned at a meeting in Pune.",
     ["“The ferry will run.”", "Ann Lee resigned at a meeting in Pune."]),
    ("“The ferry will run.” Ann Lee added to the confusion.", ["“The ferry will run.”", "Ann Lee added to the confusion."]),
    ("“The ferry will run.” Ann Lee said in May it would stop.", ["“The ferry will run.”", "Ann Lee said in May it would stop."]),
    ("“The ferry will run.” Ann Lee thought of leaving.", ["“The ferry will run.”", "Ann Lee thought of leaving."]),
    ("“Who will pay?” Her uncle, Tom, 60, worried that the fares would rise.",
     ["“Who will pay?”", "Her uncle, Tom, 60, worried that the fares would rise."]),
])
def test_a_speaker_with_any_verb_of_saying_after_a_quotation_is_its_sentence(text, sentences):
    assert _sentences(text) == sentences


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry was late again on Friday. “The timetable is a fiction.” Ann Lee claimed.",
     ("Ann Lee", "claimed", "“The timetable is a fiction.”")),
    ("The ferry was late again on Friday. “The timetable is a fiction.” Ann Lee told PTI in a statement.",
     ("Ann Lee", "told", "“The timetable is a fiction.”")),
    ("The ferry was late again on Friday. “The timetable is a fiction.” Ann Lee said at a rally in Pune.",
     ("Ann Lee", "said", "“The timetable is a fiction.”")),
    ("The ferry was late again on Friday. “The timetable is a fiction.” Ann Lee pointed out.",
     ("Ann Lee", "pointed out", "“The timetable is a fiction.”")),
    ("The ferry was late again on Friday. “Who wrote this timetable?” Ann Lee stressed.",
     ("Ann Lee", "stressed", "“Who wrote this timetable?”")),
])
def test_a_quotation_before_a_speaker_with_any_verb_of_saying_is_theirs(parser, text, expected):
    atts = parser.parse(text).attributions
    assert [(a.source.span.text, a.cue.text, [c.text for c in a.content]) for a in atts] == [
        (expected[0], expected[1], [expected[2]])]


def test_a_quotation_before_a_speaker_who_resigned_is_no_ones(parser):
    text = "The ferry was late again on Friday. “The timetable is a fiction.” Ann Lee resigned."
    assert parser.parse(text).attributions == ()


@pytest.mark.parametrize(("text", "sentences"), [
    # a post set off by commas after the speaker's name, after a quotation that ends in a full stop
    ("“The ferry will run.” Tom Hale, 45, a fisherman, said.", ["“The ferry will run.” Tom Hale, 45, a fisherman, said."]),
    ("“The ferry will run.” Tom Hale, a local resident, told PTI.",
     ["“The ferry will run.” Tom Hale, a local resident, told PTI."]),
    # but not with a verb of another sense, nor a post left open
    ("“The ferry will run.” Tom Hale, the mayor, resigned.", ["“The ferry will run.”", "Tom Hale, the mayor, resigned."]),
    ("“The ferry will run.” Tom Hale, a fisherman said.", ["“The ferry will run.”", "Tom Hale, a fisherman said."]),
])
def test_a_speaker_with_a_post_after_a_quotation_is_its_sentence(text, sentences):
    assert _sentences(text) == sentences


def test_a_quotation_before_a_speaker_with_a_post_is_theirs(parser):
    text = "The ferry was late again on Friday. “The timetable is a fiction.” Tom Hale, a local fisherman, said."
    atts = parser.parse(text).attributions
    assert [(a.source.span.text, a.cue.text, [c.text for c in a.content]) for a in atts] == [
        ("Tom Hale, a local fisherman", "said", ["“The timetable is a fiction.”"])]


@pytest.mark.parametrize(("text", "sentences"), [
    # a question or a cry, then the speaker with a post of several words set off by commas
    ("“Is the ferry late?” Tom Hale, a retired pilot, asked.", ["“Is the ferry late?” Tom Hale, a retired pilot, asked."]),
    ("“What a mess!” Tom Hale, a pilot from the old ferry line, said quietly.",
     ["“What a mess!” Tom Hale, a pilot from the old ferry line, said quietly."]),
    # after a full stop too, the post longer than a title's words
    ("“The ferry will run.” Tom Hale, a pilot from the old ferry line, said.",
     ["“The ferry will run.” Tom Hale, a pilot from the old ferry line, said."]),
    # but not a post left open, nor a verb of another sense
    ("“Is the ferry late?” Tom Hale, a pilot asked.", ["“Is the ferry late?”", "Tom Hale, a pilot asked."]),
    ("“Is the ferry late?” Tom Hale, the mayor, resigned.", ["“Is the ferry late?”", "Tom Hale, the mayor, resigned."]),
])
def test_a_speaker_with_a_long_post_after_a_question_is_its_sentence(text, sentences):
    assert _sentences(text) == sentences


def test_a_question_before_a_speaker_with_a_long_post_is_theirs(parser):
    text = "The ferry was late again on Friday. “Who wrote this timetable?” Tom Hale, a pilot from the old ferry line, said."
    atts = parser.parse(text).attributions
    assert [(a.source.span.text, a.cue.text, [c.text for c in a.content]) for a in atts] == [
        ("Tom Hale, a pilot from the old ferry line", "said", ["“Who wrote this timetable?”"])]


@pytest.mark.parametrize("text,quotes", [
    # a quotation over several paragraphs in straight marks, a curly one nested in its first paragraph
    ('Port vote\n\nThe mayor stated:\n\n"The pier is not about “fair play” now. It is about money.\n\n'
     '"We will close it in May."\n\nThe vote is on Friday.',
     ['"The pier is not about “fair play” now. It is about money.', '"We will close it in May."']),
    # ... and in curly marks, a straight one nested in it, over three paragraphs
    ('Port vote\n\nRoe wrote:\n\n“The board called it "a fine pier" in March. Then it fell.\n\n'
     '“No one came.\n\n“We paid for it.”\n\nThe vote is on Friday.',
     ['“The board called it "a fine pier" in March. Then it fell.', "“No one came.", "“We paid for it.”"]),
    # the nested one in a later paragraph too
    ('Port vote\n\nLee said:\n\n"They told us “it is safe” in March.\n\n"It fell in “the May storm.”"\n\nNews.',
     ['"They told us “it is safe” in March.', '"It fell in “the May storm.”"']),
    # not carried on: the mark that opens the paragraph is a stray, the nested quotation its own
    ('Port vote\n\n"Lee tried to laugh it off by saying, “Only Roe.” But Kay went on.\n\nThe vote is on Friday.',
     ["“Only Roe.”"]),
    ('Port vote\n\n"Roe called it “a fine pier” and left.', ["“a fine pier”"]),
])
def test_a_quotation_opening_its_paragraph_with_one_nested_goes_on_in_the_next(text, quotes):
    assert _quotes(text) == quotes


@pytest.mark.parametrize("text,speaker,first", [
    ('Port vote\n\nThe mayor stated:\n\n"The pier is not about “fair play” now. It is about money.\n\n'
     '"We will close it in May."\n\nThe vote is on Friday.',
     "The mayor", '"The pier is not about “fair play” now. It is about money.'),
    ('Port vote\n\nDr. Ann Roe wrote:\n\n“The board called it "a fine pier" in March.\n\n“We paid for it.”\n\nNews.',
     "Dr. Ann Roe", '“The board called it "a fine pier" in March.'),
])
def test_a_lead_takes_a_quotation_over_paragraphs_with_one_nested_in_it(parser, text, speaker, first):
    atts = [a for a in parser.parse(text).attributions if a.source and a.source.span.text == speaker]
    assert len(atts) == 1
    assert [s.text for s in atts[0].content][0] == first
    assert len(atts[0].content) == 2


@pytest.mark.parametrize(("text", "expected"), [
    # an interviewer's question, in the first person and the present, is the interviewer's
    ("‘Was the winter hard?’ I ask. ‘Brutal,’ the shepherd says.",
     [("I", "ask", ["‘Was the winter hard?’"]), ("the shepherd", "says", ["‘Brutal,’"])]),
    ("'Why stay on the island?' I ask her. 'Because it is home,' she says.",
     [("I", "ask", ["'Why stay on the island?'"]), ("she", "says", ["'Because it is home,'"])]),
    ("“Would you do it again?” I ask. “Tomorrow,” the skipper replies.",
     [("I", "ask", ["“Would you do it again?”"]), ("the skipper", "replies", ["“Tomorrow,”"])]),
])
def test_a_question_before_an_interviewer_who_asks_in_the_present_is_theirs(parser, text, expected):
    got = [(a.source.span.text, a.cue.text, [c.text for c in a.content]) for a in parser.parse(text).attributions]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an apostrophe before a year written short inside an open single quotation is no mark
    ("'The mill has been shut since '85,' the farmer says. 'Nobody came back.'",
     ("the farmer", "says", ["'The mill has been shut since '85,'", "'Nobody came back.'"])),
    ("His brother shrugs. 'We won the league in '09 and then the money ran out,' he says.",
     ("he", "says", ["'We won the league in '09 and then the money ran out,'"])),
    ("‘I have sung in this choir since ‘97,’ she recalls.",
     ("she", "recalls", ["‘I have sung in this choir since ‘97,’"])),
])
def test_a_short_year_inside_a_single_quotation_closes_it_not(parser, text, expected):
    got = [(a.source.span.text, a.cue.text, [c.text for c in a.content]) for a in parser.parse(text).attributions]
    assert got == [expected]
    assert _quotes(text) == expected[2]
    assert [a.kind for a in parser.parse(text).attributions] == ["quote"]


@pytest.mark.parametrize(("text", "expected"), [
    # a name in "-s" with its apostrophe opening a single quotation does not close it
    ("'James' car was gone by the morning,' she says. 'Nobody saw a thing.'",
     ("she", "says", ["'James' car was gone by the morning,'", "'Nobody saw a thing.'"])),
    ("‘Jones’ van sat outside all night,’ a neighbour says.",
     ("a neighbour", "says", ["‘Jones’ van sat outside all night,’"])),
    ("'Charles' mother ran the post office for forty years,' he recalls.",
     ("he", "recalls", ["'Charles' mother ran the post office for forty years,'"])),
])
def test_a_name_in_s_opening_a_single_quotation_keeps_it_open(parser, text, expected):
    atts = parser.parse(text).attributions
    assert [(a.source.span.text, a.cue.text, [c.text for c in a.content]) for a in atts] == [expected]
    assert [a.kind for a in atts] == ["quote"]


@pytest.mark.parametrize(("text", "expected"), [
    # copy that typed the right single mark for opening ones as well: where speech opens,
    # before a capital, with another to close it, it opens a quotation
    ("’We never saw the water coming,’ she says. ’Nobody warned us.’",
     [("she", "says", ["’We never saw the water coming,’", "’Nobody warned us.’"])]),
    ("The harbour master said: ’We will reopen the slipway in May.’",
     [("The harbour master", "said", ["’We will reopen the slipway in May.’"])]),
    ("They played rock ’n’ roll until dawn. ’We loved every minute,’ one dancer recalls.",
     [("one dancer", "recalls", ["’We loved every minute,’"])]),
])
def test_a_right_single_mark_where_speech_opens_opens_a_quotation(parser, text, expected):
    atts = parser.parse(text).attributions
    assert [(a.source.span.text, a.cue.text, [c.text for c in a.content]) for a in atts] == expected
    assert {a.kind for a in atts} == {"quote"}


@pytest.mark.parametrize(("text", "quotes"), [
    # an apostrophe for left-out letters stays one
    ("‘’Ello, ’ello,’ the constable says. ‘What’s all this then?’", ["‘’Ello, ’ello,’", "‘What’s all this then?’"]),
    ("’Tis the season for storms, the harbour master said.", []),
    ("’Ello there, he said, and the ’90s band played on.", []),
])
def test_a_right_single_mark_for_left_out_letters_opens_none(text, quotes):
    assert _quotes(text) == quotes


@pytest.mark.parametrize("line", [
    "Advertisement",
    "Story continues below advertisement",
    "Also Read: Doctors back the nurses",
    "READ MORE | Hospital board meets",
    "(Photo: PTI)",
    "Image caption, Nurses outside the ward",
])
@pytest.mark.parametrize("text,source,parts", [
    ('Nurses strike\n\nUnion rep Mary Cole said: “We have waited two years.\n\n{line}\n\n“Now we walk out.”\n\nThe ward is shut.',
     "Union rep Mary Cole", ["“We have waited two years.", "“Now we walk out.”"]),
    ("Nurses strike\n\n‘We have waited two years.\n\n{line}\n\n‘Now we walk out,’ union rep Mary Cole said.\n\nThe ward is shut.",
     "union rep Mary Cole", ["‘We have waited two years.", "‘Now we walk out,’"]),
])
def test_a_quotation_carried_over_paragraphs_runs_past_a_pages_line_between_them(parser, line, text, source, parts):
    # a scraped page's advertisement slot, link or caption between a quotation's paragraphs does not end it
    text = text.format(line=line)
    atts = [a for a in parser.parse(text).attributions if a.source and a.source.span.text == source]
    assert [[c.text for c in a.content] for a in atts] == [parts]
    opened = text.index(parts[0])
    [quote] = [q for q in attribution.layout.analyse(text).quotations if q.start == opened]
    assert [text[a:b] for a, b in quote.parts][-1].startswith(parts[1].rstrip("’,”"))
    assert len(quote.parts) == 2


@pytest.mark.parametrize("line", ["Advertisement", "(Photo: PTI)", "Also Read: Doctors back the nurses"])
def test_a_pages_line_does_not_carry_a_quotation_to_a_paragraph_opening_with_none(line):
    # the paragraph after the page's line opens with no mark: the open quotation ended before the line
    text = f"Nurses strike\n\n“We have waited two years.\n\n{line}\n\nThe board said talks would resume."
    quotes = attribution.layout.analyse(text).quotations
    assert [len(q.parts) for q in quotes if text[q.start] == "“"] == [1]
    assert quotes[0].end <= text.index(line)


@pytest.mark.parametrize("mark", ["\u202a", "\u200e", "\u200b", "\ufeff", "\u2066"])
@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry page filled with replies.\n\n{mark}”Sorry, you should have said ‘never‘, we all know it!!” posted Ann Cole.",
     ("Ann Cole", "posted", "”Sorry, you should have said ‘never‘, we all know it!!”")),
    ("{mark}“The pier will shut in May,” the harbour master said.",
     ("the harbour master", "said", "“The pier will shut in May,”")),
    ("Readers wrote in.\n\n{mark}“Nobody asked the fishermen,” wrote Tom Reyes. “Nobody ever does.”",
     ("Tom Reyes", "wrote", "“Nobody asked the fishermen,”")),
])
def test_an_invisible_formatting_mark_opening_a_line_does_not_hide_its_quotation(parser, mark, text, expected):
    # a direction mark, zero-width space or byte-order mark copied in before a paragraph's
    # first quote mark: the paragraph (and its sentence) starts at the quotation
    atts = [a for a in parser.parse(text.format(mark=mark)).attributions if a.kind == "quote"]
    assert [(a.source.span.text, a.cue.text, a.content[0].text) for a in atts] == [expected]
    assert mark not in atts[0].content[0].text


@pytest.mark.parametrize(("text", "sentences"), [
    # the brand's verb capitalised as the brand is, after a cry, a question or a full stop
    ("“We won!” Ann Lee Tweeted on Friday.", ["“We won!” Ann Lee Tweeted on Friday."]),
    ("“Who pays for this?” Tom Hale, the head of the ferry union, Tweeted.",
     ["“Who pays for this?” Tom Hale, the head of the ferry union, Tweeted."]),
    ("“The ferry will run.” The mayor Tweeted on Monday.", ["“The ferry will run.” The mayor Tweeted on Monday."]),
    # but not a capitalised word that is no such verb, nor the verb with a clause after it
    ("“We won!” Ann Lee Travelled on Friday.", ["“We won!”", "Ann Lee Travelled on Friday."]),
    ("“The ferry will run.” The mayor Tweeted that it would stop.",
     ["“The ferry will run.”", "The mayor Tweeted that it would stop."]),
])
def test_a_speaker_who_tweeted_in_capitals_after_a_quotation_is_its_sentence(text, sentences):
    assert _sentences(text) == sentences


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry was late again on Friday. “Not us, but we like it!” Tom Hale, the head of the ferry union, Tweeted on Friday.",
     ("Tom Hale, the head of the ferry union", "“Not us, but we like it!”")),
    ("The mayor praised the crews. “Who pays for this?” Ann Lee Tweeted with a photo of the pier.",
     ("Ann Lee", "“Who pays for this?”")),
])
def test_a_quotation_before_a_speaker_who_tweeted_in_capitals_is_theirs(parser, text, expected):
    atts = parser.parse(text).attributions
    assert (expected[0], "Tweeted", [expected[1]]) in [
        (a.source.span.text, a.cue.text, [c.text for c in a.content]) for a in atts if a.source]


@pytest.mark.parametrize(("text", "rel_content", "outer_content"), [
    # a relative clause set off by commas that ends on a quotation with the comma inside its
    # closing mark (American copy): the subject's clause goes on around it to the trailing cue
    ('Moss, who says the repair bill will be "a few millions," called the delay "absurd. It hurts us all," she said.',
     ['the repair bill will be "a few millions,"'], ['Moss', 'called the delay "absurd. It hurts us all,"']),
    ('Ann Lee, who called the pier “a death trap,” described the repairs as “late. Far too late,” she said.',
     ['the pier “a death trap,”'], ['Ann Lee', 'described the repairs as “late. Far too late,”']),
    ("Hale, who says the union is 'ready to strike,' branded the offer 'an insult. We will not sign,' he said.",
     ["the union is 'ready to strike,'"], ['Hale', "branded the offer 'an insult. We will not sign,'"]),
])
def test_a_relative_aside_ending_on_a_quotation_leaves_the_trailing_cue_its_clause(parser, text, rel_content,
                                                                                      outer_content):
    atts = parser.parse(text).attributions
    got = {a.cue.text: [c.text for c in a.content] for a in atts}
    assert rel_content in got.values()
    assert got["said"] == outer_content


@pytest.mark.parametrize("first,second", [
    ('"The pier is a hazard to anyone on it," Mayor Ann Lee said. "We will shut it."',
     '"The pier is a hazard to anyone on it,"|"We will shut it."'),
    ("''The pier is a hazard to anyone on it,'' Mayor Ann Lee said. ''We will shut it.''",
     "''The pier is a hazard to anyone on it,''|''We will shut it.''"),
    ("“The pier is a hazard to anyone on it,” Mayor Ann Lee said. “We will shut it.”",
     "“The pier is a hazard to anyone on it,”|“We will shut it.”"),
])
@pytest.mark.parametrize("heading", ["'So much rust.'", "‘A tough call for the town.’", "'We had no choice!'"])
def test_a_short_quotation_in_single_marks_after_double_ones_is_a_heading(parser, first, second, heading):
    # copy that quotes in double marks sets a heading quoting a few words from below in single ones:
    # no more of the speaker above, who would keep her marks
    text = f"The council met on Monday.\n\n{first}\n\n{heading}\n\nThe pier opened in 1921 and was last repaired in 1998."
    atts = parser.parse(text).attributions
    assert [(a.source.span.text, [c.text for c in a.content]) for a in atts] == [("Mayor Ann Lee", second.split("|"))]


@pytest.mark.parametrize("text,parts", [
    # near misses: the speaker's marks kept (British single marks, or double ones), or a heading
    # too long for one, go on with her words
    ("The council met.\n\n‘The pier is a hazard,’ Mayor Ann Lee said. ‘We will shut it.’\n\n‘We had no choice.’\n\nThe pier opened in 1921.",
     ["‘The pier is a hazard,’", "‘We will shut it.’", "‘We had no choice.’"]),
    ('The council met.\n\n"The pier is a hazard," Mayor Ann Lee said. "We will shut it."\n\n"We had no choice."\n\nThe pier opened in 1921.',
     ['"The pier is a hazard,"', '"We will shut it."', '"We had no choice."']),
    ('The council met.\n\n"The pier is a hazard," Mayor Ann Lee said. "We will shut it."\n\n'
     "'We had no choice but to close every one of the old piers this year.'\n\nThe pier opened in 1921.",
     ['"The pier is a hazard,"', '"We will shut it."', "'We had no choice but to close every one of the old piers this year.'"]),
])
def test_a_quotation_paragraph_in_the_speakers_marks_goes_on_with_her_words(parser, text, parts):
    (att,) = parser.parse(text).attributions
    assert [c.text for c in att.content] == parts


def test_the_pattern_class_of_closing_marks_takes_each_closing_mark_and_no_opening_one():
    closing = regex.compile("[" + tokens.CLOSING_QUOTE_CLASS + "]")
    opening = regex.compile("[" + tokens.OPENING_QUOTE_CLASS + "]")
    assert all(closing.fullmatch(mark) for mark in tokens.CLOSING_QUOTE_MARKS)
    assert not any(closing.fullmatch(mark) for mark in "“‘«(")
    assert all(opening.fullmatch(mark) for mark in tokens.OPENING_QUOTE_MARKS)
    assert not any(opening.fullmatch(mark) for mark in "”’»)")
    # a paragraph that ends on any closing mark, the guillemet too, ends as a sentence ends
    assert set(tokens.CLOSING_QUOTE_MARKS) <= layout._SENTENCE_END_MARKS
