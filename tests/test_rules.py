"""Each rule on sentences written for these tests, one readable row each."""

from unittest import mock

import pytest

import attribution
from attribution import clauses, kinds, sources
from attribution.testing.pytest_plugin import single as _one

# (sentence, rule, source, cue word, content, kind, via)
ROWS = [
    ("According to the ministry, the bridge will reopen in May.",
     "core.lead_phrase.v2", "the ministry", "According to", ["the bridge will reopen in May"], "claim", []),
    ("As per The Harbour Gazette, the ferry service was cancelled twice.",
     "core.lead_phrase.v2", "The Harbour Gazette", "As per", ["the ferry service was cancelled twice"], "claim", []),
    # "as reported by", "as noted by": the verb of saying alone is the cue
    ("As reported by the Harbour Gazette, the ferry service was cancelled twice.",
     "core.lead_phrase.v2", "the Harbour Gazette", "reported", ["the ferry service was cancelled twice"], "claim", []),
    ("The pier will close in May, as noted by the harbour board.",
     "core.lead_phrase.v2", "the harbour board", "noted", ["The pier will close in May"], "claim", []),
    ("The dam needs urgent repairs, according to engineers.",
     "core.lead_phrase.v2", "engineers", "according to", ["The dam needs urgent repairs"], "claim", []),
    # a participle, a comparison or a contrast after "according to X," is the writer's, no part of Y
    ("The ferry lost money last year, according to the harbour board, even as fares rose.",
     "core.lead_phrase.v2", "the harbour board", "according to", ["The ferry lost money last year"], "claim", []),
    ("The toll rose by a third, according to the council, compared with a fall at Ashby.",
     "core.lead_phrase.v2", "the council", "according to", ["The toll rose by a third"], "claim", []),
    ("The union signed a deal, according to the ministry, ending a long strike.",
     "core.lead_phrase.v2", "the ministry", "according to", ["The union signed a deal"], "claim", []),
    # ... where Y's own predicate resumes, it goes on
    ("The toll, according to the council, will rise in May.",
     "core.lead_phrase.v2", "the council", "according to", ["The toll", "will rise in May"], "claim", []),
    # a phrase fronted before the clause: the clause after X's comma is Y's, though "the" opens it
    ("Over the long term, according to the council, the toll will rise by a third.",
     "core.lead_phrase.v2", "the council", "according to", ["Over the long term", "the toll will rise by a third"], "claim", []),
    ("In the first year, according to the harbour board, the ferries were late twice a week.",
     "core.lead_phrase.v2", "the harbour board", "according to", ["In the first year", "the ferries were late twice a week"],
     "claim", []),
    ("During the storm, according to the coastguard, the pier was shut for a week.",
     "core.lead_phrase.v2", "the coastguard", "according to", ["During the storm", "the pier was shut for a week"], "claim", []),
    # an appositive that ends the sentence after "according to X," describes X, a party's tag too
    ("The pier will close in May, according to Tom Okafor, a harbour pilot.",
     "core.lead_phrase.v2", "Tom Okafor, a harbour pilot", "according to", ["The pier will close in May"], "claim", []),
    ("The pier will close in May, according to Ann Lee, R-Ohio.",
     "core.lead_phrase.v2", "Ann Lee, R-Ohio", "according to", ["The pier will close in May"], "claim", []),
    # a spaced dash or a colon ends the source; a colon in a time does not
    ("The toll is high, according to the Harbour Trust - a wide margin over last year.",
     "core.lead_phrase.v2", "the Harbour Trust", "according to", ["The toll is high"], "claim", []),
    ("According to the Harbour Gazette: “The toll is too high.”",
     "core.lead_phrase.v2", "the Harbour Gazette", "According to", ["“The toll is too high.”"], "quote", []),
    ("According to the 10:30 bulletin, the toll is high.",
     "core.lead_phrase.v2", "the 10:30 bulletin", "According to", ["the toll is high"], "claim", []),
    # ... but not a comment on the finding
    ("The pier will close in May, according to the Harbour Trust, the most of any port.",
     "core.lead_phrase.v2", "the Harbour Trust", "according to", ["The pier will close in May"], "claim", []),
    # a connective that opens the sentence is the writer's link, not the source's words
    ("But the pier closed on Monday, according to the police.",
     "core.lead_phrase.v2", "the police", "according to", ["the pier closed on Monday"], "claim", []),
    ("However, the ferry will be sold, according to the council.",
     "core.lead_phrase.v2", "the council", "according to", ["the ferry will be sold"], "claim", []),
    # "To X, Y": the view of the one named after a "To" that opens the sentence
    ("To the harbour master, the new quay is a waste of money.",
     "core.view_holder.v1", "the harbour master", "To", ["the new quay is a waste of money"], "claim", []),
    ("To Okafor, who has fished here for decades, the pier is a relic.",
     "core.view_holder.v1", "Okafor", "To", ["the pier is a relic"], "claim", []),
    # "In X's view, Y": a possessor's view, opinion or words, in the clause around the aside
    ("In Councillor Roe's view, the new quay is a waste of money.",
     "core.view_holder.v1", "Councillor Roe's", "view", ["the new quay is a waste of money"], "claim", []),
    ("The cheapest fix, in Councillor Roe's view, would be a new ferry.",
     "core.view_holder.v1", "Councillor Roe's", "view", ["The cheapest fix", "would be a new ferry"], "claim", []),
    ("The pier should close, in her opinion.",
     "core.view_holder.v1", "her", "opinion", ["The pier should close"], "claim", []),
    ("The summit moved to Dover because, in Lee’s words, “it is the busiest port.”",
     "core.view_holder.v1", "Lee’s", "words", ["“it is the busiest port.”"], "quote", []),
    # a pointer before the lead stands for what was told: the pointer the content, the copula the cue's
    ("That’s according to figures the harbour board released on Friday.",
     "core.lead_phrase.v2", "figures the harbour board released on Friday", "’s according to", ["That"], "claim", []),
    ("This is according to the port authority.",
     "core.lead_phrase.v2", "the port authority", "is according to", ["This"], "claim", []),
    # a trailing lead inside brackets: the aside is the report, and the bracket ends the source
    ("Ferry fares rose again (the toll is now £4, according to the harbour board).",
     "core.lead_phrase.v2", "the harbour board", "according to", ["the toll is now £4"], "claim", []),
    ("The mayor endorsed her.",
     "core.said_that.v2", "The mayor", "endorsed", ["her"], "claim", []),
    # a noun-phrase content ends before an adjunct clause or phrase that tells when or why
    ("The mayor endorsed Tom Ng and Ann Roe before the vote on the pier.",
     "core.said_that.v2", "The mayor", "endorsed", ["Tom Ng and Ann Roe"], "claim", []),
    # so does one in a headline's title case, its opener capitalised
    ("Ann Lee Slams Tom Roe On Fares After Ferry Ruling\n\nThe board met on Monday.",
     "core.said_that.v2", "Ann Lee", "Slams", ["Tom Roe On Fares"], "claim", []),
    ("Harbour Chief Defends Ferry Crew Amid Pier Row\n\nThe board met on Monday.",
     "core.said_that.v2", "Harbour Chief", "Defends", ["Ferry Crew"], "claim", []),
    # "While" before any capitalised subject, "When" before a capitalised pronoun
    ("Dockers Demand Pay Talks While Owners Post Profits\n\nThe union met on Monday.",
     "core.said_that.v2", "Dockers", "Demand", ["Pay Talks"], "claim", []),
    ("Ann Lee Backed Ferry Cuts When She Ran The Board\n\nThe board met on Monday.",
     "core.said_that.v2", "Ann Lee", "Backed", ["Ferry Cuts"], "claim", []),
    # but a capitalised word in a phrase of small letters is a title's ("the film Before Sunrise")
    ("The mayor praised the old film Before Sunrise.",
     "core.said_that.v2", "The mayor", "praised", ["the old film Before Sunrise"], "claim", []),
    # and after a verb of saying the title-case words are its clause, the adjunct theirs
    ("Ann Lee Says Ferry Fares Rose After Pier Ruling\n\nThe board met on Monday.",
     "core.said_that.v2", "Ann Lee", "Says", ["Ferry Fares Rose After Pier Ruling"], "claim", []),
    # after a verb of saying or believing the words are a clause, and the adjunct is the clause's
    ("Lee says thousands lost their boats because of the storm.",
     "core.said_that.v2", "Lee", "says", ["thousands lost their boats because of the storm"], "claim", []),
    ("Ann Lee said she’ll still back Roe after the vote.",
     "core.said_that.v2", "Ann Lee", "said", ["she’ll still back Roe after the vote"], "claim", []),
    ("The pilots hope the crew got home before the storm.",
     "core.said_that.v2", "The pilots", "hope", ["the crew got home before the storm"], "claim", []),
    # so too after "note", "write" or "add": a verb that reads as a noun ("split", "quit") is the clause's
    ("The skipper notes the two crews split after a storm.",
     "core.said_that.v2", "The skipper", "notes", ["the two crews split after a storm"], "claim", []),
    ("Ann Lee writes the pilots quit because of the pay.",
     "core.said_that.v2", "Ann Lee", "writes", ["the pilots quit because of the pay"], "claim", []),
    ("The mayor praised the pilots because they won.",
     "core.said_that.v2", "The mayor", "praised", ["the pilots"], "claim", []),
    # an irregular past that is no participle ("came", "took") is a finite verb: a clause, which keeps its adjunct
    ("The Ledger reported the ferry came hours after the storm.",
     "core.said_that.v2", "The Ledger", "reported", ["the ferry came hours after the storm"], "claim", []),
    # a participle after the noun makes a small clause, whose adjunct the words after it are
    ("The survey showed the mayor losing ground after the storm.",
     "core.said_that.v2", "The survey", "showed", ["the mayor losing ground after the storm"], "claim", []),
    ("The minister supported laws barring most trawlers before the spawning season.",
     "core.said_that.v2", "The minister", "supported", ["laws barring most trawlers before the spawning season"], "claim", []),
    # not a gerund after a preposition, nor a noun in -ing
    ("The mayor praised the crew for rescuing the pilots after the storm.",
     "core.said_that.v2", "The mayor", "praised", ["the crew for rescuing the pilots"], "claim", []),
    ("The mayor praised the new building after the opening.",
     "core.said_that.v2", "The mayor", "praised", ["the new building"], "claim", []),
    # but the reason after a quoted verdict is the source's own: "because" goes on with it
    ("The mayor called the new quay “a waste of money” because the tides had moved.",
     "core.said_that.v2", "The mayor", "called", ["the new quay “a waste of money” because the tides had moved"], "claim", []),
    ("Lee mocked the skipper for “sailing blind” because he had no charts.",
     "core.said_that.v2", "Lee", "mocked", ["the skipper for “sailing blind” because he had no charts"], "claim", []),
    ("Lee opposed the ferry levy despite her own doubts about the harbour.",
     "core.said_that.v2", "Lee", "opposed", ["the ferry levy"], "claim", []),
    # an infinitive after the terms a source spoke on names what they cover, no report of its own
    ("An official, speaking on condition of anonymity to discuss the talks, said the pier would close.",
     "core.said_that.v2", "An official", "said", ["the pier would close"], "claim", []),
    ("The aides, who were not authorized to discuss the plan, said it would fail.",
     "core.said_that.v2", "The aides", "said", ["it would fail"], "claim", []),
    # a relative pronoun with its auxiliary contracted is the source, and "who’s" no possessive
    ("Ann Lee, who’d endorsed Tom Ng, represents the town.",
     "core.said_that.v2", "who", "’d endorsed", ["Tom Ng"], "claim", []),
    ("Ann Lee, who’s backed Tom Ng, lives in Leeds.",
     "core.said_that.v2", "who", "’s backed", ["Tom Ng"], "claim", []),
    # a source that runs over the report holding its cue ("The mayor, aides said" for "vetoed")
    # has swallowed the outer report: the outer one stays, the inner verb is its content's
    ("The mayor, aides said, vetoed the levy.",
     "core.trailing_cue.v2", "aides", "said", ["The mayor", "vetoed the levy"], "claim", []),
    ("Ann Lee, she says, plans to leave the party.",
     "core.trailing_cue.v2", "she", "says", ["Ann Lee", "plans to leave the party"], "claim", []),
    # an aside cue right after a relative pronoun: the report starts at the pronoun (or the phrase
    # that holds it) and ends with the relative clause
    ("The town opened the new bridge, which, its engineers believe, will bring more visitors.",
     "core.trailing_cue.v2", "its engineers", "believe", ["which", "will bring more visitors"], "claim", []),
    ("Roe left the harbour (the upkeep of which, many sailors say, has doubled) last spring.",
     "core.trailing_cue.v2", "many sailors", "say", ["the upkeep of which", "has doubled"], "claim", []),
    ("Ann Roe, who, he said, was tired, went home early.",
     "core.trailing_cue.v2", "he", "said", ["who", "was tired"], "claim", []),
    ("The old pier has three cranes - cranes that, Lee noted, were never repaired.",
     "core.trailing_cue.v2", "Lee", "noted", ["cranes that", "were never repaired"], "claim", []),
    # an aside cue right after a coordinator reports only what is coordinated after it
    ("The ferry may look old for a firm that earns so much and, records show, rarely sails at night.",
     "core.trailing_cue.v2", "records", "show", ["rarely sails at night"], "claim", []),
    # but a coordinator that opens the sentence stays with the report
    ("And, he said, the pier will close.",
     "core.trailing_cue.v2", "he", "said", ["And", "the pier will close"], "claim", []),
    # (an unsure verb right after a noun may be a participle of its mention, and a sure report
    # after the whole mention is the sentence's own: "The developer named in ..., denied")
    ("The builder named in the report, Hale Homes, denied that it had made an offer.",
     "core.said_that.v2", "The builder named in the report, Hale Homes", "denied", ["it had made an offer"], "claim", []),
    # (a relative clause in the source is no outer report: the verb after the whole mention reports)
    ("Residents who opposed the levy said the vote was rushed.",
     "core.said_that.v2", "Residents who opposed the levy", "said", ["the vote was rushed"], "claim", []),
    # a report with no one behind it inside what a sure speaker says is part of those words
    ("The mayor said she is often asked about the ferry levy at public meetings.",
     "core.said_that.v2", "The mayor", "said", ["she is often asked about the ferry levy at public meetings"], "claim", []),
    # however sure the heard report is: what a speaker says she was told is her words
    ("The skipper said she was told that the pier would close.",
     "core.said_that.v2", "The skipper", "said", ["she was told that the pier would close"], "claim", []),
    ("Dr. Hale said he had been warned early in his career that surgeons burn out.",
     "core.said_that.v2", "Dr. Hale", "said", ["he had been warned early in his career that surgeons burn out"], "claim", []),
    ("The captain told reporters he was asked about the fares.",
     "core.said_that.v2", "The captain", "told", ["he was asked about the fares"], "claim", []),
    # "states" after its subject is the verb of saying
    ("The harbour charter states that the pier belongs to the town.",
     "core.said_that.v2", "The harbour charter", "states", ["the pier belongs to the town"], "claim", []),
    # "it" and a passive verb of saying or thinking before "that": a report with no source
    ("It is understood that the ferry will be sold.",
     "core.impersonal.v1", None, "is understood", ["the ferry will be sold"], "claim", []),
    # (the "is" contracted on the "it": "it’s", not "he’s", whose "’s" is mostly "has")
    ("It’s widely believed that the ferry will be sold.",
     "core.impersonal.v1", None, "’s widely believed", ["the ferry will be sold"], "claim", []),
    ("It's been reported that the ferry was sold.",
     "core.impersonal.v1", None, "'s been reported", ["the ferry was sold"], "claim", []),
    # and with no "that" before a clause with a subject of its own (British copy)
    ("It is thought the fire started in the galley.",
     "core.impersonal.v1", None, "is thought", ["the fire started in the galley"], "claim", []),
    ("It is understood Ms Lee will stand down next week.",
     "core.impersonal.v1", None, "is understood", ["Ms Lee will stand down next week"], "claim", []),
    ("He’s claimed that the ferry was sold.",
     "core.said_that.v2", "He", "’s claimed", ["the ferry was sold"], "claim", []),
    # a declaration in the passive, with no agent: a report with no source, its subject the content
    ("The sale of the harbour pier was announced on Friday.",
     "core.raising.v2", None, "was announced", ["The sale of the harbour pier"], "claim", []),
    ("Ann Lee was declared the winner in Ohio.",
     "core.raising.v2", None, "was declared", ["Ann Lee", "the winner in Ohio"], "claim", []),
    # a programme's quoted title in the occasion that ends the sentence is no content of the trailing cue
    ("The mayor backed Lee while the race was open, he said Wednesday on WKRP’s “Morning Show.”",
     "core.trailing_cue.v2", "he", "said", ["The mayor backed Lee while the race was open"], "claim", []),
    # but a quoted phrase after "that" is the content's, not a title in an occasion
    ("Ann Lee said in a statement in March that the claims had \"no substance.\"",
     "core.said_that.v2", "Ann Lee", "said", ["the claims had \"no substance.\""], "claim", []),
    # a name given in the passive, quoted, with no agent: no source, the thing named and its name the content
    ("The new ferry will informally be dubbed the “Sea Queen.”",
     "core.raising.v2", None, "will informally be dubbed", ["The new ferry", "the “Sea Queen.”"], "claim", []),
    ("By May, the harbour fund was officially named \"Clear Water,\" with Lee in charge.",
     "core.raising.v2", None, "was officially named", ["the harbour fund", "\"Clear Water,\""], "claim", []),
    ("The pier hosted what is called a “town forum.”",
     "core.raising.v2", None, "is called", ["what", "a “town forum.”"], "claim", []),
    # an as-verb in the passive, with no agent: an impression with no source, as "is seen as" is
    ("The new ferry was described as a floating palace.",
     "core.raising.v2", None, "was described", ["The new ferry", "as a floating palace"], "claim", []),
    ("The fee was not disclosed, though it was widely reported on Monday that the club paid £4m.",
     "core.impersonal.v1", None, "was widely reported", ["the club paid £4m"], "claim", []),
    # an infinitive after the cue is no place before "that": the "that" of a relative clause opens no content
    ("The board is planning to reprint a report that blames the mayor.",
     "core.said_that.v2", "The board", "is planning", ["to reprint a report that blames the mayor"], "claim", []),
    # a quotation after a comma, no report of its own around it: the source's words, the content goes on
    ("The mayor said he had received many letters, but “most of them came from the same three people.”",
     "core.said_that.v2", "The mayor", "said",
     ["he had received many letters, but “most of them came from the same three people.”"], "quote", []),
    ("Lee said she was hoping for a large turnout, which “will help us win the seat.”",
     "core.said_that.v2", "Lee", "said", ["she was hoping for a large turnout, which “will help us win the seat.”"], "claim", []),
    # a speaker with a title or an age set off by commas after a quotation that ends the sentence's first clause
    ("“What a mess!” Rep. Ann Lee, R-Pa., said of the vote.",
     "core.trailing_cue.v2", "Rep. Ann Lee, R-Pa.", "said", ["“What a mess!”"], "quote", []),
    ("“The pier is closed.” Ann Lee, 54, said.",
     "core.trailing_cue.v2", "Ann Lee, 54", "said", ["“The pier is closed.”"], "quote", []),
    # a verb and the particle its cues take, ending the clause after a quotation
    ("“The tide is too high for that,” Lee shot back.",
     "core.trailing_cue.v2", "Lee", "shot back", ["“The tide is too high for that,”"], "quote", []),
    ("“The roads are bad here,” the mayor points out.",
     "core.trailing_cue.v2", "the mayor", "points out", ["“The roads are bad here,”"], "quote", []),
    # ... or before the manner, time or place of the saying
    ("“The tide is too high for that,” Lee shot back with a grin.",
     "core.trailing_cue.v2", "Lee", "shot back", ["“The tide is too high for that,”"], "quote", []),
    ("“The roads are bad here,” the mayor fired back in an interview.",
     "core.trailing_cue.v2", "the mayor", "fired back", ["“The roads are bad here,”"], "quote", []),
    ("The mayor said to reporters on Monday that the pier was unsafe.",
     "core.said_that.v2", "The mayor", "said", ["the pier was unsafe"], "claim", []),
    # the medium it went through, the role it was said in, a programme's quoted title: the cue's, not the content's
    ("The mayor announced via Twitter that the pier was closed.",
     "core.said_that.v2", "The mayor", "announced", ["the pier was closed"], "claim", []),
    ("The pilot admitted as a witness that he had flown the plane.",
     "core.said_that.v2", "The pilot", "admitted", ["he had flown the plane"], "claim", []),
    ("The mayor said on WKRP’s “Morning Show” that the pier was unsafe.",
     "core.said_that.v2", "The mayor", "said", ["the pier was unsafe"], "claim", []),
    # a span of time since the report, after the cue, is the cue's
    ("The Harbour Gazette reported ten days ago that the pier was unsafe.",
     "core.said_that.v2", "The Harbour Gazette", "reported", ["the pier was unsafe"], "claim", []),
    ("The harbour master said a few weeks later the pier would be sold.",
     "core.said_that.v2", "The harbour master", "said", ["the pier would be sold"], "claim", []),
    # a short aside in lower case after the cue's comma, then a clause: the aside opens the content
    ("The harbour master said, if funded, she would rebuild the pier.",
     "core.said_that.v2", "The harbour master", "said", ["if funded, she would rebuild the pier"], "claim", []),
    ("The ferry operator says, rain or shine, it will sail on Friday.",
     "core.said_that.v2", "The ferry operator", "says", ["rain or shine, it will sail on Friday"], "claim", []),
    # an outlet's own reporting after what it found
    ("The pier will be sold, The Harbour Gazette has learned.",
     "core.outlet_learned.v1", "The Harbour Gazette", "has learned", ["The pier will be sold"], "claim", []),
    ("The pier will be sold, the Gazette understands.",
     "core.outlet_learned.v1", "the Gazette", "understands", ["The pier will be sold"], "claim", []),
    # (British copy: "has been told", as an outlet's own reporting)
    ("The pier will be sold, the Gazette has been told.",
     "core.outlet_learned.v1", "the Gazette", "has been told", ["The pier will be sold"], "claim", []),
    # ... and before it, with no "that" (British copy: "The Gazette understands Y")
    ("The Gazette understands the harbour master will step down in June.",
     "core.outlet_learned.v1", "The Gazette", "understands", ["the harbour master will step down in June"], "claim", []),
    ("The Harbour Gazette has been told the ferry will stop in May.",
     "core.outlet_learned.v1", "The Harbour Gazette", "has been told", ["the ferry will stop in May"], "claim", []),
    ("The Valley Courier has learnt the ferry line will be sold.",
     "core.outlet_learned.v1", "The Valley Courier", "has learnt", ["the ferry line will be sold"], "claim", []),
    ("The Valley Courier has established the mill was closed in secret.",
     "core.outlet_learned.v1", "The Valley Courier", "has established", ["the mill was closed in secret"], "claim", []),
    # (the medium's noun after the name, any the outlet patterns take: "website", "media group")
    ("The pier will be sold, the Harbour Gazette website has learned.",
     "core.outlet_learned.v1", "the Harbour Gazette website", "has learned", ["The pier will be sold"], "claim", []),
    ("The pier will be sold, the Tarrow media group has learned.",
     "core.outlet_learned.v1", "the Tarrow media group", "has learned", ["The pier will be sold"], "claim", []),
    ("The Tarrow media group understands the ferry will stop in May.",
     "core.outlet_learned.v1", "The Tarrow media group", "understands", ["the ferry will stop in May"], "claim", []),
    # "is understood to": an impression with no source, as "is said to" is
    ("The harbour master is understood to be considering her position.",
     "core.raising.v2", None, "is understood", ["The harbour master", "to be considering her position"], "claim", []),
    # a crowd's cry: the noun and its "of" the cue, the quotations the content, a possessive pronoun the source
    ("Their chants of “Save the pier!” rang out across the quay.",
     "core.cry_noun.v1", "Their", "chants of", ["“Save the pier!”"], "quote", []),
    ("The mayor walked in to loud cries of “Close it!” and “Sell it!” from the crowd.",
     "core.cry_noun.v1", None, "cries of", ["“Close it!” and “Sell it!”"], "quote", []),
    # backing won or held: the backers after "of" or "from" the source, who holds it the content;
    # the "of" of a backing held is the cue's, not that of one won
    ("Last month, the harbour master won the endorsement of the ferry workers' union.",
     "core.backing_received.v1", "the ferry workers' union", "won the endorsement", ["the harbour master"], "claim", []),
    ("The levy has the backing of most pilots, including two captains.",
     "core.backing_received.v1", "most pilots", "has the backing of", ["The levy"], "claim", []),
    ("Ann Lee, who had the support of Tom Roe and ran on the pier, came third.",
     "core.backing_received.v1", "Tom Roe", "had the support of", ["who"], "claim", []),
    ("The mayor still has not received any endorsements from the councillors.",
     "core.backing_received.v1", "the councillors", "still has not received any endorsements", ["The mayor"],
     "claim", []),
    ("The mayor has locked up endorsements from three unions.",
     "core.backing_received.v1", "three unions", "has locked up endorsements", ["The mayor"], "claim", []),
    ("The harbour master has strong support among older pilots in the port.",
     "core.backing_received.v1", "older pilots in the port", "has strong support", ["The harbour master"], "claim", []),
    # criticism got or met with: the critics after "from" the source, what they criticise the content
    ("The toll plan has drawn sharp criticism from ferry captains.",
     "core.backing_received.v1", "ferry captains", "has drawn sharp criticism", ["The toll plan"], "claim", []),
    ("The harbour levy is facing opposition from local traders.",
     "core.backing_received.v1", "local traders", "is facing opposition", ["The harbour levy"], "claim", []),
    # ... what they oppose after their "to", when it follows them
    ("The mayor faced opposition from residents to her plan for the quay.",
     "core.backing_received.v1", "residents", "faced opposition", ["her plan for the quay"], "claim", []),
    # ... what they criticise in its "of", before the critics, or what they fault it for, after them
    ("The mayor faced criticism of her ferry plan from harbour pilots.",
     "core.backing_received.v1", "harbour pilots", "faced criticism", ["The mayor", "of her ferry plan"], "claim", []),
    ("The mayor has drawn criticism from within her own party for her remarks on the pier.",
     "core.backing_received.v1", "within her own party", "has drawn criticism",
     ["The mayor", "for her remarks on the pier"], "claim", []),
    # (a name's "for" is the critics' own)
    ("The toll plan drew criticism from the Centre for Coastal Policy.",
     "core.backing_received.v1", "the Centre for Coastal Policy", "drew criticism", ["The toll plan"], "claim", []),
    # "reportedly": a report with no source, the clause around the adverb its content
    ("The harbour board is reportedly selling the pier.",
     "core.hearsay_adverb.v1", None, "reportedly", ["The harbour board is", "selling the pier"], "claim", []),
    ("The mayor reportedly said that the pier was unsafe.",
     "core.said_that.v2", "The mayor", "reportedly said", ["the pier was unsafe"], "claim", []),
    # a news agency named or not as the hearer at the end of a trailing cue
    ("The pier was closed, police told news agency PTI.",
     "core.trailing_cue.v2", "police", "told", ["The pier was closed"], "claim", ["news agency PTI"]),
    ("The harbour master told the Gazette news agency the pier was unsafe.",
     "core.said_that.v2", "The harbour master", "told", ["the pier was unsafe"], "claim", ["the Gazette news agency"]),
    ("The pier was closed, an officer told the news agency.",
     "core.trailing_cue.v2", "an officer", "told", ["The pier was closed"], "claim", ["the news agency"]),
    # "told this newspaper": the outlet reporting it heard it
    ("The harbour master told this newspaper that the pier was unsafe.",
     "core.said_that.v2", "The harbour master", "told", ["the pier was unsafe"], "claim", ["this newspaper"]),
    # what the vehicle a cue took in was, before the "that" of its report (the outlet that saw it relays it)
    ("The minister wrote in a letter seen by The Harbour Gazette that the pier was unsafe.",
     "core.said_that.v2", "The minister", "wrote in a letter", ["the pier was unsafe"], "claim", ["The Harbour Gazette"]),
    ("The mayor said in a memo sent to staff that the pier would close.",
     "core.said_that.v2", "The mayor", "said in a memo", ["the pier would close"], "claim", []),
    # ... or the interview, also after a hearer
    ("The mayor said in an interview published on Sunday that the pier would close.",
     "core.said_that.v2", "The mayor", "said in an interview", ["the pier would close"], "claim", []),
    ("The mayor told The Harbour Gazette in an interview published on Sunday that the pier would close.",
     "core.said_that.v2", "The mayor", "told", ["the pier would close"], "claim", ["The Harbour Gazette"]),
    # the means of a report, before "that", is the cue's
    ("The harbour master told The Harbour Gazette by phone that the pier was unsafe.",
     "core.said_that.v2", "The harbour master", "told", ["the pier was unsafe"], "claim", ["The Harbour Gazette"]),
    ("The mayor said in private that the pier was unsafe.",
     "core.said_that.v2", "The mayor", "said", ["the pier was unsafe"], "claim", []),
    # ... and so is a span of time, a day after it ("for" opens no particle's object)
    ("The harbour board admitted for the first time on Friday that the pier was unsafe.",
     "core.said_that.v2", "The harbour board", "admitted", ["the pier was unsafe"], "claim", []),
    # "is reported to have said": the subject's own report, not an impression
    ("The minister is reported to have said that the ban would stay.",
     "core.infinitive.v2", "The minister", "to have said", ["the ban would stay"], "claim", []),
    # phrasal verbs of criticism, whose head alone reports nothing
    ("The union hit out at the harbour board over the fares.",
     "core.said_that.v2", "The union", "hit out at", ["the harbour board over the fares"], "claim", []),
    ("The mayor took a dig at the board.",
     "core.said_that.v2", "The mayor", "took a dig at", ["the board"], "claim", []),
    # a warning of what may come, its object a noun
    ("Union leader Ann Lee warned of a statewide strike.",
     "core.said_that.v2", "Union leader Ann Lee", "warned of", ["a statewide strike"], "claim", []),
    ("The coastguard warns against swimming off the pier.",
     "core.said_that.v2", "The coastguard", "warns against", ["swimming off the pier"], "claim", []),
    # rarer verbs of saying weigh as their commoner synonyms
    ("The board termed the plan a failure.",
     "core.said_that.v2", "The board", "termed", ["the plan a failure"], "claim", []),
    # rarer verbs of urging, dismissing and blaming weigh as the commoner verb of their use
    ("Lee exhorted voters to “vote your conscience.”",
     "core.said_that.v2", "Lee", "exhorted", ["voters to “vote your conscience.”"], "quote", []),
    ("The minister rubbished the reports as “baseless.”",
     "core.said_that.v2", "The minister", "rubbished", ["the reports as “baseless.”"], "claim", []),
    ("The council admonished the captain for the delays.",
     "core.said_that.v2", "The council", "admonished", ["the captain for the delays"], "claim", []),
    ("The court castigated the port for the delay.",
     "core.said_that.v2", "The court", "castigated", ["the port for the delay"], "claim", []),
    # verbs of saying in legal and Indian copy; "learnt" as "learned"
    ("The bench observed that the petitioner had no case.",
     "core.said_that.v2", "The bench", "observed", ["the petitioner had no case"], "claim", []),
    ("The board, in its affidavit, submitted that the pier was safe.",
     "core.said_that.v2", "The board", "submitted", ["the pier was safe"], "claim", []),
    ("It was learnt that the board had sold the pier.",
     "core.impersonal.v1", None, "was learnt", ["the board had sold the pier"], "claim", []),
    # a participle right after a plural noun modifies it, as a relative clause would
    ("The fund gave millions to groups backing Senator Lee.",
     "core.participle.v2", "groups", "backing", ["Senator Lee"], "claim", []),
    # an "-ing" word that opens a title is no participle
    ("Ann Lee, managing director of the Harbour Fund, said the pier was unsafe.",
     "core.said_that.v2", "Ann Lee, managing director of the Harbour Fund", "said", ["the pier was unsafe"], "claim", []),
    ("“The pier is unsafe,” said Ann Lee, acting head of the port.",
     "core.inverted_cue.v2", "Ann Lee, acting head of the port", "said", ["“The pier is unsafe,”"], "quote", []),
    # "report" inverts as "say" does: "..., reported the Gazette"
    ("The pier will close in May, reported the Harbour Gazette.",
     "core.inverted_cue.v2", "the Harbour Gazette", "reported", ["The pier will close in May"], "claim", []),
    # a full name before an appositive whose closing comma the copy left out is the mention's
    ("Tom Okafor, the chairman of the Harbour Trust said the pier was unsafe.",
     "core.said_that.v2", "Tom Okafor, the chairman of the Harbour Trust", "said", ["the pier was unsafe"], "claim", []),
    ("Ann Lee, president of the Ferry Users Group stated, “The pier is unsafe.”",
     "core.colon_lead.v2", "Ann Lee, president of the Ferry Users Group", "stated", ["“The pier is unsafe.”"], "quote", []),
    ("“The pier is unsafe,” Tom Okafor, the chairman of the Harbour Trust wrote on Monday.",
     "core.trailing_cue.v2", "Tom Okafor, the chairman of the Harbour Trust", "wrote", ["“The pier is unsafe,”"],
     "quote", []),
    # but not a phrase fronted before the subject, nor a name that a parenthetical report follows
    ("Like Tom Okafor, the mayor said the pier was unsafe.",
     "core.said_that.v2", "the mayor", "said", ["the pier was unsafe"], "claim", []),
    # a name set off after a participle's object is the mention, not the object before it
    ("After winning Ayr in the primary, Mayor Ann Lee (Lab.), said the pier was unsafe.",
     "core.said_that.v2", "Mayor Ann Lee (Lab.)", "said", ["the pier was unsafe"], "claim", []),
    # but after a determiner the word in "-ing" is an adjective of the mention
    ("The port's leading engineer, Tom Roe, said the pier was unsafe.",
     "core.said_that.v2", "The port's leading engineer, Tom Roe", "said", ["the pier was unsafe"], "claim", []),
    # a sentence adverb before a list of names opens the clause, no name of the list
    ("Instead, Lee, Okafor and Roe argued that the pier was unsafe.",
     "core.said_that.v2", "Lee, Okafor and Roe", "argued", ["the pier was unsafe"], "claim", []),
    # a day after "on" is the verb's, after a document's noun too; a time with no preposition names the document
    ("The report on Tuesday found that the pier was unsafe.",
     "core.said_that.v2", "The report", "found", ["the pier was unsafe"], "claim", []),
    ("A survey last week found that the pier was unsafe.",
     "core.said_that.v2", "A survey last week", "found", ["the pier was unsafe"], "claim", []),
    # an aside that opens with an adverb of comment or a reflexive says how or when, not who
    ("Ray Ogden, himself up for election, said the pier was unsafe.",
     "core.said_that.v2", "Ray Ogden", "said", ["the pier was unsafe"], "claim", []),
    ("Ogden, then in college, said the pier was unsafe.",
     "core.said_that.v2", "Ogden", "said", ["the pier was unsafe"], "claim", []),
    # but "then" before a role describes the name
    ("Ann Lee, then a pilot, said the pier was unsafe.",
     "core.said_that.v2", "Ann Lee, then a pilot", "said", ["the pier was unsafe"], "claim", []),
    # a focus adverb before a participle opens an aside of what one is doing, not who one is
    ("Ann Lee, also campaigning in Leeds, said the pier was unsafe.",
     "core.said_that.v2", "Ann Lee", "said", ["the pier was unsafe"], "claim", []),
    ("Ann Lee, also a pilot, said the pier was unsafe.",
     "core.said_that.v2", "Ann Lee, also a pilot", "said", ["the pier was unsafe"], "claim", []),
    # a time or an occasion that closes an inverted cue's mention is the cue's
    ("“The pier is unsafe,” said Harbour Master Ann Lee in a radio interview.",
     "core.inverted_cue.v2", "Harbour Master Ann Lee", "said", ["“The pier is unsafe,”"], "quote", []),
    ("“The pier is unsafe,” said Councillor Ray Ogden (Lab.) on Tuesday.",
     "core.inverted_cue.v2", "Councillor Ray Ogden (Lab.)", "said", ["“The pier is unsafe,”"], "quote", []),
    ("“The pier is unsafe,” said Ogden in his speech.",
     "core.inverted_cue.v2", "Ogden", "said", ["“The pier is unsafe,”"], "quote", []),
    ("“The pier is unsafe,” said Ann Lee, an engineer at the port, via email.",
     "core.inverted_cue.v2", "Ann Lee, an engineer at the port", "said", ["“The pier is unsafe,”"], "quote", []),
    # "now" before a role describes an inverted cue's speaker; before a time or place it does not
    ("“The pier is unsafe,” said Ann Lee, now a pilot for Ayr Air.",
     "core.inverted_cue.v2", "Ann Lee, now a pilot for Ayr Air", "said", ["“The pier is unsafe,”"], "quote", []),
    ("“The pier is unsafe,” said Ann Lee, now in her third term.",
     "core.inverted_cue.v2", "Ann Lee", "said", ["“The pier is unsafe,”"], "quote", []),
    # but not one inside a relative clause, nor a year that dates the mention's noun
    ("“The pier is unsafe,” said Ann Lee, who joined the harbour board last week.",
     "core.inverted_cue.v2", "Ann Lee, who joined the harbour board last week", "said", ["“The pier is unsafe,”"],
     "quote", []),
    ("“The pier is unsafe,” said Ann Lee, the port's engineer in 2019.",
     "core.inverted_cue.v2", "Ann Lee, the port's engineer in 2019", "said", ["“The pier is unsafe,”"], "quote", []),
    # a share given again in figures is part of the mention
    ("A third of commuters, 33%, say the pier is unsafe.",
     "core.said_that.v2", "A third of commuters, 33%", "say", ["the pier is unsafe"], "claim", []),
    # a pronoun's contracted auxiliary is no part of the mention: it is the cue's
    ("They’re convinced that the pier is unsafe.",
     "core.said_that.v2", "They", "’re convinced", ["the pier is unsafe"], "claim", []),
    ("We've argued that the pier is unsafe.",
     "core.said_that.v2", "We", "'ve argued", ["the pier is unsafe"], "claim", []),
    # a name whose accented letter was garbled by a wrong encoding is still one name
    ("Harbour master JosÃ© Ruiz said the pier was unsafe.",
     "core.said_that.v2", "Harbour master JosÃ© Ruiz", "said", ["the pier was unsafe"], "claim", []),
    ("Mayor Ana PeA\u0303\u00b1a Soto said the pier was unsafe.",  # the same, its "Ã" decomposed
     "core.said_that.v2", "Mayor Ana PeA\u0303\u00b1a Soto", "said", ["the pier was unsafe"], "claim", []),
    # the aside after a sentence's leading subject is the mention's, as it is before a cue
    ("Tom Okafor, the port's director, toured the pier on Monday, saying it was unsafe.",
     "core.participle.v2", "Tom Okafor, the port's director", "saying", ["it was unsafe"], "claim", []),
    ("Ann Lee, 54, toured the pier and said it was unsafe.",
     "core.coordinated_cue.v2", "Ann Lee, 54", "said", ["it was unsafe"], "claim", []),
    # the home after an age is the mention's, with or without its state
    ("Ann Lee, 54, of Portville, said the pier was unsafe.",
     "core.said_that.v2", "Ann Lee, 54, of Portville", "said", ["the pier was unsafe"], "claim", []),
    ("Ann Lee, 54, from Portville, said the pier was unsafe.",
     "core.said_that.v2", "Ann Lee, 54, from Portville", "said", ["the pier was unsafe"], "claim", []),
    ("Ann Lee, 54, of Portville, Ore., said the pier was unsafe.",
     "core.said_that.v2", "Ann Lee, 54, of Portville, Ore.", "said", ["the pier was unsafe"], "claim", []),
    # a time or occasion between the coordinator and the verb
    ("The harbour master toured the pier and on Monday announced that it would close.",
     "core.coordinated_cue.v2", "The harbour master", "announced", ["it would close"], "claim", []),
    ("The ferry operator cut two routes but in a later statement promised to restore them.",
     "core.coordinated_cue.v2", "The ferry operator", "promised", ["to restore them"], "claim", []),
    # a fronted phrase of time that ends in "later" or "ago" is no subject
    ("A few days later, Ann Lee reversed herself, telling reporters that the pier was safe.",
     "core.participle.v2", "Ann Lee", "telling", ["the pier was safe"], "claim", []),
    # "..., saying:" at the paragraph's end: the quotation opening the next paragraph
    ("The ferry crews walked out on Monday, saying:\n\n“We will not sail until the pier is safe.”",
     "core.participle.v2", "The ferry crews", "saying", ["“We will not sail until the pier is safe.”"], "quote", []),
    ("A month later, the mayor toured the pier and explained why the ferry was late.",
     "core.coordinated_cue.v2", "the mayor", "explained", ["why the ferry was late"], "claim", []),
    # a sentence's subject after the adverbials and places that open it: "here" and its place,
    # a place's state and a time after it, a second adverbial or clause set off by commas, a
    # short adverbial before a pronoun when the first comma lies further on
    ("Here in Port Ellis, the mayor toured the pier, saying it was unsafe.",
     "core.participle.v2", "the mayor", "saying", ["it was unsafe"], "claim", []),
    ("At a meeting in Ames, Iowa, on Sunday, the mayor toured the pier, saying it was unsafe.",
     "core.participle.v2", "the mayor", "saying", ["it was unsafe"], "claim", []),
    ("Well, as the storm grew worse, the mayor closed the pier, saying it was unsafe.",
     "core.participle.v2", "the mayor", "saying", ["it was unsafe"], "claim", []),
    ("By Sunday afternoon she had cancelled the ferry service planned for Friday in Port Ellis, Maine, citing the storm.",
     "core.participle.v2", "she", "citing", ["the storm"], "claim", []),
    # a subject that opens the sentence is no fronted adverbial: a name in "-ly", a pronoun or a
    # name before a time or an "as" that ends at a comma, a number of people; and a name after a
    # short phrase of time with no comma is the subject
    ("Carly Mensah toured the pier on Wednesday, saying it was unsafe.",
     "core.participle.v2", "Carly Mensah", "saying", ["it was unsafe"], "claim", []),
    ("She toured the pier twice in five days, but said it was safe.",
     "core.coordinated_cue.v2", "She", "said", ["it was safe"], "claim", []),
    # ... and a subject before an irregular past that is no cue ("met", "sat")
    ("Inspectors met on Monday night, and agreed that the pier was unsafe.",
     "core.coordinated_cue.v2", "Inspectors", "agreed", ["the pier was unsafe"], "claim", []),
    ("Inspectors sat in the cabin on Monday, and said the pier was unsafe.",
     "core.coordinated_cue.v2", "Inspectors", "said", ["the pier was unsafe"], "claim", []),
    ("The mayor summed up the pier as unsafe, closed it and said it would be sold.",
     "core.coordinated_cue.v2", "The mayor", "said", ["it would be sold"], "claim", []),
    ("One inspector toured the pier, saying it was unsafe.",
     "core.participle.v2", "One inspector", "saying", ["it was unsafe"], "claim", []),
    ("On Sunday morning Ann Lee toured the pier, saying it was unsafe.",
     "core.participle.v2", "Ann Lee", "saying", ["it was unsafe"], "claim", []),
    ("A few minutes later they closed the pier and said it was unsafe.",
     "core.coordinated_cue.v2", "they", "said", ["it was unsafe"], "claim", []),
    # ... but a determiner's noun and its verb before a day are the subject and its verb, no phrase of time
    ("The inspector spoke Friday, adding that the pier was unsafe.",
     "core.participle.v2", "The inspector", "adding", ["the pier was unsafe"], "claim", []),
    ("The inspector said Friday, adding that it was unsafe.",
     "core.participle.v2", "The inspector", "adding", ["it was unsafe"], "claim", []),
    # after a cue that ends in a preposition, its object is no speaker; nor is a time
    ("“The pier is unsafe,” Ann Lee, a professor at the port college, wrote on her blog.",
     "core.trailing_cue.v2", "Ann Lee, a professor at the port college", "wrote", ["“The pier is unsafe,”"], "quote", []),
    ("“The pier is unsafe,” Ann Lee, a professor at the port college, wrote last week after the ruling.",
     "core.trailing_cue.v2", "Ann Lee, a professor at the port college", "wrote", ["“The pier is unsafe,”"], "quote", []),
    # the subject of a relative clause with no "who" or "that": a quantifier after a noun, or a
    # name after the noun of a verb's object ("was the best friend Tom Roe hoped to have")
    ("The mayor was the best friend Tom Roe always hoped to have.",
     "core.said_that.v2", "Tom Roe", "always hoped", ["the best friend", "to have"], "claim", []),
    # a verb of intent whose infinitive lacks its object: the relative clause's head opens the content
    ("The board faces a fight it expects to last into the spring.",
     "core.said_that.v2", "it", "expects", ["a fight", "to last into the spring"], "claim", []),
    ("That was the welcome Ann Lee had hoped to get.",
     "core.said_that.v2", "Ann Lee", "had hoped", ["the welcome", "to get"], "claim", []),
    # ... not when the infinitive has its own object, nor after a phrase fronted with no comma
    ("That was the day Ann Lee hoped to sell the ferry.",
     "core.said_that.v2", "Ann Lee", "hoped", ["to sell the ferry"], "claim", []),
    ("In the end the mayor wanted to stay in office.",
     "core.said_that.v2", "the mayor", "wanted", ["to stay in office"], "claim", []),
    ("It was a plan Ann Lee says would save the ferry.",
     "core.said_that.v2", "Ann Lee", "says", ["a plan", "would save the ferry"], "claim", []),
    ("It was a plan Lee says would save the ferry.",
     "core.said_that.v2", "Lee", "says", ["a plan", "would save the ferry"], "claim", []),
    ("Residents liked the ones Roe says are ready.",
     "core.said_that.v2", "Roe", "says", ["the ones", "are ready"], "claim", []),
    ("The closure has fuelled the unease many traders feel about the harbour.",
     "core.said_that.v2", "many traders", "feel about", ["the harbour"], "claim", []),
    # an adjunct right after the cue, not an object: the head before the short source is the
    # cue's object, all its content ("at", "on" then open no particle of the cue)
    ("The ferry will close, a step she opposed as a councillor in Leeds.",
     "core.said_that.v2", "she", "opposed", ["a step"], "claim", []),
    ("The port made an offer the union rejected at a meeting on the quay.",
     "core.said_that.v2", "the union", "rejected", ["an offer"], "claim", []),
    ("The pier closed, a move the mayor opposed as a councillor.",
     "core.said_that.v2", "the mayor", "opposed", ["a move"], "claim", []),
    # ... not after a head of time or manner, nor when an object follows the cue
    ("It was the year she opposed the tax as a councillor.",
     "core.said_that.v2", "she", "opposed", ["the tax as a councillor"], "claim", []),
    ("That was the week she wrote in her diary about the ferry.",
     "core.said_that.v2", "she", "wrote", ["in her diary about the ferry"], "claim", []),
    # ... and when nothing but adjuncts the cue skips follows it, to the sentence's end; a
    # predeterminer opens the head, and a comparative's gapped clause has its "than" for content
    ("The levy was a claim the mayor denied on the radio.",
     "core.said_that.v2", "the mayor", "denied", ["a claim"], "claim", []),
    ("The harbour got a levy, a plan the council has criticized.",
     "core.said_that.v2", "the council", "has criticized", ["a plan"], "claim", []),
    ("The ferry sailed with all the doubt you'd expect.",
     "core.said_that.v2", "you", "'d expect", ["all the doubt"], "claim", []),
    ("The ferry carried more cars than its owners expected.",
     "core.said_that.v2", "its owners", "expected", ["than"], "claim", []),
    # a noun then a name before a cue, the sentence's own predicate after it: the name is the
    # gapped clause's subject, the noun its head; a noun of role stays the name's title
    ("The plan Ann Lee announced would cost the port millions.",
     "core.said_that.v2", "Ann Lee", "announced", ["The plan", "would cost the port millions"], "claim", []),
    ("The towns Roe listed in his letter are small.",
     "core.said_that.v2", "Roe", "listed", ["The towns"], "claim", []),
    ("The senator Ann Lee said the pier would close.",
     "core.said_that.v2", "The senator Ann Lee", "said", ["the pier would close"], "claim", []),
    # a verb of feeling whose subject stirs it: the object feels it and is the source, the
    # subject the content; not with a means ("with", "by") nor a preposition after the verb
    ("His remarks have angered many voters in the town.",
     "core.said_that.v2", "many voters in the town", "have angered", ["His remarks"], "claim", []),
    ("Ann Lee's speech has upset the harbour council.",
     "core.said_that.v2", "the harbour council", "has upset", ["Ann Lee's speech"], "claim", []),
    ("He angered voters with his remarks.",
     "core.said_that.v2", "He", "angered", ["voters with his remarks"], "claim", []),
    ("Traders Worry About Pier Plan.",
     "core.said_that.v2", "Traders", "Worry About", ["Pier Plan"], "claim", []),
    # ... and one whose feeler follows "with"
    ("The mayor's speech resonated with many traders.",
     "core.said_that.v2", "many traders", "resonated with", ["The mayor's speech"], "claim", []),
    # what stands between a subject and its cue, or before it, is no part of the mention: an
    # adverbial that opens the clause, a time, an adverb or auxiliary after a pronoun, a clause
    # of comment or a means set off by commas
    ("Despite polls showing the mayor ahead, she lost.",
     "core.said_that.v2", "polls", "showing", ["the mayor ahead"], "claim", []),
    ("This year the mayor spoke about the pier.",
     "core.said_that.v2", "the mayor", "spoke about", ["the pier"], "claim", []),
    # a prepositional phrase fronted with no comma is the clause's, the subject after it the source
    ("In a radio interview the mayor declared “The pier will reopen in June.”",
     "core.said_that.v2", "the mayor", "declared", ["“The pier will reopen in June.”"], "quote", []),
    ("On Monday Lee said the pier would reopen.",
     "core.said_that.v2", "Lee", "said", ["the pier would reopen"], "claim", []),
    ("He soon learned that the pier was unsafe.",
     "core.said_that.v2", "He", "soon learned", ["the pier was unsafe"], "claim", []),
    ("I am fully aware that the pier is unsafe.",
     "core.said_that.v2", "I", "am fully aware", ["the pier is unsafe"], "claim", []),
    ("The mayor, it turned out, knew that the pier was unsafe.",
     "core.said_that.v2", "The mayor", "knew", ["the pier was unsafe"], "claim", []),
    ("Tom Roe, through a spokeswoman, declined to comment on the pier.",
     "core.said_that.v2", "Tom Roe", "declined", ["to comment on the pier"], "claim", []),
    # a possessor and adjectives before a noun taken for a verb: the possessor is the mention
    ("The mayor's fire-breathing vows to sell the ferry.",
     "core.said_that.v2", "The mayor's", "vows", ["to sell the ferry"], "claim", []),
    # a verb of beginning, going on or stopping before a cue in "-ing" is no part of the subject
    ("She keeps talking about the pier.",
     "core.said_that.v2", "She", "talking about", ["the pier"], "claim", []),
    ("The mayor continued insisting that the pier was safe.",
     "core.said_that.v2", "The mayor", "insisting", ["the pier was safe"], "claim", []),
    ("Residents took turns urging the council to act.",
     "core.said_that.v2", "Residents", "urging", ["the council to act"], "claim", []),
    # and a participle of being caught, seen or heard in the act, in a headline's title case too
    ("Harbour Chief Caught Bragging About Pier Deal",
     "core.said_that.v2", "Harbour Chief", "Bragging About", ["Pier Deal"], "claim", []),
    ("Ferry Boss Overheard Saying Pier Is Unsafe",
     "core.said_that.v2", "Ferry Boss", "Saying", ["Pier Is Unsafe"], "claim", []),
    ("The councillor was overheard saying the pier was unsafe.",
     "core.participle.v2", "The councillor", "saying", ["the pier was unsafe"], "claim", []),
    ("The councillor was caught on a hot mic saying the pier was unsafe.",
     "core.participle.v2", "The councillor", "saying", ["the pier was unsafe"], "claim", []),
    # a particle capitalised in a title-case headline is the cue's, as in lower case
    ("Harbour Chief Complains About Pier Deal",
     "core.said_that.v2", "Harbour Chief", "Complains About", ["Pier Deal"], "claim", []),
    # but a name after a role, or after the noun a preposition governs, is in apposition
    ("The billionaire Ann Lee said the pier was unsafe.",
     "core.said_that.v2", "The billionaire Ann Lee", "said", ["the pier was unsafe"], "claim", []),
    # a quoted title in title case before the noun is the mention's; a quotation before a name is none
    ("Since May, the “Harbour Lights” actress has said that the pier is unsafe.",
     "core.said_that.v2", "the “Harbour Lights” actress", "has said", ["the pier is unsafe"], "claim", []),
    # (a title's small words are default_lexicon.QUOTED_TITLE_SMALL_WORDS: "vs" and "into" too)
    ("Since May, the “Ferries vs Tolls” actress has said that the pier is unsafe.",
     "core.said_that.v2", "the “Ferries vs Tolls” actress", "has said", ["the pier is unsafe"], "claim", []),
    ("“Late Night Ferry” host Tom Roe said that the pier was unsafe.",
     "core.said_that.v2", "“Late Night Ferry” host Tom Roe", "said", ["the pier was unsafe"], "claim", []),
    ("“We will not sail” crews said on Monday.",
     "core.trailing_cue.v2", "crews", "said", ["“We will not sail”"], "quote", []),
    ("A report by the consulting firm Port Analytics found that the pier was unsafe.",
     "core.said_that.v2", "A report by the consulting firm Port Analytics", "found", ["the pier was unsafe"], "claim", []),
    # the words that modify the noun before the participle are the mention's
    ("The fund gave millions to local harbour groups backing Senator Lee.",
     "core.participle.v2", "local harbour groups", "backing", ["Senator Lee"], "claim", []),
    ("The council printed glossy leaflets urging residents to vote.",
     "core.participle.v2", "glossy leaflets", "urging", ["residents to vote"], "claim", []),
    # a singular noun after "a" or "the", and a name after a preposition, the participle modifies too
    ("The fund gave millions to a harbour group backing Senator Lee.",
     "core.participle.v2", "a harbour group", "backing", ["Senator Lee"], "claim", []),
    ("The documentary ends on a scene of Ann Lee praising the new ferry.",
     "core.participle.v2", "Ann Lee", "praising", ["the new ferry"], "claim", []),
    # a head that counts or gathers the speakers before "of" is the mention's, with its determiner and number
    ("The fund soon faced a chorus of traders urging the council to keep the pier.",
     "core.participle.v2", "a chorus of traders", "urging", ["the council to keep the pier"], "claim", []),
    ("The closure has left 40 percent of residents saying that the ferry matters most.",
     "core.participle.v2", "40 percent of residents", "saying", ["the ferry matters most"], "claim", []),
    ("Money flowed to the scrappy band of Harbour Greens backing Senator Lee.",
     "core.participle.v2", "the scrappy band of Harbour Greens", "backing", ["Senator Lee"], "claim", []),
    # a thing one issues, the object of the verb that issues it, reports the issuer's words,
    # and so does its hearer's participle ("a pitch to voters saying")
    ("The union launched petitions urging the council to keep the pier.",
     "core.participle.v2", "The union", "urging", ["the council to keep the pier"], "claim", []),
    ("The mayor made a pitch to local voters saying that the ferry would stay.",
     "core.participle.v2", "The mayor", "saying", ["the ferry would stay"], "claim", []),
    # ... and after a comma, the appositive the participle modifies
    ("The money went to the Harbour Fund, a group urging the council to keep the pier.",
     "core.participle.v2", "a group", "urging", ["the council to keep the pier"], "claim", []),
    # after a clause coordinated with a subject of its own, the participle is that subject's
    ("The ferry was late again, and the union took the board to court, saying that the timetable was a fiction.",
     "core.participle.v2", "the union", "saying", ["the timetable was a fiction"], "claim", []),
    # an absolute phrase after a spaced hyphen, as after a dash
    ("The vote was close - with a third of members saying that the pier should close.",
     "core.participle.v2", "a third of members", "saying", ["the pier should close"], "claim", []),
    # nor is a place or an occasion the participle's subject
    ("The mayor toured the harbour asking for donations to the fund.",
     "core.participle.v2", "The mayor", "asking for", ["donations to the fund"], "claim", []),
    ("The port spent the weeks criticizing Ann Lee.",
     "core.participle.v2", "The port", "criticizing", ["Ann Lee"], "claim", []),
    ("The aides were upbeat, perhaps hoping that the vote would pass.",
     "core.participle.v2", "The aides", "hoping", ["the vote would pass"], "claim", []),
    # a fronted participle or sentence adverb before the comma is no subject; "There were" names no one
    ("Pressed about the budget, the mayor left the room, calling the auditors liars.",
     "core.participle.v2", "the mayor", "calling", ["the auditors liars"], "claim", []),
    ("Indeed, the mayor left the room, calling the auditors liars.",
     "core.participle.v2", "the mayor", "calling", ["the auditors liars"], "claim", []),
    ("There were also letters that spring, showing that the pier was unsafe.",
     "core.participle.v2", None, "showing", ["the pier was unsafe"], "claim", []),
    ("That’s where the mayor stood last week, calling the auditors liars.",
     "core.participle.v2", None, "calling", ["the auditors liars"], "claim", []),
    # a noun in "-ly" is no adverb before the verb
    ("The family said they were “heartbroken”.",
     "core.said_that.v2", "The family", "said", ["they were “heartbroken”"], "claim", []),
    ("The organizer of the rally said it would go ahead.",
     "core.said_that.v2", "The organizer of the rally", "said", ["it would go ahead"], "claim", []),
    ("The harbour master has since said the pier will reopen.",
     "core.said_that.v2", "The harbour master", "has since said", ["the pier will reopen"], "claim", []),
    # a report set inside its content, past its hearer
    ("The pier, Lee told The Harbour Gazette on Monday, was unsafe.",
     "core.trailing_cue.v2", "Lee", "told", ["The pier", "was unsafe"], "claim", ["The Harbour Gazette"]),
    # an unsure verb around a sure report gives way to it
    ("The mayor avoided criticism of the plan until last week when he warned that the pier would close.",
     "core.said_that.v2", "he", "warned", ["the pier would close"], "claim", []),
    # the wire that quoted the speaker, named inside the cue
    ("The minister was quoted by news agency PTI as saying that the bridge would reopen.",
     "core.quoted_as.v2", "The minister", "quoted", ["the bridge would reopen"], "claim", ["news agency PTI"]),
    # ... or an outlet not named, by its kind
    ("The minister was quoted by state media as saying that the bridge would reopen.",
     "core.quoted_as.v2", "The minister", "quoted", ["the bridge would reopen"], "claim", ["state media"]),
    ("The minister was quoted by local newspapers as saying the bridge would reopen.",
     "core.quoted_as.v2", "The minister", "quoted", ["the bridge would reopen"], "claim", ["local newspapers"]),
    # verbs of saying rarer in American copy; a doubled consonant before the ending
    ("The minister averred that the bridge would reopen.",
     "core.said_that.v2", "The minister", "averred", ["the bridge would reopen"], "claim", []),
    # the place the speaker spoke in, between the cue and the rest of the content
    ("The pier, Lee said at the Harbour Office on Monday, was unsafe.",
     "core.trailing_cue.v2", "Lee", "said", ["The pier", "was unsafe"], "claim", []),
    ("A spokesman called the harbour master a liar.",
     "core.said_that.v2", "A spokesman", "called", ["the harbour master a liar"], "claim", []),
    # a contracted negative auxiliary is the cue's, as "has not" is
    ("The harbour master won’t say when the pier will reopen.",
     "core.said_that.v2", "The harbour master", "won’t say", ["when the pier will reopen"], "claim", []),
    ("A spokeswoman for the council isn't saying which bids it received.",
     "core.said_that.v2", "A spokeswoman for the council", "isn't saying", ["which bids it received"], "claim", []),
    ("“The pier is safe,” said Councillor Abe Mensah, who’s chaired the board since May.",
     "core.inverted_cue.v2", "Councillor Abe Mensah", "said", ["“The pier is safe,”"], "quote", []),
    ("Ann Lee, who on Tuesday claimed that the pier was unsafe, resigned.",
     "core.said_that.v2", "who", "claimed", ["the pier was unsafe"], "claim", []),
    ("On Monday, however, the head of the port authority, Ann Lee, said that the pier would close.",
     "core.said_that.v2", "the head of the port authority, Ann Lee", "said", ["the pier would close"], "claim", []),
    ("Ann Lee, who thinks the pier is unsafe, resigned.",
     "core.said_that.v2", "who", "thinks", ["the pier is unsafe"], "claim", []),
    ("On Friday, as the boats came in, the mayor said at least six ships had sunk.",
     "core.said_that.v2", "the mayor", "said", ["at least six ships had sunk"], "claim", []),
    ("The rector said she and other teachers are planning to strike.",
     "core.said_that.v2", "The rector", "said", ["she and other teachers are planning to strike"], "claim", []),
    ("Speaking at a rally in Portville, New Caledon, Ann Lee went after the board, calling it weak.",
     "core.participle.v2", "Ann Lee", "calling", ["it weak"], "claim", []),
    # an adverb before the participle is the cue's; an auxiliary makes it finite
    ("The mayor cut the ribbon on Friday, wrongly suggesting that the bridge was paid for.",
     "core.participle.v2", "The mayor", "wrongly suggesting", ["the bridge was paid for"], "claim", []),
    ("Mayor Lina Ortez said that the budget would be balanced by June.",
     "core.said_that.v2", "Mayor Lina Ortez", "said", ["the budget would be balanced by June"], "claim", []),
    ("The union warned the strike could last for weeks.",
     "core.said_that.v2", "The union", "warned", ["the strike could last for weeks"], "claim", []),
    ("“We have no money left,” the treasurer said.",
     "core.trailing_cue.v2", "the treasurer", "said", ["“We have no money left,”"], "quote", []),
    ("“The vote is final,” said Councillor Abe Mensah.",
     "core.inverted_cue.v2", "Councillor Abe Mensah", "said", ["“The vote is final,”"], "quote", []),
    ("The coach said: “We will be back next season.”",
     "core.colon_lead.v2", "The coach", "said", ["“We will be back next season.”"], "quote", []),
    # "Y1, X said, “Y2”": a quotation that goes on in lower case with the words before the aside takes them in
    ("The levy, the harbour board said, “was never fair.”",
     "core.colon_lead.v2", "the harbour board", "said", ["The levy", "“was never fair.”"], "quote", []),
    # ... not words that tell when or on what occasion, nor before a quotation that opens a sentence of its own
    ("Minutes later, the harbour board said, “the pier is safe.”",
     "core.colon_lead.v2", "the harbour board", "said", ["“the pier is safe.”"], "quote", []),
    ("Of course, Ann Lee said, “We knew it.”",
     "core.colon_lead.v2", "Ann Lee", "said", ["“We knew it.”"], "quote", []),
    # a verb the tables never weighed, before a "that" that opens a clause
    ("The harbour master fulminated that the pier was a disgrace.",
     "core.said_that.v2", "The harbour master", "fulminated", ["the pier was a disgrace"], "claim", []),
    # ... also with its hearer between the verb and the "that"
    ("The harbour master groused to a crowd in Tarrow that the pier was a disgrace.",
     "core.said_that.v2", "The harbour master", "groused", ["the pier was a disgrace"], "claim", []),
    ("Okafor confided to her that the ferry had sunk.",
     "core.said_that.v2", "Okafor", "confided", ["the ferry had sunk"], "claim", []),
    # a verb the tables do not know, between its speaker and a quotation that opens after a comma
    ("Okafor quipped, “The ferry is late again.”",
     "core.colon_lead.v2", "Okafor", "quipped", ["“The ferry is late again.”"], "quote", []),
    ("She jokes, “The queue never ends.”",
     "core.colon_lead.v2", "She", "jokes", ["“The queue never ends.”"], "quote", []),
    # ... or after a colon, in any quotation marks
    ("Councillor Okafor gloated: “The ferry is ours.”",
     "core.colon_lead.v2", "Councillor Okafor", "gloated", ["“The ferry is ours.”"], "quote", []),
    ("And she interjected: ''The pier is not for sale.''",
     "core.colon_lead.v2", "she", "interjected", ["''The pier is not for sale.''"], "quote", []),
    # ... or after a noun phrase a determiner opens, its head in lower case
    ("The harbour master alleged, “The toll was rigged from the start.”",
     "core.colon_lead.v2", "The harbour master", "alleged", ["“The toll was rigged from the start.”"], "quote", []),
    ("The two councillors alleged, “The pier was sold for a song.”",
     "core.colon_lead.v2", "The two councillors", "alleged", ["“The pier was sold for a song.”"], "quote", []),
    # ... or after "and" or "then", the last verb of its subject's predicate
    ("The mayor thanked the crowd and boomed, “The ferry runs again.”",
     "core.colon_lead.v2", "The mayor", "boomed", ["“The ferry runs again.”"], "quote", []),
    ("Okafor waved as if to calm the hall, then leaned in and boomed: “The pier stays.”",
     "core.colon_lead.v2", "Okafor", "boomed", ["“The pier stays.”"], "quote", []),
    # a span of time after the cue is no part of the content
    ("Councillor Okafor has said for years the pier is unsafe.",
     "core.said_that.v2", "Councillor Okafor", "has said", ["the pier is unsafe"], "claim", []),
    ("Councillor Okafor has questioned in recent weeks whether the pier is safe.",
     "core.said_that.v2", "Councillor Okafor", "has questioned", ["whether the pier is safe"], "claim", []),
    ("Councillor Okafor has argued over the past few months that the toll is unfair.",
     "core.said_that.v2", "Councillor Okafor", "has argued", ["the toll is unfair"], "claim", []),
    # names that end in a word that is also an auxiliary, in a sentence's case
    ("Prime Minister Selma May said on Monday that the harbour would stay open.",
     "core.said_that.v2", "Prime Minister Selma May", "said", ["the harbour would stay open"], "claim", []),
    ("May said the harbour would stay open.",
     "core.said_that.v2", "May", "said", ["the harbour would stay open"], "claim", []),
    # ... and such a name alone right after the quotation it trails ("“...,” May said")
    ("“The harbour will stay open,” May said.",
     "core.trailing_cue.v2", "May", "said", ["“The harbour will stay open,”"], "quote", []),
    ("“The ferry is a relic of another age,” Will wrote in his column.",
     "core.trailing_cue.v2", "Will", "wrote", ["“The ferry is a relic of another age,”"], "quote", []),
    # a number word after "the" or "all" stands for people already named
    ("“The quay must be rebuilt before the storms,” the two wrote.",
     "core.trailing_cue.v2", "the two", "wrote", ["“The quay must be rebuilt before the storms,”"], "quote", []),
    ("“We were never told about the levy,” all three said.",
     "core.trailing_cue.v2", "all three", "said", ["“We were never told about the levy,”"], "quote", []),
    # a quantifier that stands for people, and "-ing" nouns after a determiner or a possessive
    ("Several said they would rather wait for the spring tide.",
     "core.said_that.v2", "Several", "said", ["they would rather wait for the spring tide"], "claim", []),
    ("Another ranking says the port is the third busiest.",
     "core.said_that.v2", "Another ranking", "says", ["the port is the third busiest"], "claim", []),
    ("A person familiar with the board’s planning says the vote will be close.",
     "core.said_that.v2", "A person familiar with the board’s planning", "says", ["the vote will be close"], "claim", []),
    # "known for" and "known as": an impression with no source, the subject and what it is known for
    ("The harbour master is known for her candour.",
     "core.raising.v2", None, "is known for", ["The harbour master", "her candour"], "claim", []),
    # an adverb of degree in no "-ly" between the auxiliary and the participle is the cue's
    ("The harbour master is best known for her candour.",
     "core.raising.v2", None, "is best known for", ["The harbour master", "her candour"], "claim", []),
    ("The old ferry was better known as the Tub.",
     "core.raising.v2", None, "was better known as", ["The old ferry", "the Tub"], "claim", []),
    # a participle after its noun, an adverb before it: the adverb and "as" are the cue's, no one the source
    ("The bay has dozens of old piers, many of them derisively known as “rust buckets.”",
     "core.raising.v2", None, "derisively known as", ["many of them", "“rust buckets.”"], "claim", []),
    ("The bay has many old piers, some locally known as the Fingers.",
     "core.raising.v2", None, "locally known as", ["some", "the Fingers"], "claim", []),
    # the agent of a passive of judging that ends the clause holds the view
    ("Seagulls are considered pests by most fishermen.",
     "core.raising.v2", "most fishermen", "are considered", ["Seagulls", "pests"], "claim", []),
    ("The levy was viewed as a victory by some in the town.",
     "core.raising.v2", "some in the town", "was viewed", ["The levy", "as a victory"], "claim", []),
    # ... or stands between the cue and the "as" of the view
    ("The change was seen by some as a blow to the crews.",
     "core.raising.v2", "some", "was seen", ["The change", "as a blow to the crews"], "claim", []),
    # an empty "it" before "seems" is no part of the content; before "to" it stands for something
    ("It seems likely that the pier will close before winter.",
     "core.raising.v2", None, "seems", ["likely that the pier will close before winter"], "claim", []),
    ("It appeared to undercut the mayor's plan.",
     "core.raising.v2", None, "appeared", ["It", "to undercut the mayor's plan"], "claim", []),
    # a relative pronoun before a raising cue is part of the content, not a source; after a
    # comma its clause ends at the next comma
    ("Fishermen who seem to be leaving the port want new quotas.",
     "core.raising.v2", None, "seem", ["who", "to be leaving the port want new quotas"], "claim", []),
    ("The regatta, which is expected to draw large crowds, starts on Sunday.",
     "core.raising.v2", None, "is expected", ["which", "to draw large crowds"], "claim", []),
    # a raised subject need not be one who could speak: a head noun with a preposition's object
    ("The cost of the new breakwater appears to have doubled.",
     "core.raising.v2", None, "appears", ["The cost of the new breakwater", "to have doubled"], "claim", []),
    ("The tensions between the ferry crews and the harbour board seem to be easing.",
     "core.raising.v2", None, "seem", ["The tensions between the ferry crews and the harbour board", "to be easing"],
     "claim", []),
    # "considered" and "deemed" take a bare noun or adjective as the complement; "regarded as" raises too
    ("Several of the old moorings are considered unsafe.",
     "core.raising.v2", None, "are considered", ["Several of the old moorings", "unsafe"], "claim", []),
    ("The lighthouse is considered a landmark.",
     "core.raising.v2", None, "is considered", ["The lighthouse", "a landmark"], "claim", []),
    # "known" and "seen" after their noun, with no "be": passive all the same
    ("The pilot boarded a ferry known to be unreliable.",
     "core.raising.v2", None, "known", ["a ferry", "to be unreliable"], "claim", []),
    ("The mayor visited Dover, a port seen as vital to trade.",
     "core.raising.v2", None, "seen", ["a port", "as vital to trade"], "claim", []),
    # an adverb may stand before the participle; "referred to as" set off by a comma is passive too
    ("The town has ten old boats, most of them mockingly known as tubs.",
     "core.raising.v2", None, "mockingly known as", ["most of them", "tubs"], "claim", []),
    # ("referred to as" whole is the cue, the name alone the complement)
    ("The ferry, often referred to as the Grey Lady, sails at noon.",
     "core.raising.v2", None, "often referred to as", ["The ferry", "the Grey Lady"], "claim", []),
    # a participle's aside after the subject is left out of the content
    ("The new harbour board, headed by a former captain, seems ready to act.",
     "core.raising.v2", None, "seems", ["The new harbour board", "ready to act"], "claim", []),
    # the impression ends before a clause joined after a comma
    ("The pier seems stable, but that could change.",
     "core.raising.v2", None, "seems", ["The pier", "stable"], "claim", []),
    ("The skipper appeared ready to sail, largely because the wind had dropped.",
     "core.raising.v2", None, "appeared", ["The skipper", "ready to sail"], "claim", []),
    # ... and the writer's alias left before that clause is no part of the impression either
    ("The mayor has been criticized for his soft words against the Northern Front, also known as the Tamar "
     "Brigades, though on Monday he took a harder line.",
     "core.raising.v2", None, "has been criticized", ["The mayor", "for his soft words against the Northern Front"],
     "claim", []),
    ("The ferry seemed certain to reach the island, better known as Gull Rock, but the storm turned it back.",
     "core.raising.v2", None, "seemed", ["The ferry", "certain to reach the island"], "claim", []),
    # (an alias the impression goes on past stays: "the island, better known as Gull Rock, by noon")
    ("The ferry seemed certain to reach the island, better known as Gull Rock, by noon, but the storm turned it back.",
     "core.raising.v2", None, "seemed", ["The ferry", "certain to reach the island, better known as Gull Rock, by noon"],
     "claim", []),
    ("The price of a ferry ticket is expected to rise.",
     "core.raising.v2", None, "is expected", ["The price of a ferry ticket", "to rise"], "claim", []),
    # "sound" and "look" with how the subject strikes one after them: an impression, as "seems" is
    ("The harbour plan sounds sensible.",
     "core.raising.v2", None, "sounds", ["The harbour plan", "sensible"], "claim", []),
    ("The old ferry increasingly looks like a relic.",
     "core.raising.v2", None, "increasingly looks", ["The old ferry", "like a relic"], "claim", []),
    ("The skipper sounded tired after the race.",
     "core.raising.v2", None, "sounded", ["The skipper", "tired after the race"], "claim", []),
    # but not with an object, a particle or an infinitive after them: the subject's own act
    ("The mayor sounded a warning about the levy.",
     "core.said_that.v2", "The mayor", "sounded a warning about", ["the levy"], "claim", []),
    ("The harbour board is looking to sell the pier.",
     "core.said_that.v2", "The harbour board", "is looking", ["to sell the pier"], "claim", []),
    # a passive verb of saying with its agent: the agent the source, the passive's subject the content
    ("The closure was first reported by the Harbour Gazette.",
     "core.passive_agent.v1", "the Harbour Gazette", "was first reported", ["The closure"], "claim", []),
    ("In May, the plan was criticized by the mayor as reckless.",
     "core.passive_agent.v1", "the mayor", "was criticized", ["the plan"], "claim", []),
    # the head of a source past a count ("a host of") or an adjective after its noun ("close to")
    ("Still, people close to the mayor say she will run again.",
     "core.said_that.v2", "people close to the mayor", "say", ["she will run again"], "claim", []),
    ("Closing the quay too soon, a host of analysts say, hurt the town.",
     "core.trailing_cue.v2", "a host of analysts", "say", ["Closing the quay too soon", "hurt the town"], "claim", []),
    # an adverbial set off after a name is no part of the mention
    ("Ann Lee, after a long pause, said the pier was unsafe.",
     "core.said_that.v2", "Ann Lee", "said", ["the pier was unsafe"], "claim", []),
    # a fronted clause inside the content leads to the content's own main clause
    ("Tom Roe said that while he opposed the toll, he was only supporting Ann Lee because she had the best chance.",
     "core.said_that.v2", "Tom Roe", "said",
     ["while he opposed the toll, he was only supporting Ann Lee because she had the best chance"], "claim", []),
    # a subject with a relative clause before a sure cue: the noun and its clause
    ("The pilots whose licences were suspended say the inquiry was unfair.",
     "core.said_that.v2", "The pilots whose licences were suspended", "say", ["the inquiry was unfair"], "claim", []),
    ("Ferrymen trying to keep the night crossing say the council has not listened.",
     "core.said_that.v2", "Ferrymen trying to keep the night crossing", "say", ["the council has not listened"], "claim", []),
    # a station's programme as the hearer, with a number and a possessive in its name (the time
    # it airs in its title makes it a broadcast, which relays the words)
    ("Mr Berg told Harbour Radio 4's Morning programme: “We will not give up.”",
     "core.colon_lead.v2", "Mr Berg", "told", ["“We will not give up.”"], "quote", ["Harbour Radio 4's Morning programme"]),
    # a speaker after a quotation that ends in a full stop, set as a sentence of its own
    ("“The pier will open in May.” Ann Lee said.",
     "core.trailing_cue.v2", "Ann Lee", "said", ["“The pier will open in May.”"], "quote", []),
    # an inverted source in the middle of the reported sentence
    ("The contrast with the old quay, said Ann Lee and others, would be clear since it has no cranes.",
     "core.inverted_cue.v2", "Ann Lee and others", "said", ["The contrast with the old quay", "would be clear since it has no cranes"],
     "claim", []),
    # ... with an aside after its name, or opening as asides do
    ("The real trouble, says Carl Moss, a historian at the museum, is that nobody reads the logs.",
     "core.inverted_cue.v2", "Carl Moss, a historian at the museum", "says",
     ["The real trouble", "is that nobody reads the logs"], "claim", []),
    ("The fare, said Ola Berg, who runs the ferry, would rise in May.",
     "core.inverted_cue.v2", "Ola Berg, who runs the ferry", "said", ["The fare", "would rise in May"], "claim", []),
    ("Part of the cost, say engineers like Tomas Pik, a surveyor, is the sand itself.",
     "core.inverted_cue.v2", "engineers like Tomas Pik, a surveyor", "say", ["Part of the cost", "is the sand itself"],
     "claim", []),
    # (no aside: a subject's own words after a comma with no article before them)
    ("Aides to Ann Lee, who ran the port, said their speeches, already full of it, would fail.",
     "core.said_that.v2", "Aides to Ann Lee", "said", ["their speeches, already full of it, would fail"],
     "claim", []),
    # a name that opens a run of asides: an age, a place, a role with a relative clause
    ("Ola Berg, 61, of Tarrow, a retired pilot, said the beacon had failed.",
     "core.said_that.v2", "Ola Berg, 61, of Tarrow, a retired pilot", "said", ["the beacon had failed"], "claim", []),
    ("Tomas Pik, a surveyor who is working with the Harbour League, a lobby group, said the quay was sinking.",
     "core.said_that.v2", "Tomas Pik, a surveyor who is working with the Harbour League, a lobby group", "said",
     ["the quay was sinking"], "claim", []),
    ("“The quay is sinking,” a surveyor, who was not authorised to speak, told the Harbour Gazette.",
     "core.trailing_cue.v2", "a surveyor, who was not authorised to speak", "told", ["“The quay is sinking,”"], "quote",
     ["the Harbour Gazette"]),
    ("Farmers in the valley view the new canal as a lifeline.",
     "core.view_as.v1", "Farmers in the valley", "view", ["the new canal", "a lifeline"], "claim", []),
    # the part after "as" ends where any content ends
    ("The inspectors described the old pier as unsafe, which the town had built a century earlier.",
     "core.view_as.v1", "The inspectors", "described", ["the old pier", "unsafe"], "claim", []),
    # the object a relative pronoun before the source, "as" kept with what it is described as
    ("The ferry, which the captain describes as a relic, sails at noon.",
     "core.view_as.v1", "the captain", "describes", ["which", "as a relic"], "claim", []),
    ("The new harbour master, whom she regards as tireless, starts in May.",
     "core.view_as.v1", "she", "regards", ["whom", "as tireless"], "claim", []),
    # the object fronted as a relative pronoun before the source: the pronoun, and "as" with what it is seen as
    ("The council sold the pier, which Lee describes as the heart of the town.",
     "core.view_as.v1", "Lee", "describes", ["which", "as the heart of the town"], "claim", []),
    ("The ferry sank near what the captain described as a hidden reef.",
     "core.view_as.v1", "the captain", "described", ["what", "as a hidden reef"], "claim", []),
    ("The Evening Courier quoted residents as saying that the water smelled of diesel.",
     "core.quoted_as.v2", "residents", "quoted", ["the water smelled of diesel"], "claim", ["The Evening Courier"]),
    # where the quoted words were said, before their "that", is no part of them
    ("The Evening Courier quoted the skipper as saying in a text message that the water smelled of diesel.",
     "core.quoted_as.v2", "the skipper", "quoted", ["the water smelled of diesel"], "claim", ["The Evening Courier"]),
    ("The club issued a statement on Friday, saying that the stadium would be sold.",
     "core.participle.v2", "The club", "issued a statement on Friday, saying", ["the stadium would be sold"], "claim", []),
    # the occasion between a participle and its "that" is no part of the content
    ("The captain left the quay on Friday, saying in a radio interview that the crossing was unsafe.",
     "core.participle.v2", "The captain", "saying", ["the crossing was unsafe"], "claim", []),
    ("Fans gathered outside the ground, chanting that the club was not for sale.",
     "core.participle.v2", "Fans", "chanting", ["the club was not for sale"], "claim", []),
    ("“Our doors stay open.” ― Maria Lopez, shop owner",
     "core.dash_credit.v2", "Maria Lopez", "―", ["“Our doors stay open.”"], "quote", []),
    ("“We will rebuild the pier before winter.”\n- Mayor Ann Lee.",
     "core.dash_credit.v2", "Mayor Ann Lee", "-", ["“We will rebuild the pier before winter.”"], "quote", []),
    # a pull quote credited on the line under it with no dash: a name, a comma and an affiliation
    ("The ferry will run again in June.\n\n“We owe the island a proper service.”\n\nTom Okafor, Coastal Transport Forum.",
     "core.dash_credit.v2", "Tom Okafor, Coastal Transport Forum", ".", ["“We owe the island a proper service.”"], "quote", []),
    # ... and the mark that closes the quotation set after the credit, as scraped copy has it
    ("The ferry will run again in June.\n\n\"We owe the island a proper service.\nTom Okafor, Coastal Transport Forum.\"",
     "core.dash_credit.v2", "Tom Okafor, Coastal Transport Forum", "\"", ["\"We owe the island a proper service."], "quote", []),
    # a weak verb of doing: a time before the occasion ends its content, as one at its end does
    ("Ann Lee made similar comments Monday evening on Sky’s “Island Hour” show.",
     "core.said_that.v2", "Ann Lee", "made", ["similar comments"], "claim", []),
    ("In his column, Lee wrote:\n\nThe pier is finished.",
     "core.colon_lead.v2", "Lee", "wrote", ["The pier is finished"], "claim", []),
    # a manner adverb between the cue and its particle is the cue's
    ("The mayor spoke passionately about the old pier.",
     "core.said_that.v2", "The mayor", "spoke passionately about", ["the old pier"], "claim", []),
    # a word of degree before the adverb is the cue's too
    ("The mayor has weighed in so publicly on the old pier.",
     "core.said_that.v2", "The mayor", "has weighed in so publicly on", ["the old pier"], "claim", []),
    # before "of", "on", "for" or "against" as well: the content starts after the particle
    ("The harbour master spoke warmly of the old ferry crew.",
     "core.said_that.v2", "The harbour master", "spoke warmly of", ["the old ferry crew"], "claim", []),
    ("The fishermen pressed quietly for a new breakwater.",
     "core.said_that.v2", "The fishermen", "pressed quietly for", ["a new breakwater"], "claim", []),
    # a time or a span of time after the adverb is the cue's too
    ("The harbour master spoke briefly on Friday about the ferry crew.",
     "core.said_that.v2", "The harbour master", "spoke briefly on Friday about", ["the ferry crew"], "claim", []),
    ("The fishermen argued loudly for years against the breakwater.",
     "core.said_that.v2", "The fishermen", "argued loudly for years against", ["the breakwater"], "claim", []),
    # a title after a hyphen and a run of initials end no sentence
    ("Ann Lee said she had met then-Sen. Ola Berg at the pier.",
     "core.said_that.v2", "Ann Lee", "said", ["she had met then-Sen. Ola Berg at the pier"], "claim", []),
    ("The pier was designed by A.E. Dick Ross, the harbour board said.",
     "core.trailing_cue.v2", "the harbour board", "said", ["The pier was designed by A.E. Dick Ross"], "claim", []),
    # but a state's initials after a place's comma may end one
    ("“The pier is safe,” Ann Lee said at a rally in Portville, N.Y. “We will keep it open.”",
     "core.trailing_cue.v2", "Ann Lee", "said", ["“The pier is safe,”", "“We will keep it open.”"], "quote", []),
    # an abbreviation that is no title ends the sentence before a word that opens one
    ("The ferry firm is based in the U.S. It says the pier is unsafe.",
     "core.said_that.v2", "It", "says", ["the pier is unsafe"], "claim", []),
    ("The U.S. Coast Guard says the pier is unsafe.",
     "core.said_that.v2", "The U.S. Coast Guard", "says", ["the pier is unsafe"], "claim", []),
    # after a sure cue, a plural noun heads a subject, alone or in a list
    ("But majorities in both towns say the ferry should stay.",
     "core.said_that.v2", "majorities in both towns", "say", ["the ferry should stay"], "claim", []),
    ("Fishermen, shopkeepers and local councillors say the pier must be saved.",
     "core.said_that.v2", "Fishermen, shopkeepers and local councillors", "say", ["the pier must be saved"], "claim", []),
    # a pronoun after a fronted time is the subject
    ("Although in March she said the pier was safe, the mayor now wants it closed.",
     "core.said_that.v2", "she", "said", ["the pier was safe"], "claim", []),
    ("In a statement it said the pier was safe.",
     "core.said_that.v2", "it", "said", ["the pier was safe"], "claim", []),
    # a participle clause fronted before its subject: the subject after its comma reports
    ("Noting that both ferries were late, Ann Lee left the pier early.",
     "core.participle.v2", "Ann Lee", "Noting", ["both ferries were late"], "claim", []),
    # ... its quotation closing on the comma, whole, in any quotation marks
    ("Citing “duties at home,” the harbour master skipped the launch.",
     "core.participle.v2", "the harbour master", "Citing", ["“duties at home,”"], "quote", []),
    ('Citing "duties at home," the harbour master skipped the launch.',
     "core.participle.v2", "the harbour master", "Citing", ['"duties at home,"'], "quote", []),
    ("Citing ''duties at home,'' the harbour master skipped the launch.",
     "core.participle.v2", "the harbour master", "Citing", ["''duties at home,''"], "quote", []),
    ("After praising the harbour crews, the mayor left the pier early.",
     "core.participle.v2", "the mayor", "praising", ["the harbour crews"], "claim", []),
    # ... a coordinator before its opener too
    ("But in describing the levy as a “tax on sailors” again, the mayor left the pier early.",
     "core.participle.v2", "the mayor", "describing", ["the levy as a “tax on sailors” again"], "claim", []),
    ("And while denouncing the council, Ann Lee left the pier early.",
     "core.participle.v2", "Ann Lee", "denouncing", ["the council"], "claim", []),
    # an appositive that ends in a quoted title, its comma inside the marks
    ("Ann Lee, the author of “Tides of the Bay,” said the pier was unsafe.",
     "core.said_that.v2", "Ann Lee, the author of “Tides of the Bay,”", "said", ["the pier was unsafe"], "claim", []),
    # a participle's aside that holds a quoted name: the name before it is the mention
    ("Ann Lee, wearing a “Save the Pier” badge, said the council had failed.",
     "core.said_that.v2", "Ann Lee", "said", ["the council had failed"], "claim", []),
    # a quotation inside a clause before a comma makes no aside of the clause
    ("The ferry has lost riders, and it has used “cheap fares” in its fight with the airline, said Ann Lee, an analyst.",
     "core.inverted_cue.v2", "Ann Lee, an analyst", "said",
     ["The ferry has lost riders, and it has used “cheap fares” in its fight with the airline"], "claim", []),
    # a fraction in words is a share of people, as a figure is; and so is its share in figures after it
    ("Among the pilots, two-thirds say the council should repair the pier.",
     "core.said_that.v2", "two-thirds", "say", ["the council should repair the pier"], "claim", []),
    ("Among the pilots, about two-thirds, 67 percent, say the pier is unsafe.",
     "core.said_that.v2", "about two-thirds, 67 percent", "say", ["the pier is unsafe"], "claim", []),
    # an aside that holds a quoted title, with more words after the title's closing mark
    ("Ann Lee, the author of “Tides,” a book about the bay, said the pier was unsafe.",
     "core.said_that.v2", "Ann Lee, the author of “Tides,” a book about the bay", "said", ["the pier was unsafe"], "claim", []),
    ("Tom Roe, the editor of \"Harbour Notes,\" about the ferry trade, said the pier was unsafe.",
     "core.said_that.v2", "Tom Roe, the editor of \"Harbour Notes,\" about the ferry trade", "said", ["the pier was unsafe"], "claim", []),
    # the subject right after a subordinator that opens the sentence, with no comma before the cue
    ("Though the voters continue to express doubts about the pier, the council met.",
     "core.infinitive.v2", "the voters", "continue to express doubts about", ["the pier"], "claim", []),
    # an indirect question after the hearer and a time is the content, not part of an occasion
    ("In the morning, Ann Lee told Tom Roe on Thursday how surprised she is that the pier is closed.",
     "core.said_that.v2", "Ann Lee", "told", ["how surprised she is that the pier is closed"], "claim", []),
    # a hearer the hearer pattern does not know, up to the complement after it
    ("The mayor told members of the harbour board on Friday that the pier would close.",
     "core.said_that.v2", "The mayor", "told", ["the pier would close"], "claim", []),
    # ... past a place set off by commas, or an adjective in -ed after its article
    ("The mayor told fishermen in Whitby, North Yorkshire, that the pier would close.",
     "core.said_that.v2", "The mayor", "told", ["the pier would close"], "claim", []),
    ("The mayor told a packed meeting room at the harbour that the pier would close.",
     "core.said_that.v2", "The mayor", "told", ["the pier would close"], "claim", []),
    # a hearer before a subject pronoun, with no "that": the pronoun opens the content
    ("The mayor assured voters she would keep the pier open.",
     "core.said_that.v2", "The mayor", "assured", ["she would keep the pier open"], "claim", []),
    ("The harbour master warned them it would close.",
     "core.said_that.v2", "The harbour master", "warned", ["it would close"], "claim", []),
    # an outlet's show, its title in quotation marks, is the hearer, and relays it
    ("The mayor told BBC’s “Harbour Talk” on Monday the pier would close.",
     "core.said_that.v2", "The mayor", "told", ["the pier would close"], "claim", ["BBC’s “Harbour Talk”"]),
    ("The reporter asked the harbour master whether the pier would reopen.",
     "core.said_that.v2", "The reporter", "asked", ["whether the pier would reopen"], "claim", []),
    # "remind" names its hearer before "of" or "about" too
    ("The mayor reminded the island's voters of the pier's long history.",
     "core.said_that.v2", "The mayor", "reminded", ["of the pier's long history"], "claim", []),
    ("Ann Lee reminded her staff about the new budget rules.",
     "core.said_that.v2", "Ann Lee", "reminded", ["about the new budget rules"], "claim", []),
    # a cue that took "to" takes the bare verb after it too
    ("The mayor continued to express doubts about the pier.",
     "core.said_that.v2", "The mayor", "continued to express", ["doubts about the pier"], "claim", []),
    # after a verb of going on or trying, the bare verb is the cue's whatever it is, past an adverb
    ("The mayor continued to question the cost of the pier.",
     "core.said_that.v2", "The mayor", "continued to question", ["the cost of the pier"], "claim", []),
    ("The harbour master went on to name three piers that needed repair.",
     "core.said_that.v2", "The harbour master", "went on to name", ["three piers that needed repair"], "claim", []),
    ("The mayor proceeded to openly mock the ferry timetable.",
     "core.said_that.v2", "The mayor", "proceeded to openly mock", ["the ferry timetable"], "claim", []),
    # "looking" or "reluctant" before an infinitive takes no "to": the infinitive is the content;
    # before a noun phrase the "to" is a particle still
    ("The harbour master is looking to sell the old ferry.",
     "core.said_that.v2", "The harbour master", "is looking", ["to sell the old ferry"], "claim", []),
    ("The ferrymen were reluctant to back the new toll.",
     "core.said_that.v2", "The ferrymen", "were reluctant", ["to back the new toll"], "claim", []),
    ("The harbour master is looking to the council for help.",
     "core.said_that.v2", "The harbour master", "is looking to", ["the council for help"], "claim", []),
    # after a verb of trying that took its "to", the same: no cue ends at an infinitive's "to"
    ("Ann Lee has tried to tie the mayor to the ferry scandal.",
     "core.said_that.v2", "Ann Lee", "has tried to tie", ["the mayor to the ferry scandal"], "claim", []),
    ("Ann Lee has tried to pin the blame on the mayor.",
     "core.said_that.v2", "Ann Lee", "has tried to pin", ["the blame on the mayor"], "claim", []),
    # the infinitive of a verb like "decline" is what it reports
    ("The harbour master declined to say whether the pier would reopen.",
     "core.said_that.v2", "The harbour master", "declined", ["to say whether the pier would reopen"], "claim", []),
    # a predicate with no subject of its own after ", but" or ", and" shares the content's subject
    ("Lee said she was not sure the new ferry timetable would suit the islanders, but planned to keep it until the spring.",
     "core.said_that.v2", "Lee", "said",
     ["she was not sure the new ferry timetable would suit the islanders, but planned to keep it until the spring"], "claim", []),
    ("The captain told reporters the harbour board had repaired the old pier, but couldn’t open it before the storm.",
     "core.said_that.v2", "The captain", "told",
     ["the harbour board had repaired the old pier, but couldn’t open it before the storm"], "claim", []),
    ("Lee said the levy on the ferry crossings had worked well for the island, but failed to pay for the pier.",
     "core.said_that.v2", "Lee", "said",
     ["the levy on the ferry crossings had worked well for the island, but failed to pay for the pier"], "claim", []),
    # a comma between the short items of a list that goes on to "and" or "or" does not end the content
    ("Ng said the title, history and text of the bylaw showed bias against the islanders.",
     "core.said_that.v2", "Ng", "said", ["the title, history and text of the bylaw showed bias against the islanders"], "claim", []),
    ("Lee said the board would reach voters via mail, phone calls and digital ads.",
     "core.said_that.v2", "Lee", "said", ["the board would reach voters via mail, phone calls and digital ads"], "claim", []),
    # "not only X, but also Y" is one content
    ("The mayor said the pier was not only unsafe, but also too costly to repair.",
     "core.said_that.v2", "The mayor", "said", ["the pier was not only unsafe, but also too costly to repair"], "claim", []),
    # a manner adverb before "that" is the cue's
    ("The harbour master said only that the pier would stay shut.",
     "core.said_that.v2", "The harbour master", "said", ["the pier would stay shut"], "claim", []),
    # a place or occasion after the cue, then the quotation or the "that"
    ("The mayor said on Harbour Radio, “The pier will reopen in May.”",
     "core.colon_lead.v2", "The mayor", "said", ["“The pier will reopen in May.”"], "quote", []),
    ("The mayor said in Portville, New Caledon, that the pier would reopen.",
     "core.said_that.v2", "The mayor", "said", ["the pier would reopen"], "claim", []),
    # a phrase, a comma and a quotation that opens a sentence: the quotation is the content
    ("The mayor replied evenly, “We will see.”",
     "core.colon_lead.v2", "The mayor", "replied", ["“We will see.”"], "quote", []),
    ("The harbour master wrote to his many followers, “The pier will reopen in May.”",
     "core.colon_lead.v2", "The harbour master", "wrote", ["“The pier will reopen in May.”"], "quote", []),
    ("The minister replied calmly, ‘We will not change course.’",
     "core.colon_lead.v2", "The minister", "replied", ["‘We will not change course.’"], "quote", []),
    # after "of" or "about" and its topic, a quotation that closes on a comma mid-sentence is all
    # the content (straight doubled marks too)
    ("The mayor said of the ruling, ''It is a shame,'' and walked off.",
     "core.colon_lead.v2", "The mayor", "said", ["''It is a shame,''"], "quote", []),
    ("The mayor said of the ruling, “It is a shame,” and walked off.",
     "core.colon_lead.v2", "The mayor", "said", ["“It is a shame,”"], "quote", []),
    # so after "to" and whom it was said to; a comma inside a number is no end of the phrase
    ("The mayor wrote to his 12,000 readers, “It is a shame,” and logged off.",
     "core.colon_lead.v2", "The mayor", "wrote", ["“It is a shame,”"], "quote", []),
    # but a "to" before a verb opens the cue's object: the title that follows is no quotation of it
    ("Okafor decided to put it on the cover of his book, “Piers and Me,” which came out in May.",
     "core.said_that.v2", "Okafor", "decided",
     ["to put it on the cover of his book, “Piers and Me,” which came out in May"], "claim", []),
    ("The mayor said the pier, “as everyone knows,” was unsafe.",
     "core.said_that.v2", "The mayor", "said", ["the pier, “as everyone knows,” was unsafe"], "claim", []),
    # a comma inside a closing quotation mark closes the clause around the quotation too
    ("Ann Lee, who called the pier “a disgrace,” resigned.",
     "core.said_that.v2", "who", "called", ["the pier “a disgrace,”"], "claim", []),
    # a short object before the colon: the quotation after it is the content
    ("The harbour master added a caveat: “The pier stays shut until May.”",
     "core.colon_lead.v2", "The harbour master", "added", ["“The pier stays shut until May.”"], "quote", []),
    # an aside or a short object before a colon that ends the paragraph: the quotation below
    ("The harbour master told the council, to loud cheers:\n\n“The pier stays open all winter.”",
     "core.colon_lead.v2", "The harbour master", "told", ["“The pier stays open all winter.”"], "quote", []),
    ("The ferrymen wrote the mayor a short letter:\n\n“Keep the pier open.”",
     "core.colon_lead.v2", "The ferrymen", "wrote", ["“Keep the pier open.”"], "quote", []),
    # a demonstrative that stands for the words, after a hearer or "it" too: the quotation below
    ("The harbour master said this:\n\n“The pier stays open all winter.”",
     "core.colon_lead.v2", "The harbour master", "said", ["“The pier stays open all winter.”"], "quote", []),
    ("The ferrymen told the council this:\n\n“Keep the pier open.”",
     "core.colon_lead.v2", "The ferrymen", "told", ["“Keep the pier open.”"], "quote", []),
    ("Ann Lee put it this way:\n\n“A town without its pier is no town.”",
     "core.colon_lead.v2", "Ann Lee", "put it", ["“A town without its pier is no town.”"], "quote", []),
    ("The mayor wrote these words:\n\n“The pier will outlast us all.”",
     "core.colon_lead.v2", "The mayor", "wrote", ["“The pier will outlast us all.”"], "quote", []),
    # after a verb of posting, the post set off as a paragraph of its own with no quotation marks
    ("The harbour master tweeted the following:\n\nThe pier stays open all winter.\n\nFew believed her.",
     "core.colon_lead.v2", "The harbour master", "tweeted", ["The pier stays open all winter"], "claim", []),
    ("The ferrymen posted these words:\n\nKeep the pier open for the boats\n\nThe mayor did not reply.",
     "core.colon_lead.v2", "The ferrymen", "posted", ["Keep the pier open for the boats"], "claim", []),
    ("One angler tweeted this:\n\nBest catch of the year off the pier today!\n\nOthers agreed.",
     "core.colon_lead.v2", "One angler", "tweeted", ["Best catch of the year off the pier today"], "claim", []),
    ("Growing angrier as he spoke, Lee continued: “The pier is finished.”",
     "core.colon_lead.v2", "Lee", "continued", ["“The pier is finished.”"], "quote", []),
    ("As Lee put it, the pier is finished.",
     "core.as_clause.v2", "Lee", "put it", ["the pier is finished"], "claim", []),
    ("The harbour master had one message for the council: “Fix the pier.”",
     "core.colon_quote.v1", "The harbour master", "had one message", ["“Fix the pier.”"], "quote", []),
    # a prepositional phrase after the subject's head is the subject's; the cue opens at the verb
    ("A footnote in the harbour report makes that clear: “The pier is unsafe.”",
     "core.colon_quote.v1", "A footnote in the harbour report", "makes that clear", ["“The pier is unsafe.”"], "quote", []),
    ("A group of ferrymen on the quay had one message: “Keep the pier open.”",
     "core.colon_quote.v1", "A group of ferrymen on the quay", "had one message", ["“Keep the pier open.”"], "quote", []),
    # a subject read to the colon that ends with its verb of saying: the verb is the cue
    ("Clause 9 affirms: “No toll may rise twice a year.”",
     "core.colon_quote.v1", "Clause 9", "affirms", ["“No toll may rise twice a year.”"], "quote", []),
    ("From the council’s report: “The pier cannot be saved.”",
     "core.colon_quote.v1", "the council’s report", ":", ["“The pier cannot be saved.”"], "quote", []),
    # the clause after a coordinator leads the quotation; a quotation in doubled single marks too
    ("The harbour master stayed calm, but she gave the council a blunt warning: “The pier will close.”",
     "core.colon_quote.v1", "she", "gave the council a blunt warning", ["“The pier will close.”"], "quote", []),
    # the clause of a result ("so ... that", "such ... that") leads the quotation, not the sentence's subject
    ("The ferry was so late that a clerk at the quay had a short answer: “Blame the tide.”",
     "core.colon_quote.v1", "a clerk at the quay", "had a short answer", ["“Blame the tide.”"], "quote", []),
    ("It was such a long meeting that Lee had one word for it: \"Endless.\"",
     "core.colon_quote.v1", "Lee", "had one word for it", ['"Endless."'], "quote", []),
    # "More from X:" names the quotation's source, after a heading's dash too
    ("More from the harbour report: “Traffic fell by a third.”",
     "core.colon_quote.v1", "the harbour report", ":", ["“Traffic fell by a third.”"], "quote", []),
    ("Fares stayed “flat” all year - More from the harbour report: “Traffic fell by a third.”",
     "core.colon_quote.v1", "the harbour report", ":", ["“Traffic fell by a third.”"], "quote", []),
    ("The ferrymen sent the mayor a short reply: ''Keep the pier open.''",
     "core.colon_quote.v1", "The ferrymen", "sent the mayor a short reply", ["''Keep the pier open.''"], "quote", []),
    # a participle after a comma ends the predicate: it speaks the quotation, and is the cue alone
    ("The mayor rallied the crowd, saying: “We will keep the pier.”",
     "core.colon_quote.v1", "The mayor", "saying", ["“We will keep the pier.”"], "quote", []),
    ("The pier is unsafe, as the harbour master noted.",
     "core.as_clause.v2", "the harbour master", "noted", ["The pier is unsafe"], "claim", []),
    ("The pier, as the harbour master noted on Monday, is unsafe.",
     "core.as_clause.v2", "the harbour master", "noted", ["The pier", "is unsafe"], "claim", []),
    ("The harbour board has always claimed that the pier was sound.",
     "core.said_that.v2", "The harbour board", "has always claimed", ["the pier was sound"], "claim", []),
    ("In breaking down the results, the Island Gazette found Labour voters favoured the plan.",
     "core.said_that.v2", "the Island Gazette", "found", ["Labour voters favoured the plan"], "claim", []),
    ("In a Harbour Gazette Poll released Sunday, most commuters wanted a second bridge.",
     "core.poll_frame.v2", "a Harbour Gazette Poll released Sunday", "In", ["most commuters wanted a second bridge"],
     "claim", []),
    ("The pier is finished, as the mayor put it.",
     "core.as_clause.v2", "the mayor", "put it", ["The pier is finished"], "claim", []),
    # a phrasal verb of saying in an as-clause, its head in -s mostly a noun elsewhere ("the points")
    ("As the harbour master points out, the pier is older than the town.",
     "core.as_clause.v2", "the harbour master", "points out", ["the pier is older than the town"], "claim", []),
    ("The pier, as Ann Lee has pointed out, is older than the town.",
     "core.as_clause.v2", "Ann Lee", "has pointed out", ["The pier", "is older than the town"], "claim", []),
    # a verb of setting oneself apart takes in its reflexive and "from"
    ("The harbour union has distanced itself from the strike.",
     "core.said_that.v2", "The harbour union", "has distanced itself from", ["the strike"], "claim", []),
    # "in favor of" after a cue is the side it takes, the cue's ("voted in" alone is no cue)
    ("The harbour council voted in favor of the new toll.",
     "core.said_that.v2", "The harbour council", "voted in favor of", ["the new toll"], "claim", []),
    # and before its object, with no "that"
    ("The harbour survey also points out two other flaws.",
     "core.said_that.v2", "The harbour survey", "also points out", ["two other flaws"], "claim", []),
    # the occasion after an as-clause's cue, its preposition taken in as a particle
    ("The pier is finished, as Ann Lee noted in The Harbour Gazette.",
     "core.as_clause.v2", "Ann Lee", "noted", ["The pier is finished"], "claim", []),
    ("Survey: Most commuters want a second bridge",
     "core.headline_speaker.v2", "Survey", ":", ["Most commuters want a second bridge"], "claim", []),
    ("Mayor Quinn to Ferry Operators: Service will run all winter",
     "core.headline_speaker.v2", "Mayor Quinn", ":", ["Service will run all winter"], "claim", []),
    ("Mayor Quinn: Ferries will run all winter",
     "core.headline_speaker.v2", "Mayor Quinn", ":", ["Ferries will run all winter"], "claim", []),
    # after any verb that takes its hearer as object, the hearer is no content
    ("The ferry will stop in May, the harbour master informed the council on Tuesday.",
     "core.trailing_cue.v2", "the harbour master", "informed", ["The ferry will stop in May"], "claim", []),
    # a fronted place with no comma before a clause of its own: the whole clause is the content
    ("In Portville the ferry was late again, the harbour master said.",
     "core.trailing_cue.v2", "the harbour master", "said", ["In Portville the ferry was late again"], "claim", []),
    ("In Portville the strike began at noon, the harbour master said.",
     "core.trailing_cue.v2", "the harbour master", "said", ["In Portville the strike began at noon"], "claim", []),
    ("The ferry will stop in May, the harbour master assured the council.",
     "core.trailing_cue.v2", "the harbour master", "assured", ["The ferry will stop in May"], "claim", []),
    ("Baroness Ng told peers the ferry levy was unfair.",
     "core.said_that.v2", "Baroness Ng", "told", ["the ferry levy was unfair"], "claim", []),
    # a trailing verb of saying makes a speaker of any noun, not only those the tables know
    ("The quay will not last the winter, the engineer warned.",
     "core.trailing_cue.v2", "the engineer", "warned", ["The quay will not last the winter"], "claim", []),
    # a time between a weak cue and its "that" leaves the "that" to weigh the cue
    ("The harbour survey found last month that the quay was sinking.",
     "core.said_that.v2", "The harbour survey", "found", ["the quay was sinking"], "claim", []),
    # a noun for a person by their work speaks, though the mined tables never saw it do so
    ("The economist believes the pier will fall.",
     "core.said_that.v2", "The economist", "believes", ["the pier will fall"], "claim", []),
    # a question put to the subject, fronted, is the asking's content, not a trailing report's
    ("Asked at the pier whether the ferry would sail, the official shrugged.",
     "core.asked.v2", None, "Asked", ["whether the ferry would sail"], "claim", []),
    # a text of one line is read as a headline, but a phrase with a comma before the colon is
    # a sentence's lead, not a headline's speaker
    ("Speaking to reporters on Tuesday, the harbour master said: “The quay will close.”",
     "core.colon_lead.v2", "the harbour master", "said", ["“The quay will close.”"], "quote", []),
    # a name and the noun of its people or its words before the colon
    ("Quinn camp: Ferries will run all winter",
     "core.headline_speaker.v2", "Quinn camp", ":", ["Ferries will run all winter"], "claim", []),
    ("Harbour Board’s new statement: Ferries will run all winter",
     "core.headline_speaker.v2", "Harbour Board’s new statement", ":", ["Ferries will run all winter"], "claim", []),
    ("Ahmed: Ferries will run all winter",  # a name in -ed is no participle
     "core.headline_speaker.v2", "Ahmed", ":", ["Ferries will run all winter"], "claim", []),
    # an outlet in capitals is no dateline
    ("AP: Harbour board routed ferry money to lobbyists",
     "core.headline_speaker.v2", "AP", ":", ["Harbour board routed ferry money to lobbyists"], "claim", []),
    # the speaker after a section's label and its dash
    ("EXCLUSIVE – Mayor Quinn: Ferries will run all winter",
     "core.headline_speaker.v2", "Mayor Quinn", ":", ["Ferries will run all winter"], "claim", []),
    # the speaker credited at the end of a headline in sentence case
    ("Ferry fares to rise in May: Minister",
     "core.headline_speaker.v2", "Minister", ":", ["Ferry fares to rise in May"], "claim", []),
    ("‘We will not sell the pier’: Mayor Quinn",
     "core.headline_speaker.v2", "Mayor Quinn", ":", ["‘We will not sell the pier’"], "quote", []),
    # ... with what the speaker spoke on after the name
    ("‘We will not sell the pier’: Mayor on the harbour vote",
     "core.headline_speaker.v2", "Mayor", ":", ["‘We will not sell the pier’"], "quote", []),
    # a label before a quotation that a verb after it credits is the story's topic, no speaker
    ("Harbour: ‘We will not sell the pier,’ says Mayor",
     "core.inverted_cue.v2", "Mayor", "says", ["‘We will not sell the pier,’"], "quote", []),
    ("“Where is the money?” the auditor asked. “Nobody knows.”",
     "core.trailing_cue.v2", "the auditor", "asked", ["“Where is the money?”", "“Nobody knows.”"], "quote", []),
    # a relative clause that introduces someone named in full for the first time is part of
    # the mention; after a name the article has used before it is not
    ("“We are not leaving,” said Dan Ruiz, who has fished here since 1990.",
     "core.inverted_cue.v2", "Dan Ruiz, who has fished here since 1990", "said", ["“We are not leaving,”"], "quote", []),
    ("Dan Ruiz owns two boats. “We are not leaving,” said Ruiz, who has fished here since 1990.",
     "core.inverted_cue.v2", "Ruiz", "said", ["“We are not leaving,”"], "quote", []),
    ("Tom Okafor, who sailed the strait for years, said the channel was unsafe.",
     "core.said_that.v2", "Tom Okafor, who sailed the strait for years", "said", ["the channel was unsafe"], "claim", []),
    # after an appositive or an age the relative clause goes on describing the speaker, and so
    # does the place after an age
    ("Tom Okafor, the harbour pilot, whose boat sank in May, said the channel was unsafe.",
     "core.said_that.v2", "Tom Okafor, the harbour pilot, whose boat sank in May", "said", ["the channel was unsafe"],
     "claim", []),
    ("“The channel is unsafe,” said Tom Okafor, 54, of Portville.",
     "core.inverted_cue.v2", "Tom Okafor, 54, of Portville", "said", ["“The channel is unsafe,”"], "quote", []),
    ("“The channel is unsafe,” said Okafor, 54, who sailed it for years.",
     "core.inverted_cue.v2", "Okafor, 54, who sailed it for years", "said", ["“The channel is unsafe,”"], "quote", []),
    # an appositive too long to be a mention: the name before it is still the speaker
    ("“The pier will stand,” said Ada Moss, a fellow at the Institute of Coastal Studies who ran the port agency "
     "for a decade, a city body whose budget has faced strict limits because of the council's reluctance to raise taxes.",
     "core.inverted_cue.v2", "Ada Moss", "said", ["“The pier will stand,”"], "quote", []),
    # a past participle after a person's name says what befell them, no part of the mention;
    # after a body it describes it
    ("Tom Okafor, angered by the delay, said the pier was unsafe.",
     "core.said_that.v2", "Tom Okafor", "said", ["the pier was unsafe"], "claim", []),
    ("Tom Okafor, exasperated, said the pier was unsafe.",
     "core.said_that.v2", "Tom Okafor", "said", ["the pier was unsafe"], "claim", []),
    # ... and so does an adjective of a passing state or readiness, whatever follows it
    ("Tom Okafor, eager all evening to needle the board, said the pier was unsafe.",
     "core.said_that.v2", "Tom Okafor", "said", ["the pier was unsafe"], "claim", []),
    ("Harbour delegate Ada Moss, clad in a yellow oilskin, said the pier was unsafe.",
     "core.said_that.v2", "Harbour delegate Ada Moss", "said", ["the pier was unsafe"], "claim", []),
    ("“The pier is unsafe,” said Tom Okafor, fresh off a win in the harbour ward.",
     "core.inverted_cue.v2", "Tom Okafor", "said", ["“The pier is unsafe,”"], "quote", []),
    ("The harbour fund, backed by the council, said the pier was unsafe.",
     "core.said_that.v2", "The harbour fund, backed by the council", "said", ["the pier was unsafe"], "claim", []),
    # and so after an inverted cue: the mention ends at the comma
    ("“The pier is unsafe,” said Tom Okafor, surrounded by his crew.",
     "core.inverted_cue.v2", "Tom Okafor", "said", ["“The pier is unsafe,”"], "quote", []),
    ("“The pier is unsafe,” said the ferry captain, angered that the council had waited.",
     "core.inverted_cue.v2", "the ferry captain", "said", ["“The pier is unsafe,”"], "quote", []),
    ("“The pier is unsafe,” said Tom Okafor, retired harbour pilot.",
     "core.inverted_cue.v2", "Tom Okafor, retired harbour pilot", "said", ["“The pier is unsafe,”"], "quote", []),
    # a linking verb before an adjective that reports is the cue's, as an auxiliary is
    ("The pilots remain confident that the runway will open.",
     "core.said_that.v2", "The pilots", "remain confident", ["the runway will open"], "claim", []),
    ("Some of the pilots stayed wary of the new runway.",
     "core.said_that.v2", "Some of the pilots", "stayed wary of", ["the new runway"], "claim", []),
    # an aside that counts some of the group's members tells of them, not who the group is
    ("The pilots, many of them veterans of the old line, say the runway is too short.",
     "core.said_that.v2", "The pilots", "say", ["the runway is too short"], "claim", []),
    ("Two pilots, both of whom quit last year, said the runway was too short.",
     "core.said_that.v2", "Two pilots", "said", ["the runway was too short"], "claim", []),
    ("“The runway is too short,” said the pilots, most of them veterans.",
     "core.inverted_cue.v2", "the pilots", "said", ["“The runway is too short,”"], "quote", []),
    ("The pilots, a group of veterans, say the runway is too short.",
     "core.said_that.v2", "The pilots, a group of veterans", "say", ["the runway is too short"], "claim", []),
    ("Ivo Brandt, a former harbour pilot, said Mr. Kaur steered the ship too close to the pier.",
     "core.said_that.v2", "Ivo Brandt, a former harbour pilot", "said", ["Mr. Kaur steered the ship too close to the pier"],
     "claim", []),
    ("Teodora, who is 19, said she voted for the first time on Sunday.",
     "core.said_that.v2", "Teodora", "said", ["she voted for the first time on Sunday"], "claim", []),
    ("Tolls will double next year, said Priya Natarajan, the bridge authority's director.",
     "core.inverted_cue.v2", "Priya Natarajan, the bridge authority's director", "said", ["Tolls will double next year"],
     "claim", []),
    ("The ferry will not sail again this winter, a harbour official told the Island Gazette.",
     "core.trailing_cue.v2", "a harbour official", "told", ["The ferry will not sail again this winter"], "claim",
     ["the Island Gazette"]),
    ("“We are ready,” the goalkeeper told reporters after training.",
     "core.trailing_cue.v2", "the goalkeeper", "told", ["“We are ready,”"], "quote", []),
    ("The ranger told her team the trail was closed.",
     "core.said_that.v2", "The ranger", "told", ["the trail was closed"], "claim", []),
    ("Sen. Ann Lee, D-Ore., speaking on a local radio show, said the bridge plan was dead.",
     "core.said_that.v2", "Sen. Ann Lee, D-Ore.", "said", ["the bridge plan was dead"], "claim", []),
    ("A new Harbour/Lakeside poll found that most commuters want a second bridge.",
     "core.said_that.v2", "A new Harbour/Lakeside poll", "found", ["most commuters want a second bridge"], "claim", []),
    ("“The tide is late,” Ann Cole, a harbour pilot, said in a speech last month.",
     "core.trailing_cue.v2", "Ann Cole, a harbour pilot", "said", ["“The tide is late,”"], "quote", []),
    ("Moreover, Ann Cole, a harbour pilot, warned that the channel was silting up.",
     "core.said_that.v2", "Ann Cole, a harbour pilot", "warned", ["the channel was silting up"], "claim", []),
    ("Speaking to the Island Gazette, the ferry captain said the crossing was unsafe.",
     "core.said_that.v2", "the ferry captain", "said", ["the crossing was unsafe"], "claim", ["the Island Gazette"]),
    # an outlet's service and the programme it airs, the whole of the relay
    ("Speaking to the BBC's Harbour Hour programme, the ferry captain said the crossing was unsafe.",
     "core.said_that.v2", "the ferry captain", "said", ["the crossing was unsafe"], "claim",
     ["the BBC's Harbour Hour programme"]),
    ("Speaking to BBC Radio 5, the ferry captain said the crossing was unsafe.",
     "core.said_that.v2", "the ferry captain", "said", ["the crossing was unsafe"], "claim", ["BBC Radio 5"]),
    ("The ferry captain said in a statement sent to the Island Gazette that the crossing was unsafe.",
     "core.said_that.v2", "The ferry captain", "said", ["the crossing was unsafe"], "claim", ["the Island Gazette"]),
    ("The captain said in an interview with the Island Gazette last week that the crossing was unsafe.",
     "core.said_that.v2", "The captain", "said", ["the crossing was unsafe"], "claim", ["the Island Gazette"]),
    ("The captain left the quay, telling reporters, “The crossing is unsafe.”",
     "core.participle.v2", "The captain", "telling", ["“The crossing is unsafe.”"], "quote", []),
    ("The ferry needs “urgent repairs,” according to the harbour board.",
     "core.lead_phrase.v2", "the harbour board", "according to", ["The ferry needs “urgent repairs,”"], "claim", []),
    ("The ferry made 40 crossings according to a count by the harbour board, but the pier stayed shut.",
     "core.lead_phrase.v2", "a count by the harbour board", "according to", ["The ferry made 40 crossings"], "claim", []),
    ("(According to the harbour board, the pier has no toilets.) The ferry is late.",
     "core.lead_phrase.v2", "the harbour board", "According to", ["the pier has no toilets"], "claim", []),
    ("The keeper told the crowd, to loud cheers: “The lamp will shine again.”",
     "core.colon_lead.v2", "The keeper", "told", ["“The lamp will shine again.”"], "quote", []),
    ("(The pier, it turns out, was never insured, the harbour master said.) Repairs start soon.",
     "core.trailing_cue.v2", "the harbour master", "said", ["The pier, it turns out, was never insured"], "claim", []),
    ("Among commuters, 42% say the ferry is too slow.",
     "core.said_that.v2", "42%", "say", ["the ferry is too slow"], "claim", []),
    ("And now the ferry company has raised its fares, saying that fuel costs doubled.",
     "core.participle.v2", "the ferry company", "saying", ["fuel costs doubled"], "claim", []),
    ("Two days after the storm hit, the harbour board met in private, saying the pier was lost.",
     "core.participle.v2", "the harbour board", "saying", ["the pier was lost"], "claim", []),
    ("On Friday she closed the pier, saying it was unsafe.",
     "core.participle.v2", "she", "saying", ["it was unsafe"], "claim", []),
    ("In a new Harbour Gazette poll, most commuters back a second bridge.",
     "core.poll_frame.v2", "a new Harbour Gazette poll", "In", ["most commuters back a second bridge"], "claim", []),
    # a poll that ends a phrase fronted before the subject frames the clause after its comma
    ("On the ferry question, among all commuters in recent polls, the bridge leads by ten points.",
     "core.poll_frame.v2", "recent polls", "in", ["the bridge leads by ten points"], "claim", []),
    ("Among young commuters in the Harbour Gazette survey, the bridge leads.",
     "core.poll_frame.v2", "the Harbour Gazette survey", "in", ["the bridge leads"], "claim", []),
    # a connective after the frame is the writer's; the finding follows it
    ("In a Harbour Gazette poll released Monday, however, most commuters backed the toll.",
     "core.poll_frame.v2", "a Harbour Gazette poll released Monday", "In", ["most commuters backed the toll"], "claim", []),
    ("Councillor Abe Mensah (a former pilot who has sailed the strait for decades) says the channel is unsafe.",
     "core.said_that.v2", "Councillor Abe Mensah (a former pilot who has sailed the strait for decades)", "says",
     ["the channel is unsafe"], "claim", []),
    ("Ana Ruiz, Tom Okafor and other veteran ferry operators said the new timetable was unworkable.",
     "core.said_that.v2", "Ana Ruiz, Tom Okafor and other veteran ferry operators", "said",
     ["the new timetable was unworkable"], "claim", []),
    ("In Portville, Ana Ruiz and Tom Okafor said the ferry was late again.",
     "core.said_that.v2", "Ana Ruiz and Tom Okafor", "said", ["the ferry was late again"], "claim", []),
    ("Perhaps not by chance, the ferry company raised its fares, saying fuel costs doubled.",
     "core.participle.v2", "the ferry company", "saying", ["fuel costs doubled"], "claim", []),
    ("Speaking at the pier, which reopened last week, the captain issued a statement, saying they had saved it.",
     "core.participle.v2", "the captain", "issued a statement, saying", ["they had saved it"], "claim", []),
    ("The ferry captains have in the past said the channel was too shallow.",
     "core.said_that.v2", "The ferry captains", "said", ["the channel was too shallow"], "claim", []),
    ("The captain told Harbour Radio host Ann Cole on Friday how close the ferry came to sinking.",
     "core.said_that.v2", "The captain", "told", ["how close the ferry came to sinking"], "claim", []),
    ("The harbour master said at a meeting in Portville that the pier would close.",
     "core.said_that.v2", "The harbour master", "said", ["the pier would close"], "claim", []),
    ("“The pier is finished,” the harbour master said in an interview with the Island Gazette.",
     "core.trailing_cue.v2", "the harbour master", "said", ["“The pier is finished,”"], "quote", ["the Island Gazette"]),
    ("“We will not reopen the pier,” the harbour master was quoted as saying by the Island Gazette.",
     "core.quoted_as.v2", "the harbour master", "quoted as saying", ["“We will not reopen the pier,”"], "quote",
     ["the Island Gazette"]),
    ("The ferry will run all winter, the mayor said at a meeting in Portville.",
     "core.trailing_cue.v2", "the mayor", "said", ["The ferry will run all winter"], "claim", []),
    ("The ferry will run all winter, the mayor told reporters at the town hall.",
     "core.trailing_cue.v2", "the mayor", "told", ["The ferry will run all winter"], "claim", []),
    ("Councillor Abe Mensah, facing a recall vote in Portville, a harbour town, said the pier would stay open.",
     "core.said_that.v2", "Councillor Abe Mensah", "said", ["the pier would stay open"], "claim", []),
    ("Rail minister Joan Pike, a former engineer, told the outlet that fares would rise.",
     "core.said_that.v2", "Rail minister Joan Pike, a former engineer", "told", ["fares would rise"], "claim", ["the outlet"]),
    # an adverbial aside after the subject is no part of it; a list of members is
    ("Ann Lee, clearly annoyed, said the pier would close.",
     "core.said_that.v2", "Ann Lee", "said", ["the pier would close"], "claim", []),
    ("The mayor, while still a harbour pilot, argued that the channel was too shallow.",
     "core.said_that.v2", "The mayor", "argued", ["the channel was too shallow"], "claim", []),
    ("Several ferry operators, including Ana Ruiz and Tom Okafor, said the timetable was unworkable.",
     "core.said_that.v2", "Several ferry operators, including Ana Ruiz and Tom Okafor", "said",
     ["the timetable was unworkable"], "claim", []),
    # a name and its appositive before a relative clause that the mention keeps, as annotated copy
    # mostly does ("which" as "who": "Ann Lee, a pilot, who ...")
    ("Ann Lee, a pilot for the Island Line, which runs the night ferry, said the channel was unsafe.",
     "core.said_that.v2", "Ann Lee, a pilot for the Island Line, which runs the night ferry", "said", ["the channel was unsafe"], "claim", []),
    ("Hurrying into the hall, Mayor Ann Lee, a former pilot, said the channel was unsafe.",
     "core.said_that.v2", "Mayor Ann Lee, a former pilot", "said", ["the channel was unsafe"], "claim", []),
    # "seemed to" before a verb of saying: the subject reports, and the cue runs from "seemed"
    ("The harbour master seemed to suggest that the pier would close.",
     "core.infinitive.v2", "The harbour master", "seemed to suggest", ["the pier would close"], "claim", []),
    # a noun of a tie takes its "to" and the object into the subject that opens the sentence
    ("Advisers to Ms. Lee are quick to point out that the pier is safe.",
     "core.infinitive.v2", "Advisers to Ms. Lee", "are quick to point out", ["the pier is safe"], "claim", []),
    ("An adviser to her campaign went on to say that the pier is safe.",
     "core.infinitive.v2", "An adviser to her campaign", "went on to say", ["the pier is safe"], "claim", []),
    ("The harbour master went on to say that the pier would close.",
     "core.infinitive.v2", "The harbour master", "went on to say", ["the pier would close"], "claim", []),
    # a phrase after the subject's noun that the reading from the sentence's start stops at is
    # the subject's, and the cue starts at the finite verb after it
    ("A survey from the Ferry Trust went on to say that the pier would close.",
     "core.infinitive.v2", "A survey from the Ferry Trust", "went on to say", ["the pier would close"], "claim", []),
    ("A letter from the pilots' union had this to say: “The pier will close.”",
     "core.colon_lead.v2", "A letter from the pilots' union", "had this to say", ["“The pier will close.”"], "quote", []),
    # a verb that takes the infinitive as its complement starts the cue ("refusing to concede")
    ("The islanders are refusing to concede that the pier is unsafe.",
     "core.infinitive.v2", "The islanders", "are refusing to concede", ["the pier is unsafe"], "claim", []),
    # the predicate between the subject and "to" is the cue's, as annotators mark it: "took to
    # Twitter to say" (and see test_the_cue_of_an_infinitive_runs_from_the_predicate_after_its_subject)
    ("The harbour master took to the radio to say that the pier would close.",
     "core.infinitive.v2", "The harbour master", "took to the radio to say", ["the pier would close"], "claim", []),
    ("The harbour master appeared to confirm the closure.",
     "core.said_that.v2", "The harbour master", "appeared to confirm", ["the closure"], "claim", []),
    # a time or an occasion between the subject and its verb is no part of the subject
    ("The mayor in her weekly column argued that the pier was unsafe.",
     "core.said_that.v2", "The mayor", "argued", ["the pier was unsafe"], "claim", []),
    ("Ann Lee Sunday night said the pier was unsafe.",
     "core.said_that.v2", "Ann Lee", "said", ["the pier was unsafe"], "claim", []),
    # and so is a time counted back with "ago", but not after a document's noun, which it
    # names ("a survey two weeks ago", as "a poll last week"), nor inside an inverted cue's aside
    ("The harbour board long ago promised that the pier would reopen.",
     "core.said_that.v2", "The harbour board", "promised", ["the pier would reopen"], "claim", []),
    ("The ferry company less than two weeks ago said the route was safe.",
     "core.said_that.v2", "The ferry company", "said", ["the route was safe"], "claim", []),
    ("Harbour officials a couple of years ago warned that the pier would fail.",
     "core.said_that.v2", "Harbour officials", "warned", ["the pier would fail"], "claim", []),
    ("A survey two weeks ago found that most commuters back the plan.",
     "core.said_that.v2", "A survey two weeks ago", "found", ["most commuters back the plan"], "claim", []),
    ("The pier is safe, said Ann Lee, an aide to the mayor two years ago.",
     "core.inverted_cue.v2", "Ann Lee, an aide to the mayor two years ago", "said", ["The pier is safe"], "claim", []),
    # "during" and its occasion after a name, or "at" and an event, are the verb's too, on
    # either side of the cue; not after an aside, a relative clause or a lower-case noun
    ("Ann Lee during a radio interview said the pier was unsafe.",
     "core.said_that.v2", "Ann Lee", "said", ["the pier was unsafe"], "claim", []),
    ("Ann Lee at a news conference said the pier was unsafe.",
     "core.said_that.v2", "Ann Lee", "said", ["the pier was unsafe"], "claim", []),
    ("“The pier is unsafe,” said harbour master Ann Lee during a visit to the dock.",
     "core.inverted_cue.v2", "harbour master Ann Lee", "said", ["“The pier is unsafe,”"], "quote", []),
    ("“The pier is unsafe,” said Ann Lee, a pilot from Dover during the war.",
     "core.inverted_cue.v2", "Ann Lee, a pilot from Dover during the war", "said", ["“The pier is unsafe,”"], "quote",
     []),
    ("Some delegates at the convention said the pier was unsafe.",
     "core.said_that.v2", "Some delegates at the convention", "said", ["the pier was unsafe"], "claim", []),
    # a phrase after a time fronted with no comma is the clause's too
    ("Last night at the dock Ann Lee said the pier was unsafe.",
     "core.said_that.v2", "Ann Lee", "said", ["the pier was unsafe"], "claim", []),
    ("Saturday at the harbour board's annual meeting Sen. Ann Lee (D-Ohio) said the pier was unsafe.",
     "core.said_that.v2", "Sen. Ann Lee (D-Ohio)", "said", ["the pier was unsafe"], "claim", []),
    # (a relative clause or a participle in the subject keeps the time that closes it)
    ("Pilots who flew the route two years ago say the pier is unsafe.",
     "core.said_that.v2", "Pilots who flew the route two years ago", "say", ["the pier is unsafe"], "claim", []),
    # "whom" opens a relative clause whose own subject is the source ("all of whom" is a mention)
    ("Ann Lee is the only pilot whom Tom Roe praised as reliable.",
     "core.said_that.v2", "Tom Roe", "praised", ["whom", "as reliable"], "claim", []),
    # a noun in "-ing" after a name heads the subject
    ("Exit polling showed the mayor had lost the harbour wards.",
     "core.said_that.v2", "Exit polling", "showed", ["the mayor had lost the harbour wards"], "claim", []),
    # an "-ing" word before a noun modifies it ("tracking poll"), and the walk goes on past it
    ("The harbour board's own tracking poll shows that most commuters back the plan.",
     "core.said_that.v2", "The harbour board's own tracking poll", "shows", ["most commuters back the plan"], "claim", []),
    # "whose" and its noun are the mention of a relative clause's speaker
    ("Ann Lee sued the ferry company, whose lawyers argued that the pier was unsafe.",
     "core.said_that.v2", "whose lawyers", "argued", ["the pier was unsafe"], "claim", []),
    # "neither ... nor" joins two speakers into one subject
    ("Neither the mayor nor the harbour board has said when the pier will reopen.",
     "core.said_that.v2", "Neither the mayor nor the harbour board", "has said", ["when the pier will reopen"], "claim", []),
    # a floating quantifier between the auxiliary and the verb is no subject
    ("Ann Lee and Tom Roe have both denied that the pier is unsafe.",
     "core.said_that.v2", "Ann Lee and Tom Roe", "have both denied", ["the pier is unsafe"], "claim", []),
    # an aside that is only a time is the clause's, after an auxiliary too
    ("Ann Lee, late Tuesday, said the pier was unsafe.",
     "core.said_that.v2", "Ann Lee", "said", ["the pier was unsafe"], "claim", []),
    ("The harbour board had, earlier that day, warned that the pier was unsafe.",
     "core.said_that.v2", "The harbour board", "warned", ["the pier was unsafe"], "claim", []),
    # ... nor one after a name's tag in brackets
    ("Ann Lee and Sen. Tom Roe (R-Va.) both said the pier was unsafe.",
     "core.said_that.v2", "Ann Lee and Sen. Tom Roe (R-Va.)", "said", ["the pier was unsafe"], "claim", []),
    # "and" joins two names each with its tag in brackets, and two words for when a post was held
    ("Sens. Ann Lee (Ohio) and Tom Roe (Iowa) said the pier was unsafe.",
     "core.said_that.v2", "Sens. Ann Lee (Ohio) and Tom Roe (Iowa)", "said", ["the pier was unsafe"], "claim", []),
    ("Former Gov. Ann Lee (D) and former Mayor Tom Roe (R) said the pier was unsafe.",
     "core.said_that.v2", "Former Gov. Ann Lee (D) and former Mayor Tom Roe (R)", "said", ["the pier was unsafe"],
     "claim", []),
    ("Five past and current employees said the pier was unsafe.",
     "core.said_that.v2", "Five past and current employees", "said", ["the pier was unsafe"], "claim", []),
    # two parts of one place joined by "and" are one place's ("northern and western Maine")
    ("Towns in northern and western Maine reported that the ferries had stopped.",
     "core.said_that.v2", "Towns in northern and western Maine", "reported", ["the ferries had stopped"], "claim", []),
    # two noun phrases joined by "and" are one subject
    ("The port director and ferry captain Tom Okafor said the channel was unsafe.",
     "core.said_that.v2", "The port director and ferry captain Tom Okafor", "said", ["the channel was unsafe"], "claim", []),
    ("Fishermen and harbour pilots say the new pier blocks the channel.",
     "core.said_that.v2", "Fishermen and harbour pilots", "say", ["the new pier blocks the channel"], "claim", []),
    # a relative clause with no comma inside the subject is part of it
    ("Commuters in Portville who missed the last ferry said the timetable was unworkable.",
     "core.said_that.v2", "Commuters in Portville who missed the last ferry", "said",
     ["the timetable was unworkable"], "claim", []),
    # after an inverted cue, a relative clause inside the appositive is kept whole
    ("“The channel is unsafe,” said Tom Okafor, a pilot who sailed it for years before the pier was built.",
     "core.inverted_cue.v2", "Tom Okafor, a pilot who sailed it for years before the pier was built", "said",
     ["“The channel is unsafe,”"], "quote", []),
    ("“The channel is unsafe,” said Ann Lee, head of a group that represents pilots.",
     "core.inverted_cue.v2", "Ann Lee, head of a group that represents pilots", "said",
     ["“The channel is unsafe,”"], "quote", []),
    # an aside between dashes that describes the subject is part of it; a relative clause is not
    ("Tom Okafor — a pilot from Portville — says the channel is unsafe.",
     "core.said_that.v2", "Tom Okafor — a pilot from Portville", "says", ["the channel is unsafe"], "claim", []),
    ("Tom Okafor — who pilots the night ferry — says the channel is unsafe.",
     "core.said_that.v2", "Tom Okafor", "says", ["the channel is unsafe"], "claim", []),
    # a participle that dates a poll is part of its mention
    ("In the Harbour Gazette survey, conducted in May, most commuters back a second bridge.",
     "core.poll_frame.v2", "the Harbour Gazette survey, conducted in May,", "In", ["most commuters back a second bridge"],
     "claim", []),
    # the time of a document is part of its mention
    ("A harbour board survey released on Monday found that most ferries ran late.",
     "core.said_that.v2", "A harbour board survey released on Monday", "found", ["most ferries ran late"], "claim", []),
    # a share of those polled: "in 10" is no time adjunct
    ("About six in 10 said the ferry was too slow.",
     "core.said_that.v2", "About six in 10", "said", ["the ferry was too slow"], "claim", []),
    # a number with thousands separators, and a number after a qualifier
    ("Last year, 1,209 commuters said the ferry was always late.",
     "core.said_that.v2", "1,209 commuters", "said", ["the ferry was always late"], "claim", []),
    ("Since May, at least 3,000 said they had stopped taking the ferry.",
     "core.said_that.v2", "at least 3,000", "said", ["they had stopped taking the ferry"], "claim", []),
    # a sentence's subject of two speakers joined by "and", for a participle's report
    ("Ann Lee and her aides toured the docks, saying that the pier would reopen.",
     "core.participle.v2", "Ann Lee and her aides", "saying", ["the pier would reopen"], "claim", []),
    # a verb in -s before its object or particle ends the subject: "Okafor spells out", not a noun as in "Okafor aides"
    ("Okafor spells out the timetable, saying the ferries will run hourly.",
     "core.participle.v2", "Okafor", "saying", ["the ferries will run hourly"], "claim", []),
    # a predicative adjective of stance with what it takes (a closed table of phrases); "divided"
    # after "be" is its subject's stance, not a passive
    ("The harbour board is split on whether the levy should rise.",
     "core.said_that.v2", "The harbour board", "is split on", ["whether the levy should rise"], "claim", []),
    ("Most ferry pilots were deeply divided over the night timetable.",
     "core.said_that.v2", "Most ferry pilots", "were deeply divided over", ["the night timetable"], "claim", []),
    ("Dock workers are sceptical of the new pier.",
     "core.said_that.v2", "Dock workers", "are sceptical of", ["the new pier"], "claim", []),
    # an infinitive's reporter is the pronoun that opens its own clause, not the sentence's subject
    ("Ann Lee lost the vote, but she continued to insist that the pier was safe.",
     "core.infinitive.v2", "she", "continued to insist", ["the pier was safe"], "claim", []),
    # an absolute phrase after a comma: the noun after "with" is the participle's subject
    ("The ferry strike spread quickly, with most dock workers saying they would stay home.",
     "core.participle.v2", "most dock workers", "saying", ["they would stay home"], "claim", []),
    ("The council met late into the night, with Mayor Ann Lee calling the plan reckless.",
     "core.participle.v2", "Mayor Ann Lee", "calling", ["the plan reckless"], "claim", []),
    # an aside set off by spaced hyphens, as copy that has lost its dashes sets it off
    ("Ann Lee - the captain of the island ferry - told the Gazette that the pier was unsafe.",
     "core.said_that.v2", "Ann Lee - the captain of the island ferry", "told", ["the pier was unsafe"], "claim",
     ["the Gazette"]),
    # "asked" after the comma that closes its subject's appositive is the subject's verb
    ("Ann Lee, a harbour activist, asked the mayor if she would close the pier.",
     "core.said_that.v2", "Ann Lee, a harbour activist", "asked", ["if she would close the pier"], "claim", []),
    # the platform a trailing cue took in opens a longer occasion that ends the sentence
    ("The pier had seen better days for years, Lee wrote in a memo to the harbour board.",
     "core.trailing_cue.v2", "Lee", "wrote", ["The pier had seen better days for years"], "claim", []),
    # a stance taken in words, in the passive with its agent
    ("The ferry plan was backed by most of the harbour workers.",
     "core.passive_agent.v1", "most of the harbour workers", "was backed", ["The ferry plan"], "claim", []),
    # a time reckoned from an event said before, alone between the participle and its agent
    ("The ferry plan was also endorsed the day before by the harbour workers' union.",
     "core.passive_agent.v1", "the harbour workers' union", "was also endorsed", ["The ferry plan"], "claim", []),
    ("Mayor Lee was criticized the week after by Ann Roe.",
     "core.passive_agent.v1", "Ann Roe", "was criticized", ["Mayor Lee"], "claim", []),
    # what the agent spoke against is no part of its mention
    ("Mayor Lee was attacked by Ann Roe for closing the pier.",
     "core.passive_agent.v1", "Ann Roe", "was attacked", ["Mayor Lee"], "claim", []),
    # a subject the mention reader passes over, short and unbroken
    ("The town's ban of Ms. Roe was first reported by the Gazette.",
     "core.passive_agent.v1", "the Gazette", "was first reported", ["The town's ban of Ms. Roe"], "claim", []),
    # a title-case headline drops the passive's "was" and capitalises its "By": the agent is the source
    ("Ferry Plan Rejected By Harbour Board.",
     "core.passive_agent.v1", "Harbour Board", "Rejected", ["Ferry Plan"], "claim", []),
    ("Pier Closure First Reported By Island Gazette.",
     "core.passive_agent.v1", "Island Gazette", "First Reported", ["Pier Closure"], "claim", []),
    # a capitalised preposition of what it was about, or when, ends the agent in title case
    ("Ferry Plan Attacked By Harbour Board Over Fares.",
     "core.passive_agent.v1", "Harbour Board", "Attacked", ["Ferry Plan"], "claim", []),
    ("Ann Lee Slammed By Dockers Amid Pier Row.",
     "core.passive_agent.v1", "Dockers", "Slammed", ["Ann Lee"], "claim", []),
    ("Ann Lee Criticised By Fishermen For Closing Pier.",
     "core.passive_agent.v1", "Fishermen", "Criticised", ["Ann Lee"], "claim", []),
    # "Of" and "For" before a noun stay in the name
    ("Ferry Plan Backed By Friends Of The Pier.",
     "core.passive_agent.v1", "Friends Of The Pier", "Backed", ["Ferry Plan"], "claim", []),
    ("Ferry Plan Backed By Dockers For Fair Fares.",
     "core.passive_agent.v1", "Dockers For Fair Fares", "Backed", ["Ferry Plan"], "claim", []),
    # in lower case "amid" ends it too
    ("The ferry plan was attacked by the harbour board amid a row over fares.",
     "core.passive_agent.v1", "the harbour board", "was attacked", ["The ferry plan"], "claim", []),
    # a report named by a noun before "that", its possessor the source
    ("Critics pounced on Ann Lee's claim that the pier was unsafe.",
     "core.report_noun.v2", "Ann Lee's", "claim", ["that the pier was unsafe"], "claim", []),
    ("Despite Ann Lee's repeated warnings that the pier was unsafe, it stayed open.",
     "core.report_noun.v2", "Ann Lee's", "repeated warnings", ["that the pier was unsafe"], "claim", []),
    # a noun the possessor reports by (mined), with its preposition, infinitive or copula
    ("The board met soon after Ann Lee's attacks on the ferry operator.",
     "core.report_noun.v2", "Ann Lee's", "attacks on", ["the ferry operator"], "claim", []),
    ("Fishermen gathered on the quay after his decision to close the old pier.",
     "core.report_noun.v2", "his", "decision", ["to close the old pier"], "claim", []),
    ("The port changed course after the mayor's sharp criticism of the new fees.",
     "core.report_noun.v2", "the mayor's", "sharp criticism of", ["the new fees"], "claim", []),
    ("Her response was that the new fees were fair.",
     "core.report_noun.v2", "Her", "response was", ["that the new fees were fair"], "claim", []),
    # a verb that renews its subject's own report: the subject the source, the verb the cue's
    ("The harbour master has stepped up her attacks on the council.",
     "core.report_noun.v2", "The harbour master", "has stepped up her attacks on", ["the council"], "claim", []),
    ("Councillor Roe toned down his criticism of the ferry levy.",
     "core.report_noun.v2", "Councillor Roe", "toned down his criticism of", ["the ferry levy"], "claim", []),
    # a noun that is the sentence's subject takes a phrase that ends before its predicate
    ("Ann Lee's attacks on the ferry operator have split the town.",
     "core.report_noun.v2", "Ann Lee's", "attacks on", ["the ferry operator"], "claim", []),
    # a possessed noun that opens the sentence is its subject: the object ends before the verb,
    # one in the present or the past after a name or a quotation too
    ("Ann Lee's attack on Tom Roe came with a warning about the pier.",
     "core.report_noun.v2", "Ann Lee's", "attack on", ["Tom Roe"], "claim", []),
    ("Her call for a “new harbour” draws crowds to the quay.",
     "core.report_noun.v2", "Her", "call for", ["a “new harbour”"], "quote", []),
    ("Ann Lee's attack on Tom Ross went too far.",
     "core.report_noun.v2", "Ann Lee's", "attack on", ["Tom Ross"], "claim", []),
    ("Her refusal to sell the pier, which the town owns, angered the council.",
     "core.report_noun.v2", "Her", "refusal", ["to sell the pier"], "claim", []),
    ("The fees rose, and the mayor's criticism of the new fees has grown louder.",
     "core.report_noun.v2", "the mayor's", "criticism of", ["the new fees"], "claim", []),
    # an as-clause whose cue takes an object of its own reports that object
    ("The mayor kept quiet, as new surveys show Ann Lee with a clear lead.",
     "core.said_that.v2", "new surveys", "show", ["Ann Lee with a clear lead"], "claim", []),
    # the verb fronted before its speaker, then the quotation
    ("Said Ann Lee, who grew up by the harbour, “We were all so proud of the old pier.”",
     "core.inverted_cue.v2", "Ann Lee, who grew up by the harbour", "Said", ["“We were all so proud of the old pier.”"], "quote", []),
    # any verb right after a quotation that opens the sentence and ends as speech does inverts
    ("“The ferry will not sail again,” opined the Harbour Gazette.",
     "core.inverted_cue.v2", "the Harbour Gazette", "opined", ["“The ferry will not sail again,”"], "quote", []),
    ("“Who would ever ride it?” scoffed Ann Lee, a captain on the island run.",
     "core.inverted_cue.v2", "Ann Lee, a captain on the island run", "scoffed", ["“Who would ever ride it?”"], "quote", []),
    # a clause that ends in a quotation, a trailing cue, then the occasion that ends the sentence
    ("The ferry is “the slowest boat on the whole coast,” Ann Lee said during the hearing.",
     "core.trailing_cue.v2", "Ann Lee", "said", ["The ferry is “the slowest boat on the whole coast,”"], "quote", []),
    # a lead that a colon sets before the quotation only introduces it: the words are the quotation's
    ("Her verdict on the new ferry: “It will not float,” the engineer said.",
     "core.trailing_cue.v2", "the engineer", "said", ["“It will not float,”"], "quote", []),
    ("Then, at the second hearing: “We have no money left,” said the treasurer.",
     "core.inverted_cue.v2", "the treasurer", "said", ["“We have no money left,”"], "quote", []),
    # a colon after the cue: the words follow it, and its source stands before it, commas or not
    ("In a letter to the Gazette, her senior policy adviser, Ann Roe, said: “Mayor Lee knows it.”",
     "core.colon_lead.v2", "her senior policy adviser, Ann Roe", "said", ["“Mayor Lee knows it.”"], "quote", []),
    # a quotation that trails off ends no sentence before its speaker
    ("“We could repair it, or sell it, or…” Ann Lee said.",
     "core.trailing_cue.v2", "Ann Lee", "said", ["“We could repair it, or sell it, or…”"], "quote", []),
    # asides set off by commas between the cue and a quotation that ends the sentence are not its content
    ("The mayor said, and I quote, “Nobody is closing the pier.”",
     "core.colon_lead.v2", "The mayor", "said", ["“Nobody is closing the pier.”"], "quote", []),
    ("Ann Lee wrote in her column, in bold letters, “The ferry stays.”",
     "core.colon_lead.v2", "Ann Lee", "wrote", ["“The ferry stays.”"], "quote", []),
    ("The mayor said in March, when the storm hit, “We will rebuild the pier.”",
     "core.colon_lead.v2", "The mayor", "said", ["“We will rebuild the pier.”"], "quote", []),
    # a word in -ing that modifies a noun after the cue is no participle reporting the quotation after it
    ("“We cannot say how many came,” he said of the people whose voting cards were lost, “But the hall was full.”",
     "core.trailing_cue.v2", "he", "said", ["“We cannot say how many came,”", "“But the hall was full.”"], "quote", []),
    # nor is a participle that goes on with the report a report of its own
    ("The ferry is late again, they say, leaving commuters stranded on the quay.",
     "core.trailing_cue.v2", "they", "say", ["The ferry is late again", "leaving commuters stranded on the quay"], "claim", []),
    # a hearer the hearer pattern reads only in part runs on to the "that"
    ("The harbour master told the editorial board that the pier was unsafe.",
     "core.said_that.v2", "The harbour master", "told", ["the pier was unsafe"], "claim", []),
    ("The mayor told The Harbour and Dock Gazette on Saturday that the ferry would run.",
     "core.said_that.v2", "The mayor", "told", ["the ferry would run"], "claim", []),
    # a broadcaster named by what it airs is an outlet the report is relayed through
    ("The former captain told Harbour Sports that the pier was unsafe.",
     "core.said_that.v2", "The former captain", "told", ["the pier was unsafe"], "claim", ["Harbour Sports"]),
    ("The mayor told a town hall meeting in Leeds that the ferry would run.",
     "core.said_that.v2", "The mayor", "told", ["the ferry would run"], "claim", []),
    # the attitude a verb voices, and "it clear", are the cue's; the content follows "that"
    ("The harbour master expressed deep concern that the pier was unsafe.",
     "core.said_that.v2", "The harbour master", "expressed deep concern", ["the pier was unsafe"], "claim", []),
    ("The mayor has shown no sign that she will sell the ferry.",
     "core.said_that.v2", "The mayor", "has shown no sign", ["she will sell the ferry"], "claim", []),
    ("The mayor made it clear that the ferry would run.",
     "core.said_that.v2", "The mayor", "made it clear", ["the ferry would run"], "claim", []),
    # an attitude or a stance and the preposition after it are the cue's; the content follows them
    ("The harbour master expressed concern about the new timetable.",
     "core.said_that.v2", "The harbour master", "expressed concern about", ["the new timetable"], "claim", []),
    # a stance noun that opens the sentence as its subject: no source, the topic to the verb
    ("Opposition to the new toll has united the pilots.",
     "core.stance_subject.v1", None, "Opposition to", ["the new toll"], "claim", []),
    ("Support for the harbour master, and for her deputy, was strongest in the port.",
     "core.stance_subject.v1", None, "Support for", ["the harbour master, and for her deputy"], "claim", []),
    # questions raised: the topic the content, though "raised" alone is money or a child
    ("The harbour master raised questions about the new timetable.",
     "core.said_that.v2", "The harbour master", "raised questions about", ["the new timetable"], "claim", []),
    ("The audit raised fresh questions about whether the board misled the port.",
     "core.said_that.v2", "The audit", "raised fresh questions about", ["whether the board misled the port"], "claim", []),
    ("The mayor has shown no interest in selling the ferry.",
     "core.said_that.v2", "The mayor", "has shown no interest in", ["selling the ferry"], "claim", []),
    ("The mayor voiced serious doubts about the cost of the pier.",
     "core.said_that.v2", "The mayor", "voiced serious doubts about", ["the cost of the pier"], "claim", []),
    # so are a spoken or written act an indefinite object names and its preposition
    ("The senator delivered a fierce defense of the ferry levy.",
     "core.said_that.v2", "The senator", "delivered a fierce defense of", ["the ferry levy"], "claim", []),
    ("Senator Ann Lee launched an angry attack on the ferry company.",
     "core.said_that.v2", "Senator Ann Lee", "launched an angry attack on", ["the ferry company"], "claim", []),
    ("The mayor issued a call for calm on the quay.",
     "core.said_that.v2", "The mayor", "issued a call for", ["calm on the quay"], "claim", []),
    ("The union claimed credit for the new timetable.",
     "core.said_that.v2", "The union", "claimed credit for", ["the new timetable"], "claim", []),
    # not "of" after an act that judges nothing, a platform after "on", nor a definite act
    ("The captain signed a letter of apology.",
     "core.said_that.v2", "The captain", "signed", ["a letter of apology"], "claim", []),
    ("The captain posted a message on Facebook.",
     "core.said_that.v2", "The captain", "posted", ["a message"], "claim", []),
    ("The senator delivered the defense of the ferry levy.",
     "core.said_that.v2", "The senator", "delivered", ["the defense of the ferry levy"], "claim", []),
    # after a verb that gives it voice, the subject's own thoughts or feelings and their preposition too
    ("The mayor offered her own condolences for the loss of the ferry.",
     "core.said_that.v2", "The mayor", "offered her own condolences for", ["the loss of the ferry"], "claim", []),
    ("The captain expressed his concerns about the new pier.",
     "core.said_that.v2", "The captain", "expressed his concerns about", ["the new pier"], "claim", []),
    # but not after a verb that only handles a report
    ("The captain defended his praise of the new pier.",
     "core.said_that.v2", "The captain", "defended", ["his praise of the new pier"], "claim", []),
    # not after a possessive, nor before a time
    ("The captain reaffirmed his support for the harbour board.",
     "core.said_that.v2", "The captain", "reaffirmed", ["his support for the harbour board"], "claim", []),
    ("The harbour board announced support on Thursday for the new pier.",
     "core.said_that.v2", "The harbour board", "announced", ["support on Thursday for the new pier"], "claim", []),
    # the statement a cue puts out, when it was put out, and the participle that says what it does are the cue's
    ("The council released a statement on Thursday condemning the closure of the pier.",
     "core.said_that.v2", "The council", "released a statement on Thursday condemning", ["the closure of the pier"], "claim", []),
    ("The harbour board issued statements condemning the closure.",
     "core.said_that.v2", "The harbour board", "issued statements condemning", ["the closure"], "claim", []),
    # "what" before the source is the content's object, after a preposition too
    ("The ferry was sold in what the mayor called a bargain.",
     "core.said_that.v2", "the mayor", "called", ["what", "a bargain"], "claim", []),
]




def test_a_phrasal_verb_of_saying_after_and_ends_the_content_before_it(parser):
    """"... and points out that ...": the head alone is mostly a noun, but with
    its particle and a "that" it is the source's next report."""
    doc = parser.parse("Ann Lee rejected the toll and points out that the ferry was never late.")
    found = {(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions}
    assert found == {("Ann Lee", "rejected", "the toll"), ("Ann Lee", "points out", "the ferry was never late")}


@pytest.mark.parametrize("sentence", [
    "The captain scored nine points out of ten.",  # a share of a number
    "The captain scored points out on the water.",  # the object of a verb before it
    "The points out there are hard to reach.",  # a noun after its determiner
])
def test_points_out_as_a_noun_is_no_cue(parser, sentence):
    assert [a.cue.text for a in parser.parse(sentence).attributions] == []


@pytest.mark.parametrize("sentence", [
    # an adjective compared, before its noun, after a possessive or a determiner
    "In private, the councillors turned on Ann Roe, the harbour councillor who is Mr. Lee's most outspoken supporter on the board.",
    "Some of the skipper's more outspoken critics were at the pier.",
])
def test_a_compared_adjective_after_a_determiner_is_no_cue(parser, sentence):
    assert [a.cue.text for a in parser.parse(sentence).attributions] == []


@pytest.mark.parametrize("sentence", [
    "Harbour Pilot Named By Police After Ferry Crash.",  # a title-case passive whose verb reports nothing
    "Ferry Skipper Rescued By Coast Guard.",
    # a noun of the lexicon's verbs before the participle is its subject, as in lower case
    "Pier Arson Suspect Named By Police\n\nThe harbour board met on Monday.",
    "Ferry Fraud Suspect Identified By Coast Guard\n\nThe harbour board met on Monday.",
    # a plural noun of people the tables rate a certain verb is the subject too
    "Ferry Fraud Suspects Identified By Coast Guard\n\nThe harbour board met on Monday.",
])
def test_a_title_case_passive_with_its_agent_is_no_claim_of_its_subject(parser, sentence):
    assert [a.cue.text for a in parser.parse(sentence).attributions] == []


@pytest.mark.parametrize("text, source, cue", [
    # the same verbs before an object, or before a clause, still report in title case
    ("Coast Guard Suspects Arson In Pier Fire\n\nThe harbour board met on Monday.", "Coast Guard", "Suspects"),
    ("Ann Lee States That Ferry Fares Will Rise\n\nThe harbour board met on Monday.", "Ann Lee", "States"),
])
def test_a_title_case_verb_before_no_passive_still_reports(parser, text, source, cue):
    att = _one(parser.parse(text))
    assert (att.source.span.text, att.cue.text) == (source, cue)


@pytest.mark.parametrize("sentence, participle", [
    ("Dockers laid off last month said the port was unsafe.", "laid"),
    ("Nurses laid off in March say the ward was short of staff.", "laid"),
    ("A memo issued over the winter by the ministry noted that fares rose.", "issued"),
    ("Panels set up last year by the council found that rents rose.", "set"),
    ("A plan drawn up in 2019 by the port argued that the quay was too short.", "drawn"),
])
def test_a_participle_and_its_time_on_the_subject_is_no_cue(parser, sentence, participle):
    """A past participle right after a noun, with a particle or an agent and a time, then the
    clause's own verb of saying, is a reduced relative on the subject, no cue of its own."""
    cues = [a.cue.spans[0].text.split()[0] for a in parser.parse(sentence).attributions]
    assert participle not in cues


@pytest.mark.parametrize("sentence, cue", [
    ("Ann Lee issued last week a warning that fares would rise.", "issued"),  # an object after the time
    ("Officials warned last week that fares would rise.", "warned"),
    ("Dockers complained last month that the port was unsafe.", "complained"),
])
def test_a_participle_before_a_time_with_no_verb_after_it_stays_a_verb(parser, sentence, cue):
    cues = [a.cue.spans[0].text.split()[0] for a in parser.parse(sentence).attributions]
    assert cue in cues


@pytest.mark.parametrize("sentence, first, second", [
    ("The ferry sank at dawn, WKRP reported, while the quay stayed shut, the Harbour Gazette reported.",
     ("WKRP", "The ferry sank at dawn"), ("the Harbour Gazette", "the quay stayed shut")),
    ("The toll rose in May, Ann Lee said, but the fares fell, Tom Roe said.",
     ("Ann Lee", "The toll rose in May"), ("Tom Roe", "the fares fell")),
    ("The pier reopened on Monday, the Ledger wrote, while the beach stayed closed, Ines Marlow wrote.",
     ("the Ledger", "The pier reopened on Monday"), ("Ines Marlow", "the beach stayed closed")),
    # a pronoun's second report, or another verb than the first's, whose comma ends the rest already
    ("The plan is dead, Ann Lee said, and the toll will stay, she added.",
     ("Ann Lee", "The plan is dead"), ("she", "the toll will stay")),
    ("The toll is fair, he argued, but the fee is too high, she replied.",
     ("he", "The toll is fair"), ("she", "the fee is too high")),
    ("The quay will close, Tom Roe said, and the ferries will stop, Ann Lee added.",
     ("Tom Roe", "The quay will close"), ("Ann Lee", "the ferries will stop")),
    # a speaker named by a determiner and words in lower case
    ("The pier is safe, the harbour master said, but the ferry is not, she added.",
     ("the harbour master", "The pier is safe"), ("she", "the ferry is not")),
    ("The toll rose, the port authority said, while the fares fell, his lawyers said.",
     ("the port authority", "The toll rose"), ("his lawyers", "the fares fell")),
    ("The plan is dead, Ann Lee said, and the toll will stay, the mayor added.",
     ("Ann Lee", "The plan is dead"), ("the mayor", "the toll will stay")),
])
def test_two_trailing_reports_in_one_sentence_take_a_clause_each(parser, sentence, first, second):
    found = {(a.source.span.text, " … ".join(s.text for s in a.content)) for a in parser.parse(sentence).attributions}
    assert found == {first, second}


@pytest.mark.parametrize("sentence, first, second", [
    ("The toll is fair, Ann Lee said, and the fare, she added, will stay.",
     ("Ann Lee", "The toll is fair"), ("she", "the fare … will stay")),
    ("The pier is safe, Tom Roe said, while the quay, he warned, is not.",
     ("Tom Roe", "The pier is safe"), ("he", "the quay … is not")),
    ("Taxes are low, the mayor said, but rents, she conceded, keep rising.",
     ("the mayor", "Taxes are low"), ("she", "rents … keep rising")),
    ("The ferry will run, WKRP reported, whereas the buses, the Ledger reported, will stop.",
     ("WKRP", "The ferry will run"), ("the Ledger", "the buses … will stop")),
])
def test_a_second_aside_inside_the_joined_clause_takes_that_clause(parser, sentence, first, second):
    """ "Y, X said, and Z, W added, V.": Z ... V is W's report, not more of X's."""
    found = {(a.source.span.text, " … ".join(s.text for s in a.content)) for a in parser.parse(sentence).attributions}
    assert found == {first, second}


@pytest.mark.parametrize("sentence, content", [
    # an appositive after the joined clause's subject is no report: the clause stays the first aside's
    ("The toll is fair, Ann Lee said, and the fare, a fee for boats, will stay.",
     "The toll is fair … and the fare, a fee for boats, will stay"),
    ("The pier is safe, Tom Roe said, and the quay, the oldest in town, is sound.",
     "The pier is safe … and the quay, the oldest in town, is sound"),
])
def test_an_appositive_in_the_joined_clause_leaves_it_to_the_aside(parser, sentence, content):
    found = [" … ".join(s.text for s in a.content) for a in parser.parse(sentence).attributions]
    assert found == [content]


@pytest.mark.parametrize("sentence, source, cue, content", [
    # a record of facts or a study before "showing", "suggesting" or "indicating" reports what
    # follows, whatever its clause opens with
    ("The statistics office released data on Tuesday, with figures showing inflation at 3%.",
     "figures", "showing", "inflation at 3%"),
    ("Fares rose again, with data showing ridership falling.", "data", "showing", "ridership falling"),
    ("The bank held rates, with numbers suggesting a slowdown in exports.", "numbers", "suggesting", "a slowdown in exports"),
    ("Sales fell at the port, with records indicating losses at most stores.",
     "records", "indicating", "losses at most stores"),
    ("The race tightened, with polls showing support for Lee slipping.", "polls", "showing", "support for Lee slipping"),
])
def test_a_record_showing_what_follows_reports_it(parser, sentence, source, cue, content):
    found = {(a.source.span.text, a.cue.text, " … ".join(s.text for s in a.content)) for a in parser.parse(sentence).attributions}
    assert (source, cue, content) in found


@pytest.mark.parametrize("sentence", [
    # a noun that records no facts before the participle: a showing of something, no report
    "The pier reopened, with boats showing flags of every colour.",
    "The crowd cheered, with children showing drawings of the ferry.",
])
def test_a_showing_by_no_record_is_no_report(parser, sentence):
    assert not [a for a in parser.parse(sentence).attributions if a.cue.text == "showing"]


@pytest.mark.parametrize("sentence, cue, content", [
    # a verb of pledging whose object opens with a quotation gives the pledger's own words,
    # though "pledged" before a bare object is as often money or support given
    ("The mayor pledged a “fresh start” for the harbour.", "pledged", "a “fresh start” for the harbour"),
    ("Ann Lee pledged \"cooperation\" with the port board.", "pledged", "\"cooperation\" with the port board"),
    ("The union pledged its \"full backing\" to the dockers.", "pledged", "its \"full backing\" to the dockers"),
    ("Tom Roe vowed a “clean sweep” of the council.", "vowed", "a “clean sweep” of the council"),
])
def test_a_pledge_of_a_quoted_object_reports_it(parser, sentence, cue, content):
    found = {(a.cue.text, " … ".join(s.text for s in a.content)) for a in parser.parse(sentence).attributions}
    assert (cue, content) in found


@pytest.mark.parametrize("sentence", [
    # a pledge of money or of a thing, no quotation: no report
    "Ann Lee pledged 5,000 pounds to the harbour fund.",
    "The council pledged land for the new pier.",
])
def test_a_pledge_of_an_unquoted_thing_is_no_report(parser, sentence):
    assert not [a for a in parser.parse(sentence).attributions if a.cue.text == "pledged"]


@pytest.mark.parametrize("sentence, source, content", [
    # a paper's "reports" in the present, mostly a noun elsewhere, before a clause with its
    # subject and auxiliary, "that" left out: the paper reports the clause
    ("The Harbour Gazette reports the ferry will stop on Friday.", "The Harbour Gazette", "the ferry will stop on Friday"),
    ("Reuters reports the two unions have agreed to talks.", "Reuters", "the two unions have agreed to talks"),
    ("The pier was closed last week. The Daily Mail reports they were warned in May.",
     "The Daily Mail", "they were warned in May"),
])
def test_a_paper_that_reports_a_bare_clause_reports_it(parser, sentence, source, content):
    found = {(a.source.span.text, a.cue.text, " … ".join(s.text for s in a.content))
             for a in parser.parse(sentence).attributions}
    assert (source, "reports", content) in found


@pytest.mark.parametrize("sentence", [
    # "reports" as a noun: after a determiner, before a time that dates the reports, or before no clause
    "The reports were filed with the port board.",
    "Police reports this year were all made public.",
    "Police reports each month are sent to the council.",
    "The council reports its accounts every spring.",
])
def test_reports_as_a_noun_or_with_no_clause_is_no_report(parser, sentence):
    assert not [a for a in parser.parse(sentence).attributions if a.cue.text == "reports"]


def test_verb_in_s_ends_leading_subject(parser):
    """A verb of stance in -s before an object with no determiner ends the
    subject ("The pilot supports longer crossings"), as a plural noun does not."""
    doc = parser.parse("The pilot supports longer crossings at night, saying the channel is quieter.")
    found = {(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions}
    assert ("The pilot", "saying", "the channel is quieter") in found
    doc = parser.parse("Harbour pilots warned of fog, saying the channel was unsafe.")
    found = {(a.source.span.text, a.cue.spans[0].text) for a in doc.attributions}
    assert ("Harbour pilots", "saying") in found


def test_an_adverb_of_degree_with_no_auxiliary_before_it_is_no_part_of_the_cue(parser):
    # "well" joins the cue only between an auxiliary and the verb ("is well known")
    doc = parser.parse("Ann Lee well remembered that the pier had burned.")
    assert [(a.cue.text, a.content[0].text) for a in doc.attributions] == [("remembered", "the pier had burned")]


@pytest.mark.parametrize("sentence,cue", [
    ("The mayor distanced the board from the toll.", "distanced"),  # no reflexive: the object is the content's
    ("Ann Lee pointed to herself from the stage.", "pointed to"),  # a reflexive after a verb of no distancing
    ("The harbour council voted in favour of the toll.", "voted in favour of"),  # the British spelling too
])
def test_only_a_verb_of_distancing_takes_in_a_reflexive_and_from(parser, sentence, cue):
    assert [a.cue.text for a in parser.parse(sentence).attributions] == [cue]


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("The ferry union took aim at the new toll.", "The ferry union", "took aim at", "the new toll"),
    ("Ann Lee has made no secret of her doubts about the pier.",
     "Ann Lee", "has made no secret of", "her doubts about the pier"),
    ("The harbour master made the case that the pier should close.",
     "The harbour master", "made the case", "the pier should close"),
    ("The pilots' union threw its support behind Ann Lee.", "The pilots' union", "threw its support behind", "Ann Lee"),
    ("The ferry operator took issue with the toll.", "The ferry operator", "took issue with", "the toll"),
    ("The harbour master played down the risk of a collapse.",
     "The harbour master", "played down", "the risk of a collapse"),
    ("The board's report made no mention of the old pier.", "The board's report", "made no mention of", "the old pier"),
    ("Most ferrymen cast their votes for Ann Lee.", "Most ferrymen", "cast their votes for", "Ann Lee"),
    ("The harbour master made the point that the pier is old.", "The harbour master", "made the point", "the pier is old"),
    ("Ann Lee makes no apologies for the new toll.", "Ann Lee", "makes no apologies for", "the new toll"),
    ("The mayor took credit for the new pier.", "The mayor", "took credit for", "the new pier"),
])
def test_idioms_of_attack_stance_and_argument_are_whole_cues(parser, sentence, source, cue, content):
    # the head alone ("took", "made", "threw") reports nothing; the idiom is the cue
    found = [(a.source.span.text, a.cue.text, a.content[0].text) for a in parser.parse(sentence).attributions]
    assert found == [(source, cue, content)]


def test_a_verb_in_s_the_tables_never_showed_ends_leading_subject(parser):
    """A verb in -s the training text never showed in that form weighs by its
    stem ("denies" as "denied"): it ends the subject the verb coordinated
    after it shares."""
    assert parser.lexicon.form_prior("denies") > parser.lexicon.cue_prior("denies")
    doc = parser.parse("The ferry firm denies any wrongdoing and says that the pilots lied.")
    found = {(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions}
    assert found == {("The ferry firm", "denies", "any wrongdoing"), ("The ferry firm", "says", "the pilots lied")}


_LEAD = "The town hall met on Monday night to discuss the budget.\n\n"


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("A woman screamed, “You are a liar,” and walked out.", "A woman", "screamed", "“You are a liar,”"),
    ("A spokesman fumed, “This is a disgrace.”", "A spokesman", "fumed", "“This is a disgrace.”"),
    ("A resident protested that the plan would flood the street.", "A resident", "protested", "the plan would flood the street"),
    ("An aide sniped that the plan was dead on arrival.", "An aide", "sniped", "the plan was dead on arrival"),
])
def test_a_past_the_lemma_table_lacks_after_a_and_a_noun_is_the_verb(parser, sentence, source, cue, content):
    """A past in "-ed" the lemma table does not know, after "a" and one word, is that
    subject's verb, as it is after "the": no bare form heading a compound noun."""
    a = _one(parser.parse(_LEAD + sentence))
    assert (a.source.span.text, a.cue.spans[0].text, a.content[0].text) == (source, cue, content)


@pytest.mark.parametrize("sentence,found", [
    ("When a heckler yelled, “Liar,” the mayor said, “Thank you.”",
     {("a heckler", "yelled", "“Liar,”"), ("the mayor", "said", "“Thank you.”")}),
    ("Then a spectator yelled, “Sit down,” and the match went on.", {("a spectator", "yelled", "“Sit down,”")}),
])
def test_a_person_of_the_crowd_after_a_clause_opener_speaks(parser, sentence, found):
    """A heckler, a spectator, an attendee or a caller is a person by the part they play, and
    speaks after a cue that is not sure of itself, behind "When" or "Then" as well."""
    doc = parser.parse(_LEAD + sentence)
    assert {(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions} == found


def test_a_noun_in_eed_after_a_stays_a_noun(parser):
    """"-eed" ends nouns as often as pasts ("a need", "a speed"): the bare form's reading holds."""
    doc = parser.parse(_LEAD + "A need arose that nobody on the council could meet.")
    assert [a.cue.spans[0].text for a in doc.attributions] == []



@pytest.fixture(scope="module")
def parser(rules_only) -> attribution.Parser:
    """In this module, what the rules find: the confidence stage has its own tests
    (test_confidence.py), and the seed's test checks the whole pipeline."""
    return rules_only


@pytest.mark.parametrize("sentence,rule,source,cue,content,kind,via", ROWS, ids=[r[1] + ":" + r[0][:25] for r in ROWS])
def test_rule(rules_only, sentence, rule, source, cue, content, kind, via):
    att = _one(rules_only.parse(sentence))
    assert att.rule == rule
    assert (att.source.span.text if att.source else None) == source
    assert att.cue.spans[0].text.startswith(cue)
    assert [s.text for s in att.content] == content
    assert att.kind == kind
    assert [v.resolved.span.text for v in att.via] == via


@pytest.mark.parametrize("sentence", [
    "The ferry was called off on Friday.",
    "Ann Lee was named harbour master in May.",
    "The new ferry, called the Sea Queen, sails at noon.",
])
def test_a_passive_of_naming_reports_only_a_quoted_name(rules_only, sentence):
    """A name given with no quotation marks, or a verb of naming with no "be"
    before it, is no report of the naming kind."""
    assert not [a for a in rules_only.parse(sentence).attributions if a.rule == "core.raising.v2"]


def test_participle_after_a_trailing_cue_reports_on_its_own(rules_only):
    doc = rules_only.parse("The ferry is too old, the captain said on Tuesday, adding that it would be sold.")
    found = [(a.rule, a.source.span.text, a.cue.spans[-1].text, [s.text for s in a.content]) for a in doc.attributions]
    assert found == [
        ("core.trailing_cue.v2", "the captain", "said", ["The ferry is too old"]),
        ("core.participle.v2", "the captain", "adding", ["it would be sold"]),
    ]


@pytest.mark.parametrize("sentence,found", [
    # a quotation a colon opened, its trailing cue with words after it: the trailing speaker's
    ("The mayor was far less upbeat: “The pier will close. They will not reopen it,” she recalled telling the crew.",
     [("core.trailing_cue.v2", "she", "recalled", ["“The pier will close. They will not reopen it,”"])]),
    ("The harbour master defends the levy in an advert on local TV: “We fought for this pier,” he says directly to the camera.",
     [("core.trailing_cue.v2", "he", "says", ["“We fought for this pier,”"])]),
])
def test_a_trailing_cue_after_a_quotation_a_colon_opened(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.rule, a.source.span.text, a.cue.spans[0].text, [s.text for s in a.content]) for a in doc.attributions] == found


@pytest.mark.parametrize("sentence,content", [
    # a quotation that opens the sentence as speech, its speaker and a cue that ends at a colon:
    # the words quoted and those after the colon are both what was said
    ("“This is the myth the levy rests on,” Ann Lee said: That the pier pays for itself.",
     ["“This is the myth the levy rests on,”", "That the pier pays for itself"]),
    ("“It was wrong,” the harbour master said: the crew had sailed without a permit.",
     ["“It was wrong,”", "the crew had sailed without a permit"]),
    ("“Who pays for this?” Tom Hale asked: the budget had already been spent.",
     ["“Who pays for this?”", "the budget had already been spent"]),
    # near miss: no quotation opens the sentence, the colon's words alone
    ("The harbour master said: the crew had sailed without a permit.", ["the crew had sailed without a permit"]),
    # near miss: a quotation that ends as a statement, not speech, is no part of it
    ("“The pier.” Ann Lee said: the crew had sailed without a permit.", ["the crew had sailed without a permit"]),
])
def test_a_quotation_before_a_speaker_and_a_colon_opens_the_content(rules_only, sentence, content):
    found = [a for a in rules_only.parse(sentence).attributions if a.rule == "core.colon_lead.v2"]
    assert [[s.text for s in a.content] for a in found] == [content]


@pytest.mark.parametrize("sentence,found", [
    # a second speaker between the quotations: each quotation is its own speaker's
    ("“The boat is slow,” she said, but even so, “I think it will get there,” said Ann Lee.",
     [("core.trailing_cue.v2", "she", "said", ["“The boat is slow,”"]),
      ("core.inverted_cue.v2", "Ann Lee", "said", ["“I think it will get there,”"])]),
    ("“I am not ready yet,” Lee said on Monday, though she said, “I hope to be.”",
     [("core.trailing_cue.v2", "Lee", "said", ["“I am not ready yet,”"]),
      ("core.colon_lead.v2", "she", "said", ["“I hope to be.”"])]),
])
def test_a_speaker_between_quotations_takes_the_one_after(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.rule, a.source.span.text, a.cue.spans[-1].text, [s.text for s in a.content]) for a in doc.attributions] == found


@pytest.mark.parametrize("sentence,found", [
    # the second clause has a subject of its own: the participle after it is that subject's
    ("The mayor said the pier was safe, and the union sued the council, saying that it was not.",
     [("The mayor", "said"), ("the union", "saying")]),
    # names joined to an object are no clause: the participle is the sentence subject's
    ("The crowd cheered the mayor, and Roe for urging the council to keep the pier.",
     [("The crowd", "cheered"), ("The crowd", "urging")]),
    # a clause of place or time that the participle ends: the participle is that clause's subject's
    ("The mayor opened the ferry terminal, where forty protesters had gathered, chanting “no fares, no boats.”",
     [("forty protesters", "chanting")]),
    # a word that qualifies the count opens the subject, no fronted adverbial
    ("The mayor opened the ferry terminal, where about 40 protesters had gathered on Monday, chanting “no fares.”",
     [("about 40 protesters", "chanting")]),
    ("Ann Lee toured the harbour as the union staged a walkout, demanding that the council “pay up now.”",
     [("the union", "demanding")]),
    # a comma closed the clause of time before the main clause: the participle is the main subject's
    ("When the union met, Ann Lee toured the harbour, saying the pier was “unsafe.”",
     [("Ann Lee", "saying")]),
    # a relative clause between them holds the participle: the clause of time gives no subject
    ("Lee recalled the summer when she worked on ads that began by warning voters about “the tolls.”",
     [("Lee", "recalled")]),
])
def test_a_participle_after_a_coordinated_clause_is_its_subjects(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[-1].text) for a in doc.attributions] == found


@pytest.mark.parametrize("sentence,found", [
    # a verb coordinated inside a clause of time is that clause's subject's
    ("Ann Lee toured the harbour as the union staged a walkout and then declared that the pier was unsafe.",
     [("the union", "then declared", "the pier was unsafe")]),
    # ... but not when a comma closed that clause before the main one
    ("When the union met, Ann Lee toured the harbour and then declared that the pier was unsafe.",
     [("Ann Lee", "then declared", "the pier was unsafe")]),
])
def test_a_coordinated_verb_after_a_clause_of_time(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[-1].text, a.content[0].text) for a in doc.attributions] == found


@pytest.mark.parametrize("sentence,found", [
    # a name and its verb open the sentence: the time before the comma ends the predicate, no fronted phrase
    ("Okafor toured the harbour on Sunday, and criticized the ferry board.",
     [("Okafor", "criticized", "the ferry board")]),
    ("Okafor spoke at the pier on Monday, and praised the crews.",
     [("Okafor", "praised", "the crews")]),
    ("Okafor was at the pier on Monday night, praising the crews.",
     [("Okafor", "praising", "the crews")]),
    # ... but a time word that opens the sentence is fronted
    ("Late last month, the union wrote to the board, calling the fares unfair.",
     [("the union", "calling", "the fares unfair")]),
])
def test_a_name_and_its_verb_before_a_time_and_a_comma(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[-1].text, a.content[0].text) for a in doc.attributions] == found


@pytest.mark.parametrize("sentence,source", [
    # a list of speakers may open with a lower-case noun of people after a determiner
    ("His family, friends and neighbours said the pier would close.", "His family, friends and neighbours"),
    ("The senator, his aides and his donors have all said the pier would close.",
     "The senator, his aides and his donors"),
    # ... but a phrase fronted before a comma is the clause's, and a noun of no people opens no list
    ("At the company, workers and managers say the pier would close.", "workers and managers"),
    ("In the end, officials and aides said the pier would close.", "officials and aides"),
])
def test_a_list_of_speakers_opening_with_a_determined_noun(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,source", [
    # "as well as" joins two speakers of one subject, as "and" does
    ("Ann Lee as well as former mayor Tom Roe have endorsed the plan.", "Ann Lee as well as former mayor Tom Roe"),
    ("Pilots as well as many engineers say the route is unsafe.", "Pilots as well as many engineers"),
    # ... but not after a lower-case singular noun, which ends a clause of its own
    ("He praised the pier as well as the mayor said he would.", "the mayor"),
])
def test_as_well_as_joins_speakers_in_the_mention(rules_only, sentence, source):
    att = next(a for a in rules_only.parse(sentence).attributions if a.cue.spans[-1].text == "said"
               or "said" not in sentence)
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,source", [
    # two modifiers joined by "and" after a determiner or a number modify one noun
    ("Several local and national unions said the pier would close.", "Several local and national unions"),
    ("Twelve regional and Catholic charities are urging the council to act.", "Twelve regional and Catholic charities"),
    # ... but an adjective ending a clause before the "and" is no modifier of the subject
    ("The board was critical and national unions said the pier would close.", "national unions"),
])
def test_modifiers_joined_by_and_stay_in_the_mention(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,source", [
    # an "-ing" word of rank or standing modifies the name or noun after it, inside the mention
    ("Lee and leading Democrats hope the bill will pass.", "Lee and leading Democrats"),
    ("The party’s leading anti-war candidate, Ann Lee, warned that the route was unsafe.",
     "The party’s leading anti-war candidate, Ann Lee"),
    ("Lee and outgoing Senator Tom Roe said the bill will pass.", "Lee and outgoing Senator Tom Roe"),
    # ... but a verb in "-ing" with an object fronted before a comma is no part of it
    ("After leading Democrats to defeat, Lee said the bill will pass.", "Lee"),
])
def test_an_ing_word_of_rank_before_a_name_stays_in_the_mention(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,source", [
    # a comma between a determiner's coordinate modifiers, or between a date's day and year,
    # falls inside the mention, not before it
    ("Later, the bearded, 64-year-old ferryman said the pier would close.", "the bearded, 64-year-old ferryman"),
    ("The bearded, tattooed ferryman said the route was unsafe.", "The bearded, tattooed ferryman"),
    # a hyphenated participle after the comma shows the word before it a modifier ("grumpy")
    ("The grumpy, pipe-smoking ferryman said the pier was unsafe.", "The grumpy, pipe-smoking ferryman"),
    ("The grumpy, anti-toll pipe-smoking ferryman said the pier was unsafe.",
     "The grumpy, anti-toll pipe-smoking ferryman"),
    ("A March 3, 2019 memo shows that the council knew of the leak.", "A March 3, 2019 memo"),
    # a name's town and its state, the comma after the state left out
    ("Ann Lee of Dayton, Ohio says the pier will close.", "Ann Lee of Dayton, Ohio"),
    ("Tom Roe from Columbia, South Carolina told reporters the pier will close.", "Tom Roe from Columbia, South Carolina"),
    # ... but a comma after a fronted phrase still ends it
    ("In the past, officials said the bridge was safe.", "officials"),
    ("On March 3, 2019, engineers warned that the bridge was unsafe.", "engineers"),
    ("Lee is a member of Harbour Watch, Tom Roe said.", "Tom Roe"),
    # ... and so does a year closing a fronted date with no comma after it
    ("On June 9, 2021 divers warned that the pier was unsafe.", "divers"),
    ("By Sept. 12, 2020 the ferrymen said the pier was unsafe.", "the ferrymen"),
    # a word read as a verb after a determiner, or after a determiner's other modifier,
    # modifies the noun the walk took
    ("The exhausted, frightened ferrymen said the pier was unsafe.", "The exhausted, frightened ferrymen"),
    ("The frightened ferrymen told the board that the pier was unsafe.", "The frightened ferrymen"),
    ("The patient thoughtful harbourmaster said the pier was unsafe.", "The patient thoughtful harbourmaster"),
    # ... but not after a noun, where it is the verb of a clause
    ("Divers said the board rejected plans would fail.", "Divers"),
])
def test_a_comma_inside_a_determiners_noun_phrase_stays_in_the_mention(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,source,cue", [
    # an auxiliary contracted onto a lone pronoun is no part of the mention, whichever rule took it
    ("She’s comparing the new pier to the old one and says the repairs failed.", "She", "says"),
    ("They've already begun to argue that the pier is unsafe.", "They", "'ve already begun to argue"),
    # ... but a name's possessive stays with the mention
    ("Okafor's divers said the pier is unsafe.", "Okafor's divers", "said"),
])
def test_a_contracted_auxiliary_after_a_pronoun_is_no_part_of_the_mention(rules_only, sentence, source, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.spans[-1].text) == (source, cue)


@pytest.mark.parametrize("sentence,source", [
    # after an inverted verb of writing, where the writer wrote it is no part of the mention
    ("“The pier is doomed,” wrote Ann Lee in The Harbour Gazette.", "Ann Lee"),
    ("“The pier is doomed,” wrote Ann Lee on Harbour Watch.", "Ann Lee"),
    # ... but it is after a verb of saying, or inside an appositive
    ("“The pier is doomed,” said Ann Lee of Harbour Watch.", "Ann Lee of Harbour Watch"),
    ("“The pier is doomed,” wrote Ann Lee, a columnist in The Harbour Gazette.",
     "Ann Lee, a columnist in The Harbour Gazette"),
])
def test_where_an_inverted_writer_wrote_is_the_cues(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,source", [
    # the time that closes a clause inside the subject, a relative clause or a participle after
    # its noun, is that clause's, not the main verb's: it stays in the mention
    ("Pilots who flew the route last year say the channel is unsafe.", "Pilots who flew the route last year"),
    ("A report released by the Harbour Trust last year estimated that the pier would fail.",
     "A report released by the Harbour Trust last year"),
    ("The crews who wrote to the board on Thursday have also said the pier is unsafe.",
     "The crews who wrote to the board on Thursday"),
    # ... but with no such clause, or once a comma closed it, the time is the verb's
    ("The mayor on Thursday said the pier was unsafe.", "The mayor"),
    ("Ann Lee, who chairs the board, on Sunday said the pier was unsafe.", "Ann Lee, who chairs the board"),
])
def test_a_time_that_closes_a_clause_in_the_subject_is_the_clauses(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,cue,source", [
    # a verb of accusing right before the preposition its object would stand before has no
    # object: a passive with no "be", whose subject is no source
    ("A pilot accused of smuggling left the port on Friday.", "accused of", None),
    ("Ann Lee, charged with fraud, left the harbour office.", "charged with", None),
    ("Harbour Board Accused Of Hiding Pier Repairs", "Accused Of", None),
    # ... but with its object before it, the verb is active: a pronoun subject, or a relative's
    ("The pilot he accused of smuggling has left the port.", "accused of", "he"),
    ("The firm which Mayor Ann Lee blamed for the fire has closed.", "blamed for", "Mayor Ann Lee"),
    ("Ann Lee accused the board of hiding the repairs.", "accused", "Ann Lee"),
])
def test_an_accusing_verb_with_no_object_is_a_passive(rules_only, sentence, cue, source):
    att = next(a for a in rules_only.parse(sentence).attributions if a.cue.spans[0].text == cue)
    assert (att.source.span.text if att.source else None) == source


@pytest.mark.parametrize("sentence,source", [
    # after a preposition, "that" before the noun it determines is inside the mention, no clause
    ("The head of that agency said the pier would close.", "The head of that agency"),
    ("Critics of that plan say the pier will close.", "Critics of that plan"),
    ("One of the authors of that 2019 survey, Ann Lee, said the pier would close.",
     "One of the authors of that 2019 survey, Ann Lee"),
    # ... but "in that" before a determiner opens a clause
    ("The plan differs in that the board said the pier would close.", "the board"),
    # a capitalised "That" that opens the sentence determines a noun for people after it
    ("The pilots met on Friday. That pilot said the pier would close.", "That pilot"),
    ("The board met. That harbour official says the pier will close.", "That harbour official"),
    # ... not a plural, which "That" opens as a clause
    ("That pilots said the pier would close is clear.", "pilots"),
])
def test_a_determiner_that_after_a_preposition_is_inside_the_mention(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,rule,source", [
    # a relative clause with no comma that only tells how the source asked not to be named is
    # no part of the mention, as it is not when a comma sets it off; the source is anonymous
    ("“The pier is unsafe,” said one former pilot who requested anonymity to discuss the talks.",
     "core.inverted_cue.v2", "one former pilot"),
    ("The pier is unsafe, according to a harbour official who spoke on condition of anonymity.",
     "core.lead_phrase.v2", "a harbour official"),
    ("According to two ferry crew members who spoke on the condition of anonymity because they feared "
     "reprisals, the pier is unsafe.", "core.lead_phrase.v2", "two ferry crew members"),
    ("“The pier is unsafe,” said a harbour official, who spoke anonymously.", "core.inverted_cue.v2",
     "a harbour official"),
    ("“The pier is unsafe,” said a harbour official who declined to be identified.", "core.inverted_cue.v2",
     "a harbour official"),
    ("“The pier is unsafe,” said a harbour official who asked not to be quoted.", "core.inverted_cue.v2",
     "a harbour official"),
    ("The pier is unsafe, according to a ferry pilot who wished to remain unnamed.", "core.lead_phrase.v2",
     "a ferry pilot"),
    # after the cue: the manner of the report
    ("Two pilots told reporters anonymously that the pier was unsafe.", "core.said_that.v2", "Two pilots"),
])
def test_a_request_for_anonymity_is_no_part_of_the_mention(rules_only, sentence, rule, source):
    att = next(a for a in rules_only.parse(sentence).attributions if a.rule == rule)
    assert att.source.span.text == source
    assert att.source.kind == "anonymous"


@pytest.mark.parametrize("sentence,rule,source", [
    # a participle set off by commas that tells the terms the source spoke on makes it anonymous
    ("A ferry pilot, speaking on condition of anonymity, said the pier was unsafe.",
     "core.said_that.v2", "A ferry pilot"),
    ("“The pier is unsafe,” said a harbour official, speaking on the condition of anonymity because "
     "he was not allowed to comment.", "core.inverted_cue.v2", "a harbour official"),
    ("Two crew members, requesting anonymity, said the ferry would stop.", "core.said_that.v2", "Two crew members"),
])
def test_an_anonymity_participle_makes_the_source_anonymous(rules_only, sentence, rule, source):
    att = next(a for a in rules_only.parse(sentence).attributions if a.rule == rule)
    assert att.source.span.text == source
    assert att.source.kind == "anonymous"


@pytest.mark.parametrize("sentence", [
    "The ferry will stop in May, a harbour official said, speaking on condition of anonymity.",
    "The ferry will stop in May, a harbour official said, speaking on the condition of anonymity because "
    "he was not allowed to brief reporters.",
    "The ferry will stop in May, a harbour official said, requesting anonymity to discuss the sale.",
    "The ferry will stop in May, a harbour official said, declining to be named.",
    "The ferry will stop in May, a harbour official said, declining to be quoted.",
])
def test_terms_of_anonymity_after_a_trailing_cue_are_no_content(rules_only, sentence):
    # the participle after "Y, X said," tells the terms X spoke on: no more of Y, and X is anonymous
    att = next(a for a in rules_only.parse(sentence).attributions if a.rule == "core.trailing_cue.v2")
    assert att.source.span.text == "a harbour official"
    assert [c.text for c in att.content] == ["The ferry will stop in May"]
    assert att.source.kind == "anonymous"


def test_a_participle_of_other_terms_leaves_the_source_a_person(rules_only):
    doc = rules_only.parse("Ann Lee, speaking at a rally in Leeds, said the pier was unsafe.")
    att = next(a for a in doc.attributions if a.rule == "core.said_that.v2")
    assert att.source.span.text == "Ann Lee"
    assert att.source.kind == "person"


def test_a_source_not_authorized_to_speak_keeps_its_clause(rules_only):
    # annotators keep "who was not authorized to speak": it tells who the source is
    doc = rules_only.parse("The pier is unsafe, according to a harbour official who was not authorized to speak.")
    assert [a.source.span.text for a in doc.attributions] == ["a harbour official who was not authorized to speak"]


@pytest.mark.parametrize("sentence,found", [
    # a time fronted with no comma, "last" or "earlier" first, is the clause's, not the subject's
    ("Earlier this week Okafor said the pier was unsafe.", [("Okafor", "said", "the pier was unsafe")]),
    ("Earlier this month Ann Okafor said the pier was unsafe.", [("Ann Okafor", "said", "the pier was unsafe")]),
    ("Later Okafor said the pier was unsafe.", [("Okafor", "said", "the pier was unsafe")]),
    ("Last year the harbour board said the pier was unsafe.", [("the harbour board", "said", "the pier was unsafe")]),
    # ... but a possessive time is the subject's, and so is a determiner before its noun
    ("Last week's survey said the pier was unsafe.", [("Last week's survey", "said", "the pier was unsafe")]),
    ("This board said the pier was unsafe.", [("This board", "said", "the pier was unsafe")]),
])
def test_a_time_fronted_with_no_comma_is_no_part_of_the_subject(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[-1].text, a.content[0].text) for a in doc.attributions] == found


def test_a_time_fronted_with_no_comma_is_no_part_of_the_backed_subject(rules_only):
    doc = rules_only.parse("Earlier this week Okafor secured the endorsement of the ferry union.")
    assert [(a.source.span.text, a.content[0].text) for a in doc.attributions] == [("the ferry union", "Okafor")]


@pytest.mark.parametrize("sentence,found", [
    # the last verb of a series parted by semicolons takes the subject that opens the series
    ("Okafor toured the pier; met the crews; and declared that the fares were unfair.",
     [("Okafor", "declared", "the fares were unfair")]),
    ("The harbour board met twice; and then warned that the pier was unsafe.",
     [("The harbour board", "then warned", "the pier was unsafe")]),
    # ... not a clause with a subject of its own
    ("The crews were tired; and officials declared that the fares were unfair.",
     [("officials", "declared", "the fares were unfair")]),
])
def test_the_last_verb_of_a_series_parted_by_semicolons(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text if a.source else None, a.cue.spans[-1].text, a.content[0].text)
            for a in doc.attributions if a.cue.spans[-1].text != "toured"] == found


@pytest.mark.parametrize("text, source", [
    # "one" after a comma picks one of the things just named: the participle is its
    ("The harbour board kept two ledgers, one listing the boats that sank.", "one"),
    ("The ferry race is a classic contest, one seeking to unite the pilots.", "one"),
    # ... not "the one", whose determiner makes it a noun after a verb
    ("I was the one saying the pier was unsafe.", "I"),
])
def test_one_of_those_just_named_is_the_subject_of_its_participle(rules_only, text, source):
    found = [a.source.span.text for a in rules_only.parse(text).attributions if a.rule == "core.participle.v2"]
    assert found == [source]


@pytest.mark.parametrize("sentence,cue", [
    # the "then" of a series after a comma is left out of the cue; right after the subject it is the cue's
    ("The harbour master paused, then said the pier was unsafe.", "said"),
    ("The mayor toured the pier, then announced that it would close.", "announced"),
    ("The harbour master then said the pier was unsafe.", "then said"),
])
def test_then_after_a_comma_stays_out_of_the_cue(parser, sentence, cue):
    att = _one(parser.parse(sentence))
    assert att.cue.spans[0].text == cue
    assert att.source.span.text in ("The harbour master", "The mayor")


@pytest.mark.parametrize("sentence,cue", [
    # a gesture joined by "and" to a verb of saying goes with the report: the cue takes it in
    ("The harbour master smiled and said the pier was safe.", "smiled and said"),
    ("The harbour master laughed and said: “The pier is safe.”", "laughed and said"),
    ("The harbour master shrugged and added that the pier was safe.", "shrugged and added"),
    # not another verb before "and", nor a gesture that is no finite verb
    ("The harbour master toured the pier and said it was safe.", "said"),
])
def test_a_gesture_joined_to_a_verb_of_saying_is_the_cues(parser, sentence, cue):
    att = _one(parser.parse(sentence))
    assert att.cue.spans[0].text == cue
    assert att.source.span.text == "The harbour master"


def test_a_coordinated_verb_borrows_no_source_from_a_participle_inside_a_noun_phrase(rules_only):
    doc = rules_only.parse("The pilots gave flowers to a councillor praising the ferry and said that it was slow.")
    found = [(a.source.span.text, a.cue.spans[-1].text, [s.text for s in a.content]) for a in doc.attributions]
    assert found == [("a councillor", "praising", ["the ferry"]), ("The pilots", "said", ["it was slow"])]


def test_a_coordinated_verb_keeps_a_subject_that_follows_the_report_before_it(rules_only):
    # a relative clause in a fronted participle reports first; the subject after it is the coordinated verb's
    text = "Rallying dock workers who are struggling to get by, Ann Lee toured the pier and promised to fix it."
    found = [(a.source.span.text, a.cue.spans[-1].text) for a in rules_only.parse(text).attributions]
    assert ("Ann Lee", "promised") in found and ("who", "promised") not in found
    # ... while one with no subject of its own still borrows the source before
    text = "Ann Lee said the pier was unsafe and promised to fix it."
    found = [(a.source.span.text, a.cue.spans[-1].text) for a in rules_only.parse(text).attributions]
    assert found == [("Ann Lee", "said"), ("Ann Lee", "promised")]


@pytest.mark.parametrize("text, speaker, start", [
    # a report in an aside set off by dashes lends its source to no verb after the aside closes
    ("After the vote, she dropped the ferry plan - which he once said was sound - and has praised the toll.", "she", 16),
    ("Ann Lee wants the pier shut - ''I hate boats,'' she said, ''I never sail'' - and vowed to tax ferries.",
     "Ann Lee", 0),
    ("Ann Lee wants the pier shut (“I hate boats,” she said) and vowed to tax ferries.", "Ann Lee", 0),
])
def test_a_coordinated_verb_borrows_no_source_from_a_report_in_a_closed_aside(rules_only, text, speaker, start):
    found = {a.cue.spans[-1].text: a.source.span for a in rules_only.parse(text).attributions if a.source}
    last = found["has praised"] if "has praised" in found else found["vowed"]
    assert (last.text, last.start) == (speaker, start)


def test_a_quotation_after_a_coordinated_verb_borrows_the_source_before(rules_only):
    # the coordinated verb has no subject of its own: the report before it lends its source
    text = "“We think the ferry will carry more,” he said at the pier, and then predicted: “We will do better next year.”"
    first, second = rules_only.parse(text).attributions
    assert (second.rule, second.cue.text, [s.text for s in second.content]) == (
        "core.colon_lead.v2", "then predicted", ["“We will do better next year.”"])
    assert second.source is not None and second.source.span.text == first.source.span.text == "he"


@pytest.mark.parametrize("sentence,found", [
    ("She said she would visit the harbour but did not suggest it would reopen.",
     [("said", ["she would visit the harbour"]), ("did not suggest", ["it would reopen"])]),
    ("The minister would discuss the ferry fares but not mention the levy.",
     [("would discuss", ["the ferry fares"]), ("not mention", ["the levy"])]),
])
def test_a_sure_verb_coordinated_with_the_cue_ends_its_content(rules_only, sentence, found):
    # "X said A but did not suggest B": the second verb shares X and reports B of its own
    doc = rules_only.parse(sentence)
    assert [(a.cue.text, [s.text for s in a.content]) for a in doc.attributions] == found


def test_a_report_running_into_a_quoted_speaker_ends_before_the_speaker(rules_only):
    # the outer content takes in a speaker whose quoted words lie past it: they are that speaker's
    doc = rules_only.parse("The row grew so bitter over who endorsed which pier plan that Mayor Ann Lee said, “I need a referee.”")
    found = [(a.rule, a.source.span.text, a.cue.spans[-1].text, [s.text for s in a.content]) for a in doc.attributions]
    assert found == [
        ("core.said_that.v2", "who", "endorsed", ["which pier plan"]),
        ("core.colon_lead.v2", "Mayor Ann Lee", "said", ["“I need a referee.”"]),
    ]


def test_a_report_ends_at_the_colon_before_a_quotation_a_trailing_cue_reports(rules_only):
    doc = rules_only.parse("The letter also praised the role she would have on the board: “Her work opened the pier to everyone,” the union wrote.")
    found = [(a.rule, a.source.span.text, a.cue.spans[-1].text, [s.text for s in a.content]) for a in doc.attributions]
    assert found == [
        ("core.said_that.v2", "The letter", "also praised", ["the role she would have on the board"]),
        ("core.trailing_cue.v2", "the union", "wrote", ["“Her work opened the pier to everyone,”"]),
    ]


def test_a_verb_in_ed_after_a_number_that_is_its_subject_still_reports(rules_only):
    # "Fiorina, 61, declined ...": the age ends an aside, and the verb after it reports
    att = _one(rules_only.parse("Ann Lee, 61, declined multiple requests for an interview."))
    assert att.source.span.text == "Ann Lee, 61"
    assert att.cue.spans[0].text == "declined"
    assert [s.text for s in att.content] == ["multiple requests for an interview"]


def test_a_fronted_participle_is_no_source_and_leaves_the_question_its_own(rules_only):
    doc = rules_only.parse("Asked whether she would ask Tom Ng to join the board, Lee said she would not.")
    found = {(a.rule, a.source.span.text if a.source else None) for a in doc.attributions}
    assert found == {("core.asked.v2", None), ("core.said_that.v2", "Lee")}
    # a pronoun coordinated with a noun is a mention
    att = _one(rules_only.parse("He and his aides said the pier was safe."))
    assert att.source.span.text == "He and his aides"
    # a name in -ed or -ing that no verb form is stays a source
    att = _one(rules_only.parse("Husted said the pier was safe."))
    assert att.source.span.text == "Husted"


def test_a_participle_on_the_object_of_a_fronted_participle_is_the_subjects_after_the_comma(rules_only):
    doc = rules_only.parse("Holding signs calling the mayor a fraud, the dock workers marched to the pier.")
    found = [(a.source.span.text if a.source else None, a.cue.spans[-1].text) for a in doc.attributions]
    assert ("the dock workers", "calling") in found and ("Holding signs", "calling") not in found
    # an adjectival participle before its noun, with an "of" in the phrase, opens no such clause
    doc = rules_only.parse("Growing numbers of pilots saying the pier is unsafe have written to the mayor.")
    assert [a.source.span.text for a in doc.attributions if a.cue.spans[-1].text == "saying"] == ["pilots"]


def test_a_degree_adverb_before_the_cue_is_no_part_of_the_source(rules_only):
    att = _one(rules_only.parse("Editors who run small newsrooms almost universally say the print edition will fold."))
    assert att.source.span.text == "Editors who run small newsrooms"
    assert [s.text for s in att.content] == ["the print edition will fold"]


def test_an_adverb_after_a_demonstrative_object_keeps_the_report(rules_only):
    # "that" before the adverb is the object, not a complementizer: the report stands
    att = _one(rules_only.parse("The council rejected that, too."))
    assert att.source.span.text == "The council"
    assert att.cue.spans[0].text == "rejected"


@pytest.mark.parametrize("sentence", [
    "Ann Lee reported from Kyiv.",
    "The harbour master said simply.",
    "Two officials spoke on condition of anonymity because they were not allowed to talk.",
    # a participle that gives a name
    "The money came from a group called Citizens for a Safer Harbour.",
    "The ads were paid for by harbour groups, including one PAC called Save The Pier.",
    # a verb inside a hyphenated compound
    "Aided by a surge of late-deciding voters, the senator ran third.",
    # a fronted participle that is no verb of saying before a speaker
    "Added to the cost of the ferry, the pier repairs were too much for the council.",
    # a headline's label in a past participle tells what the story does, and names no speaker
    "Revealed: What the ferry company kept from the council",
    "Now Confirmed: The Plan To Sell The Harbour Pier",
    # another name, set off by commas
    "The pier's owner, the Harbour Trust, also known as the Trust, was sold on Monday.",
    # a participle of naming right after its noun gives a name, as "called" does (with an adverb it judges)
    "The ferry crossed a strait known as the Narrows before noon.",
    "The harbour master known as Red opened the pier.",
    # a subject bidden to do or expect something reports nothing
    "Crews at the harbour have been told to expect further delays.",
    "Ferry passengers were warned to expect long queues.",
    # a person who has learned something reports nothing
    "The pier will be sold, Ann Lee has learned.",
    # an outlet that understands a thing, no clause, reports nothing; nor does a person who understands
    "The Gazette understands the harbour plan.",
    "Ann Lee understands the pier will be sold.",
    # the terms of anonymity
    "The pilot, who asked not to be named, left the pier.",
    "The pilot, who did not want to be identified, left the pier.",
    # "show" after the kind of broadcast it is: a noun, no verb of showing
    "Ann Lee, star of the reality show “Harbour Life,” opened the pier.",
    "The mayor, host of the TV show “Harbour Nights,” cut the ribbon.",
    # a poll frame with no finding after its connective
    "The mayor leads by far. In the polls, anyway.",
    # a source read up to a noun the cue table weighs that ends in "of" is no mention
    "The mayor faced a long campaign of criticism by the harbour unions.",
    # a subject pronoun and its own verb read as a source is a clause, no mention
    "She faces renewed calls from the harbour board to resign.",
    "He even gave a few hints of his plans.",
    # a fronted participle, with its particle perhaps, read as the source is no one
    "Based on estimates by the council, the pier will cost a million pounds.",
    # a participle in -ed between a number, quantifier or preposition and its noun modifies the noun
    "There were only eight reported incidents at the pier.",
    "The number of reported cases has grown.",
    "Her five proposed bills failed in committee.",
    # "states" the noun: after a preposition, a conjunction, a number or an ordinal, or before a
    # relative clause whose verb follows "that"
    "Ferry fares rose fastest in states that had no harbour levy.",
    "Coastal towns and states that rely on fishing backed the plan.",
    "The pier closed in the three states that border the bay.",
    "Kent is the fifth state that Ann Lee has visited.",
    "Mining states that have lost jobs voted for the ferry levy.",
    # and after a preposition of place and one modifier, in a headline's title case too
    "Ferry firms campaign in coastal states to win contracts.",
    "Ferry Firms Campaign In Coastal States To Win Harbour Contracts\n\nThe board met on Monday.",
    # "appear" with a place or company after it: someone came, no impression
    "The harbour master appeared before the council on Monday.",
    "Ann Lee appears in a clip from the ferry launch.",
    "The two captains appeared together at the quay for the first time.",
    # "add to" a sum: what grew, no report
    "The ferry company won the contract, adding to its fleet of boats on the river.",
    "Ann Lee won the regatta on Sunday, adding to her two titles from last year.",
    # "show up": someone came
    "Many more showed up to hear the captain address the crowd at the quay.",
    "Ann Lee, 40, showed up in the “yellow coat” gear of a sailing club.",
    "Voters who showed up in 2010 for the harbour vote stayed home.",
    "The captain waved and showed up at the quay to greet the crew.",
    # a work written is no report of what it says
    "She wrote a children's book.",
    "He wrote his dissertation on the failures of the fishing fleet.",
    "Ann Lee wrote a book that inspired the film.",
    "The former mayor wrote the introduction for a new guide to the harbour.",
    # a thing sent, with nothing it says
    "The mayor sent a letter to the minister.",
    # a time is no content
    "The Harbour Gazette reported just today.",
    # nor is an adverb of time or degree, or a time phrase, alone after the verb
    "The harbour master said twice.",
    "The two captains had sparred for months.",
    "The mayor said little.",
    "Ann Lee spoke for hours.",
    # "and" straight after the verb joins a second predicate or the verb again: no object of its own
    "A fisherman shouted and ran along the quay to the ferry office.",
    "Dockers gathered on the quay, clapping, singing, chanting and waving green flags to celebrate the vote.",
    "The ferry plan carries both hope and risk for the fishermen of the bay.",
    "It was a charge that the two captains would echo again and again.",
    "The harbour board spoke and then left the room.",
])
def test_the_terms_of_a_report_are_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize(("sentence", "cue"), [
    ("When the harbour master appeared before the council on Monday, she declined to name the buyer.", "declined"),
    ("When the captain appeared before the crew late Sunday, he promised to raise their pay.", "promised"),
    ("Once Ann Lee appeared before the board in May, the union threatened to strike.", "threatened"),
])
def test_appearing_before_a_comma_and_a_later_infinitive_is_showing_up(rules_only, sentence, cue):
    # the "to" past the comma is the main clause's, no purpose of the appearance
    cues = [" ".join(s.text for s in a.cue.spans) for a in rules_only.parse(sentence).attributions]
    assert not any("appear" in c for c in cues)
    assert cue in cues


@pytest.mark.parametrize("sentence", [
    "The harbour master appeared before the council to defend the levy.",
    "Ann Lee appeared on the radio on Monday to argue that the levy was unfair.",
    "The captain appeared at the quay to discuss the new ferry timetable.",
])
def test_appearing_for_a_purpose_is_still_read(rules_only, sentence):
    # a "to" and a verb before any comma is the appearance's purpose, which reports
    assert rules_only.parse(sentence).attributions != ()


@pytest.mark.parametrize("sentence", [
    # a phrase or a subordinate clause straight after a verb of saying is its adjunct, not what it says
    "The harbour master said of the new pier.",
    "Ann Lee said after meeting the ferry board on Friday.",
    "The mayor said at a rally in the old fish market.",
    "The captain said as she turned around and left the quay.",
    "Ann Lee wrote while a student at the naval college.",
    "The ferry owner wrote to investors.",
    "The Harbour Gazette reported during the storm on the quay.",
])
def test_an_adjunct_after_a_verb_of_saying_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence", [
    # where, to whom or how long one spoke: no topic and no words said
    "The harbour master spoke at the ferry forum in Dover.",
    "Ann Lee spoke with dockers outside the polling station.",
    "The old captain is talking to Tom Roe.",
    "The mayor spoke for 70 minutes, a long time for a harbour meeting.",
    "Ann Lee spoke in the lobby of the ferry office.",
    "The two captains talked at last month's regatta ball.",
])
def test_where_or_to_whom_one_spoke_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


def test_an_apostrophe_after_where_one_spoke_is_no_quotation_next(rules_only):
    # "month's" holds no quotation mark: the place one spoke at is still no content
    doc = rules_only.parse("Okafor spoke at last month's Harbour Convention in Dover and delivered "
                           "a critique of the mayor's handling of the toll.")
    assert [a.cue.spans[0].text for a in doc.attributions if a.cue.spans[0].text.startswith("spoke")] == []


def test_where_one_spoke_before_a_quotation_still_leads_to_it(rules_only):
    doc = rules_only.parse("Okafor spoke at the pier. “The toll must go,” he told the crowd.")
    assert any(a.content[-1].text.startswith("“The toll must go") for a in doc.attributions)


@pytest.mark.parametrize("text", [
    "Ann Lee spoke at the ferry forum on Tuesday.\n\n“The pier will reopen,” she said.",
    "The harbour master spoke with dockers in Dover.\n\n“Nobody will lose a shift,” he told them.",
])
def test_where_one_spoke_before_a_paragraph_quoting_with_its_own_cue_is_no_report(rules_only, text):
    # the next paragraph's quotation has a cue of its own: it is that report's, not words of the speaking
    doc = rules_only.parse(text)
    assert [a.cue.spans[0].text for a in doc.attributions] == [
        "said" if "said" in text else "told"]
    assert not any("forum" in s.text or "dockers in" in s.text for a in doc.attributions for s in a.content)


def test_where_one_spoke_before_a_paragraph_of_quotation_alone_still_reports(rules_only):
    # a paragraph that is quotation alone, with no cue of its own, may be the words said
    doc = rules_only.parse("The mayor spoke only in slogans at the rally.\n\n“We will win.” “We always win.”")
    assert any(a.cue.spans[0].text.startswith("spoke") for a in doc.attributions)


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # a topic is what the speaking is about (the hearer and "about" are the cue's, as "spoke about" is)
    ("The mayor talked to dockers about the new toll.", "talked to dockers about", "the new toll"),
    ("Ann Lee spoke with the Gazette about the strike.", "spoke with the Gazette about", "the strike"),
    ("Ann Lee spoke out against the toll.", "spoke out against", "the toll"),
])
def test_speaking_with_a_topic_is_still_a_report(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert att.cue.spans[0].text == cue
    assert att.content[0].text == content


def test_a_title_case_headline_speech_is_still_a_report(rules_only):
    att = _one(rules_only.parse("Ann Lee Speaks To Dockers At Harbour Rally\n\nThe mayor toured the pier."))
    assert att.cue.spans[0].text.startswith("Speaks")


@pytest.mark.parametrize("sentence", [
    # a thing begun, nothing said of it
    "The Harbour Party launched a new ballot initiative in 2012.",
    "Dockers launched a short-lived revolt.",
    # where one went, or what one took up
    "The mayor went on national television.",
    "Tom Roe went on the record recently.",
])
def test_a_thing_begun_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # what the thing begun says or whom it targets is still reported
    ("Ann Lee launched an attack on Tom Roe.", "launched an attack on", "Tom Roe"),
    ("Ann Lee launched a petition urging a new toll.", "launched a petition urging", "a new toll"),
    ("Ann Lee went on the offensive against the harbour board.", "went on",
     "the offensive against the harbour board"),
    ("She went on, “We will win.”", "went on", "“We will win.”"),
])
def test_a_thing_begun_that_says_or_targets_is_a_report(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert att.cue.spans[0].text == cue
    assert att.content[0].text == content


def test_where_one_voted_is_no_report(rules_only):
    assert rules_only.parse("More dockers voted in the harbour primary than did pilots.").attributions == ()
    att = _one(rules_only.parse("Most pilots voted in favor of the toll."))
    assert att.cue.spans[0].text == "voted in favor of"  # the side taken is the cue's
    assert att.content[0].text == "the toll"


@pytest.mark.parametrize("sentence", [
    # a reaction drawn from others: the one who draws it says nothing
    "The mayor drew loud cheers from the dockers.",
])
def test_a_reaction_drawn_from_others_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


def test_criticism_drawn_from_others_is_theirs_not_the_drawers(rules_only):
    # the critics report on what drew it: the plan says nothing
    att = _one(rules_only.parse("The ferry plan has drawn criticism from the harbour board."))
    assert att.source.span.text == "the harbour board"
    assert att.content[0].text == "The ferry plan"


def test_support_drawn_from_others_is_theirs(rules_only):
    # the one who draws it says nothing; the backers' support is their stance, the drawer its content
    doc = rules_only.parse("Ann Lee drew the support of most fishermen in the survey.")
    assert [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions] == [
        ("most fishermen in the survey", "drew the support", "Ann Lee")]


def test_a_contrast_drawn_is_still_a_report(rules_only):
    att = _one(rules_only.parse("The mayor drew a sharp contrast with the harbour board."))
    assert att.cue.spans[0].text == "drew"
    assert att.content[0].text.startswith("a sharp contrast")


@pytest.mark.parametrize(("sentence", "content"), [
    # a clause said after the adjunct: the report stands
    ("The mayor said after the vote he would close the pier.", "he would close the pier"),
    ("The mayor said at the meeting that the pier would close.", "the pier would close"),
    # a quotation after it, in the sentence or the next
    ("The harbour master said of the pier “It will close soon.”", "It will close soon."),
    # a number after "about" is an amount said, no adjunct
    ("The harbour board said about half of the boats had left.", "half of the boats had left"),
])
def test_an_adjunct_after_a_verb_of_saying_leaves_the_words_said(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert att.cue.spans[0].text == "said"
    assert content in " ".join(s.text for s in att.content)


def test_a_second_verb_after_and_shares_the_cues_object(rules_only):
    # "derided and ridiculed X": the second verb in "-ed" takes the object the cue shares
    att = _one(rules_only.parse("The harbour master derided and ridiculed “the ferry lobby” at every meeting."))
    assert att.source.span.text == "The harbour master"
    assert att.cue.spans[0].text == "derided"


@pytest.mark.parametrize("sentence", [
    "The new allegations of fraud hurt the mayor.",
    "The debunked claim that the pier was sold spread fast.",
    "The grim view of the harbour comes as trade slows.",
])
def test_a_determiner_and_adjectives_are_no_speaker(rules_only, sentence):
    # the noun they modify was taken for a verb: no one speaks
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence", [
    # a time, place or circumstance before the subject: the verb after it is the sentence's own
    "Then, she apologized.",
    "Early Tuesday, the ministry disclosed in court that it had asked for the files.",
    "Weighing in on the debate, the former mayor agreed, praising the plan.",
    "But even after the fares rose, the crowds continued.",
    "In a rare appeal to voters from the other party, the mayor pleaded with them to vote.",
    # a day's name, and a date with its year after a comma
    "But Friday night at the harbour festival in Dover, she spoke out in favour of the ferry.",
    "On March 3rd, 2019, Kent again voted on a plan to close the pier.",
])
def test_a_fronted_adverbial_is_no_content_of_a_trailing_cue(rules_only, sentence):
    assert all(a.rule != "core.trailing_cue.v2" for a in rules_only.parse(sentence).attributions)


@pytest.mark.parametrize("sentence", [
    # the possessed noun as a verb's object: the verb's report, when any, holds it
    "The mayor defended his decision to close the pier.",
    # "that" after the noun opens a relative clause, not what was said
    "Ann Lee's claim that would cost the port millions was dropped.",
    # a noun that names no report
    "Ann Lee's boat on the river sank.",
    # no verb before the possessive, or none that is finite
    "Ann Lee made sure her plan for the pier was ready.",
    "Roe was forced to reverse his opposition to the toll.",
])
def test_a_possessed_noun_that_names_no_report_of_its_own(rules_only, sentence):
    assert all(a.rule != "core.report_noun.v2" for a in rules_only.parse(sentence).attributions)


@pytest.mark.parametrize("sentence", [
    "The trip left a backlash over the mayor's remarks, particularly his warning that the pier would “fall apart.”",
    "The trip left a backlash over the mayor's remarks – especially his warning that the pier would “fall apart.”",
])
def test_a_possessor_after_a_focus_adverb_set_off_by_a_mark_is_no_verbs_object(rules_only, sentence):
    """", particularly his warning that Y": a phrase set beside the one before it, whose
    possessor reports; no verb before it takes the noun as its object."""
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text)
             for a in rules_only.parse(sentence).attributions if a.rule == "core.report_noun.v2"]
    assert ("his", "warning", "that the pier would “fall apart.”") in found


def test_a_focus_adverb_with_no_mark_before_it_leaves_the_verbs_object(rules_only):
    doc = rules_only.parse("The mayor defended especially his decision to close the pier.")
    assert all(a.rule != "core.report_noun.v2" for a in doc.attributions)


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("The mayor's answer was that the pier would stay open.", "The mayor's", "answer was", "that the pier would stay open"),
    ("Her fear is that the ferry will never sail again.", "Her", "fear is", "that the ferry will never sail again"),
    ("Councillor Roe's point was that “the toll hurts the poor.”",
     "Councillor Roe's", "point was", "that “the toll hurts the poor.”"),
])
def test_a_possessed_noun_of_saying_or_holding_before_a_copula_and_that_reports(rules_only, sentence, source, cue, content):
    """"Lee's answer was that Y": a noun of what is said or held, however seldom
    mined, before "is"/"was" and a clause that "that" opens; the copula is the cue's."""
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text)
             for a in rules_only.parse(sentence).attributions if a.rule == "core.report_noun.v2"]
    assert found == [(source, cue, content)]


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a word of degree and its adjective before the noun are one modifier, in the cue
    ("The mayor's most remarkable claim was that the pier had never been inspected.", "The mayor's",
     "most remarkable claim was", "that the pier had never been inspected"),
    ("Her most pressing concern is that the ferry will stop running.", "Her", "most pressing concern is",
     "that the ferry will stop running"),
    ("Councillor Roe's very blunt warning was that the toll would rise.", "Councillor Roe's",
     "very blunt warning was", "that the toll would rise"),
    # ... an adjective in -ing of a verb that reports too, which is no cue of its own there
    ("The mayor's most startling claim was that the city had no debt.", "The mayor's",
     "most startling claim was", "that the city had no debt"),
    ("Councillor Roe's very telling remark was that the pier was unsafe.", "Councillor Roe's",
     "very telling remark was", "that the pier was unsafe"),
])
def test_a_degree_word_and_adjective_before_a_possessed_report_noun(rules_only, sentence, source, cue, content):
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text)
             for a in rules_only.parse(sentence).attributions if a.rule == "core.report_noun.v2"]
    assert found == [(source, cue, content)]


@pytest.mark.parametrize("sentence", [
    "The mayor's most recent book was a memoir.",  # a noun that says nothing
    "Her very old boat is that one by the quay.",
])
def test_a_degree_word_before_a_noun_that_says_nothing_reports_nothing(rules_only, sentence):
    assert all(a.rule != "core.report_noun.v2" for a in rules_only.parse(sentence).attributions)


@pytest.mark.parametrize("sentence", [
    "The mayor's answer was wrong.",  # no "that": a judgement of the answer
    "His point was that night the tide rose.",  # "that" a determiner, no clause after it
    "Ann Lee's boat was that old one by the quay.",  # a noun that says nothing
])
def test_a_possessed_noun_before_a_copula_without_a_reported_clause_reports_nothing(rules_only, sentence):
    assert all(a.rule != "core.report_noun.v2" for a in rules_only.parse(sentence).attributions)


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("The mayor has mocked a local reporter, referred to the ferry crews as “lazy” and recently pointed to a man in the crowd.",
     "The mayor", "referred to", "the ferry crews as “lazy”"),
    ("He later suggested the storm was behind her mistakes, called her “third-rate” and boycotted the hearing.",
     "He", "called", "her “third-rate”"),
])
def test_a_middle_item_of_a_series_of_predicates_takes_the_series_subject(rules_only, sentence, source, cue, content):
    """"X mocked A, referred to B as “C” and left": the subject that opens the series
    reports, not the object before the comma the walk back from the cue would read."""
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text)
             for a in rules_only.parse(sentence).attributions if a.rule == "core.coordinated_cue.v2"]
    assert (source, cue, content) in found


@pytest.mark.parametrize("sentence,source", [
    # an appositive, no first predicate, before the comma
    ("Ann Lee, the mayor, called the pier “a wreck” and left.", "Ann Lee, the mayor"),
    # no "and" and a past closing the series
    ("The mayor toured the pier, called it “a wreck.”", None),
])
def test_no_series_of_predicates_without_a_first_verb_and_a_closing_and(rules_only, sentence, source):
    found = [a.source.span.text if a.source else None for a in rules_only.parse(sentence).attributions
             if a.cue.spans[0].text == "called"]
    assert all(a.rule != "core.coordinated_cue.v2" for a in rules_only.parse(sentence).attributions)
    if source is not None:
        assert found == [source]


@pytest.mark.parametrize("sentence,source,cue", [
    # the name a participle gives the subject is the mention's, and "called" reports nothing
    ("A local news site called “The Pier” reported that the ferry is “doomed.”",
     "A local news site called “The Pier”", "reported"),
    ("A blog, called the “Harbour Log,” reported that the ferry is “doomed.”", None, "reported"),
])
def test_a_participle_of_naming_after_the_subject_gives_its_name(rules_only, sentence, source, cue):
    doc = rules_only.parse(sentence)
    assert [a.cue.spans[0].text for a in doc.attributions] == [cue]
    if source is not None:
        assert doc.attributions[0].source.span.text == source


@pytest.mark.parametrize("sentence,content", [
    # no name after the participle: the verb's report ("called Lee a liar")
    ("A spokesman called the plan “a farce.”", "the plan “a farce.”"),
    # a subject that does not open the sentence names what it lists
    ("Ann Lee, who hosts a talk show, named “Jaws,” “Tides” and “Wake” as her top films.",
     "“Jaws,” “Tides” and “Wake” as her top films"),
])
def test_a_verb_of_naming_with_its_own_object_still_reports(rules_only, sentence, content):
    doc = rules_only.parse(sentence)
    assert [a.content[0].text for a in doc.attributions] == [content]


def test_a_so_called_name_opens_no_subject(rules_only):
    doc = rules_only.parse("The second plan, the so called “Clean Pier Plan” seeks to close the pier.")
    assert all(a.source is None or "called" not in a.source.span.text for a in doc.attributions)


def test_a_verb_coordinated_after_a_fronted_clause_takes_the_main_clauses_pronoun(rules_only):
    """"When Lee was asked ..., she laughed and said “Y”": the pronoun of the main
    clause, not a walk from the sentence's start into the fronted clause."""
    doc = rules_only.parse("When Ann Lee, the campaign chief was asked if the mayor would quit, "
                           "she laughed and said, “We will see.”")
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions
             if a.cue.spans[0].text.endswith("said")]
    assert found == [("she", "laughed and said", "“We will see.”")]


def test_a_pronoun_after_a_comma_with_no_verb_of_its_own_lends_no_subject(rules_only):
    doc = rules_only.parse("The mayor, like she, smiled and said, “We will see.”")
    assert [a.source.span.text for a in doc.attributions if a.cue.spans[0].text.endswith("said")] != ["she"]


@pytest.mark.parametrize("sentence,content", [
    ("The page was replaced by a notice that said, “Sorry, the pier is closed.”", "“Sorry, the pier is closed.”"),
    ("Crowds wore shirts that said “Save the pier.”", "“Save the pier.”"),
])
def test_that_after_a_noun_before_a_verb_of_saying_and_a_quotation_is_the_source(rules_only, sentence, content):
    """"a notice that said, “Y”": "that" opens a relative clause, its subject, no determiner
    of a noun "said"."""
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions] == [
        ("that", "said", content)]


def test_that_before_a_verb_with_no_quotation_is_no_relative_source(rules_only):
    doc = rules_only.parse("The page was replaced by a notice that said the pier is closed.")
    assert all(a.source is None or a.source.span.text != "that" for a in doc.attributions)


@pytest.mark.parametrize("sentence,cue", [
    ("Ann Lee, who has in the past called the board “a band of crooks,” left early.", "called"),
    ("Ann Lee, who in the past has called the board “a band of crooks,” left early.", "has called"),
])
def test_a_relative_pronoun_reports_past_a_time_phrase_before_its_verb(rules_only, sentence, cue):
    """"who has in the past called X “Y”": a time between the pronoun and its verb leaves
    the pronoun the source."""
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in rules_only.parse(sentence).attributions]
    assert ("who", cue, "the board “a band of crooks,”") in found


def test_denial_has_denied_polarity(parser):
    att = _one(parser.parse("The company denied that it had dumped waste in the river."))
    assert att.polarity == "denied"
    assert att.content[0].text == "it had dumped waste in the river"


def test_split_quote_is_one_attribution(parser):
    doc = parser.parse("“The pumps failed at dawn,” engineer Sam Okafor said. “Nobody was warned.”")
    att = _one(doc)
    assert [s.text for s in att.content] == ["“The pumps failed at dawn,”", "“Nobody was warned.”"]


def test_a_paragraph_that_is_one_quotation_goes_on_with_the_speaker_before(parser):
    text = "“The pier is safe,” the mayor said.\n\n“We will keep it open all winter.”\n\nThe ferry left."
    att = _one(parser.parse(text))
    assert [s.text for s in att.content] == ["“The pier is safe,”", "“We will keep it open all winter.”"]


@pytest.mark.parametrize("after", ["“Nooo!”", '"We will keep it open all winter."', "“We will keep it open,” she added."])
def test_a_cry_other_marks_or_a_cue_of_its_own_keep_a_paragraph_apart(parser, after):
    doc = parser.parse("“The pier is safe,” the mayor said.\n\n" + after)
    assert [s.text for s in doc.attributions[0].content] == ["“The pier is safe,”"]


def test_a_quotation_going_on_below_to_another_cue_is_not_the_speaker_before(rules_only):
    text = ("“The pier is safe,” the mayor said, pointing at the harbour. “We will paint it in May."
            "\n\n“Then the ferry comes back,” the harbour master said.")
    doc = rules_only.parse(text)
    mayor = next(a for a in doc.attributions if a.source.span.text == "the mayor")
    master = next(a for a in doc.attributions if a.source.span.text == "the harbour master")
    assert [s.text for s in mayor.content] == ["“The pier is safe,”"]
    assert master.cue.spans[0].text == "said"
    assert [s.text for s in master.content][-1] == "“Then the ferry comes back,”"


def test_a_quotation_going_on_below_with_no_cue_there_stays_the_speakers(rules_only):
    text = "“The pier is safe,” the mayor said. “We will paint it in May.\n\n“Then the ferry comes back.”"
    att = _one(rules_only.parse(text))
    assert [s.text for s in att.content] == [
        "“The pier is safe,”", "“We will paint it in May.", "“Then the ferry comes back.”"]


def test_a_quotation_paragraph_after_a_report_that_ends_its_paragraph_goes_on_with_it(rules_only):
    text = "The mayor said that the ferry would stop running on Sundays.\n\n“We cannot pay the crews any longer.”"
    att = _one(rules_only.parse(text))
    assert [s.text for s in att.content] == ["the ferry would stop running on Sundays", "“We cannot pay the crews any longer.”"]


def test_quotation_paragraphs_after_a_report_go_on_with_it_one_after_another(rules_only):
    text = ("The mayor said that the ferry would stop running on Sundays.\n\n“We cannot pay the crews any longer.”"
            "\n\n“Nor can we pay for the fuel, which costs more each week.”")
    att = _one(rules_only.parse(text))
    assert [s.text for s in att.content][1:] == [
        "“We cannot pay the crews any longer.”", "“Nor can we pay for the fuel, which costs more each week.”"]


@pytest.mark.parametrize("first", [
    "The mayor thinks that the ferry will stop running on Sundays.",  # what she thinks: the words below are not hers
    "The ferry will stop running on Sundays, the mayor said.",  # the report's content does not end its paragraph
])
@pytest.mark.parametrize("after", ["“We cannot pay the crews any longer.”", "“CREWS WANTED FOR THE FERRY”"])
def test_a_quotation_paragraph_after_a_thought_or_a_heading_stays_apart(rules_only, first, after):
    doc = rules_only.parse(first + "\n\n" + after)
    assert not any("“" in s.text for a in doc.attributions for s in a.content)


def test_a_quotation_after_a_comma_that_another_report_frames_ends_the_content(rules_only):
    first = rules_only.parse("The mayor said the pier was closed, which the council called “a scandal.”").attributions[0]
    assert [s.text for s in first.content] == ["the pier was closed"]


def test_a_particle_after_an_adverb_that_opens_a_place_before_about_is_no_cue_particle(rules_only):
    # "on the radio" is where she spoke; "about" names the topic
    (att,) = rules_only.parse("The harbour master spoke briefly on the radio about the ferry crew.").attributions
    assert att.cue.spans[0].text == "spoke"


@pytest.mark.parametrize("opening,closing", [("“", "”"), ('"', '"'), ("''", "''")])
def test_a_comma_a_quotation_closes_on_is_a_break_whatever_the_marks(rules_only, opening, closing):
    # a closing mark of two apostrophes ('') ends the quotation, and the clause, as ” does
    doc = rules_only.parse(f"The harbour master called the ferry {opening}a relic,{closing} which upset its crew.")
    called = [a for a in doc.attributions if a.cue.text == "called"]
    assert [s.text for s in called[0].content] == [f"the ferry {opening}a relic,{closing}"]


def test_a_quotation_after_a_participle_that_adds_goes_on_with_what_was_added(rules_only):
    doc = rules_only.parse("“The ferry is late,” Lee said, adding that the crews were tired. “We will fix it next week.”")
    found = [(a.cue.text, [s.text for s in a.content]) for a in doc.attributions]
    assert found == [("said", ["“The ferry is late,”"]),
                     ("adding", ["the crews were tired", "“We will fix it next week.”"])]


def test_a_quotation_after_a_connective_goes_on_with_the_speaker_before(parser):
    att = _one(parser.parse("“The pier is safe,” the mayor said. Instead, “the ferry is the problem.”"))
    assert [s.text for s in att.content] == ["“The pier is safe,”", "Instead, “the ferry is the problem.”"]


def test_a_quotation_after_a_connective_goes_on_in_two_apostrophe_marks_too(parser):
    att = _one(parser.parse("''The pier is safe,'' the mayor said. Instead, ''the ferry is the problem.''"))
    assert [s.text for s in att.content] == ["''The pier is safe,''", "Instead, ''the ferry is the problem.''"]


@pytest.mark.parametrize("text,second", [
    ("“The pier is safe,” the mayor said. “What the town needs is a second ferry” and more buses.",
     "“What the town needs is a second ferry” and more buses."),
    ('"We met every week," Ruth Okafor told reporters. "The board wants to keep the clinic open" until spring.',
     '"The board wants to keep the clinic open" until spring.'),
    ("The warden argues that the trail was never safe. “Hikers who came to the cliffs in winter were warned "
     "about the ice” by the rangers at the gate.",
     "“Hikers who came to the cliffs in winter were warned about the ice” by the rangers at the gate."),
    ("''We will not sell the land,'' the chief said. ''After a long talk, the council has decided to keep "
     "the farm'' for the young.", "''After a long talk, the council has decided to keep the farm'' for the young."),
])
def test_a_quotation_that_opens_its_sentence_and_closes_mid_sentence_goes_on_with_the_speaker(parser, text, second):
    att = _one(parser.parse(text))
    assert [s.text.rstrip(".") for s in att.content][1:] == [second.rstrip(".")]


@pytest.mark.parametrize("text", [
    # closed by its comma: the words after it are a trailing cue's, not more of the first speaker's
    "“The pier is safe,” the mayor said. “Close the ferry and the pier before the winter storms,” was the other sign.",
    # a short quoted term opening a sentence about it is no speech
    "“The pier is safe,” the mayor said. “Slack water” is the time between the tides when the sea is still.",
])
def test_a_quotation_that_opens_its_sentence_stays_apart_when_not_the_sentence_s_body(parser, text):
    doc = parser.parse(text)
    first = next(a for a in doc.attributions if a.cue.text == "said")
    assert [s.text for s in first.content] == ["“The pier is safe,”"]


def test_a_quotation_goes_on_with_the_last_quoted_speaker_of_the_sentence_before(rules_only):
    # the sentence holds two reports; the quotation after it is more of the quoted speaker's words
    doc = rules_only.parse("The captain told the crew that the ferry would sail: “The sea is calm,” the pilot "
                           "promised. “We leave at noon.”")
    found = {a.cue.text: [s.text for s in a.content] for a in doc.attributions}
    assert found["promised"] == ["“The sea is calm,”", "“We leave at noon.”"]
    assert found["told"] == ["the ferry would sail"]


@pytest.mark.parametrize("sentence,content", [
    ("Asked whether the mayor is “fit to serve as mayor,” most residents said no.",
     "whether the mayor is “fit to serve as mayor,”"),
    ("When the mayor said the pier was “a disgrace,” the council voted to close it.", "the pier was “a disgrace,”"),
])
def test_a_comma_inside_a_closing_quotation_mark_ends_a_fronted_clause(rules_only, sentence, content):
    assert [s.text for s in rules_only.parse(sentence).attributions[0].content] == [content]


def test_quote_carried_over_paragraphs(parser):
    text = "The warden wrote, “We will close the park.\n“It is the only safe choice.”"
    att = _one(parser.parse(text))
    assert [s.text for s in att.content] == ["“We will close the park.", "“It is the only safe choice.”"]


def test_quote_carried_over_paragraphs_after_a_continuation(parser):
    # the carried quotation is the second of its paragraph: the speaker takes it as a
    # continuation of the first, and its part in the next paragraph with it
    text = ("Park to close\n\n“We looked at every option,” the warden said. “There is no money.\n\n"
            "“It is the only safe choice.”\n\nHikers were sad.")
    att = _one(parser.parse(text))
    assert [s.text for s in att.content] == [
        "“We looked at every option,”", "“There is no money.", "“It is the only safe choice.”"]


@pytest.mark.parametrize("mark", ["“”", '""'])
def test_a_cue_after_the_last_part_of_a_carried_quotation_takes_every_part(parser, mark):
    o, c = mark
    text = (f"Park to close\n\nThe warden walked the trail on Sunday.\n\n{o}We looked at every option. "
            f"There is no money left.\n\n{o}Closing it is the only safe choice,{c} she said.")
    att = _one(parser.parse(text))
    assert att.source.span.text == "she"
    assert [s.text for s in att.content] == [
        f"{o}We looked at every option. There is no money left.", f"{o}Closing it is the only safe choice,{c}"]


@pytest.mark.parametrize("text,first", [
    # the first part follows a lead in its paragraph: that cue takes the quotation
    ("The warden said: “We looked at every option.\n\n“Closing it is the only safe choice,” she added.",
     "“We looked at every option."),
    # marks of another kind: the paragraph before is another text's, not the speaker's
    ('"The park board met on Sunday to weigh its options.\n\n“Closing it is the only safe choice,” she said.',
     None),
])
def test_a_trailing_cue_leaves_a_carried_part_it_cannot_claim(parser, text, first):
    atts = [a for a in parser.parse(text).attributions if a.cue.spans[0].text in ("said", "added")]
    trailing = [a for a in atts if a.cue.spans[0].text == ("added" if first else "said")]
    assert [s.text for s in trailing[0].content] == ["“Closing it is the only safe choice,”"]
    if first:
        assert [s.text for a in atts if a.cue.spans[0].text == "said" for s in a.content][0] == first


@pytest.mark.parametrize("outer,inner", [('""', "“”"), ("“”", '""')])
def test_a_quotation_in_the_other_style_nested_inside_one_keeps_the_outer_whole(parser, outer, inner):
    text = f"Dr. Lee stated: {outer[0]}The board is not about {inner[0]}fair play{inner[1]} now. It is about money.{outer[1]} Then he left."
    quotes = [text[a:b] for q in attribution.layout.analyse(text).quotations for a, b in q.parts]
    assert quotes == [f"{outer[0]}The board is not about {inner[0]}fair play{inner[1]} now. It is about money.{outer[1]}"]
    att = _one(parser.parse(text))
    assert (att.source.span.text, [s.text for s in att.content]) == ("Dr. Lee", [quotes[0]])


def test_a_quotation_nested_in_a_mark_that_never_closes_stands_on_its_own():
    text = '"Lee tried to laugh it off by saying, “Only Roe.” But Kay went on.'
    quotes = [text[a:b] for q in attribution.layout.analyse(text).quotations for a, b in q.parts]
    assert quotes == ["“Only Roe.”"]


def test_quotations_in_two_styles_one_after_another_stay_apart():
    text = "“We will sail,” he said. \"Not today\" and “not tomorrow” were his words."
    quotes = [text[a:b] for q in attribution.layout.analyse(text).quotations for a, b in q.parts]
    assert quotes == ["“We will sail,”", '"Not today"', "“not tomorrow”"]


@pytest.mark.parametrize("open_mark,close_mark", [("‘", "’"), ("'", "'")])
def test_single_marked_quote_carried_over_paragraphs(parser, open_mark, close_mark):
    o, c = open_mark, close_mark
    text = f"Park to close\n\nThe warden said: {o}We will close the park. The warden{c}s hut goes too.\n\n{o}It is the only safe choice.{c}"
    att = _one(parser.parse(text))
    assert [s.text for s in att.content] == [
        f"{o}We will close the park. The warden{c}s hut goes too.", f"{o}It is the only safe choice.{c}"]


@pytest.mark.parametrize("open_mark,close_mark", [("‘", "’"), ("'", "'")])
def test_a_single_marked_quote_carried_over_after_its_cue(parser, open_mark, close_mark):
    # the quotation that goes on opens a sentence of its own after the cue's
    o, c = open_mark, close_mark
    text = (f"Park to close\n\n{o}We will close the park,{c} the warden said. {o}It is the only safe choice.\n\n"
            f"{o}The paths are unsafe.{c}\n\nThe park opened in 1990.")
    att = _one(parser.parse(text))
    assert [s.text for s in att.content] == [
        f"{o}We will close the park,{c}", f"{o}It is the only safe choice.", f"{o}The paths are unsafe.{c}"]


@pytest.mark.parametrize("sentence", [
    "The pier was closed, the agency reported citing harbour officials.",
    "The pier was closed, the agency reported, citing harbour officials.",
])
def test_whom_a_trailing_reporter_cites_ends_the_sentence(rules_only, sentence):
    # with a comma before "citing" or none, the clause before the reporter is what it reported
    found = [a for a in rules_only.parse(sentence).attributions if a.rule == "core.trailing_cue.v2"]
    assert [(a.source.span.text, a.cue.spans[0].text, [c.text for c in a.content]) for a in found] == [
        ("the agency", "reported", ["The pier was closed"])]


def test_pronoun_and_surname_resolve_to_full_mention(parser):
    text = ("“Traffic is down,” city planner Ruth Adeyemi said.\n"
            "“We expected it,” she added.\n“It will pass,” Adeyemi said.")
    doc = parser.parse(text)
    assert [a.source.resolved.span.text for a in doc.attributions] == ["city planner Ruth Adeyemi"] * 3


def test_an_interjection_is_no_speaker(parser):
    assert parser.parse("Wait, it gets worse: “The quay is sinking.”").attributions == ()


def test_a_possessed_noun_is_not_its_possessor(parser):
    text = ("Harbour master Nadia Brooks said the quay was unsafe.\n"
            "Brooks' office said repairs would start soon.\nBrooks said the work would take a year.")
    doc = parser.parse(text)
    refs = [a.source.resolved.span.text for a in doc.attributions]
    assert refs == ["Harbour master Nadia Brooks", "Brooks' office", "Harbour master Nadia Brooks"]


@pytest.mark.parametrize("sentence,content", [
    # a report noun that opens the sentence is its subject: the infinitive ends before the main verb
    ("His refusal to fix the pier made the winter harder for the ferry crews.", "to fix the pier"),
    ("The mayor's decision to close the quay helped the ferry company.", "to close the quay"),
    # an adjective in -ed before its noun is no main verb
    ("Her promise to hire unlicensed pilots is a risk.", "to hire unlicensed pilots"),
])
def test_an_infinitive_in_the_subject_ends_before_the_sentence_verb(rules_only, sentence, content):
    att = next(a for a in rules_only.parse(sentence).attributions if a.rule == "core.report_noun.v2")
    assert att.content[-1].text == content


def test_a_singular_pronoun_skips_people_joined_by_and(parser):
    text = ("Harbour master Nadia Petrov said the quay was unsafe.\n"
            "Petrov said repairs would start soon.\n"
            "Dan Ruiz and other fishermen said the quay was fine.\n"
            "She said the work would take a year.")
    doc = parser.parse(text)
    assert doc.attributions[-1].source.resolved.span.text == "Harbour master Nadia Petrov"


@pytest.mark.parametrize("text,resolved", [
    # "the" and a noun for a person by their part: the latest named mention that holds the noun
    ("Ruth Adeyemi, a spokesperson for the harbour board, said the quay was unsafe.\n"
     "The spokesperson said repairs would start soon.", "Ruth Adeyemi, a spokesperson for the harbour board"),
    ("Harbour spokesman Tom Okafor said the quay was unsafe.\nDan Ruiz said it was fine.\n"
     "The spokesman added that repairs would start soon.", "Harbour spokesman Tom Okafor"),
    ("Dan Ruiz said the quay was fine.\nNadia Petrov, the ports minister, said it was unsafe.\n"
     "The minister added that repairs would start soon.", "Nadia Petrov, the ports minister"),
    # a mention with no name that the noun heads ("a harbour spokesman") is the one it stands for
    ("A harbour spokesman said the quay was unsafe.\nThe spokesman added that repairs would start soon.",
     "A harbour spokesman"),
    # a mention that does not hold the noun is not resolved to
    ("Nadia Petrov, the ports minister, said the quay was unsafe.\n"
     "The spokesman added that repairs would start soon.", "The spokesman"),
])
def test_the_role_noun_resolves_to_the_named_mention_that_holds_it(parser, text, resolved):
    assert parser.parse(text).attributions[-1].source.resolved.span.text == resolved


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a participle of seeing between a noun and its agent tells what saw the noun: no cue of its own
    ("Papers seen by the Gazette show that the harbour board sold the pier.",
     "Papers seen by the Gazette", "show", "the harbour board sold the pier"),
    ("Emails seen by the Gazette showed that the ferry left early.",
     "Emails seen by the Gazette", "showed", "the ferry left early"),
    ("Footage viewed by the Gazette shows that the ferry left early.",
     "Footage viewed by the Gazette", "shows", "the ferry left early"),
])
def test_a_participle_of_seeing_before_its_agent_is_no_cue(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (source, cue, content)


@pytest.mark.parametrize("sentence,source", [
    # a noun between a determiner and a noun for a body modifies it: the whole phrase is the subject
    ("The border agency said it had stopped two ferries.", "The border agency"),
    ("The border force said it had stopped two ferries.", "The border force"),
    ("The space agency said the launch would go ahead.", "The space agency"),
])
def test_a_noun_modifier_of_a_body_stays_in_the_subject(rules_only, sentence, source):
    assert _one(rules_only.parse(sentence)).source.span.text == source


def test_a_surname_makes_its_full_mention_the_latest(parser):
    text = ("Harbour master Nadia Petrov said the quay was unsafe.\n"
            "A spokesman, Tom Okafor, said repairs would start soon.\n"
            "Petrov said the work would take a year.\n"
            "She said the ferry would stop.")
    doc = parser.parse(text)
    assert doc.attributions[-1].source.resolved.span.text == "Harbour master Nadia Petrov"


@pytest.mark.parametrize("text, source", [
    ("As per The Coastal Post, the mayor admitted he had ignored the reports.", "the mayor"),
    ("The Coastal Post reported that the mayor admitted he had ignored the reports.", "the mayor"),
    # a document's words, not a person's, under "according to"
    ("According to The Coastal Post, the diary reads, “We will hold the pier.”", "the diary"),
    # a body's report under "as per" stays the body's
    ("Freight fell, the company said, as per The Coastal Post.", "the company"),
])
def test_outlet_relay_goes_into_via(parser, text, source):
    att = _one(parser.parse(text))
    assert att.source.span.text == source
    assert [v.span.text for v in att.via] == ["The Coastal Post"]


@pytest.mark.parametrize("text, cue, content", [
    ("According to The Coastal Post, the mayor said he had ignored the reports.",
     "According to", "the mayor said he had ignored the reports"),
    ("“The quay will close,” the mayor said, according to The Coastal Post.",
     "according to", "“The quay will close,” the mayor said"),
    ("“The quay will close,” the mayor said, The Coastal Post reported.",
     "reported", "“The quay will close,” the mayor said"),
    ("The mayor told the council the quay would close, The Coastal Post reported.",
     "reported", "The mayor told the council the quay would close"),
    ("The mayor noted that the quay would close, reported The Coastal Post.",
     "reported", "The mayor noted that the quay would close"),
    # the person's reports inside go, the outlet's content whole
    ("On Monday, the mayor made clear that the pier was safe, saying that critics should “look again,” "
     "according to The Coastal Post.",
     "according to", "On Monday, the mayor made clear that the pier was safe, saying that critics should “look again,”"),
    # ... and a document's report inside the person's words goes with them
    ("The union’s leader said the messages showed “utter contempt” for crews, according to The Coastal Post.",
     "according to", "The union’s leader said the messages showed “utter contempt” for crews"),
    # a body's report too, as under the outlet's trailing "reported"
    ("Freight fell, the port authority said in a filing, according to The Coastal Post.",
     "according to", "Freight fell, the port authority said in a filing"),
    ("According to The Coastal Post, the ministry said the quay would close.",
     "According to", "the ministry said the quay would close"),
])
def test_an_outlet_according_to_which_a_person_spoke_is_the_source(parser, text, cue, content):
    """An outlet's "according to", or its trailing "reported", around what a
    person said is the outlet's report, the person's words and cue its
    content, as annotators mark it."""
    att = _one(parser.parse(text))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == ("The Coastal Post", cue, content)
    assert not att.via


@pytest.mark.parametrize("sentence,source,content", [
    # "according to X" vouches for the whole clause it credits, the speaker and the act too:
    # no report inside it is one of its own
    ("The pier is rotten, the harbour master said, according to people close to the board.",
     "people close to the board", ["The pier is rotten, the harbour master said"]),
    ("In a letter posted in May, the union pointed to the crash as proof that the pier was rotten, "
     "according to a report from the harbour trust.",
     "a report from the harbour trust",
     ["In a letter posted in May, the union pointed to the crash as proof that the pier was rotten"]),
    ("According to the Harbour Trust, the mayor praised the crew, and she asked the board to keep the pier open.",
     "the Harbour Trust", ["the mayor praised the crew, and she asked the board to keep the pier open"]),
])
def test_according_to_holds_the_reports_it_credits(parser, sentence, source, content):
    att = _one(parser.parse(sentence))
    assert att.rule == "core.lead_phrase.v2"
    assert att.cue.spans[0].text.lower() == "according to"
    assert att.source.span.text == source
    assert [c.text for c in att.content] == content


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a trailing lead set off by commas between a verb and its "that" clause is an aside of the
    # verb's report: the verb's subject is the source, not the lead's object
    ("Ann Lee said, per a translator, that the pier was unsafe.", "Ann Lee", "said", "the pier was unsafe"),
    ("The mayor told reporters, according to a transcript, that the ferry would stop.",
     "The mayor", "told", "the ferry would stop"),
])
def test_a_lead_between_a_verb_and_its_that_clause_is_the_verbs(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert att.rule == "core.said_that.v2"
    assert att.source.span.text == source
    assert att.cue.spans[0].text == cue
    assert [c.text for c in att.content] == [content]


def test_a_lead_phrase_then_a_clause_not_opened_by_that_still_credits(rules_only):
    att = _one(rules_only.parse("The pier is unsafe, according to the harbour board, and the ferry will stop."))
    assert att.rule == "core.lead_phrase.v2"
    assert att.source.span.text == "the harbour board"


@pytest.mark.parametrize("sentence,content", [
    # capitalised after a colon, the lead opens its own clause: the content follows it
    ("The news is grim: According to the harbour board, the ferry lost money in May.",
     "the ferry lost money in May"),
    # in lower case after the colon, it still credits the words before it
    ("The news is grim: the ferry lost money, according to the harbour board.",
     "The news is grim: the ferry lost money"),
    # right after a subordinator, it credits the subordinate clause it opens
    ("The mayor stayed home because, according to the harbour board, the ferry had lost money.",
     "the ferry had lost money"),
])
def test_a_lead_after_a_colon_or_subordinator_credits_the_clause_it_opens(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == "the harbour board"
    assert [c.text for c in att.content] == [content]


@pytest.mark.parametrize("sentence,source,cue", [
    # a verb of taking a turn right before "by" leads the participle's cue
    ("The mayor began by saying that the pier was unsafe.", "The mayor", "began by saying"),
    ("Roe followed up by asking whether the pier would close.", "Roe", "followed up by asking"),
    ("Lee responded first by saying the pier was safe.", "Lee", "responded first by saying"),
    ("They will begin by asking whether the pier is safe.", "They", "will begin by asking"),
    # a verb of a turn that is a cue of its own ("responded", "continued") is no report
    # beside the participle its cue holds, whose content follows "by saying"
    ("The mayor responded by saying that the pier was unsafe.", "The mayor", "responded by saying"),
    ("The harbour master replied by saying the pier was unsafe.", "The harbour master", "replied by saying"),
    # not a verb with an object before "by", nor a passive's agent phrase
    ("Lee opened the meeting by saying the pier was safe.", "Lee", "saying"),
    ("The levy is often justified by arguing that the pier is old.", "The levy", "arguing"),
])
def test_a_turn_before_by_leads_the_participle_cue(parser, sentence, source, cue):
    att = _one(parser.parse(sentence))
    assert att.rule == "core.participle.v2"
    assert (att.source.span.text, att.cue.spans[0].text) == (source, cue)


@pytest.mark.parametrize("sentence,source,cue", [
    # a reply and its adjuncts of time, place or occasion before the comma lead the participle's cue
    ("The harbour master responded Friday, saying the pier was safe.", "The harbour master",
     "responded Friday, saying"),
    ("Lee shot back in a long statement, calling the levy a mistake.", "Lee",
     "shot back in a long statement, calling"),
    ("The council has responded this week, saying that the pier will reopen.", "The council",
     "has responded this week, saying"),
    # not a reply alone, a reply to, at or with something, nor another verb before the comma
    ("The harbour master responded, saying the pier was safe.", "The harbour master", "saying"),
    ("Lee fired back at the mayor, calling the levy a mistake.", "Lee", "calling"),
    ("The council reacted to the vote, saying that the pier will reopen.", "The council", "saying"),
    ("Lee pushed back on the claims, saying the pier was safe.", "Lee", "saying"),
])
def test_a_reply_before_a_comma_leads_the_participle_cue(parser, sentence, source, cue):
    att = next(a for a in parser.parse(sentence).attributions if a.rule == "core.participle.v2")
    assert (att.source.span.text, att.cue.spans[0].text) == (source, cue)


def test_a_turn_led_participle_takes_the_turn_verbs_subject(parser):
    # the turn verb's own report goes; its subject, the nearer "he", is the participle's
    text = "When he returned he began by saying: “The pier is unsafe.”"
    att = _one(parser.parse(text))
    assert att.cue.spans[0].text == "began by saying"
    assert att.source.span.start == text.index("he began")
    assert [c.text for c in att.content] == ["“The pier is unsafe.”"]


def test_the_outlet_resolves_to_last_named_outlet(parser):
    text = ("The Valley Herald reported the closure first.\n"
            "A nurse, Tom Reyes, told the outlet that the ward was full.")
    att = parser.parse(text).attributions[-1]
    assert att.via[0].span.text == "the outlet"
    assert att.via[0].resolved.span.text == "The Valley Herald"


def test_apostrophes_are_not_quotes(parser):
    doc = parser.parse("The Russians’ trucks don’t stop, officials said. Kyiv’s mayor agreed.")
    assert [a.content[0].text for a in doc.attributions] == ["The Russians’ trucks don’t stop"]


def test_mismatched_marks_do_not_swallow_the_article(parser):
    text = "Critics said the plan was “a fantasy\" at best.\n“It will work,” the minister said."
    doc = parser.parse(text)
    assert [a.source.span.text for a in doc.attributions] == ["Critics", "the minister"]


@pytest.mark.parametrize("text", ["“The pier is finished,’ said the harbour master.",
                                  "“The pier is finished,’ the harbour master said.",
                                  "“The pier is finished, said the harbour master, who has worked there since 1990."])
def test_a_quotation_closed_by_a_mismatched_mark_or_none_ends_before_its_speaker(parser, text):
    att = _one(parser.parse(text))
    assert att.source.span.text == "the harbour master"
    assert att.content[0].text.rstrip(",’") == "“The pier is finished"


@pytest.mark.parametrize(("text", "source"), [
    ("\"The pier is finished,' said harbour master Ann Lee. She added that no one was hurt.", "harbour master Ann Lee"),
    ("“The pier is finished,’ said Ann Lee, the harbour master.", "Ann Lee, the harbour master"),
    ("“The pier is finished,’ said a harbour master.", "a harbour master"),
])
def test_a_mismatched_mark_before_said_and_a_role_ends_the_quotation(parser, text, source):
    first = parser.parse(text).attributions[0]
    assert first.source.span.text == source
    assert first.content[0].text.rstrip(",’'") in ("\"The pier is finished", "“The pier is finished")


@pytest.mark.parametrize("line", [
    "Also Read | Harbour master says the pier is unsafe",
    "Read more: Pier unsafe, says harbour master",
    "RELATED: Ferry fares will rise, operator says",
    # the label in quotation marks, as copy taken from a page's markup keeps it
    "“Related:” Ferry Fares Will Rise, Operator Says",
    "\"Related\": Ferry fares will rise, operator says",
    "“Related:”\n\nHarbour Master Says Pier Is Unsafe",
    "Sign up to our newsletter for the day's news, says the editor.",
    "Follow the Harbour Gazette on Twitter, where the editor says more.",
    "This article was amended on 3 March; it said the pier had been sold.",
    "• This article was amended on 3 March; it said the pier had been sold.",
    "Copyright 2024 The Harbour Gazette. All rights reserved. The editor said so.",
])
def test_links_promos_and_notices_yield_nothing(parser, line):
    doc = parser.parse(f"Pier to close\n\nThe board said the pier would close on Friday.\n\n{line}")
    assert [a.source.span.text for a in doc.attributions] == ["The board"]


@pytest.mark.parametrize("note", [
    # a print edition's note on the story quotes its headline, no one's words, first or last
    "A version of this article appears in print on June 2, 2021, on Page B3 of the New York edition "
    "with the headline: Vale: Pier Toll Is Fair.",
    "A version of this column appeared in print on May 4, 2020, on Page C1 with the headline: Roe: Ferry Fares Must Fall.",
    "This story appeared in print on March 3, 2019, on Page A9 with the headline: Marsh: The Toll Is Too High.",
])
@pytest.mark.parametrize("first", [True, False])
def test_a_print_editions_note_yields_nothing(parser, note, first):
    body = "The board said the pier would close on Friday."
    doc = parser.parse(f"{note}\n\n{body}" if first else f"{body}\n\n{note}")
    assert [a.source.span.text for a in doc.attributions] == ["The board"]


@pytest.mark.parametrize("credit", ["(With inputs from PTI)", "With agency inputs", "(With wire inputs)"])
def test_agency_credits_are_credits_in_any_outlet(parser, credit):
    doc = parser.parse("Park to reopen\nThe board said the park would reopen.\n" + credit, outlet="other-outlet")
    assert [c.text for c in doc.credits] == [credit]


def test_headings_and_credit_lines_yield_nothing(parser):
    text = "Park to reopen\nWhat happens next?\nThe board said the vote would be held on Friday.\nWith inputs from agencies"
    doc = parser.parse(text)
    assert len(doc.attributions) == 1
    assert [h.text for h in doc.headings] == ["What happens next?"]
    assert [c.text for c in doc.credits] == ["With inputs from agencies"]


def test_a_passive_participle_with_its_agent_is_no_report(parser):
    assert parser.parse("A decree signed by the governor closed the pier for a week.").attributions == ()


def test_a_passive_with_an_agent_that_does_not_speak_is_no_report(parser):
    assert not parser.parse("The order was signed by the governor.").attributions


def test_a_place_before_a_poll_is_no_frame(parser):
    assert parser.parse("In Ohio, the polls close at seven.").attributions == ()


@pytest.mark.parametrize("sentence", [
    "To win the vote, the mayor needs the fishermen.",  # an infinitive of purpose
    "To the surprise of many, the pier reopened.",
    "To date, the pier has cost millions.",
    "Lee doubted his reasons for, in her view, closing the pier.",  # an aside inside a phrase
])
def test_a_fronted_to_that_names_no_one_holds_no_view(rules_only, sentence):
    assert all(a.rule != "core.view_holder.v1" for a in rules_only.parse(sentence).attributions)


def test_a_clause_after_a_subordinator_with_no_comma_leads_no_quotation(rules_only):
    doc = rules_only.parse("If we lived in calmer times a reader would ask: “Why is the pier closed?”")
    assert all(a.rule != "core.colon_quote.v1" for a in doc.attributions)


def test_a_pointer_according_to_plan_is_no_attribution(rules_only):
    assert rules_only.parse("That’s according to plan.").attributions == ()


def test_according_to_plan_is_no_attribution(parser):
    assert parser.parse("The repairs on the old pier went according to plan.").attributions == ()


def test_an_unsure_cue_after_which_is_no_report(parser):
    assert parser.parse("The paper, which published a photograph of the pier, closed.").attributions == ()


def test_a_dashed_heading_after_a_quotation_credits_no_one(parser):
    doc = parser.parse("“We will rebuild the pier before winter.”\n– A harbour reborn –.")
    assert [a.rule for a in doc.attributions if a.rule == "core.dash_credit.v2"] == []


def test_a_colon_after_a_clause_with_no_one_in_it_credits_no_one(parser):
    assert parser.parse("There was one problem: “the pier.”").attributions == ()


def test_a_relative_clause_that_reports_is_no_part_of_the_mention(rules_only):
    # "who added that ...": a report of its own, whose source is "who"
    doc = rules_only.parse("“The channel is unsafe,” said Tom Okafor, who added that the pier was old.")
    assert [(a.source.span.text, a.cue.spans[0].text) for a in doc.attributions] == [
        ("Tom Okafor", "said"), ("who", "added")]


@pytest.mark.parametrize("text, cue, source", [
    # an adverb "once" inside the clause, no clause of its own
    ("Some fishermen who were once courted by Mr. Okafor now regard the pier as lost.", " now regard",
     "Some fishermen who were once courted by Mr. Okafor"),
    # names joined inside the clause, and "who" with its auxiliary contracted onto it
    ("Several pilots who’d rather be working for Roe or Ann Lee said the ferry was late.", " said",
     "Several pilots who’d rather be working for Roe or Ann Lee"),
    ("Pilots who backed Roe and Ann Lee said the ferry was late.", " said", "Pilots who backed Roe and Ann Lee"),
])
def test_a_walk_that_stops_inside_a_relative_clause_reads_its_noun_and_clause(rules_only, text, cue, source):
    found = sources.subject(text, 0, text.index(cue), rules_only.lexicon, strong=True)
    assert found is not None and text[found[0]:found[1]] == source


@pytest.mark.parametrize("text, source", [
    # a quantifier floated after an aside: the subject before it, not the quantifier alone
    ("The two pilots - whose union was once strong - both said the pier was unsafe.", "The two pilots"),
    ("The ferry crews — who work nights — all said the pier was unsafe.", "The ferry crews"),
    ("Two senior pilots, Ann Lee and Tom Roe, both said the pier was unsafe.", "Two senior pilots, Ann Lee and Tom Roe"),
    # ... but a quantifier that is the subject, or one after a fronted phrase, stays
    ("Both said the pier was unsafe.", "Both"),
    ("In separate interviews, both said the pier was unsafe.", "both"),
])
def test_a_quantifier_floated_after_an_aside_leaves_the_subject_before_it(rules_only, text, source):
    found = sources.subject(text, 0, text.index(" said"), rules_only.lexicon, strong=True)
    assert found is not None and text[found[0]:found[1]] == source


@pytest.mark.parametrize("text, cue, source", [
    # a clause of its own after "when" or "and" inside the clause: its subject is the source
    ("Those who stayed when Ann Lee said the ferry was late.", " said", "Ann Lee"),
    ("He thanked the pilots who left and Ann Lee said the ferry was late.", " said", "Ann Lee"),
])
def test_a_name_after_a_clause_boundary_past_a_relative_clause_is_the_subject(rules_only, text, cue, source):
    found = sources.subject(text, 0, text.index(cue), rules_only.lexicon, strong=True)
    assert found is not None and text[found[0]:found[1]] == source


def test_an_inverted_source_before_a_long_relative_clause(rules_only):
    text = ("“People are angry,” said Councillor Abe Mensah, who thinks the mayor and her staff “need to listen "
            "to the harbour, to the fishermen and to the families who have lived here for generations. There is "
            "some mending to do, and it starts with the pier, the market and the old school on the hill.”")
    found = {(a.rule, a.source.span.text) for a in rules_only.parse(text).attributions}
    assert ("core.inverted_cue.v2", "Councillor Abe Mensah") in found


def test_the_object_of_a_preposition_is_no_subject(rules_only):
    doc = rules_only.parse("The council's about-face on the regime in Harbourtown worries the northern ports.")
    assert "Harbourtown" not in [a.source.span.text for a in doc.attributions if a.source]


@pytest.mark.parametrize("sentence", [
    "The latest plan to save the pier drew protests, with fishermen saying that the town would suffer.",
    "The killings of two officers have left most residents saying the town is unsafe.",
])
def test_a_phrase_cut_before_its_noun_is_no_source(rules_only, sentence):
    sources_found = [a.source.span.text for a in rules_only.parse(sentence).attributions if a.source]
    assert "The latest" not in sources_found and "The killings of" not in sources_found


def test_a_dash_credit_ends_the_content_before_it(parser):
    doc = parser.parse("The mayor said she would try again and insisted the plan was “not dead.”--Ann Lee.")
    credited = [a for a in doc.attributions if a.rule == "core.dash_credit.v2"]
    assert [(a.source.span.text, a.content[0].text) for a in credited] == [("Ann Lee", "“not dead.”")]
    assert not any("Ann Lee" in s.text for a in doc.attributions for s in a.content)


@pytest.mark.parametrize("text", [
    "“The pier is gone,” she said, adding, “We will build another.”",
    "“The pier is gone,” said Ann Lee, adding, “We will build another.”",
])
def test_a_quotation_after_adding_is_a_report_of_its_own(parser, text):
    found = [(a.cue.spans[0].text, [s.text for s in a.content]) for a in parser.parse(text).attributions]
    assert ("adding", ["“We will build another.”"]) in found
    assert all(len(content) == 1 for _cue, content in found)


def test_a_capitalised_auxiliary_opening_a_sentence_is_no_source(parser):
    assert not any(a.source and a.source.span.text == "Just" for a in parser.parse("Just ask the ferrymen.").attributions)


def test_a_report_before_a_participle_keeps_its_own_object(parser):
    # "thanked the crew" reports of its own; "issued a statement" only carries the participle's report
    found = [(a.cue.spans[0].text, [c.text for c in a.content])
             for a in parser.parse("The captain thanked the crew, saying they had saved the pier.").attributions]
    assert found == [("thanked", ["the crew"]), ("saying", ["they had saved the pier"])]


def test_plain_sentence_yields_nothing(parser):
    assert parser.parse("The river rose two metres overnight and the road was closed.").attributions == ()


def test_telling_someone_with_no_content_yields_nothing(parser):
    assert parser.parse("The coach told the players.").attributions == ()
    assert parser.parse("The coach told them.").attributions == ()


def test_a_failing_plugin_is_recorded_and_parsing_goes_on():
    from attribution.hookspecs import hookimpl

    class Broken:
        @hookimpl
        def attribution_rules(self, register):
            def explode(context, sentence):
                raise RuntimeError("boom")

            register("broken.explode.v1", explode)

    p = attribution.Parser(plugins=[Broken()], entry_points=False)
    doc = p.parse("The council said the park would reopen.")
    assert len(doc.attributions) == 1
    assert doc.errors and "boom" in doc.errors[0].message and doc.errors[0].plugin == "Broken"
    with pytest.raises(attribution.ParseError, match="boom"):
        attribution.Parser(plugins=[Broken()], entry_points=False, strict=True).parse("The council said it.")


def test_transcript_speakers(parser):
    doc = parser.parse("Debate transcript\nHOST: Will you raise taxes?\nGREEN: Not on families.")
    assert [(a.source.span.text, a.content[0].text) for a in doc.attributions] == [
        ("HOST", "Will you raise taxes"), ("GREEN", "Not on families")]


def test_a_transcript_turn_keeps_what_its_speaker_says_of_himself(parser):
    doc = parser.parse("Debate transcript\nHOST: Will you raise taxes?\n"
                       "GREEN: Not on families. Well, I think the levy is fair, and they want safe streets.")
    assert [(a.source.span.text, a.content[0].text) for a in doc.attributions] == [
        ("HOST", "Will you raise taxes"),
        ("GREEN", "Not on families. Well, I think the levy is fair, and they want safe streets")]


def test_colon_lead_into_the_next_paragraph(parser):
    text = "The inspector wrote:\n“The wiring is unsafe. The hall must close.”\nThe hall closed."
    att = _one(parser.parse(text))
    assert att.source.span.text == "The inspector"
    assert att.content[0].text == "“The wiring is unsafe. The hall must close.”"


def test_fronted_clause_ends_the_first_report(parser):
    doc = parser.parse("When the mayor spoke on Monday, she said the budget was safe.")
    assert [a.content[0].text for a in doc.attributions][-1] == "the budget was safe"
    assert doc.attributions[-1].source.span.text == "she"


@pytest.mark.parametrize("sentence, content", [
    # the main clause's report, past the fronted clause's comma, opens with a fronted phrase of its own
    ("As the storm eased, the harbour master noted that even in calm weather, the old pier had shaken.",
     "even in calm weather, the old pier had shaken"),
    ("When the ferry docked, Lee said that during the night, the crew had slept on deck.",
     "during the night, the crew had slept on deck"),
    # a report inside the fronted clause still ends at its comma
    ("When Lee said that during the night the crew slept, the council acted.", "during the night the crew slept"),
])
def test_a_fronted_phrase_of_a_main_clause_report_is_not_the_fronted_clause(parser, sentence, content):
    said = [a for a in parser.parse(sentence).attributions if a.cue.spans[0].text in ("noted", "said")]
    assert [a.content[0].text for a in said] == [content]


def test_a_report_in_a_fronted_clause_after_a_focus_adverb_ends_at_its_comma(parser):
    doc = parser.parse("Even as the mayor has said that she opposes the toll on the bridge, her office continues to collect it.")
    said = [a for a in doc.attributions if a.cue.spans[0].text == "has said"]
    assert [(a.source.span.text, a.content[0].text) for a in said] == [("the mayor", "she opposes the toll on the bridge")]


def test_coordinated_reports_split(parser):
    doc = parser.parse("The council said the road would open, but residents said it was unsafe.")
    assert [(a.source.span.text, a.content[0].text) for a in doc.attributions] == [
        ("The council", "the road would open"), ("residents", "it was unsafe")]


@pytest.mark.parametrize("sentence, found", [
    ("The council said the road would open, but they found it unsafe, engineers said.",
     [("The council", "the road would open"), ("engineers", "but they found it unsafe")]),
    ("Ferry crews said they like the new route, and they will not strike, because pay rose, union leaders said.",
     [("Ferry crews", "they like the new route"), ("union leaders", "and they will not strike, because pay rose")]),
    # with no contrast after it, or none with a subject pronoun of its own, the opening report is part
    # of the trailing speaker's words
    ("The council said the road would open, engineers said.",
     [("engineers", "The council said the road would open")]),
    ("The council said the road would open, but not before May, engineers said.",
     [("engineers", "The council said the road would open, but not before May")]),
])
def test_a_contrast_after_an_opening_report_is_the_trailing_speakers(parser, sentence, found):
    doc = parser.parse(sentence)
    assert [(a.source.span.text, a.content[0].text) for a in doc.attributions] == found


def test_an_unsure_coordinated_report_stays_in_a_sure_one(parser):
    doc = parser.parse("The keeper said the lamp was out and he considered the pier unsafe.")
    assert [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions] == [
        ("The keeper", "said", "the lamp was out and he considered the pier unsafe")]
    # a sure one splits it
    doc = parser.parse("The keeper said the lamp was out, and the mayor said the pier was unsafe.")
    assert [(a.source.span.text, a.content[0].text) for a in doc.attributions] == [
        ("The keeper", "the lamp was out"), ("the mayor", "the pier was unsafe")]


def test_a_sure_report_in_a_clause_of_time_ends_the_content_before_it(parser):
    doc = parser.parse("The mayor praised the harbour master when Ann Lee claimed that the pier was unsafe.")
    assert [(a.source.span.text, a.content[0].text) for a in doc.attributions] == [
        ("The mayor", "the harbour master"), ("Ann Lee", "the pier was unsafe")]
    # an unsure verb in the clause of time is the content's own
    doc = parser.parse("The captain said the ferry would be sold when the board signed the deal.")
    assert [(a.source.span.text, a.content[0].text) for a in doc.attributions] == [
        ("The captain", "the ferry would be sold when the board signed the deal")]


def test_a_quotation_ending_in_a_determiner_still_has_its_cue(parser):
    att = _one(parser.parse("“Nobody will believe that,” said Tom Reyes."))
    assert att.source.span.text == "Tom Reyes"
    assert [s.text for s in att.content] == ["“Nobody will believe that,”"]


def test_a_new_clause_with_its_own_report_ends_the_content(parser):
    doc = parser.parse("The captain said the ferry was safe, he also warned that the pier was not.")
    assert [(a.cue.spans[0].text, a.content[0].text) for a in doc.attributions] == [
        ("said", "the ferry was safe"), ("also warned", "the pier was not")]


def test_a_participle_after_a_trailing_cue_is_no_inverted_cue(parser):
    doc = parser.parse("“We stay open,” the owner said on Monday, explaining the shop’s decision.")
    assert [(a.source.span.text, a.cue.spans[0].text) for a in doc.attributions][0] == ("the owner", "said")
    assert all(a.rule != "core.inverted_cue.v2" for a in doc.attributions)


def test_a_participle_after_a_quoted_phrase_reports_for_the_subject(parser):
    doc = parser.parse("The mayor defended “our harbour,” saying the port would stay open.")
    assert [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions] == [
        ("The mayor", "defended", "“our harbour,”"), ("The mayor", "saying", "the port would stay open")]


def test_a_quoted_question_and_a_short_tail_are_one_sentence(parser):
    att = _one(parser.parse("“Who moved the buoys?” Okafor grumbled. The harbour was quiet."))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (
        "Okafor", "grumbled", "“Who moved the buoys?”")


def test_names_with_colons_before_quotations_inside_a_paragraph(parser):
    doc = parser.parse('The two disagree. Okafor: "The pier must go." Brandt: "It stays."')
    assert [(a.source.span.text, a.content[0].text) for a in doc.attributions] == [
        ("Okafor", '"The pier must go."'), ("Brandt", '"It stays."')]


def test_a_speech_verb_after_a_quotation_may_have_an_adjunct(parser):
    att = _one(parser.parse("“I may have to leave the quay,” Okafor joked in reference to the tide."))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (
        "Okafor", "joked", "“I may have to leave the quay,”")


def test_an_inverted_source_ends_before_a_participle_with_a_clause(parser):
    doc = parser.parse("“The pier will hold,” said Okafor, suggesting the storm was over.")
    assert [(a.source.span.text, a.cue.spans[0].text) for a in doc.attributions] == [
        ("Okafor", "said"), ("Okafor", "suggesting")]


@pytest.mark.parametrize("tail", [", which opened in 1990", ", but the pier stayed shut", ", who runs the ferry",
                                  ", despite the storm"])
def test_the_rules_end_content_at_a_relative_or_concessive_clause(parser, tail):
    # the rules' verdict, which the clause-end model weighs: annotators split
    # about evenly on some of these (", but the ...", ", who ..."), and the
    # model may read on where its other evidence says so
    with mock.patch.object(clauses, "clause_end_model", lambda: None):
        att = _one(parser.parse(f"The harbour board said the ferry would sail on Monday{tail}."))
    assert att.content[0].text == "the ferry would sail on Monday"


@pytest.mark.parametrize("content", [
    "during the storm, the pier will close",  # a prepositional phrase fronted before the clause
    "for one, the pier is no longer safe",
    "based on the survey, the pier will close",
    "even if the tide falls, the pier will close",  # a subordinate clause after a focus adverb
])
@pytest.mark.parametrize("that", ["that ", "that, "])
def test_a_phrase_fronted_in_the_content_runs_on_to_its_clause(parser, content, that):
    # the comma that closes the phrase is no end of the content, for the rules or the model
    for model in (clauses.clause_end_model, lambda: None):
        with mock.patch.object(clauses, "clause_end_model", model):
            att = _one(parser.parse(f"The harbour master said {that}{content}."))
        assert (att.source.span.text, att.content[0].text) == ("The harbour master", content)


def test_asked_with_an_adjunct_before_the_question(parser):
    doc = parser.parse("Asked at the pier on Monday whether the ferry would sail, the captain shrugged.")
    assert [(a.cue.spans[0].text, a.content[0].text) for a in doc.attributions] == [
        ("Asked", "whether the ferry would sail")]


def test_a_coordinated_subject_with_an_aside_is_not_inverted(parser):
    att = _one(parser.parse("Harbour engineers and city officials, however, said the pier could not be saved."))
    assert att.content[0].text == "the pier could not be saved"
    assert att.source.span.text.endswith("city officials")


def test_quoted_transcript_lines_are_one_attribution_each(parser):
    text = ('The exchange went on.\n"OKAFOR: The pier is unsafe, and everyone knows it.\n'
            '"HOST: But the council disagrees.\n"OKAFOR: Then the council is wrong.')
    doc = parser.parse(text)
    assert [(a.source.span.text, [s.text for s in a.content]) for a in doc.attributions] == [
        ("OKAFOR", ["The pier is unsafe, and everyone knows it."]), ("HOST", ["But the council disagrees."]),
        ("OKAFOR", ["Then the council is wrong."])]


def test_a_coordinated_verb_before_that_ends_the_first_report(parser):
    doc = parser.parse("The keeper said the lamp was fixed, but warned that the stairs were unsafe.")
    assert [(a.cue.spans[0].text, a.content[0].text) for a in doc.attributions] == [
        ("said", "the lamp was fixed"), ("warned", "the stairs were unsafe")]


@pytest.mark.parametrize("sentence,found", [
    ("The keeper said the lamp was “fixed for good” before adding that the stairs were unsafe.",
     [("said", "the lamp was “fixed for good”"), ("adding", "the stairs were unsafe")]),
    ("Ann Lee insisted the fares were “too high” while claiming that the ferry ran at a loss.",
     [("insisted", "the fares were “too high”"), ("claiming", "the ferry ran at a loss")]),
])
def test_a_participle_of_the_same_subject_after_before_or_while_ends_the_first_report(parser, sentence, found):
    doc = parser.parse(sentence)
    assert [(a.cue.spans[-1].text, a.content[0].text) for a in doc.attributions] == found
    assert len({a.source.span.text for a in doc.attributions}) == 1


@pytest.mark.parametrize("sentence,found", [
    # a sure verb before the comma keeps its own report, which ends at the comma
    ("Ann Lee told the council the fares were unfair, adding that the ferry had never run full.",
     [("told", "the fares were unfair"), ("adding", "the ferry had never run full")]),
    # a sure verb before the comma ends its content there even when the participle is unsure
    ("Ann Lee called the levy “a disgrace” in her efforts to cut harbour fees, applauding the pilots for their strike.",
     [("called", "the levy “a disgrace” in her efforts to cut harbour fees"), ("applauding", "the pilots for their strike")]),
    # a quotation that closes on the comma keeps its mark
    ("Ann Lee told the council the fares were “unfair,” adding that the ferry had never run full.",
     [("told", "the fares were “unfair,”"), ("adding", "the ferry had never run full")]),
    # an unsure one is only the occasion of the participle's report, and goes
    ("Ann Lee went after the harbour master, calling him “a danger to shipping.”",
     [("calling", "him “a danger to shipping.”")]),
])
def test_a_participle_of_the_same_subject_after_a_comma_ends_the_first_report(parser, sentence, found):
    doc = parser.parse(sentence)
    assert [(a.cue.spans[-1].text, a.content[0].text) for a in doc.attributions] == found
    assert {a.source.span.text for a in doc.attributions} == {"Ann Lee"}


@pytest.mark.parametrize("sentence,found", [


    # a sure verb before "by" reports too, its object up to "by"
    ("Ann Lee dismissed the harbour board's figures by pointing out that the ferry had never run full.",
     [("Ann Lee", "dismissed", "the harbour board's figures"), ("Ann Lee", "pointing out", "the ferry had never run full")]),
    ("The warden defended the night curfew by citing a survey of residents.",
     [("The warden", "defended", "the night curfew"), ("The warden", "citing", "a survey of residents")]),
    # a verb of a turn is only the means
    ("The keeper answered the council's letter by saying that the lamp would be fixed in May.",
     [("The keeper", "saying", "the lamp would be fixed in May")]),
    ("The chair opened the hearing by asking whether the ferry was safe.",
     [("The chair", "asking", "whether the ferry was safe")]),
])
def test_a_participle_after_by_is_a_report_and_a_sure_verb_before_it_another(parser, sentence, found):
    doc = parser.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[-1].text, a.content[0].text) for a in doc.attributions] == found


@pytest.mark.parametrize("sentence,found", [
    # an object relative clause ("what she said was ...") is the content of the unsure report around it
    ("Lee focused on what she said was the need to repair the pier.",
     [("Lee", "focused on", "what she said was the need to repair the pier")]),
    ("Roe was known for his dislike of what he called the harbour cartel.",
     [("was known for", "Roe … his dislike of what he called the harbour cartel")]),
    # a subject relative ("engineers who say ...") still reports of its own
    ("Lee is relying on engineers who say the pier is unsafe.", [("who", "say", "the pier is unsafe")]),
])
def test_an_unsure_report_keeps_an_object_relative_report_inside_it(parser, sentence, found):
    doc = parser.parse(sentence)
    got = [((a.source.span.text,) if a.source else ()) + (a.cue.spans[0].text, " … ".join(s.text for s in a.content))
           for a in doc.attributions]
    assert got == found


def test_an_unsure_verb_gives_way_to_a_participle_of_its_subject_after_a_comma(parser):
    att = _one(parser.parse("The mayor celebrated in the square with supporters, declaring that the pier was saved."))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (
        "The mayor", "declaring", "the pier was saved")


def test_a_participle_after_by_inside_a_that_clause_stays_in_it(parser):
    att = _one(parser.parse("The keeper said that the board would cut costs by closing the pier."))
    assert (att.cue.spans[0].text, att.content[0].text) == ("said", "the board would cut costs by closing the pier")


def test_report_nouns_open_the_content_of_a_denial(parser):
    att = _one(parser.parse("The ministry rejected claims that its troops had crossed the border."))
    assert att.polarity == "denied"
    assert att.cue.spans[0].text == "rejected"
    assert att.content[0].text == "claims that its troops had crossed the border"


@pytest.mark.parametrize("sentence,kind", [
    ("Officials familiar with the matter said the talks had stalled.", "anonymous"),
    ("According to reports, the talks had stalled.", "unnamed"),
    ("The diary said the talks had stalled.", "document"),
    ("The Daily Ledger reported that the talks had stalled.", "outlet"),
    ("Analysts said the talks had stalled.", "group"),
    ("Senate Republicans said the talks had stalled.", "group"),
    # a plural common noun and the names of where its members are
    ("Analysts at Portville Capital said the talks had stalled.", "group"),
    ("Economists from Harbour University said the talks had stalled.", "group"),
    ("Lee aides said the talks had stalled.", "group"),
    ("Tim Evans said the talks had stalled.", "person"),
    ("The Chronicle of Lagos reported that the talks had stalled.", "outlet"),
    ("The Bank of Ghana said that the talks had stalled.", "organization"),
    ("Britain's largest ferry operator said that the talks had stalled.", "organization"),
    ("The media regulator said that the talks had stalled.", "government"),  # a regulator is a state's body
    ("A Whitehall source said that the talks had stalled.", "anonymous"),
    ("Officials privy to the talks said that they had stalled.", "anonymous"),
    # the manner of the report after its cue, past a hearer
    ("Officials said on condition of anonymity that the talks had stalled.", "anonymous"),
    ("Two aides told reporters, on condition of anonymity, that the talks had stalled.", "anonymous"),
    ("A diplomat said anonymously that the talks had stalled.", "anonymous"),
    ("The official, who declined to be named, said that the talks had stalled.", "anonymous"),
    ("The harbour official, who did not wish to be named, said that the talks had stalled.", "anonymous"),
    ("The harbour official, who wished to remain anonymous, said that the talks had stalled.", "anonymous"),
    ("The harbour official, who wished to see the talks, said that they had stalled.", "person"),
    ("A police officer, asking not to be identified, said that the talks had stalled.", "anonymous"),
    ("State broadcaster KTV said that the talks had stalled.", "outlet"),
    ("The newspaper Le Port said that the talks had stalled.", "outlet"),
    ("Network executive Ann Lee said that the talks had stalled.", "person"),
    ("The Scottish government said that the talks had stalled.", "government"),
    ("A Gazette investigation found that the talks had stalled.", "document"),
    ("Downing Street said that the talks had stalled.", "government"),
    ("The Home Office said that the talks had stalled.", "government"),
    # a document an outlet made or holds, and one a participle and its phrase follow, is a document
    ("A video obtained by the BBC shows that the talks had stalled.", "document"),
    ("Papers seen by the BBC show that the talks had stalled.", "document"),
    ("The diary recovered from a frightened sailor showed that the talks had stalled.", "document"),
    ("The PMO said that the talks had stalled.", "government"),
    # people who speak for an outlet or were polled by it are no outlet
    ("A spokesman for the Harbour Gazette said that the talks had stalled.", "person"),
    ("A spokeswoman for Reuters said that the talks had stalled.", "person"),
    ("Economists polled by the BBC said that the talks had stalled.", "group"),
    # the plural of people by their part, its head in capitals too
    ("Witnesses said that the talks had stalled.", "group"),
    # another body's agency is no news agency
    ("The UN's refugee agency said that the talks had stalled.", "organization"),
    ("The state news agency said that the talks had stalled.", "outlet"),
    ("The MHA told the court that the talks had stalled.", "government"),
    ("Raj Bhavan said that the talks had stalled.", "government"),
    # the head of the first noun phrase, not of what its appositive says of it
    ("The survey, carried out by the Institute for Harbours, found that the talks had stalled.", "document"),
    ("As per the notification, the talks had stalled.", "document"),
    # a participle and its agent after the head: "a statement issued by ..."
    ("According to a statement issued by the port authority, the talks had stalled.", "document"),
    ("A clerk employed by the port authority said that the talks had stalled.", "person"),
    # ... unless the appositive says what a name is
    ("Teck, the Canadian mining company, said that the talks had stalled.", "organization"),
    ("Ann Lee, a Bank of Ghana economist, said that the talks had stalled.", "person"),
    # a body known by its initials, but not a post known by them
    ("The PTSB said that the talks had stalled.", "organization"),
    ("The WHO said that the talks had stalled.", "organization"),
    ("The CFO said that the talks had stalled.", "person"),
    ("The CM said that the talks had stalled.", "person"),
    # a party, a trust and a police force by their names' last words (British copy; a police
    # force is the state's)
    ("Labour said that the talks had stalled.", "organization"),
    ("The Portville Harbour Trust said that the talks had stalled.", "organization"),
    ("Scotland Yard said that the talks had stalled.", "government"),
    ("The Lib Dems said that the talks had stalled.", "group"),
    # bodies in the plural are organizations, not a group of people
    ("Intelligence agencies believe that the talks had stalled.", "organization"),
    ("Several banks said that the talks had stalled.", "organization"),
    ("According to a summary released by the port authority, the talks had stalled.", "document"),
    # texts of law, of a meeting, of print and of a broadcast
    ("The resolution states that the talks had stalled.", "document"),
    ("The bill says that the talks had stalled.", "document"),
    ("Federal law says that the talks must be public.", "document"),
    ("The agreement says that the talks had stalled.", "document"),
    ("The caption says that the talks had stalled.", "document"),
    ("The editorial argued that the talks had stalled.", "document"),
    # a word that ends outlets' names ("the Post", "the Star") names one only in capitals
    ("A Facebook post claims that the talks had stalled.", "document"),
    ("The reality TV star said that the talks had stalled.", "person"),
    # many people as one, with no body's offices
    ("The crowd chanted that the talks had stalled.", "group"),
    ("The victim's family said that the talks had stalled.", "group"),
    ("A jury found that the talks had stalled.", "group"),
    # an average of polls is the polls', a think tank a body
    ("An average of recent polls shows that the talks had stalled.", "document"),
    ("The think tank said that the talks had stalled.", "organization"),
    # a body named in a person's appositive leaves the person a person
    ("Tom Reyes, a founder of the think tank Harbour Futures, said that the talks had stalled.", "person"),
    ("Ann Lee, an activist for the environmental group Blue Coast, said that the talks had stalled.", "person"),
    ("Tom Reyes, an adoptee who founded the advocacy organization Tidewater, said that the talks had stalled.", "person"),
    ("A projection by the consulting firm Harbour Economics showed that the talks had stalled.", "document"),
    # people counted or chosen, alone or before "of" or a place, and a share of them
    ("Some said that the talks had stalled.", "group"),
    ("Most of them said that the talks had stalled.", "group"),
    ("Everyone in the room knew that the talks had stalled.", "group"),
    ("Those surveyed said that the talks had stalled.", "group"),
    ("Some harbour leaders in the state said that the talks had stalled.", "group"),
    ("Twenty-four percent said that the talks had stalled.", "group"),
    ("Many Germans say that the talks had stalled.", "group"),
    ("Several of the polls showed that the talks had stalled.", "document"),
    ("Recent polling shows that the talks had stalled.", "document"),
    # a name after "the" is a body's, in the plural a people's or a family's, unless it ends in a
    # word for a person
    ("The Harbour Legion said that the talks had stalled.", "organization"),
    ("The AFL-CIO said that the talks had stalled.", "organization"),
    ("The Hendersons said that the talks had stalled.", "group"),
    ("The Wisconsin Republican said that the talks had stalled.", "person"),
    ("The Texan said that the talks had stalled.", "person"),
    ("The Portville Sun-Times reported that the talks had stalled.", "outlet"),
    # an outlet's noun before a name, in lower case or opening the phrase, not in a person's appositive
    ("The Daily Gazetteer reported that the talks had stalled.", "outlet"),
    ("Ann Lee, the editor of the city's newspaper, the Harbour Star, said that the talks had stalled.", "person"),
    ("The HAVEN Monitoring Group said that the talks had stalled.", "organization"),
    # the numerals of a generation after a name
    ("Pastor Tom Reyes III said that the talks had stalled.", "person"),
    # ... but such a noun in capitals after a given name, a title or a noun of people is a name
    ("Senator Law said that the talks had stalled.", "person"),
    ("Her husband Bill said that the talks had stalled.", "person"),
    # a participle and its agent after the head: the head's kind, not the agent's
    ("Economists polled by Reuters said the talks had stalled.", "group"),
    ("A diver hired by the BBC said the talks had stalled.", "person"),
    # Indian copy: "the Congress" is a party and "the Centre" the Union government; a party named
    # "... Congress" is one too, but a country's Congress is its legislature
    ("The Congress alleged that the talks had stalled.", "organization"),
    ("The Trinamool Congress alleged that the talks had stalled.", "organization"),
    ("The U.S. Congress found that the talks had stalled.", "government"),
    ("Congress found that the talks had stalled.", "government"),
    ("The Centre told the court that the talks had stalled.", "government"),
    # a government body named in capitals by its common noun
    ("The Home Ministry said that the talks had stalled.", "government"),
    ("The Ministry of Shipping said that the talks had stalled.", "government"),
    ("The Union Cabinet said that the talks had stalled.", "government"),
    # a court's bench is the court, a state's body as a court is; a bloc of parties, a directorate
    ("The bench observed that the talks had stalled.", "government"),
    ("The opposition bloc alleged that the talks had stalled.", "organization"),
    # "the Opposition": the parties outside government, many
    ("The Opposition alleged that the talks had stalled.", "group"),
    ("The Enforcement Directorate said that the talks had stalled.", "government"),
    # an outlet noun before a name is an outlet, but not one inside a post's name
    ("Radio station Harbour FM said that the talks had stalled.", "outlet"),
    # a local paper's name by its last word
    ("The Eastport Echo said that the talks had stalled.", "outlet"),
    ("The Harbour Sentinel said that the talks had stalled.", "outlet"),
    ("Station House Officer Asha Menon said that the talks had stalled.", "person"),
    # figures worked out from data are documents, whoever's name goes before them
    ("According to UN estimates, the talks had stalled.", "document"),
    ("Official statistics show that the talks had stalled.", "document"),
    ("Projections suggest that the talks had stalled.", "document"),
    # a share of people, by percent, number or fraction, is many people
    ("Sixty percent of pilots said that the talks had stalled.", "group"),
    ("About 61% of pilots said that the talks had stalled.", "group"),
    ("Two-thirds of the pilots said that the talks had stalled.", "group"),
    ("Only 44 percent said that the talks had stalled.", "group"),
    # a noun for a business, lower case or opening the sentence before its name
    ("The automaker said that the talks had stalled.", "organization"),
    ("Brokerage Harbour Securities said that the talks had stalled.", "organization"),
    ("Chipmaker Kestrel said that the talks had stalled.", "organization"),
    # people named together are many; one person with two posts, or a firm's name, is not
    ("Ann Lee and Tom Roe said that the talks had stalled.", "group"),
    ("Neither Ann Lee nor Tom Roe said that the talks had stalled.", "group"),
    ("Harbour master and former pilot Ann Lee said that the talks had stalled.", "person"),
    ("Former Secretary of State and harbour master Ann Lee said that the talks had stalled.", "person"),
])
def test_source_kinds(parser, sentence, kind):
    assert _one(parser.parse(sentence)).source.kind == kind


def test_a_relative_pronoun_is_no_organization():
    """"who" as a source is a person even when what it stands for is not
    found; only the capitals "WHO" name the World Health Organization."""
    from attribution.lexicon import Lexicon

    lexicon = Lexicon()
    assert kinds.kind("who", 0, 3, lexicon) == "person"
    assert kinds.kind("WHO", 0, 3, lexicon) == "organization"
    assert kinds.kind("which", 0, 5, lexicon) == "organization"


@pytest.mark.parametrize("sentence,source", [
    ("The WHO said the outbreak was over.", "The WHO"),
    ("Officials at the WHO said the outbreak was over.", "Officials at the WHO"),
    ("“The outbreak is over,” the WHO said.", "the WHO"),
])
def test_the_capitals_who_are_a_subject_not_a_relative_pronoun(parser, sentence, source):
    """"WHO" in capitals names a body: the subject walk goes through it as it
    would through any name, where a lower-case "who" would end it."""
    assert _one(parser.parse(sentence)).source.span.text == source


def test_a_name_in_a_documents_appositive_does_not_refer_to_it(parser):
    doc = parser.parse("The memo, sent to Ann Lee, said that the pier was unsafe. Lee said she disagreed.")
    assert doc.attributions[0].source.kind == "document"
    # the name itself, read from the text, not the memo's mention
    assert doc.attributions[1].source.refers_to.span.text == "Ann Lee"


def test_coordinated_verbs_report_separately(parser):
    doc = parser.parse("The mayor toured the flooded streets and said the city would rebuild.")
    att = doc.attributions[-1]
    assert att.rule == "core.coordinated_cue.v2"
    assert att.source.span.text == "The mayor"
    assert att.content[0].text == "the city would rebuild"


def test_self_described_label_is_its_bearers_report(parser):
    # "a self-described X": "self" the source, the participle the cue, the label to a relative pronoun
    doc = parser.parse("Ann Lee, a self-described harbour purist who sails daily, spoke first.")
    att = [a for a in doc.attributions if a.rule == "core.self_label.v1"][0]
    assert (att.source.span.text, att.cue.text, att.content[0].text) == ("self", "described", "harbour purist")
    # after "the" the label only refers; a quoted label is the writer's quoting it
    assert not [a for a in parser.parse("The self-described purist has sold the boat.").attributions
                if a.rule == "core.self_label.v1"]
    assert not [a for a in parser.parse("Crowds of self-described “pier kids” gathered.").attributions
                if a.rule == "core.self_label.v1"]


def test_noun_of_a_past_role_speaks(parser):
    # "former" or "retired" marks a noun as someone's role, though the noun alone names no speaker
    doc = parser.parse("The ferry will keep running, former champion says.")
    att = doc.attributions[-1]
    assert (att.rule, att.source.span.text, att.cue.text, att.content[0].text) == (
        "core.trailing_cue.v2", "former champion", "says", "The ferry will keep running")
    assert not parser.parse("The ferry will keep running, champion says.").attributions


def test_comparative_share_after_a_coordinator_is_the_subject(parser):
    # "more than", "fewer than" qualify a share as "about" does, also in lower case after "and"
    doc = parser.parse("Many were worried, and more than 4 in 10 said the ferry would fail.")
    att = doc.attributions[-1]
    assert (att.source.span.text, att.cue.text, att.content[0].text) == (
        "more than 4 in 10", "said", "the ferry would fail")
    doc = parser.parse("Turnout fell, and fewer than 3 in 10 said the pier mattered.")
    assert doc.attributions[-1].source.span.text == "fewer than 3 in 10"


def test_none_and_neither_stand_for_people(parser):
    # a quantifier pronoun in lower case after a coordinator is the subject, as "few" or "most" are
    doc = parser.parse("The two pilots met, but neither said the pier was safe.")
    att = doc.attributions[-1]
    assert (att.source.span.text, att.cue.text, att.content[0].text) == ("neither", "said", "the pier was safe")
    doc = parser.parse("The crews met, and none has said they want a strike.")
    assert doc.attributions[-1].source.span.text == "none"


def test_long_progressive_is_no_passive(parser):
    # a progressive of thirteen letters or more is read whole: "is acknowledging" is no passive
    doc = parser.parse("The harbour master is acknowledging that the pier is unsafe.")
    att = doc.attributions[-1]
    assert (att.source.span.text, att.cue.text, att.content[0].text) == (
        "The harbour master", "is acknowledging", "the pier is unsafe")


def test_coordinated_bare_verb_of_saying_shares_the_plural_subject(parser):
    # "... and warn that Y": a bare present after "and" is the verb of the plural subject, no adjective
    doc = parser.parse("Many pilots doubt the plan and warn that it will fail.")
    att = doc.attributions[-1]
    assert att.rule == "core.coordinated_cue.v2"
    assert att.source.span.text == "Many pilots"
    assert att.cue.text == "warn"
    assert att.content[0].text == "it will fail"


def test_coordinated_bare_verb_needs_a_subject_it_agrees_with(parser):
    # a singular subject takes no bare present; an auxiliary carries the agreement itself
    doc = parser.parse("The mayor toured the pier and warn that it will fail.")
    assert not [a for a in doc.attributions if a.cue.text == "warn"]
    doc = parser.parse("She did not name her rivals but did note that the pier was safe.")
    att = doc.attributions[-1]
    assert (att.source.span.text, att.cue.text, att.content[0].text) == ("She", "did note", "the pier was safe")


def test_coordinated_bare_verb_keeps_its_own_plural_subject(parser):
    # "... whether she opposes it and worry that ...": the verb's own plural subject, not hers
    doc = parser.parse("Her backers still question whether she opposes the toll and worry that she might back it.")
    att = [a for a in doc.attributions if a.cue.text == "worry"][0]
    assert att.source.span.text == "Her backers"
    assert att.content[0].text == "she might back it"


def test_coordinated_stance_adjective_and_infinitive_verb_report_nothing(parser):
    # an adjective of stance with no "be" of its own, and an infinitive's second verb, are no reports
    assert not parser.parse("The crews were tired and eager to leave.").attributions
    doc = parser.parse("The mayor still has time to step up and show that she can lead.")
    assert not [a for a in doc.attributions if a.cue.text == "show"]


def test_content_ends_before_a_participle_report(parser):
    doc = parser.parse("She said the vote was fair, calling the protests “a sideshow.”")
    assert [a.content[0].text for a in doc.attributions] == ["the vote was fair", "the protests “a sideshow.”"]
    assert {a.source.span.text for a in doc.attributions} == {"She"}


@pytest.mark.parametrize("sentence,cue,content", [
    ("The harbour seemed ready to reopen.", "seemed", ["The harbour", "ready to reopen"]),
    ("The ferry company is expected to announce new fares.", "is expected", ["The ferry company", "to announce new fares"]),
])
def test_raising_verbs_have_no_source(parser, sentence, cue, content):
    att = _one(parser.parse(sentence))
    assert att.rule == "core.raising.v2" and att.source is None
    assert att.cue.spans[0].text == cue
    assert [s.text for s in att.content] == content


def test_bare_asked_has_no_source_unless_by_someone(parser):
    doc = parser.parse("Asked whether the ferry would run, the captain shrugged.")
    asked = [a for a in doc.attributions if a.rule == "core.asked.v2"]
    assert [(a.source, a.content[0].text) for a in asked] == [(None, "whether the ferry would run")]
    doc = parser.parse("Asked by reporters why the port closed, the mayor said the pumps failed.")
    assert [a.source.span.text for a in doc.attributions] == ["reporters", "the mayor"]


@pytest.mark.parametrize("sentence,content", [
    ("The port authority, leading a group of six towns, asked a judge to halt the toll.", "a judge to halt the toll"),
    ("The port authority, in a court filing, asked a judge to halt the toll.", "a judge to halt the toll"),
    ("Ann Lee, reading from her notes, asked the crowd, “Who will pay for the pier?”", "“Who will pay for the pier?”"),
])
def test_asked_after_an_aside_with_no_question_after_it_is_the_subjects_verb(rules_only, sentence, content):
    """"X, <aside>, asked Y to ...": the comma closes an aside, not a bare "asked"
    that opens a question put to someone unnamed; with no question after it, the
    verb is the subject's own."""
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text)
             for a in rules_only.parse(sentence).attributions if a.cue.spans[0].text == "asked"]
    assert found == [(sentence.split(",")[0], "asked", content)]


def test_a_bare_asked_between_commas_still_puts_a_question(rules_only):
    doc = rules_only.parse("The mayor, asked about the toll, said it was fair.")
    assert {(a.rule, a.source.span.text if a.source else None, a.content[0].text) for a in doc.attributions} == {
        ("core.asked.v2", None, "the toll"), ("core.said_that.v2", "The mayor", "it was fair")}


def test_relative_pronoun_sources_resolve_to_their_antecedent(parser):
    doc = parser.parse("The boats belong to Mayor Ruth Calloway, who said the harbour would stay open, and her brother.")
    att = doc.attributions[0]
    assert att.source.span.text == "who"
    assert att.source.resolved.span.text == "Mayor Ruth Calloway"
    assert att.content[0].text == "the harbour would stay open"


def test_title_case_headlines_have_capitalised_cues(parser):
    doc = parser.parse("Harbour Chief Says Quay Will Close\nThe story follows.")
    assert [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions] == [
        ("Harbour Chief", "Says", "Quay Will Close")]


@pytest.mark.parametrize("headline,source,cue", [
    ("Harbour chief chides ferry board over late boats", "Harbour chief", "chides"),
    ("Harbour Chief Mocks Ferry Board Over Late Boats", "Harbour Chief", "Mocks"),
])
def test_a_headline_in_the_present_has_the_cue_the_past_would_be(parser, headline, source, cue):
    doc = parser.parse(headline + "\nThe harbour chief spoke to reporters at the quay on Tuesday morning.")
    found = [(a.source.span.text, a.cue.spans[0].text) for a in doc.attributions]
    assert (source, cue) in found


@pytest.mark.parametrize("headline", [
    "Quinn and Ahmed: A long friendship",  # a pair of names and a topic
    "Spoiler no more: Quinn wins the ferry vote",  # a label of common words
    "Quinn camp plans: Ferries all winter",  # the last word before the colon names no side
    "Ferry Vote Update: The latest count in the harbour race",  # a column's name
    "Harbour News Daily: A pier at risk",
    # a promotional cry before the story's own sentence
    "Bombshell: The Ferry Board Kept The Pier Audit From The Council",
    "Just Leaked: The Ferry Board Kept The Pier Audit From The Council",
    "LOOK: The pier after the storm",
    # an explainer's title after an outlet's brand or a topic: the page's own account
    "Harbourside: The ferry board's pier fight, explained",
    "Vox: The ferry count, in four charts",
    "Quinn: The harbour budget, annotated.",
])
def test_a_headline_label_that_names_no_speaker(parser, headline):
    doc = parser.parse(headline + "\nThe harbour chief spoke to reporters at the quay on Tuesday morning.")
    assert not [a for a in doc.attributions if a.rule == "core.headline_speaker.v2"]


def test_a_promotional_cry_before_a_headline_colon_leaves_the_speaker_after_it(parser):
    doc = parser.parse("Bombshell: Mayor Ann Lee Blasts Ferry Board Over Pier Audit\n"
                       "The harbour chief spoke to reporters at the quay on Tuesday morning.")
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions]
    assert found == [("Mayor Ann Lee", "Blasts", "Ferry Board Over Pier Audit")]


@pytest.mark.parametrize("headline,source,content", [
    ("Lee To Pilots Worried About Fares: It Will Be Fine", "Lee", "It Will Be Fine"),
    ("Harbour Board Chief On Lee: 'We Do Not Pay Pilots.'", "Harbour Board Chief", "'We Do Not Pay Pilots.'"),
    ("Lee to pilots: stay home", "Lee", "stay home"),
])
def test_a_headline_speaker_before_a_capitalised_topic_leaves_the_topic_out(parser, headline, source, content):
    # the addressee or topic after "To"/"On" is no part of the speaker's name, in title case too
    doc = parser.parse(headline + "\nThe harbour chief spoke to reporters at the quay on Tuesday morning.")
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions]
    assert (source, ":", content) in found


@pytest.mark.parametrize("headline,source,cue", [
    ("17 Of The Best Things Pilots Said This Year That Made Us Smile", "Pilots", "Said"),
    ("9 (More) Odd Things Ann Lee Has Said About Ferries", "Ann Lee", "Has Said About"),
])
def test_a_title_case_noun_of_things_before_its_relative_clause_is_no_part_of_the_source(parser, headline, source, cue):
    doc = parser.parse(headline + "\nThe harbour chief spoke to reporters at the quay on Tuesday morning.")
    found = [(a.source.span.text, " ".join(c.text for c in a.cue.spans)) for a in doc.attributions]
    assert (source, cue) in found


def test_a_title_case_verb_in_s_after_a_name_weighs_as_its_stem(parser):
    # "tweets" is mostly a noun, but after a name in a title-case headline it is the verb
    doc = parser.parse("Ann Lee Tweets A Wildly Odd Graphic About Harbour Pilots\n"
                       "The harbour chief spoke to reporters at the quay on Tuesday morning.")
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions]
    assert ("Ann Lee", "Tweets", "A Wildly Odd Graphic About Harbour Pilots") in found
    # not a verb of seeming, whose subject is described, not heard
    doc = parser.parse("Ann Lee Sounds Oddly Calm About The Pier\n"
                       "The harbour chief spoke to reporters at the quay on Tuesday morning.")
    assert not [a for a in doc.attributions if a.cue.spans[0].text == "Sounds"]


def test_a_name_then_two_verb_cues_is_the_source_of_both(parser):
    # the second cue's source read leftwards would hold the first cue and its object
    doc = parser.parse("Mayor Ann Lee chides Tom Roe and praises ferry crews\n"
                       "The harbour chief spoke to reporters at the quay on Tuesday morning.")
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions]
    assert ("Mayor Ann Lee", "chides", "Tom Roe") in found
    assert ("Mayor Ann Lee", "praises", "ferry crews") in found


@pytest.mark.parametrize("sentence,source", [
    ("The notes said the pier would close.", "The notes"),
    ("Some pilots fear the pier will close.", "Some pilots"),
])
def test_a_capitalised_determiner_before_a_noun_in_s_is_no_name_before_a_verb(parser, sentence, source):
    # "notes" and "pilots" read as the present of a weighed past ("noted") must not cut the mention to "The"
    doc = parser.parse("The harbour board met on Monday. " + sentence)
    assert [a.source.span.text for a in doc.attributions] == [source]


def test_a_possessive_before_a_past_keeps_the_mention_whole(parser):
    doc = parser.parse("Tom Roe, Ann Lee’s fired campaign manager, said the ferry would run on time.")
    assert doc.attributions[0].source.span.text == "Tom Roe, Ann Lee’s fired campaign manager"


def test_a_headline_inside_the_article_has_capitalised_cues(parser):
    # an entry in title case, as a live blog's or a slideshow's entries are
    text = "The ferries will stop.\n\nAnn Lee Explained Why The Harbour Pier Closed. Getty. She spoke on Monday."
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in parser.parse(text).attributions]
    assert ("Ann Lee", "Explained", "Why The Harbour Pier Closed") in found


@pytest.mark.parametrize("text", [
    # a sentence of names, one word in lower case among them, is no headline
    "The pier closed.\n\nJames M. Danko is president of Harbour Trust in Portsmouth.",
    # an initial in a list of names is no verb
    "The pier closed.\n\nOhio: Ann Lee, Tom Roe, Fatima Bello, Dean Barker, D.J. Okafor, Michael Biundo.",
])
def test_capitals_outside_a_headline_make_no_cue(parser, text):
    assert parser.parse(text).attributions == ()


@pytest.mark.parametrize("text,source,content", [
    ("WASHINGTON (AP) — President Ann Lee said Tuesday that the bill would pass.", "President Ann Lee", "the bill would pass"),
    ("LONDON (Reuters) - Britain's finance minister said on Monday the economy was growing.",
     "Britain's finance minister", "the economy was growing"),
    ("NEW DELHI: The ministry on Friday said it would extend the scheme.", "The ministry", "it would extend the scheme"),
    ("The ministry, in a statement, said the talks were productive.", "The ministry", "the talks were productive"),
])
def test_datelines_and_parentheticals_stay_out_of_sources(parser, text, source, content):
    att = _one(parser.parse(text))
    assert (att.source.span.text, att.content[0].text) == (source, content)


@pytest.mark.parametrize("text,rule,source,content", [
    ("As the mayor noted, the ferry runs at a loss.", "core.as_clause.v2", "the mayor", "the ferry runs at a loss"),
    ("As reported by The Valley Herald, the mill will close.", "core.lead_phrase.v2", "The Valley Herald", "the mill will close"),
    ("Sen. Ann Lee (D-Ore.), said the vote would be close.", "core.said_that.v2", "Sen. Ann Lee (D-Ore.)", "the vote would be close"),
])
def test_as_clauses_and_stray_commas(parser, text, rule, source, content):
    att = _one(parser.parse(text))
    assert (att.rule, att.source.span.text, att.content[0].text) == (rule, source, content)


@pytest.mark.parametrize("text", [
    "The mayor said in an interview with The Harbour Gazette that the quay would close.",
    "The mayor told The Harbour Gazette on Monday that the quay would close.",
    "“The quay will close,” the mayor told The Harbour Gazette.",
])
def test_self_references_of_outlets_are_relays(parser, text):
    att = _one(parser.parse(text))
    assert [v.span.text for v in att.via] == ["The Harbour Gazette"]
    assert att.source.span.text == "the mayor" or att.source.span.text == "The mayor"
    assert "Gazette" not in att.content[0].text


def test_subheads_of_a_list_of_people_are_no_transcript_speakers(parser):
    # the label names the person the paragraph (or the next, unlabelled) tells of
    doc = parser.parse("Ferry guide\n\nThe board meets today.\n\nMensah: Hold the line.\n\n"
                       "Councillor Abe Mensah has backed the fares all year.\n\n"
                       "Okafor: A late push. Okafor has gained ground.")
    assert [a.rule for a in doc.attributions if a.rule == "core.transcript_speaker.v2"] == []
    labelled = parser.parse("Interview\nMOSS: Will the quay close?\nVIDEO: The quay is shut.\nREYES: Not this year.")
    assert [a.source.span.text for a in labelled.attributions] == ["MOSS", "REYES"]


def test_a_transcript_turn_naming_the_next_speaker_still_speaks(parser):
    doc = parser.parse("Interview\nMOSS: Mr. Reyes, will the quay close?\nREYES: Not this year, Mr. Moss.")
    assert [(a.source.span.text, a.content[0].text) for a in doc.attributions] == [
        ("MOSS", "Mr. Reyes, will the quay close"), ("REYES", "Not this year, Mr. Moss")]


def test_read_next_labels_are_no_transcript_speakers(parser):
    doc = parser.parse("Ferries Cut\n\nThe port is quiet.\n\nFew boats sail.\n\nAlso Read: Fares rise\n\n"
                       "Mensah: The ferries will stop.")
    assert doc.attributions == ()


def test_title_case_transcripts_need_two_speakers(parser):
    doc = parser.parse("Interview\nMoss: Will the quay close?\nReyes: Not this year.")
    assert [a.source.span.text for a in doc.attributions] == ["Moss", "Reyes"]
    single = parser.parse("Report\nUpdate: The quay will close.\nUpdate: It reopens in May.")
    assert single.attributions == ()


def test_passive_asked_takes_the_asker_as_source(parser):
    att = _one(parser.parse("The harbour master was asked by a reporter why the quay closed."))
    assert (att.source.span.text, att.content[0].text) == ("a reporter", "why the quay closed")
    att = _one(parser.parse("The mayor was asked, “Will the quay close?”"))
    assert att.source is None and att.kind == "quote"


@pytest.mark.parametrize("sentence,cue", [
    ("The harbour master was asked by a reporter why the quay closed.", "was asked"),
    ("The mayor has been asked about the levy twice.", "has been asked about"),
    ("Asked whether the quay would close, the mayor shrugged.", "Asked"),
])
def test_a_passive_asked_cue_holds_its_auxiliaries(parser, sentence, cue):
    # annotators mark the passive's auxiliaries with the verb ("was asked"), as for other passive cues
    (att,) = [a for a in parser.parse(sentence).attributions if a.rule == "core.asked.v2"]
    assert att.cue.spans[0].text == cue


def test_as_clause_after_the_first_sentence(parser):
    doc = parser.parse("The pier was closed. As the harbour master noted, the storm had cracked two pylons.")
    att = _one(doc)
    assert att.rule == "core.as_clause.v2"
    assert att.source.span.text == "the harbour master"
    assert [s.text for s in att.content] == ["the storm had cracked two pylons"]


@pytest.mark.parametrize("dateline", ["OSLO (AP) — ", "PORTLAND, Maine - ", "Lagos (AFP) – ", "OSLO, Mar 3 (Reuters) - ", "OSLO -- ",
                                      "OSLO/BERGEN (Reuters) - ", "SAN JUAN, Puerto Rico (AP) — ", "OSLO (AP) —", "(AP) — ",
                                      "Ferry Late\n\nOSLO: ", "Ferry Harbour Sounds Alarm\n\nPort Blair: ", "Pune, Mar 3 (PTI) ",
                                      "OSLO, March 3 (Wire) - ", "Bergen (Thomson Wire Service) - "])
def test_a_dateline_is_no_part_of_the_first_sentence(parser, dateline):
    att = _one(parser.parse(dateline + "“The ferry is late again,” the harbour master said."))
    assert [s.text for s in att.content] == ["“The ferry is late again,”"]
    assert parser.parse(dateline + "Nothing was said.").attributions == ()


def test_read_next_labels_do_not_make_a_transcript(parser):
    text = "Ferries Cut\n\nPORT BLAIR: Two ferries will stop running, officials said.\n\nAlso Read: Fares rise\n\nMore soon."
    att = _one(parser.parse(text))
    assert (att.source.span.text, att.content[0].text) == ("officials", "Two ferries will stop running")


def test_a_first_paragraph_that_is_the_storys_own_may_open_with_a_dateline(parser):
    # a text that starts with its first paragraph, not a headline: "Port Blair:" is a dateline
    text = ("Port Blair: The harbour master of the island's largest port on Sunday took a swipe at the ferry company, "
            "saying it had no plan for the monsoon season.")
    found = [(a.source.span.text, a.content[0].text) for a in parser.parse(text).attributions]
    assert found[-1] == ("The harbour master of the island's largest port", "it had no plan for the monsoon season")


def test_a_dateline_ending_in_a_colon_is_no_part_of_a_claim(parser):
    att = _one(parser.parse("Ferries Cut\n\nPort Blair: Two ferries will stop running, the harbour master said."))
    assert (att.source.span.text, att.content[0].text) == ("the harbour master", "Two ferries will stop running")


@pytest.mark.parametrize("text", ["Ferries: Two Will Stop Running\n\nThe harbour master spoke.",
                                  "Interview\n\nHOST: Will the ferries stop?\n\nMENSAH: Two will."])
def test_a_speaker_label_is_no_dateline(text):
    from attribution import layout

    lay = layout.analyse(text)
    assert [text[s.start:s.start + 3] for s in lay.sentences if s.start in {p[0] for p in lay.paragraphs}][:2] == [
        text[p[0]:p[0] + 3] for p in lay.paragraphs[:2]]


@pytest.mark.parametrize("text", ["Sen. Ann Lee (D-Ore.) — the panel’s chair — spoke first.",
                                  "The vote on the merger - delayed twice - went ahead."])
def test_a_phrase_before_a_dash_is_no_dateline(text):
    from attribution import layout

    assert layout.analyse(text).sentences[0].start == 0


@pytest.mark.parametrize("text,source", [
    # a post qualified in brackets, or spelt out before its initials, opens the speaker's name
    ("SP (Rural) Asha Menon said the ferry had sunk.", "SP (Rural) Asha Menon"),
    ("Ferry Sinks\n\nDCP (North) Asha Menon said two crew had been rescued.", "DCP (North) Asha Menon"),
    ("Harbour Duty Officer (HDO) Asha Menon said the ferry had sunk.", "Harbour Duty Officer (HDO) Asha Menon"),
])
def test_a_post_in_brackets_is_no_datelines_agency(parser, text, source):
    att = _one(parser.parse(text))
    assert att.source.span.text == source


@pytest.mark.parametrize("tail", ["She answered, ", "The mayor replied: ", "The mayor shrugged, "])
def test_a_speaker_who_opens_a_quotation_of_her_own_is_no_speech_tail(rules_only, tail):
    text = "The board asked, “Will the pier close?” " + tail + "“Not this winter.”"
    doc = rules_only.parse(text)
    assert ["“Not this winter.”"] in [[s.text for s in a.content] for a in doc.attributions]
    assert not any("Not this" in s.text and "pier" in s.text for a in doc.attributions for s in a.content)


def test_a_short_speech_tail_after_a_question_stays_in_its_sentence():
    from attribution import layout

    assert len(layout.analyse("“Will the pier close?” the mayor asked.").sentences) == 1


@pytest.mark.parametrize("paragraph,sentences,source", [
    # a headline in capitals run on into a paragraph's first sentence is a sentence of its own
    ("TWO HURT IN HARBOUR FIRE The port board said the pier was unsafe.",
     ["TWO HURT IN HARBOUR FIRE", "The port board said the pier was unsafe."], "The port board"),
    ("FERRY FARES TO RISE BY $2.50 Ann Okafor said the pier was unsafe.",
     ["FERRY FARES TO RISE BY $2.50", "Ann Okafor said the pier was unsafe."], "Ann Okafor"),
    # ... but not three initialisms before a noun, nor names in capitals alone
    ("US UN EU Officials said the pier was unsafe.", ["US UN EU Officials said the pier was unsafe."],
     "US UN EU Officials"),
    ("ANN OKAFOR Said the pier was unsafe.", ["ANN OKAFOR Said the pier was unsafe."], None),
])
def test_a_headline_in_capitals_that_opens_a_paragraph_is_its_own_sentence(rules_only, paragraph, sentences, source):
    from attribution import layout

    text = "The board met on Friday.\n\n" + paragraph
    assert [text[s.start:s.end] for s in layout.analyse(text).sentences][1:] == sentences
    if source is not None:
        atts = [a for a in rules_only.parse(text).attributions if a.cue.spans[0].text == "said"]
        assert [a.source.span.text for a in atts] == [source]


@pytest.mark.parametrize("verb", ["noted", "warned", "cautions", "argued"])
def test_a_speaker_and_a_verb_of_saying_after_a_full_stop_quotation_stay_in_its_sentence(rules_only, verb):
    from attribution import layout

    text = f"The board met on Friday. “The pier is unsafe.” Okafor {verb}. “It will fall by May.”"
    assert len(layout.analyse(text).sentences) == 3
    atts = [a for a in rules_only.parse(text).attributions if a.cue.spans[0].text == verb]
    assert len(atts) == 1
    assert atts[0].source.span.text == "Okafor"
    assert [s.text for s in atts[0].content] == ["“The pier is unsafe.”", "“It will fall by May.”"]


def test_a_verb_of_another_sense_after_a_full_stop_quotation_starts_a_sentence():
    from attribution import layout

    text = "The board met on Friday. “The pier is unsafe.” Okafor resigned."
    assert [text[s.start:s.end] for s in layout.analyse(text).sentences][-1] == "Okafor resigned."


@pytest.mark.parametrize("verb", ["pressed", "demanded", "persisted"])
def test_a_named_speaker_who_presses_between_two_questions_asks_both(rules_only, verb):
    text = f"The board met on Friday. “Will the pier close?” Okafor {verb}. “Who pays for the dredging?”"
    atts = [a for a in rules_only.parse(text).attributions if a.cue.spans[0].text == verb]
    assert len(atts) == 1
    assert atts[0].source.span.text == "Okafor"
    assert [s.text for s in atts[0].content] == ["“Will the pier close?”", "“Who pays for the dredging?”"]


def test_a_named_speaker_who_opens_a_question_after_a_comma_asks_only_that_one(rules_only):
    text = "“Will the pier close?” Okafor demanded, “Who pays for the dredging?”"
    atts = [a for a in rules_only.parse(text).attributions if a.cue.spans[0].text == "demanded"]
    assert [[s.text for s in a.content] for a in atts] == [["“Who pays for the dredging?”"]]


@pytest.mark.parametrize("text,cue", [("“Will the pier close?” Okafor went on.", "went on"),
                                      ("“Who pays for the dredging?” the mayor shot back.", "shot back"),
                                      ("“Is that fair?” Okafor asks. “Nobody thinks so.”", "asks"),
                                      ("“Why now?” the mayor replies.", "replies")])
def test_a_speech_tail_in_the_present_or_with_a_particle_stays_after_a_question(rules_only, text, cue):
    from attribution import layout

    assert len(layout.analyse(text[:text.index(".") + 1]).sentences) == 1
    att = rules_only.parse(text).attributions[0]
    assert att.cue.spans[0].text == cue
    assert att.content[0].text == text[:text.index("?") + 2]


@pytest.mark.parametrize("text", ["The hearing ran late. Stated Okafor: “The pier cannot be saved.”",
                                  "The hearing ran late. Declared Okafor, “The pier cannot be saved.”"])
def test_any_verb_of_saying_in_the_past_may_open_its_sentence_before_its_speaker(rules_only, text):
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in rules_only.parse(text).attributions]
    assert found == [("Okafor", text.split()[4], "“The pier cannot be saved.”")]


@pytest.mark.parametrize("text,source", [
    ("The pier closed. “We have to act now,” Jobs for $20 campaigner Ann Okafor told the Gazette.",
     "Jobs for $20 campaigner Ann Okafor"),
    # a name the walk reads as a preposition, alone between the quotation and the cue
    ("The pier closed. “The tide came in too late,” From told the Gazette.", "From"),
    # a clause of its own before the subject is no part of it
    ("The pier closed. “We love it,” Lee said in May after Okafor announced the closure.", "Lee")])
def test_a_name_with_a_sign_in_it_after_a_quotation_is_read_whole(rules_only, text, source):
    found = [(a.source.span.text, a.content[0].text) for a in rules_only.parse(text).attributions]
    assert (source, text[text.index("“"):text.index("”") + 1]) in found


def test_a_capitalised_lead_deep_in_the_article_is_no_dateline():
    from attribution import layout

    text = "Headline\n\nFirst.\n\nSecond.\n\nThird.\n\nPOLLS SPLIT - Ann Lee: “The surveys differ.”"
    lay = layout.analyse(text)
    assert lay.sentences[-1].start == text.index("POLLS")


@pytest.mark.parametrize("text", ["“The pier is unsafe,“ said Ana Ruiz.", "“The pier is unsafe,“ Ana Ruiz said."])
def test_an_opening_mark_that_closes_a_quotation(parser, text):
    att = _one(parser.parse(text))
    assert (att.source.span.text, att.content[0].text) == ("Ana Ruiz", "“The pier is unsafe,“")


def test_an_as_clause_with_an_occasion_before_its_comma(parser):
    att = _one(parser.parse("As the harbour master said at the meeting on Friday, the pier is unsafe."))
    assert (att.rule, att.source.span.text, att.content[0].text) == (
        "core.as_clause.v2", "the harbour master", "the pier is unsafe")


@pytest.mark.parametrize("british,american", [
    ("The harbour board has learnt that the pier was sold.", "The harbour board has learned that the pier was sold."),
    ("The mayor criticised the plan, saying it was rushed.", "The mayor criticized the plan, saying it was rushed."),
    ("The union emphasised that the strike would go on.", "The union emphasized that the strike would go on."),
])
def test_british_spellings_read_as_american_ones(parser, british, american):
    def shape(text):
        return [(a.source.span.text, a.content[0].text) for a in parser.parse(text).attributions]

    assert shape(british) == shape(american) != []


def test_a_credited_quotation_after_a_dash_in_digest_copy(parser):
    doc = parser.parse("FERRY POLLS DIVERGE - Ana Ruiz and Tom Okafor: “The two surveys were a week apart.”")
    assert [(a.source.span.text, a.content[0].text) for a in doc.attributions] == [
        ("Ana Ruiz and Tom Okafor", "“The two surveys were a week apart.”")]


def test_a_quotation_left_open_ends_before_its_speaker(parser):
    att = _one(parser.parse('"The pier was never insured, said Ana Ruiz, who runs the ferry. Repairs start soon.'))
    assert (att.source.span.text, att.content[0].text) == ("Ana Ruiz, who runs the ferry", '"The pier was never insured')


@pytest.mark.parametrize("text,source", [
    # coordinated speakers
    ("She and her deputies said the harbour would reopen in spring.", "She and her deputies"),
    ("Mayor Ines Falk and her staff said the budget was balanced.", "Mayor Ines Falk and her staff"),
    ("Ferry pilots and some engineers warned that the channel was silting up.", "Ferry pilots and some engineers"),
    # an age is part of the mention
    ("Tomas Ferreira, 41, said the ferry was always late.", "Tomas Ferreira, 41"),
    # a focus or sentence adverb is not
    ("Even some harbour pilots said the channel was too shallow.", "some harbour pilots"),
    ("Meanwhile Ines Falk said the budget was balanced.", "Ines Falk"),
    # quantifiers are
    ("At least four councillors said the pier should close.", "At least four councillors"),
    ("More than half of the ferry pilots said the channel was too shallow.", "More than half of the ferry pilots"),
    ("Ana Ruiz and Tom Okafor both said the ferry was late again.", "Ana Ruiz and Tom Okafor"),
    # the subject of a relative clause with no "that"
    ("The pier needs the kind of repair many engineers say is overdue.", "many engineers"),
])
def test_source_mention_bounds(parser, text, source):
    assert [a.source.span.text for a in parser.parse(text).attributions] == [source]


def test_a_participle_keeps_its_complementizer(parser):
    att = _one(parser.parse("The club raised its fares on Friday, saying that fuel costs had doubled."))
    assert att.rule == "core.participle.v2"
    assert att.complementizer.text == "that"
    assert att.content[0].text == "fuel costs had doubled"


def test_an_aside_before_that_keeps_the_complementizer(parser):
    att = _one(parser.parse("The captain said, among other things, that the ferry was late."))
    assert att.complementizer.text == "that"
    assert att.content[0].text == "the ferry was late"


@pytest.mark.parametrize("sentence,cue,content", [
    ("The mayor railed against the new toll.", "railed against", "the new toll"),
    ("The captain brushed off the complaints.", "brushed off", "the complaints"),
    ("The captain lashed out at the harbour board.", "lashed out at", "the harbour board"),
    ("The board predicted about half of the ferries would sail.", "predicted", "about half of the ferries would sail"),
    # "for" before a span of time and a "that" says how long the report was made, no particle of the cue
    ("The captain has argued for decades that the pier is unsafe.", "has argued", "the pier is unsafe"),
])
def test_a_preposition_after_a_cue_is_the_cues(parser, sentence, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.cue.spans[0].text, att.content[0].text) == (cue, content)


@pytest.mark.parametrize("sentence,rule,content", [
    # "to" before a noun phrase opens no content: the phrase after it is the content
    ("The ferry union agreed to a new pay deal.", "core.said_that.v2", "a new pay deal"),
    ("The captain pleaded guilty to a charge of speeding.", "core.said_that.v2", "a charge of speeding"),
    ("The captain closed his talk, pivoting to his plans for the pier.", "core.participle.v2", "his plans for the pier"),
    # before a verb the infinitive is the content, its "to" with it
    ("The ferry union refused to accept the deal.", "core.said_that.v2", "to accept the deal"),
])
def test_to_before_a_noun_phrase_is_no_part_of_the_content(parser, sentence, rule, content):
    att = _one(parser.parse(sentence))
    assert (att.rule, att.content[0].text) == (rule, content)


@pytest.mark.parametrize("sentence,cue,content", [
    # the hearer of a verb of speaking before a question clause is read past
    ("Okafor explained to the local radio why the pier had shut.", "explained", "why the pier had shut"),
    ("Okafor wrote to the council and to the port board whether the pier would reopen.", "wrote",
     "whether the pier would reopen"),
    # a participle in the "to" phrase opens a clause: no hearer is read (a reply takes in its "to": what was answered)
    ("The ferry firm did not reply to letters asking why the fares rose.", "did not reply to",
     "letters asking why the fares rose"),
    # a verb of talking takes its hearer and "about" into the cue, as "spoke about" does
    ("The harbour master talked to the pilots about the new tolls.", "talked to the pilots about", "the new tolls"),
])
def test_a_hearer_before_a_question_is_no_part_of_the_content(parser, sentence, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.cue.spans[0].text, att.content[0].text) == (cue, content)


@pytest.mark.parametrize("sentence,cue,content,via", [
    # a verb that names its hearer after a verb of going on or trying: the hearer is read past,
    # as after the verb alone ("assured her that")
    ("The harbour board continued to assure her that the pier was safe.", "continued to assure", "the pier was safe", []),
    ("Okafor tried to tell the pilots that tolls would not rise.", "tried to tell", "tolls would not rise", []),
    ("The mayor has sought to assure members of the ferry union that the fares would stay.", "has sought to assure",
     "the fares would stay", []),
    ("Okafor went on to tell the Ledger that the pier would reopen.", "went on to tell", "the pier would reopen", ["the Ledger"]),
    ("The captain tried to ask the mayor whether the pier would reopen.", "tried to ask", "whether the pier would reopen", []),
    # no hearer: what the second verb warns of is the content
    ("The captain tried to warn of the risks at the pier.", "tried to warn", "of the risks at the pier", []),
])
def test_the_hearer_of_a_second_verb_in_the_cue_is_no_part_of_the_content(parser, sentence, cue, content, via):
    att = _one(parser.parse(sentence))
    assert (att.cue.spans[0].text, att.content[0].text, [v.span.text for v in att.via]) == (cue, content, via)


@pytest.mark.parametrize("sentence,content", [
    # "her" before a preposition is the hearer alone, the occasion after it no possessed noun
    ("Okafor told her in an interview that the pier was safe.", "the pier was safe"),
    ("The captain warned her at the hearing that the ferry would be late.", "the ferry would be late"),
    ("The mayor assured her during the meeting that tolls would not rise.", "tolls would not rise"),
    ("Okafor was telling her in a letter that the pier would reopen.", "the pier would reopen"),
    # "her" before a noun still opens a possessed hearer
    ("Okafor told her closest aides that the pier was safe.", "the pier was safe"),
    ("The mayor reminded her staff that tolls would not rise.", "tolls would not rise"),
])
def test_her_before_a_preposition_is_a_hearer_alone(parser, sentence, content):
    assert _one(parser.parse(sentence)).content[0].text == content


@pytest.mark.parametrize("sentence,content", [
    # "..., but that ...", "..., but not ...": the report goes on
    ("The captain said the pier was safe, but that the ferry was not.", "the pier was safe, but that the ferry was not"),
    ("The board said tolls would rise for cars, but not for bicycles.", "tolls would rise for cars, but not for bicycles"),
    # a relative clause closed by a comma stands inside the content; one that ends it does not
    ("The captain said the ferry, which sails at noon, was late.", "the ferry, which sails at noon, was late"),
    ("The captain said the ferry was late, which annoyed the mayor.", "the ferry was late"),
    ("The board said tolls would rise to $8,000, which is double.", "tolls would rise to $8,000"),
    # a comma splice that opens a new report with its own subject ends the first one
    ("The mayor said the pier was safe, opposition blamed the weather.", "the pier was safe"),
    ("Minister says harbour will reopen in May, opposition calls it a gimmick", "harbour will reopen in May"),
    # but not an aside, an auxiliary or an adverb after the comma
    ("The mayor said the pier, first opened in 1990, was safe.", "the pier, first opened in 1990, was safe"),
    # an appositive that ends the content is the writer's
    ("The mayor criticized Ann Lee, a former harbour pilot.", "Ann Lee"),
    ("She said the ferry was late, a claim the board disputes.", "the ferry was late"),
    # a noun before a relative "that" is no new report
    ("He says the rise in fares and tolls that the board wants will hurt commuters.",
     "the rise in fares and tolls that the board wants will hurt commuters"),
    # a finite verb coordinated after a noun phrase or an infinitive has the source for its subject
    ("The mayor supports the harbour plan but is not campaigning for it.", "the harbour plan"),
    ("The mayor supports closer ties with the United States but is wary of its tariffs.",
     "closer ties with the United States"),
    ("The captain praised the new pier and was later seen at its opening.", "the new pier"),
    ("The union has asked the board to resign and has since called a strike.", "the board to resign"),
    ("The captain criticized the new timetable and handed the board a petition.", "the new timetable"),
    ("The union backed Ann Lee and organized for her.", "Ann Lee"),
    # after an infinitive too, whatever verb reports it
    ("The mayor has vowed to keep the ferry running and celebrated the ruling on Monday.",
     "to keep the ferry running"),
    # a participle coordinated with the participle that reports
    ("Ann Lee toured the harbour, praising the new ferry and blasting the board for its fares.", "the new ferry"),
    # a verb's irregular past has no -ed to tell it
    ("The captain praised the new timetable and took the stage with the mayor.", "the new timetable"),
    ("The union endorsed Ann Lee but gave no reason for it.", "Ann Lee"),
    ("The captain criticized the new timetable and handed Ann Lee a petition.", "the new timetable"),
    # and so does a new clause with a pronoun for its subject
    ("The captain spoke at the pier, calling the ferry a wreck and he did not stop there.", "the ferry a wreck"),
    ("The mayor decided not to run and she kept her seat on the board.", "not to run"),
    ("The mayor pledged to fix the pier and she, once again, pledged a new ferry.", "to fix the pier"),
    # a perfect that matches the cue's, after a content with none of its own, goes on with the cue's subject
    ("The mayor has said she wants a new pier and has asked the board for money.", "she wants a new pier"),
    # a coordinated verb that is no sure cue goes on with the content's own subject
    ("The mayor said she was tired of the delays and wanted a new ferry.",
     "she was tired of the delays and wanted a new ferry"),
    ("The captain said the crew had checked the engines but decided to stay in port.",
     "the crew had checked the engines but decided to stay in port"),
    ("The mayor said the harbour was safe and thought the board had done well.",
     "the harbour was safe and thought the board had done well"),
])
def test_where_the_rules_end_indirect_content(parser, sentence, content):
    # the rules' verdict, which the clause-end model weighs at each comma
    with mock.patch.object(clauses, "clause_end_model", lambda: None):
        assert parser.parse(sentence).attributions[0].content[-1].text == content


@pytest.mark.parametrize("sentence,content", [
    ("He praised the new pier, which he said would bring tourists back.", ["which", "would bring tourists back"]),
    ("She took aim at the harbour master, who she called “a danger to shipping.”", ["who", "“a danger to shipping.”"]),
    # the pronoun after a preposition frames the report
    ("The council met in a hall in which residents said the roof leaked.", ["the roof leaked"]),
    # a relative "that" whose clause's predicate has no subject of its own
    ("The board raised the fares, a change that several skippers said damaged the ferry trade.",
     ["that", "damaged the ferry trade"]),
    ("Lee backed plans that the mayor hopes will pay for the pier.", ["that", "will pay for the pier"]),
    # a clause with its own subject after the cue keeps the pronoun out
    ("The levy was a measure that the mayor said the board would reject.", ["the board would reject"]),
    # a relative clause set off by commas ends at the comma before the main clause's verb
    ("The ferry, which officials say is unsafe, will be sold next year.", ["which", "is unsafe"]),
    ("The old toll, which she has often said was a mistake, was a factor in her defeat.", ["which", "was a mistake"]),
    # but a comma before anything else is no end of it
    ("He praised the new pier, which he said would bring tourists, and jobs, back.",
     ["which", "would bring tourists, and jobs, back"]),
])
def test_a_relative_pronoun_before_the_source_opens_the_content(parser, sentence, content):
    att = parser.parse(sentence).attributions[-1]
    assert [s.text for s in att.content] == content


@pytest.mark.parametrize("sentence,content", [
    # an aside in parentheses that closes the content is the writer's comment
    ("The mayor said the pier would reopen in May (it did not).", "the pier would reopen in May"),
    ("The captain said the crossing was safe (a claim the coastguard disputes).", "the crossing was safe"),
    # an acronym, a name, a party label or a quotation in parentheses goes on with it
    ("The mayor said the toll funds the Harbour Trust (HT).", "the toll funds the Harbour Trust (HT)"),
    ("The captain said the ferry would sail with Sen. Ann Lee (D-Maine).", "the ferry would sail with Sen. Ann Lee (D-Maine)"),
    ("The mayor said the pier was rated 2 (“barely safe”).", "the pier was rated 2 (“barely safe”)"),
])
def test_a_closing_parenthetical_aside_ends_the_content(parser, sentence, content):
    assert parser.parse(sentence).attributions[0].content[-1].text == content


@pytest.mark.parametrize("sentence,content", [
    # after the content's last quotation, the occasion or the day of the report is the cue's
    ("The skipper said the new toll was “a scandal” in a letter to the harbour board.",
     "the new toll was “a scandal”"),
    ("The mayor told reporters the ferry timetable was “a mess” on Tuesday.", "the ferry timetable was “a mess”"),
    ("Ms. Oduya called the pier “a relic,” in an interview with the local radio.", "the pier “a relic,”"),
    # a month is the time of what is reported, "at" the place the words were first said
    ("The captain said the crossing would be “much safer” in March.", "the crossing would be “much safer” in March"),
    ("The mayor admitted he had used “careless words” at a council meeting.",
     "he had used “careless words” at a council meeting"),
    # not after a title, nor when the content goes on with a predicate of its own
    ("The skipper said she would appear on “Harbour Talk Tonight” on Friday.",
     "she would appear on “Harbour Talk Tonight” on Friday"),
    ("The mayor said the pier did “fine” in the storm and is ready for summer.",
     "the pier did “fine” in the storm and is ready for summer"),
    # a comment of the writer's set off by a dash after the last quotation, to the end
    ("The mayor said the vote was “a referendum on the pier” — a claim the board disputes.",
     "the vote was “a referendum on the pier”"),
    ("The captain said the levy was “theft” - so blunt that the harbour board walked out.", "the levy was “theft”"),
    # ... not an aside that a second dash closes
    ("The mayor said the pier was “a relic” -- the first such claim -- and the board was wrong.",
     "the pier was “a relic” -- the first such claim -- and the board was wrong"),
])
def test_an_occasion_or_a_dash_comment_after_the_last_quotation_ends_the_content(parser, sentence, content):
    assert parser.parse(sentence).attributions[0].content[-1].text == content


@pytest.mark.parametrize("sentence,content", [
    # a relative clause with no pronoun: the noun phrase before the source is the predicate's subject
    ("The ferry toll is a tax the captains say will drive tourists away.", ["a tax", "will drive tourists away"]),
    ("The only change the mayor wanted was a longer pier.", ["The only change", "was a longer pier"]),
    ("Tolls were something the captain argued would hurt the island.", ["something", "would hurt the island"]),
    # "that" after the head goes with it
    ("The toll is a tax that the captains say will drive tourists away.", ["a tax that", "will drive tourists away"]),
    # a content with a subject of its own takes no head, nor does a "that" after a verb
    ("On the pier the captain said the ferry would stop.", ["the ferry would stop"]),
    ("The mayor said that the captains say the toll will drive tourists away.",
     ["the captains say the toll will drive tourists away"]),
])
def test_the_head_of_a_bare_relative_clause_opens_the_content(parser, sentence, content):
    att = parser.parse(sentence).attributions[-1]
    assert [s.text for s in att.content] == content


@pytest.mark.parametrize("sentence,source", [
    # a quantifier alone between the head of a relative clause with no pronoun and its cue is the
    # clause's subject
    ("It is a plan many say the mayor will drop.", "many"),
    ("It was a toll several argued the captains would never pay.", "several"),
    # ... but "most" before a participle is its degree adverb: no source
    ("Ms. Okafor is the councillor most identified with the ferry plan.", None),
])
def test_a_quantifier_after_a_bare_relative_head_is_its_subject(parser, sentence, source):
    found = [a.source.span.text for a in parser.parse(sentence).attributions]
    assert found == ([source] if source else [])


@pytest.mark.parametrize("sentence,cue,source", [
    # a noun of things (a photo, an incident, a word) stands in apposition to no name: a name after
    # it is the subject of a relative clause with no pronoun, after a comma or "although" too
    ("The captain raised it again, an incident Ann Lee said was a disgrace.", "said", "Ann Lee"),
    ("The ferry sank, although the photo Ann Lee posted was later deleted.", "posted", "Ann Lee"),
    # ... and so is a name that modifies a noun, or a name's possessive and its noun
    ("The shoal is now the place Navy officials say the fleet might turn back.", "say", "Navy officials"),
    ("The ferry carries voters like the ones Ann Lee's campaign hopes to win.", "hopes", "Ann Lee's campaign"),
    # ... but a noun of a role before a name is in apposition
    ("The billionaire Ann Lee said the pier was unsafe.", "said", "The billionaire Ann Lee"),
])
def test_a_name_after_a_noun_of_things_opens_a_bare_relative_clause(parser, sentence, cue, source):
    att = next(a for a in parser.parse(sentence).attributions if a.cue.spans[0].text == cue)
    assert att.source.span.text == source


def test_a_statement_and_its_participle_are_the_cue(parser):
    att = _one(parser.parse("The harbour board issued a statement saying that the pier would reopen."))
    assert att.cue.spans[0].text == "issued a statement saying"
    assert att.complementizer.text == "that"
    assert att.content[0].text == "the pier would reopen"


@pytest.mark.parametrize("sentence,cue,content", [
    # a story or article put out, a platform it went out on, an adverb before the participle,
    # or the past participle that names it: all the cue's, up to what it reports
    ("The ferry union published a story detailing the losses at the quay.",
     "published a story detailing", "the losses at the quay"),
    ("The harbour board posted a message on Twitter reading “The pier is closed.”",
     "posted a message on Twitter reading", "“The pier is closed.”"),
    ("The dockers have published a letter strongly disputing claims by the mayor.",
     "have published a letter strongly disputing", "claims by the mayor"),
    ("The ferry firm released a memo titled “Why the Pier Must Close.”",
     "released a memo titled", "“Why the Pier Must Close.”"),
])
def test_an_issued_vehicle_and_its_participle_are_the_cue(parser, sentence, cue, content):
    att = _one(parser.parse(sentence))
    assert att.cue.spans[0].text == cue
    assert att.content[0].text == content


@pytest.mark.parametrize("sentence,cue,content", [
    # a verb of saying in a relative clause on what was put out ends the cue
    ("The ferry union released a video that accuses the mayor of lying.",
     "released a video that accuses", "the mayor of lying"),
    # not a clause that is the statement's own content, nor a verb that says nothing
    ("The ferry union released a statement that the pier was closed.",
     "released", "a statement that the pier was closed"),
    ("The ferry union sent an email that included a photo of the pier.",
     "sent", "an email that included a photo of the pier"),
])
def test_a_relative_verb_of_saying_on_an_issued_vehicle_ends_the_cue(parser, sentence, cue, content):
    att = _one(parser.parse(sentence))
    assert att.cue.spans[0].text == cue
    assert att.content[0].text == content


def test_an_outlet_quoting_a_speaker_as_saying_has_the_verb_alone_as_its_cue(parser):
    att = _one(parser.parse("The Island Gazette quoted the harbour master as saying that the pier would close."))
    assert [s.text for s in att.cue.spans] == ["quoted"]
    assert att.source.span.text == "the harbour master"
    assert att.content[0].text == "the pier would close"


@pytest.mark.parametrize("sentence,cue", [
    # a verb that takes the infinitive, in a form the lemma table does not bring back to it,
    # opens the infinitive's cue with its auxiliaries
    ("The union has been working to emphasize that the pier is safe.", "has been working to emphasize"),
    ("The mayor was preparing to announce that the pier would close.", "was preparing to announce"),
])
def test_an_inflected_infinitive_lead_opens_the_cue(parser, sentence, cue):
    att = _one(parser.parse(sentence))
    assert att.cue.spans[0].text == cue
    assert att.rule == "core.infinitive.v2"


def test_a_vehicle_not_issued_keeps_its_participle_out_of_the_cue(parser):
    # "praised" puts nothing out: the story is what it reports, the participle within it
    att = _one(parser.parse("The captain praised a story detailing the losses at the quay."))
    assert att.cue.spans[0].text == "praised"
    assert att.content[0].text == "a story detailing the losses at the quay"


def test_a_coordinated_auxiliary_goes_on_with_a_participle_clause(parser):
    # the participle rule starts its content inside "he": the clause's subject is still read whole
    with mock.patch.object(clauses, "clause_end_model", lambda: None):
        doc = parser.parse("The mayor praised the captain, saying that he supports the pier and would change the timetable.")
    assert doc.attributions[-1].content[-1].text == "he supports the pier and would change the timetable"


def test_a_coordinated_bare_verb_goes_on_with_the_content(parser):
    att = _one(parser.parse("The mayor says he would sit the captain down and tell him to stay in port."))
    assert att.content[0].text == "he would sit the captain down and tell him to stay in port"


@pytest.mark.parametrize("sentence,content", [
    ("The union endorsed Ann Lee on Thursday.", "Ann Lee"),
    ("The mayor praised the new pier in an interview with the Island Gazette.", "the new pier"),
    ("The captain criticized the harbour board during a rally in Portville.", "the harbour board"),
    ("The captain announced the closure on social media.", "the closure"),
    ("A harbour official confirmed the closure on condition of anonymity.", "the closure"),
    # the spokesman or lawyer the report came through
    ("The ferry firm denied the charges through a spokeswoman.", "the charges"),
    ("The captain disputed the fine through his lawyer.", "the fine"),
    # the occasion's own "to" or verb in -ed leaves the phrase before it a noun phrase
    ("The ferry union endorsed the harbour master in an email to its members.", "the harbour master"),
    ("The captain praised the new timetable in an interview published on Friday.", "the new timetable"),
    # a message, a release or a communique it went out in is the report's channel
    ("The rebel group claimed responsibility for the ambush in a message to journalists.", "the ambush"),
    ("The ferry union condemned the fare rise in a video message to its members.", "the fare rise"),
    ("The harbour board denied the claims in a press release on Monday.", "the claims"),
    ("The ministry rejected the audit in a communique.", "the audit"),
    # an adjunct clause with a pronoun subject tells when or how the report was made
    ("The mayor praised the pier as she opened it.", "the pier"),
    ("The captain criticized the timetable when he met the board.", "the timetable"),
    # "as" before a noun phrase goes on with the content
    ("The mayor praised the captain as a hero.", "the captain as a hero"),
    # a clause keeps its time: it may tell when the thing reported happened
    ("The captain said the ferry was lost on Thursday.", "the ferry was lost on Thursday"),
    ("The mayor urged the board to reopen the pier in May.", "the board to reopen the pier in May"),
])
def test_the_time_and_occasion_of_a_report_are_no_part_of_a_noun_phrase_content(parser, sentence, content):
    assert parser.parse(sentence).attributions[0].content[-1].text == content


@pytest.mark.parametrize("sentence,content", [
    # a final time after "and" pairs with a time of the list's first member: the list's, no report's
    ("Harbour records show 310 sailings in March and 280 in April.", "310 sailings in March and 280 in April"),
    ("The figures show 40 arrests in 2019 and 95 in 2023.", "40 arrests in 2019 and 95 in 2023"),
    ("Ferry logs show 12 delays on Monday and 30 on Friday.", "12 delays on Monday and 30 on Friday"),
    # a lone final time stays the report's
    ("The harbour board denied the claims and the fines on Monday.", "the claims and the fines"),
])
def test_a_final_time_paired_with_an_earlier_one_stays_in_a_noun_phrase_content(parser, sentence, content):
    assert parser.parse(sentence).attributions[0].content[-1].text == content


@pytest.mark.parametrize("sentence,content", [
    # what follows the occasion goes on with the phrase before it
    ("The captain criticized the posts on Facebook about plans to close the pier.",
     "the posts on Facebook about plans to close the pier"),
    ("The mayor praised a column in the Gazette that called for a new quay.",
     "a column in the Gazette that called for a new quay"),
    # a word that opens a clause ends no occasion: "in order to show" is no show
    ("The captain defended the timetable in order to keep the show on the road.",
     "the timetable in order to keep the show on the road"),
])
def test_an_occasion_the_phrase_goes_on_after_is_part_of_the_content(rules_only, sentence, content):
    assert rules_only.parse(sentence).attributions[0].content[-1].text == content


@pytest.mark.parametrize("sentence,content", [
    # the medium a clause's report was made in, at the content's end, is the report's, with whom
    # it was given to or where it went up and its day
    ("The harbour master said the pier was unsafe in a statement.", "the pier was unsafe"),
    ("Ann Vale said the levy was unfair in an interview with the Island Gazette.", "the levy was unfair"),
    ("The mayor told reporters the ferry would run in a briefing on Monday.", "the ferry would run"),
    ("Tom Hale wrote the vote had been rigged in a post on X.", "the vote had been rigged"),
    ("The union said that the cuts were unlawful in a letter.", "the cuts were unlawful"),
    # near misses: a verb that puts the words in the medium completes its phrase with it
    ("The harbour master said the figure appeared in a statement.", "the figure appeared in a statement"),
    ("Ann Vale said her words were quoted in an interview.", "her words were quoted in an interview"),
    # ... and a medium the cue took in already leaves the clause whole
    ("The union said in a letter the cuts were discussed in a speech.", "the cuts were discussed in a speech"),
])
def test_the_medium_at_the_end_of_a_clause_content_is_the_reports(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence,content,via", [
    # the outlet a clause's final medium was given to relays the report, as it does when the
    # phrase stands before the content, with its day after it or not
    ("Ann Vale said the levy was unfair in an interview with the BBC on Monday.", "the levy was unfair", ["the BBC"]),
    ("The harbour master said the pier was unsafe in an interview with CNN.", "the pier was unsafe", ["CNN"]),
    ("Tom Hale said the vote had been rigged in an interview with Fox News on Tuesday.",
     "the vote had been rigged", ["Fox News"]),
    # near misses: a person given the interview relays nothing, nor a medium with no one named
    ("Ann Vale said the levy was unfair in an interview with Tom Hale on Monday.", "the levy was unfair", []),
    ("The harbour master said the pier was unsafe in a statement on Friday.", "the pier was unsafe", []),
])
def test_the_outlet_of_a_clause_final_medium_relays_it(rules_only, sentence, content, via):
    att = _one(rules_only.parse(sentence))
    assert ([s.text for s in att.content], [v.span.text for v in att.via]) == ([content], via)


@pytest.mark.parametrize("sentence,content,via", [
    # the medium with no comma is the report's as the one set off by a comma is: the same content, the same relay
    ("The harbour master said the pier was unsafe, in an interview with CNN.", "the pier was unsafe", ["CNN"]),
    ("The harbour master said the pier was unsafe during an interview with CNN.", "the pier was unsafe", ["CNN"]),
    ("The harbour master said the pier was unsafe in remarks carried by Reuters.", "the pier was unsafe", ["Reuters"]),
    ("The harbour master said the pier was unsafe, in a note to staff on Monday.", "the pier was unsafe", []),
    # one's remarks or comments after a possessive, as with no determiner
    ("The harbour master said the pier was unsafe, in his remarks to the council.", "the pier was unsafe", []),
    ("The harbour master said the pier was unsafe, in her comments carried by Reuters.", "the pier was unsafe", ["Reuters"]),
    ("The harbour master said the pier was unsafe in her comments to reporters.", "the pier was unsafe", []),
    ("The harbour master said the pier was unsafe in his opening remarks to CNN on Friday.", "the pier was unsafe", ["CNN"]),
])
def test_a_clause_final_medium_with_or_without_its_comma_reads_alike(rules_only, sentence, content, via):
    att = _one(rules_only.parse(sentence))
    assert ([s.text for s in att.content], [v.span.text for v in att.via]) == ([content], via)


@pytest.mark.parametrize("sentence,content", [
    # near misses with no comma: "during" and no one named, or whom it went to in no name, may
    # be the reported event's own phrase, which stays in the content
    ("Ann Vale said that Tom Hale had mocked her during a phone call.", "Tom Hale had mocked her during a phone call"),
    ("Ann Vale said Tom Hale had agreed to the sale in a conference call with Ann Roe and herself.",
     "Tom Hale had agreed to the sale in a conference call with Ann Roe and herself"),
    # a paper or a call with no comma before it may be where the reported fault lies: no speaking occasion
    ("The appeals court said the board erred in its order.", "the board erred in its order"),
    ("The senator said the agency was wrong in its filing.", "the agency was wrong in its filing"),
    ("Ann Vale said the referee made a mistake in his call.", "the referee made a mistake in his call"),
    # one's remarks or comments with a possessive and no hearer may hold the manner of the words reported
    ("Tom Hale said he had been joking in his remarks.", "he had been joking in his remarks"),
    ("Ann Vale said there was nothing new in her comments.", "there was nothing new in her comments"),
    # ... and with no comma, whom they went to is named, or the press
    ("Tom Hale said the mayor had lied in his remarks to the council.", "the mayor had lied in his remarks to the council"),
])
def test_a_final_medium_that_may_be_the_events_stays_in_a_bare_content(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == [content]


def test_an_adjunct_clause_that_reports_on_its_own_is_no_time_of_the_report(rules_only):
    # "when he warned that ..." holds a report of its own: the content before it is not cut there
    doc = rules_only.parse("The mayor avoided criticism of the ferry until the day when he warned that the pier would close.")
    assert [a.cue.spans[0].text for a in doc.attributions] == ["warned"]


def test_an_occasion_after_an_adverb_alone_leaves_the_content_whole(rules_only):
    # "openly" is the cue's manner, no noun phrase the occasion could follow
    att = _one(rules_only.parse("Ann Lee talked openly on social media about her views on the pier."))
    assert att.content[-1].text.endswith("her views on the pier")


def test_an_unknown_verb_before_that_as_a_determiner_reports_nothing(rules_only):
    assert rules_only.parse("The clerk misfiled that part of the ledger.").attributions == ()


@pytest.mark.parametrize("text", [
    "Delegates won so far\n\nLee: 1,769.\n\nRoe: 1,501.\n\nMore races follow in June.",
    "The panel's members\n\nOslo: Ann Lee, Tom Roe, Abe Mensah\n\nBergen: Kari Dahl, Ola Berg, Per Moe",
])
def test_labels_before_a_tally_or_a_roll_of_names_are_no_speakers(rules_only, text):
    assert [a.rule for a in rules_only.parse(text).attributions if a.rule == "core.transcript_speaker.v2"] == []


def test_a_transcript_speaker_still_speaks(rules_only):
    text = "Interview\n\nHOST: Will the ferries stop?\n\nMENSAH: Two will stop in May."
    assert [a.source.span.text for a in rules_only.parse(text).attributions] == ["HOST", "MENSAH"]


@pytest.mark.parametrize("sentence", [
    "It is too soon to say whether the pier will reopen.",
    "It's safe to say the ferry will be late.",
    # the expletive in a later clause, after the sentence's own subject
    "The harbour board, meanwhile, has a surplus, although it's fair to say that one reason is the mild winter.",
    "Given the storms, it is hard to say whether the ferry will sail.",
])
def test_an_expletive_it_before_an_infinitive_reports_nothing(rules_only, sentence):
    assert [a.cue.spans[0].text for a in rules_only.parse(sentence).attributions] == []


@pytest.mark.parametrize(("text", "first"), [
    ("Will the pier reopen? No. I think it is finished.", "No."),  # "No." is short for a number only before one
    ("The pier is No. 2 on the list. It will close.", "The pier is No. 2 on the list."),
    ("The ferry sails at 9 a.m. They say it is late.", "The ferry sails at 9 a.m."),
    ("The ferry sails at 9 a.m. Monday to Friday.", "The ferry sails at 9 a.m. Monday to Friday."),
    ("Mr. Lee said so.", "Mr. Lee said so."),  # a title never ends one
])
def test_an_abbreviation_ends_a_sentence_only_before_a_word_that_opens_one(text, first):
    from attribution import layout

    lay = layout.analyse(text)
    found = [text[s.start:s.end] for s in lay.sentences]
    assert first in found


def test_a_quotation_inside_the_subjects_appositive_is_not_what_the_verb_reports(rules_only):
    doc = rules_only.parse("Ann Lee, captain of the “Island Queen,” thanked the crew for a safe crossing.")
    assert [(a.source.span.text, [c.text for c in a.content]) for a in doc.attributions] == [
        ("Ann Lee, captain of the “Island Queen,”", ["the crew for a safe crossing"])]


@pytest.mark.parametrize("sentence,source,content", [
    ("In a letter to the port board, Ann Lee, head of the pilots' union, noted the “grave risk of a collision.”",
     "Ann Lee, head of the pilots' union", "the “grave risk of a collision.”"),
    ("On Monday, Tom Roe, the harbour master, tweeted a warning.", "Tom Roe, the harbour master", "a warning"),
])
def test_a_subject_with_an_appositive_after_a_fronted_phrase_reports_what_follows_its_verb(
        rules_only, sentence, source, content):
    """The words after the verb are its object, not an inverted speaker: a fronted time or
    occasion before "Name, appositive," does not make "Y, noted X" of the sentence."""
    doc = rules_only.parse(sentence)
    assert [(a.rule, a.source.span.text, a.content[0].text) for a in doc.attributions] == [
        ("core.said_that.v2", source, content)]


@pytest.mark.parametrize("sentence,source,content", [
    ("While the council did not set out the cost of the new sea wall in any detail, Ann Lee, the harbour master,"
     " says pilots outlined a plan in which the ferry sails at dawn.", "Ann Lee, the harbour master",
     "pilots outlined a plan in which the ferry sails at dawn"),
    ("While the board did not spell out the cost of the new stand to its members in detail, Tom Roe, D-Maine, says"
     " engineers drew up a design in which the roof rises.", "Tom Roe, D-Maine",
     "engineers drew up a design in which the roof rises"),
    ("When the ferry finally docked after a delay of more than four hours at sea, Ann Lee, 54, says the passengers"
     " cheered.", "Ann Lee, 54", "the passengers cheered"),
])
def test_a_subject_with_an_appositive_after_a_long_subordinate_clause_reports_what_follows_its_verb(
        rules_only, sentence, source, content):
    """A subordinate clause fronted before "Name, appositive, says" may run past the words a
    fronted phrase takes; the words after the verb are still its content, not its speaker."""
    doc = rules_only.parse(sentence)
    assert [(a.rule, a.source.span.text, a.content[0].text) for a in doc.attributions] == [
        ("core.said_that.v2", source, content)]


@pytest.mark.parametrize("sentence,speaker,content", [
    ("School funding: Tom Roe, whose district includes farms and small towns, said rural schools -- those with fewer"
     " than 100 pupils -- lose teachers every year and struggle to replace them.", "Tom Roe",
     "rural schools -- those with fewer than 100 pupils -- lose teachers every year and struggle to replace them"),
    ("Voter access: Ann Lee, whose base includes young people and retirees, said closed primaries -- those open only"
     " to members -- deny many new voters the right to vote and drive them from the party.", "Ann Lee",
     "closed primaries -- those open only to members -- deny many new voters the right to vote and drive them from the"
     " party"),
    ("Housing: Ann Lee, the mayor, said new flats -- those built since 2020 -- stand empty and cost the city millions.",
     "Ann Lee", "new flats -- those built since 2020 -- stand empty and cost the city millions"),
])
def test_a_topic_label_before_a_subject_and_its_appositive_leaves_the_words_after_the_verb_content(
        rules_only, sentence, speaker, content):
    """"Topic: Name, appositive, said Y": the label is no part of an inverted cue's content."""
    att = _one(rules_only.parse(sentence))
    assert (att.rule, att.content[0].text) == ("core.said_that.v2", content)
    assert att.source.span.text.startswith(speaker)


@pytest.mark.parametrize("sentence,content", [
    ("Although the pier was closed for repairs all week long, the ferry kept running, said Ann Lee.",
     "Although the pier was closed for repairs all week long, the ferry kept running"),
    ("While the pier was shut, the ferry ran late, noted Ann Lee.", "While the pier was shut, the ferry ran late"),
])
def test_a_subordinate_clause_and_a_main_clause_before_the_cue_leave_an_inverted_speaker(rules_only, sentence, content):
    doc = rules_only.parse(sentence)
    assert [(a.rule, a.source.span.text, a.content[0].text) for a in doc.attributions] == [
        ("core.inverted_cue.v2", "Ann Lee", content)]


@pytest.mark.parametrize("sentence,source", [
    ("On Monday, the mayor, a pilot, said the pier was unsafe.", "the mayor, a pilot"),
    ("Last week, the harbour master, a keen sailor, warned that the ferry was late.", "the harbour master, a keen sailor"),
])
def test_a_lower_case_subject_with_an_appositive_after_a_fronted_phrase_reports(rules_only, sentence, source):
    """A noun phrase that opens its clause after one fronted adverbial and its comma takes an
    appositive as a capitalised one opening the sentence does ("The mayor, a pilot, said")."""
    doc = rules_only.parse(sentence)
    assert [(a.rule, a.source.span.text) for a in doc.attributions] == [("core.said_that.v2", source)]


def test_a_fronted_phrase_and_a_clause_before_the_comma_leave_an_inverted_speaker(rules_only):
    doc = rules_only.parse("In the end, the pier was unsafe and the ferry was late, noted Ann Lee, the mayor.")
    assert [(a.rule, a.source.span.text) for a in doc.attributions] == [("core.inverted_cue.v2", "Ann Lee, the mayor")]


@pytest.mark.parametrize("sentence,cue,source,content", [
    ("Last week, the ferry sank, said Ann Lee.", "said", "Ann Lee", "Last week, the ferry sank"),
    ("On Tuesday, the dock was flooded, noted Tom Roe.", "noted", "Tom Roe", "On Tuesday, the dock was flooded"),
    ("The ferry sank, said Ann Lee, the harbour master.", "said", "Ann Lee, the harbour master", "The ferry sank"),
    ("However, the dock was flooded, said Tom Roe.", "said", "Tom Roe", "However, the dock was flooded"),
    # (the writer's "Meanwhile," is no part of the content)
    ("Meanwhile, the ferry sank, noted Ann Lee.", "noted", "Ann Lee", "the ferry sank"),
])
def test_a_clause_before_an_inverted_cue_is_its_content_after_a_fronted_phrase(rules_only, sentence, cue, source, content):
    """A fronted time ("Last week,", "On Tuesday,") is no name with an appositive, and a
    comma sets off no bare subject from its verb: the clause before the cue is what the
    speaker after it said."""
    doc = rules_only.parse(sentence)
    assert [(a.rule, a.cue.spans[0].text, a.source.span.text, a.content[0].text) for a in doc.attributions] == [
        ("core.inverted_cue.v2", cue, source, content)]


@pytest.mark.parametrize("sentence,source,content", [
    ("Last week, the harbour board voted to sell the ferry, Ann Lee said.",
     "Ann Lee", "Last week, the harbour board voted to sell the ferry"),
    ("On Friday, the union promised to strike, said Tom Roe.", "Tom Roe", "On Friday, the union promised to strike"),
])
def test_a_fronted_time_before_a_report_inside_a_trailing_content_is_no_clause_of_its_own(
        rules_only, sentence, source, content):
    """The comma after a fronted time does not coordinate the report after it with the
    trailing speaker's words: the content runs on past it."""
    found = [(a.source.span.text, [s.text for s in a.content]) for a in rules_only.parse(sentence).attributions
             if a.cue.spans[0].text == "said"]
    assert found == [(source, [content])]
    assert clauses.fronted_phrase(sentence, 0, sentence.index(","))
    clause = "Although the board voted, Lee left."
    assert not clauses.fronted_phrase(clause, 0, clause.index(","))  # a subordinate clause, no phrase


@pytest.mark.parametrize("sentence,content", [
    ("In addition, she said, ''The ferry will not sail again.''", ["''The ferry will not sail again.''"]),
    ("Instead of blaming the crew, Tom Roe wrote, ''The weather sank the ferry.''", ["''The weather sank the ferry.''"]),
    ("In other words, she said, ''the ferry will not sail again.''", ["In other words", "''the ferry will not sail again.''"]),
    ("While the pier is old, she said, ''It is safe.''", ["While the pier is old", "''It is safe.''"]),
])
def test_an_aside_after_a_fronted_phrase_reports_only_the_quotation_after_it(rules_only, sentence, content):
    """"In addition, she said, ''Y''": the fronted phrase is the writer's link, a quotation
    that opens a sentence of its own the speaker's words; one in lower case goes on from
    the phrase, and a subordinate clause before the aside stays part of the report."""
    found = [[s.text for s in a.content] for a in rules_only.parse(sentence).attributions]
    assert found == [content]


def test_a_list_of_verbs_objects_is_no_inverted_speaker(rules_only):
    text = "She runs a bakery, writes a monthly newsletter and, since 2019, coaches a team."
    after = text.index("writes") + len("writes")
    assert sources.subject_after(text, after, len(text), rules_only.lexicon) is None
    doc = rules_only.parse(text)
    assert [a.rule for a in doc.attributions if a.rule == "core.inverted_cue.v2"] == []


def test_a_relative_clause_cut_short_by_a_report_is_no_part_of_the_mention(rules_only):
    doc = rules_only.parse("The plan was endorsed by Ann Lee, who has been pushing for stricter rules on the pier.")
    assert [a.source.span.text for a in doc.attributions if a.rule == "core.passive_agent.v1"] == ["Ann Lee"]


@pytest.mark.parametrize("sentence,form,lemma", [
    ("The board plans to reopen the pier in May.", "plans", "plan"),
    ("Lee rips the harbour board over the levy.", "rips", "rip"),
])
def test_a_cue_in_s_has_its_own_lemma(rules_only, sentence, form, lemma):
    # the mined lemma table strips "plans" to "plane" and "rips" to "ripe"; the hand-written lemmas put them right
    att = _one(rules_only.parse(sentence))
    assert (att.cue.spans[0].text, att.cue.lemma) == (form, lemma)


@pytest.mark.parametrize("label,source,cue", [
    ("Continued Lee:", "Lee", "Continued"),
    ("Stated Ann Lee:", "Ann Lee", "Stated"),
])
def test_a_verb_fronted_before_its_speaker_and_a_colon_is_the_cue_not_part_of_a_name(rules_only, label, source, cue):
    text = "The harbour master spoke to the council on Monday.\n\nLee: “The pier is safe.”\n\nRoe: “It is not.”\n\n" + label + " “The ferry is late again.”"
    (att,) = [a for a in rules_only.parse(text).attributions if "ferry" in a.content[0].text]
    assert (att.source.span.text, att.cue.spans[0].text) == (source, cue)
    assert [s.text for s in att.content] == ["“The ferry is late again.”"]


@pytest.mark.parametrize("sentence,source", [
    ("“The pier will close in June,” read the statement.", "the statement"),
    ("“Save the pier,” read one.", "one"),
])
def test_read_after_a_quotation_inverts_as_said_does(rules_only, sentence, source):
    doc = rules_only.parse("The council met on Monday. " + sentence)
    (att,) = [a for a in doc.attributions if a.content[0].text.startswith("“")]
    assert (att.rule, att.source.span.text, att.cue.spans[0].text) == ("core.inverted_cue.v2", source, "read")
    assert att.content[0].text.endswith(",”")


def test_read_inside_a_quotation_is_no_cue(rules_only):
    doc = rules_only.parse("The council met on Monday. “We read the report,” Lee said.")
    assert [(a.source.span.text, a.cue.spans[0].text) for a in doc.attributions if a.content[0].text.startswith("“")] == [("Lee", "said")]


@pytest.mark.parametrize("sentence,source", [
    ("Ann Lee, who calls the ferry a “floating ruin,” said the pier would close.", "Ann Lee"),
    ("The harbour master, who puts the repairs “in the millions,” said the pier would close.", "The harbour master"),
])
def test_a_relative_clause_ending_in_a_quotation_before_the_cue_leaves_the_name(rules_only, sentence, source):
    said = [a for a in rules_only.parse(sentence).attributions if a.cue.spans[0].text == "said"]
    assert len(said) == 1
    assert said[0].source.span.text == source
    assert [s.text for s in said[0].content] == ["the pier would close"]


def test_a_title_quoted_before_its_noun_is_no_speech_the_verb_trails(rules_only):
    doc = rules_only.parse("The council met on Monday. “Harbour Nights” host Ann Lee on Thursday showed that the pier was unsafe.")
    found = [(a.cue.spans[0].text, [s.text for s in a.content]) for a in doc.attributions if a.cue.spans[0].text == "showed"]
    assert found == [("showed", ["the pier was unsafe"])]


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("The council met on Monday. “The ferry will sail again” Tom Roe wrote, after the vote.",
     "Tom Roe", "wrote", "“The ferry will sail again”"),
    ("The council met on Monday. “We will win” she said after the vote in Portville on Friday.",
     "she", "said", "“We will win”"),
])
def test_speech_quoted_with_no_comma_before_its_speaker_is_what_the_verb_trails(rules_only, sentence, source, cue, content):
    """A quotation of three words or more, lower-case words in it, reads as speech though
    no comma closes it: the verb after its speaker trails it, whatever follows the verb."""
    found = [(a.source.span.text, a.cue.spans[0].text, [s.text for s in a.content]) for a in rules_only.parse(sentence).attributions]
    assert found == [(source, cue, [content])]


def test_a_title_in_sentence_case_before_its_noun_is_no_speech(rules_only):
    doc = rules_only.parse("The council met on Monday. “Crossing the wild sea” author Ann Lee said in May that the pier was unsafe.")
    found = [(a.cue.spans[0].text, [s.text for s in a.content]) for a in doc.attributions]
    assert found == [("said", ["the pier was unsafe"])]


def test_a_verb_that_ends_its_sentence_speaks_the_quotation_after_it(rules_only):
    doc = rules_only.parse("The council met on Monday. Ann Roe agreed. “It is rotten through. We will close it.”")
    found = [(a.source.span.text, a.cue.spans[0].text, [s.text for s in a.content]) for a in doc.attributions]
    assert found == [("Ann Roe", "agreed", ["“It is rotten through. We will close it.”"])]


def test_a_quotation_with_a_verb_of_its_own_stays_with_that_verb(rules_only):
    doc = rules_only.parse("The council met on Monday. Roe agreed. “It is rotten through,” Lee said.")
    found = [(a.source.span.text, a.cue.spans[0].text) for a in doc.attributions]
    assert found == [("Lee", "said")]


def test_a_long_subject_that_opens_the_sentence_is_read_whole(rules_only):
    text = ("Most of the owners of the small boats in the harbour of Elmford and the marina at Ashby "
            "said that the ferry was late.")
    found = {(a.rule, a.source.span.text) for a in rules_only.parse(text).attributions if a.source}
    assert ("core.said_that.v2", "Most of the owners of the small boats in the harbour of Elmford and the "
            "marina at Ashby") in found


@pytest.mark.parametrize("text", [
    "Because the ferry broke down, most of the owners of the small boats in the harbour of Elmford and the "
    "marina at Ashby said that the ferry was late.",
    "The ferry was late, and most of the owners of the small boats in the harbour of Elmford and the "
    "marina at Ashby said that it was.",
])
def test_a_long_subject_after_a_comma_that_opens_its_clause_is_read_whole(rules_only, text):
    found = [a.source.span.text for a in rules_only.parse(text).attributions if a.source]
    assert "most of the owners of the small boats in the harbour of Elmford and the marina at Ashby" in found


def test_a_long_stretch_with_no_edge_before_it_is_no_subject(rules_only):
    # an "and" with no comma may join two nouns inside a longer stretch: no clause edge shows where it opens
    text = ("The ferry was late and most of the owners of the small boats in the harbour of Elmford and the "
            "marina at Ashby said that it was.")
    sources_found = [a.source.span.text for a in rules_only.parse(text).attributions if a.source]
    assert not any(s.startswith("most of the owners") for s in sources_found)


@pytest.mark.parametrize("text, source", [
    ("One pilot not on the ferry roster, Tom Okafor, told reporters that the ferry was late.",
     "One pilot not on the ferry roster, Tom Okafor"),
    ("The minister of ports and harbours, Ann Lee, said that the ferry was late.",
     "The minister of ports and harbours, Ann Lee"),
])
def test_a_described_noun_before_a_name_in_apposition_is_read_with_it(rules_only, text, source):
    assert source in [a.source.span.text for a in rules_only.parse(text).attributions if a.source]


def test_a_clause_before_a_name_in_apposition_is_not_its_description(rules_only):
    text = "One pilot was not on the roster, Tom Okafor, told reporters that the ferry was late."
    found = sources.subject(text, 0, text.index(" told"), rules_only.lexicon, strong=True)
    assert found is None or not text[found[0]:found[1]].startswith("One pilot")


@pytest.mark.parametrize("text, source", [
    ("But few believe the ferry will run again.", "few"),
    ("Most oppose the plan to close the pier.", "Most"),
])
def test_a_quantifier_alone_is_a_subject_before_any_cue(rules_only, text, source):
    assert source in [a.source.span.text for a in rules_only.parse(text).attributions if a.source]


def test_a_list_of_members_after_a_common_noun_is_part_of_the_subject(rules_only):
    text = "But many of the pilots on the ferry, including two captains, worry that the pier will close."
    assert "many of the pilots on the ferry, including two captains" in [
        a.source.span.text for a in rules_only.parse(text).attributions if a.source]


@pytest.mark.parametrize("text, source", [
    # a participle after a plural opens a clause inside the mention: its object is no source
    ("Ferry pilots backing the harbour master have said the pier is unsafe.", "Ferry pilots backing the harbour master"),
    ("Two of the unions representing the dock crews have told the council the pier is unsafe.",
     "Two of the unions representing the dock crews"),
])
def test_a_participle_after_a_plural_keeps_its_object_inside_the_source(rules_only, text, source):
    assert source in [a.source.span.text for a in rules_only.parse(text).attributions if a.source]


def test_a_verb_in_ing_after_a_name_still_ends_the_source(rules_only):
    # no plural before it: "began taking" is a verb phrase, the walk stops there as before
    text = "Lee began taking notes as the captains said the pier was unsafe."
    assert "the captains" in [a.source.span.text for a in rules_only.parse(text).attributions if a.source]


@pytest.mark.parametrize("text, source, cue, content", [
    ("Ferry Union to endorse Okafor\nThe union met on Monday.", "Ferry Union", "to endorse", "Okafor"),
    ("Harbour Board to back Mayor Quinn on fares\nThe pilots met on Monday.",
     "Harbour Board", "to back", "Mayor Quinn on fares"),
])
def test_a_headline_plan_is_its_subjects_report(rules_only, text, source, cue, content):
    found = [(a.source.span.text, " ".join(s.text for s in a.cue.spans), " ".join(c.text for c in a.content))
             for a in rules_only.parse(text).attributions if a.source]
    assert (source, cue, content) in found


@pytest.mark.parametrize("text", [
    "Ready to back Okafor, pilots work to unite the union\nThe pilots met on Monday.",
    "Okafor to give away the ferry\nThe pilots met on Monday.",
])
def test_a_headline_plan_needs_a_subject_and_a_verb_of_report(rules_only, text):
    assert [a for a in rules_only.parse(text).attributions if a.content[0].text.startswith(("Okafor", "the ferry"))] == []


@pytest.mark.parametrize("text, cue, content", [
    ("Mayor Quinn doubles down on ferry fare rise\nThe mayor met on Monday.", "doubles down on", "ferry fare rise"),
    ("The pilots came out against the new timetable.", "came out against", "the new timetable"),
    ("Ferry pilots sound off on Mayor Quinn\nThe pilots met on Monday.", "sound off on", "Mayor Quinn"),
    # spoke out against, in a title-case headline's present too
    ("Quinn Speaks Out Against Ferry Levy\nThe mayor met on Monday.", "Speaks Out Against", "Ferry Levy"),
    ("The pilots speak out against the new timetable.", "speak out against", "the new timetable"),
])
def test_idioms_of_stance_are_cues_whole(rules_only, text, cue, content):
    found = [(" ".join(s.text for s in a.cue.spans), " ".join(c.text for c in a.content))
             for a in rules_only.parse(text).attributions]
    assert (cue, content) in found


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("Several ministers have been critical of the plan to close the port.",
     "Several ministers", "have been critical of", "the plan to close the port"),
    ("Local officials were adamant that the bridge would reopen.",
     "Local officials", "were adamant", "the bridge would reopen"),
    ("Two councillors were deeply skeptical of the budget.", "Two councillors", "were deeply skeptical of", "the budget"),
    # a "that" after a stance adjective of the phrase table opens the clause: not the cue's
    ("The harbour board is hopeful that the ferry will run.", "The harbour board", "is hopeful", "the ferry will run"),
    ("Most pilots were sceptical that the pier would hold.", "Most pilots", "were sceptical", "the pier would hold"),
])
def test_a_stance_adjective_after_be_is_its_subjects_report(parser, sentence, source, cue, content):
    # an adjective after "be" is no passive: the subject holds the stance
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, " ".join(s.text for s in att.cue.spans), att.content[0].text) == (source, cue, content)


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a projection's certainty takes its "of" into the cue, as "skeptical of" does, and
    # "assured" after "be" is its subject's standing, not a passive: the subject is the source
    ("With 40 delegates at stake, the mayor is now assured of winning at least 20.",
     "the mayor", "is now assured of", ["winning at least 20"]),
    # the words after "of" are what it takes, whole, not a hearer before a later "that"
    ("The mayor is assured of winning most wards in that district.",
     "The mayor", "is assured of", ["winning most wards in that district"]),
    # the verb with its hearer between is no such phrase
    ("The mayor assured voters of her support.", "The mayor", "assured", ["voters of her support"]),
])
def test_assured_of_is_one_cue(parser, sentence, source, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, [c.text for c in att.content]) == (source, cue, content)


@pytest.mark.parametrize("sentence,cue,content", [
    # a cue that ends in its "of" has no hearer after it: a "that" further on opens no content
    ("Harbour officials warned of losing the ferry in that storm.", "warned of", "losing the ferry in that storm"),
    ("The pilots complained about delays in that port.", "complained about", "delays in that port"),
    # nor does a preposition open a hearer: the "that" is a determiner, not the complement's
    ("Officials warned against raising the levy in that harbour.", "warned against",
     "raising the levy in that harbour"),
    ("Skipper Ann Lee told of losing her boat in that storm.", "told of", "losing her boat in that storm"),
])
def test_no_hearer_after_a_cue_that_ends_in_its_preposition(parser, sentence, cue, content):
    att = _one(parser.parse(sentence))
    assert (" ".join(s.text for s in att.cue.spans), att.content[0].text) == (cue, content)


@pytest.mark.parametrize("sentence", [
    "The minutes were redacted to hide the names.",  # a participle the lemma table does not know: a passive
    "The ferry was thrown into the harbour.",
])
def test_a_participle_after_be_is_still_a_passive(parser, sentence):
    assert not any(a.source for a in parser.parse(sentence).attributions)


def test_a_stance_adjective_after_being_is_no_report_of_its_own(parser):
    # "the mayor being supportive of ...": a clause inside the subject's report
    att = _one(parser.parse("She remembers the mayor being supportive of the plan."))
    assert (att.source.span.text, att.content[0].text) == ("She", "the mayor being supportive of the plan")


@pytest.mark.parametrize("sentence,cue,content", [
    ("The ferry captain was charged with reckless conduct.", "was charged with", ["The ferry captain", "reckless conduct"]),
    ("The plan was criticized over its cost.", "was criticized", ["The plan", "over its cost"]),
])
def test_a_passive_with_no_agent_before_what_it_takes_reports_with_no_source(parser, sentence, cue, content):
    att = _one(parser.parse(sentence))
    assert att.source is None
    assert (att.cue.spans[0].text, [s.text for s in att.content]) == (cue, content)


@pytest.mark.parametrize("sentence", [
    "The plan was criticized over the past two weeks.",  # a time, not what it was criticized for
    "The plan was criticized in January.",
])
def test_a_passive_before_a_time_reports_nothing(parser, sentence):
    assert parser.parse(sentence).attributions == ()


def test_a_report_keeps_a_passive_inside_its_content_whole(parser):
    att = _one(parser.parse("The mayor said the captain was charged with fraud."))
    assert (att.source.span.text, att.content[0].text) == ("The mayor", "the captain was charged with fraud")


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("The crew were worried about the storm.", "The crew", "were worried about", "the storm"),
    ("The crew were convinced that the storm would pass.", "The crew", "were convinced", "the storm would pass"),
])
def test_a_feelings_participle_after_be_is_its_subjects_state(parser, sentence, source, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, " ".join(s.text for s in att.cue.spans), att.content[0].text) == (source, cue, content)


@pytest.mark.parametrize("sentence,source", [
    ("The plan, which the mayor criticized, was dropped.", "the mayor"),  # the clause ends at a comma
    ("Lee backed the toll, which the fishermen opposed.", "the fishermen"),  # or with the sentence
])
def test_a_relative_pronoun_before_its_subject_is_the_cues_whole_content(parser, sentence, source):
    found = [(a.source.span.text, [s.text for s in a.content]) for a in parser.parse(sentence).attributions
             if a.source and a.source.span.text == source]
    assert found == [(source, ["which"])]


def test_a_subject_relative_keeps_the_object_after_its_verb(parser):
    att = _one(parser.parse("The mayor, who opposed the toll, resigned."))
    assert (att.source.span.text, att.content[0].text) == ("who", "the toll")


def test_a_passive_asked_takes_the_question_named_as_its_object(parser):
    att = _one(parser.parse("The mayor was asked a pointed question about the pier."))
    assert (att.source, att.cue.spans[0].text, att.content[0].text) == (
        None, "was asked", "a pointed question about the pier")


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("She’s hoping the new ferry will be ready by June.", "She", "’s hoping", "the new ferry will be ready by June"),
    ("They've argued that the toll is far too high.", "They", "'ve argued", "the toll is far too high"),
    ("The pilots, who’d long opposed the plan, now back the toll.", "who", "’d long opposed", "the plan"),
])
def test_an_auxiliary_contracted_onto_a_pronoun_is_the_cues(parser, sentence, source, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (source, cue, content)


def test_a_possessive_before_a_noun_cue_stays_with_its_owner(parser):
    doc = parser.parse("The mayor's claim that the pier is unsafe was false.")
    assert [(a.source.span.text, a.cue.spans[0].text) for a in doc.attributions] == [("The mayor's", "claim")]


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("The harbour master said only that the pier would close.", "The harbour master", "said only",
     "the pier would close"),
    ("“Is the toll fair?” Okafor asked rhetorically.", "Okafor", "asked rhetorically", "“Is the toll fair?”"),
    ("“The toll is fair,” Okafor said dryly.", "Okafor", "said dryly", "“The toll is fair,”"),
    ("“The toll is fair,” Okafor said\u00a0dryly.", "Okafor", "said\u00a0dryly", "“The toll is fair,”"),
    # "with" and the manner of the saying that end the clause are the cue's; not an agreement's "with"
    ("“The toll is fair,” Okafor said with a grin.", "Okafor", "said with a grin", "“The toll is fair,”"),
    ("“The toll is fair,” Okafor said with disbelief.", "Okafor", "said with disbelief", "“The toll is fair,”"),
    ("Okafor noted repeatedly that the toll was fair.", "Okafor", "noted repeatedly", "the toll was fair"),
    # so is "back", a reply's: "wrote back.", "wrote back that"; not "back" before more of the clause
    ("“The toll is fair,” Okafor wrote back.", "Okafor", "wrote back", "“The toll is fair,”"),
    ("Okafor wrote back that the toll was fair.", "Okafor", "wrote back", "the toll was fair"),
    ("“The toll is fair,” Okafor said back to the crowd.", "Okafor", "said", "“The toll is fair,”"),
    # an adverb of the content is not the cue's, nor is a day (nor what it owns)
    ("Okafor said nearly all the boats were gone.", "Okafor", "said", "nearly all the boats were gone"),
    ("Okafor said Friday's vote was a farce.", "Okafor", "said", "Friday's vote was a farce"),
])
def test_an_adverb_that_ends_the_clause_of_a_verb_of_saying_is_the_cues(parser, sentence, source, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (source, cue, content)


@pytest.mark.parametrize("sentence,cue", [
    # where or to whom a verb of saying or writing was said is no particle of it, unless a platform
    ("“The toll is fair,” Okafor wrote on his blog.", "wrote"),
    ("“The toll is fair,” Okafor says to the camera.", "says"),
    ("“The toll is fair,” Okafor wrote on Twitter.", "wrote on Twitter"),
])
def test_a_place_after_a_verb_of_saying_is_no_particle(parser, sentence, cue):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == ("Okafor", cue, "“The toll is fair,”")


@pytest.mark.parametrize("sentence,cue,content", [
    # a bare weekday that ends the clause of a verb of saying, or stands before its "that", is the cue's
    ("“The toll is fair,” Okafor said Thursday.", "said Thursday", "“The toll is fair,”"),
    ("“The toll is fair,” Okafor said Thursday evening.", "said Thursday evening", "“The toll is fair,”"),
    ("“The toll is fair,” Okafor said\u00a0Thursday.", "said\u00a0Thursday", "“The toll is fair,”"),
    ("Okafor said Thursday that the toll was fair.", "said Thursday", "the toll was fair"),
    # not after "on" or a platform, nor a day the content owns or a day before more of the clause
    ("Okafor said on Thursday that the toll was fair.", "said", "the toll was fair"),
    ("Okafor said in an interview Thursday that the toll was fair.", "said in an interview", "the toll was fair"),
    ("Okafor said Thursday's toll was fair.", "said", "Thursday's toll was fair"),
    ("Okafor said Thursday the toll was fair.", "said", "the toll was fair"),
])
def test_a_weekday_that_ends_the_clause_of_a_verb_of_saying_is_the_cues(parser, sentence, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == ("Okafor", cue, content)


@pytest.mark.parametrize("sentence,cue,content", [
    # the time of the report counted in turns, before its "that", is the cue's, with its weekday
    ("Okafor admitted for the first time that the toll was unfair.", "admitted for the first time",
     "the toll was unfair"),
    ("Okafor said for the second time Monday that the toll was unfair.", "said for the second time Monday",
     "the toll was unfair"),
    # not a span of time, nor the time a content owns
    ("Okafor has said for years that the toll was unfair.", "has said", "the toll was unfair"),
    ("Okafor said the toll rose for the first time.", "said", "the toll rose for the first time"),
])
def test_an_ordinal_time_before_that_is_the_cues(parser, sentence, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == ("Okafor", cue, content)


@pytest.mark.parametrize("sentence,cue", [
    # the statement or message a quotation came in, before its colon or comma, is the cue's
    ("The harbour board issued the following statement: “The pier is closed.”", "issued the following statement"),
    ("The harbour board replied in a short email, “The pier is closed.”", "replied in a short email"),
    # not a name that ends in a word for a message
    ("The harbour board told The Island Post: “The pier is closed.”", "told"),
])
def test_the_statement_before_a_quotations_colon_is_the_cues(parser, sentence, cue):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (
        "The harbour board", cue, "“The pier is closed.”")


def test_with_after_a_verb_of_agreeing_is_no_manner(parser):
    att = _one(parser.parse("Many islanders agree with the mayor's plan."))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (
        "Many islanders", "agree with", "the mayor's plan")


@pytest.mark.parametrize("sentence,content", [
    # an infinitive inside what a verb of saying reports is part of the speaker's words
    ("The mayor said she intended to show that the pier was unsafe.", "she intended to show that the pier was unsafe"),
    ("The mayor said the onus is on the board to show that the pier is safe.",
     "the onus is on the board to show that the pier is safe"),
])
def test_an_infinitive_inside_a_report_is_part_of_it(parser, sentence, content):
    att = _one(parser.parse(sentence))
    assert (att.rule, att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (
        "core.said_that.v2", "The mayor", "said", content)


@pytest.mark.parametrize("sentence,cue,content", [
    # an infinitive inside a participle's content is among its words, not a report of its own
    ("Roe closed the meeting, also calling on residents to oppose the sale.",
     "also calling on", "residents to oppose the sale"),
    ("Lee has kept his distance, arguing that appearing to strongly favor one bidder would hurt the port.",
     "arguing", "appearing to strongly favor one bidder would hurt the port"),
])
def test_an_infinitive_inside_a_participle_content_is_part_of_it(parser, sentence, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.rule, att.cue.spans[0].text, att.content[0].text) == ("core.participle.v2", cue, content)


def test_an_infinitive_after_a_gerund_is_no_predicate_of_its_subject(parser):
    """"was criticized for using the word to describe": the infinitive is the gerund's, not
    the subject's report, and the passive reads as an impression with no source."""
    att = _one(parser.parse("The mayor has been criticized for using the word to describe the pier."))
    assert (att.rule, att.source, att.cue.spans[0].text) == ("core.raising.v2", None, "has been criticized")


def test_the_manner_of_a_participle_before_a_comma_stays_out_of_its_cue(parser):
    doc = parser.parse("The fans stood there shouting loudly, waving flags and banging drums.")
    assert all(a.cue.spans[0].text == "shouting" for a in doc.attributions)


@pytest.mark.parametrize("sentence,cue", [
    ("The harbour master took to the radio to say that the pier would close.", "took to the radio to say"),
    ("The harbour master, facing a storm of protest, took to the radio to say that the pier would close.", "to say"),
    ("The harbour master is continuing to insist that the pier would close.", "is continuing to insist"),
    # a predicate word that ends in a word of the stop list is read whole: "has" is no "h" + "as"
    ("The harbour master has to show that the pier would close.", "has to show"),
    ("The harbour master was quick to add that the pier would close.", "was quick to add"),
])
def test_the_cue_of_an_infinitive_runs_from_the_predicate_after_its_subject(parser, sentence, cue):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (
        "The harbour master", cue, "the pier would close")


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("The storm prompted the harbour master to warn that the pier would close.",
     "the harbour master", "to warn", "the pier would close"),
    # a time after the object is neither the source's nor the cue's
    ("The vote led several ferry pilots on Monday to declare that the pier was “unsafe.”",
     "several ferry pilots", "to declare", "the pier was “unsafe.”"),
    # an object pronoun is the source as it stands
    ("The leak forced her to admit that the pier would close.", "her", "to admit", "the pier would close"),
])
def test_the_object_of_a_verb_of_causing_reports_its_infinitive(parser, sentence, source, cue, content):
    """"The storm prompted X to warn that Y": X reports, not the cause that opens the sentence."""
    att = _one(parser.parse(sentence))
    assert (att.rule, att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (
        "core.infinitive.v2", source, cue, content)


def test_an_infinitive_after_a_verb_of_causing_with_no_object_reads_the_subject(parser):
    att = _one(parser.parse("The harbour master pushed hard to say that the pier would close."))
    assert (att.source.span.text, att.content[0].text) == ("The harbour master", "the pier would close")


@pytest.mark.parametrize("sentence,source,cue", [
    ("Harbour Board Just Dismissed The Ferry Plan", "Harbour Board", "Just Dismissed"),
    ("Mayor Okafor Finally Confirmed A New Pier", "Mayor Okafor", "Finally Confirmed"),
    ("Tom Okafor Has Said The Pier Will Close", "Tom Okafor", "Has Said"),
])
def test_a_title_case_headline_cue_takes_its_capitalised_auxiliaries(parser, sentence, source, cue):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text) == (source, cue)


def test_a_capitalised_auxiliary_that_is_a_name_is_no_part_of_the_cue(parser):
    doc = parser.parse("Harbour Chief Ann May Said The Pier Will Close")
    assert [a.cue.spans[0].text for a in doc.attributions] == ["Said"]


@pytest.mark.parametrize("headline,source", [
    ("Harbour Chief Ann May Said The Pier Will Close", "Harbour Chief Ann May"),
    ("Ferry Captain Tom Will Says The Pier Will Close", "Ferry Captain Tom Will"),
])
def test_a_name_that_is_a_modal_stays_in_the_source_before_a_cue_that_is_no_bare_verb(parser, headline, source):
    att = _one(parser.parse(headline))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (source, headline.split()[4], "The Pier Will Close")


def test_a_title_case_headline_with_two_capitalised_verb_cues_has_one_source(parser):
    # the second cue's source read leftwards would hold the first cue, capitalised like every word
    doc = parser.parse("Tom Okafor Mocks Harbour Board, Says Pier Will Close")
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions]
    assert ("Tom Okafor", "Mocks", "Harbour Board") in found
    assert ("Tom Okafor", "Says", "Pier Will Close") in found


@pytest.mark.parametrize("headline", [
    "Harbour Board Votes To Close The Pier",
    "Ferry Union Posts A Bitter Video To Portray Harbour Chiefs As Liars",
])
def test_a_source_that_ends_in_to_is_no_mention(parser, headline):
    # "Votes To | Close": the verb after "To" is an infinitive, and "Harbour Board Votes To" no mention
    doc = parser.parse(headline)
    assert not [a for a in doc.attributions if a.source and a.source.span.text.endswith(" To")]


@pytest.mark.parametrize("headline,source,cue,content", [
    # the first verb is no cue the pool keeps, but one the tables weigh: the name reports after the comma too
    ("Ann Lee Aims Barb At Harbour Board, Slams Ferry Delays", "Ann Lee", "Slams", "Ferry Delays"),
    # no comma, no second report: the capitalised noun in "-s" stays in the mention
    ("Media Reports Reveal Pier Will Close", "Media Reports", "Reveal", "Pier Will Close"),
])
def test_a_title_case_headline_verb_before_a_comma_ends_the_next_cues_source(parser, headline, source, cue, content):
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in parser.parse(headline).attributions]
    assert (source, cue, content) in found


def test_a_capitalised_auxiliary_before_an_inner_cue_ends_no_name(parser):
    # "Was Just | Spotted": the word before the inner verb is the verb's, so the source is not cut to it
    doc = parser.parse("Ann Lee Was Just Spotted Walking Into The Last Place Anyone Would Expect Her To")
    assert "Just" not in [a.source.span.text for a in doc.attributions if a.source]


@pytest.mark.parametrize("sentence,cue,content", [
    ("Okafor rejected the notion that the pier was unsafe.", "rejected", "the notion that the pier was unsafe"),
    ("Okafor denied reports that the pier was unsafe.", "denied", "reports that the pier was unsafe"),
    # an attitude keeps its noun in the cue
    ("Okafor expressed concern about the pier.", "expressed concern about", "the pier"),
])
def test_a_report_named_as_the_object_opens_the_content(parser, sentence, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == ("Okafor", cue, content)


def test_about_before_an_amount_is_the_contents_not_the_cues(parser):
    att = _one(parser.parse("Okafor said about half of the piers were unsafe."))
    assert (att.cue.spans[0].text, att.content[0].text) == ("said", "about half of the piers were unsafe")


@pytest.mark.parametrize("sentence,cue,content", [
    ("Okafor made clear that the pier would close.", "made clear", "the pier would close"),
    ("Okafor has made it clear she will not sell the pier.", "has made it clear", "she will not sell the pier"),
    ("Okafor pleaded guilty to the theft of a ferry.", "pleaded guilty", "the theft of a ferry"),  # "to" before a noun phrase is read past
])
def test_an_idiom_whose_head_reports_nothing_is_one_cue(parser, sentence, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == ("Okafor", cue, content)


@pytest.mark.parametrize("sentence,reports", [
    ("Nearly half of the voters said the mayor was honest, about the same number who said the council was.",
     [("Nearly half of the voters", "said", "the mayor was honest"), ("who", "said", "the council was")]),
    ("A third of the crews said the pier was unsafe, twice the share who said it was sound.",
     [("A third of the crews", "said", "the pier was unsafe"), ("who", "said", "it was sound")]),
])
def test_a_relative_clause_that_reports_again_ends_the_outer_content(parser, sentence, reports):
    doc = parser.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions] == reports


@pytest.mark.parametrize("sentence", [
    "Lee recalled the days when, he said, the pier was full.",
    "Roe replied that she was glad because, she said, the vote was fair.",
])
def test_a_pronouns_aside_after_a_subordinator_is_no_report_of_its_own(parser, sentence):
    cues = [a.cue.spans[0].text for a in parser.parse(sentence).attributions]
    assert "said" not in cues


def test_a_source_that_opens_with_a_preposition_is_no_mention(rules_only):
    # the walk stopped inside a noun phrase's prepositional modifier: no one reports
    assert not rules_only.parse("The mayor's standing among pilots looks to be weakening.").attributions
    doc = rules_only.parse("Lee joked about ferry fares, declined to back the toll, and told the crews they would get a raise.")
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in doc.attributions]
    assert ("Lee", "told", "they would get a raise") in found
    assert not [s for s, _c, _t in found if s.startswith("about")]


def test_a_source_that_opens_with_a_preposition_keeps_the_clause_after_its_comma(rules_only):
    doc = rules_only.parse("Despite the long feud over the BPA, many pilots and some mayors say it had successes.")
    att = _one(doc)
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (
        "many pilots and some mayors", "say", "it had successes")


@pytest.mark.parametrize("sentence,source", [
    ("The council met, but about half of the pilots say the pier should stay open.", "about half of the pilots"),
    ("The council met, but over a dozen pilots say the pier should stay open.", "over a dozen pilots"),
])
def test_a_preposition_that_measures_a_quantity_stays_in_the_source(rules_only, sentence, source):
    assert _one(rules_only.parse(sentence)).source.span.text == source


@pytest.mark.parametrize("sentence,found", [
    # no quotation after the noun: no cry is reported
    ("The chants of the crowd grew louder as the ferry left.", []),
    # a verb's report that holds the cry keeps its source
    ("Harbour workers answered with chants of “Save the pier!” until the mayor left.",
     [("Harbour workers", "answered with")]),
])
def test_a_cry_noun_reports_only_a_quotation_no_verb_holds(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text if a.source else None, a.cue.spans[0].text) for a in doc.attributions] == found


@pytest.mark.parametrize("sentence", [
    # an infinitive's or a modal's backing is hoped for, not held
    "The mayor hopes to win the support of the pilots.",
    "The mayor may not have the backing of the board.",
    # another verb's object: the verb of the clause is no verb of getting
    "The mayor, who has welcomed support from the union, left early.",
    # a possessor between the verb and the noun holds the stance itself
    "The mayor won his first endorsement from a councillor.",
    # criticism "of" names its target, not the critics; backing is got, not met with
    "The pier plan drew criticism of the mayor.",
    "The union sparked support from the pilots.",
    # the critics' words after "that" are theirs, read as a report from them
    "The mayor faced criticism from rivals that the pier was unsafe.",
])
def test_backing_received_needs_a_finite_verb_of_getting(rules_only, sentence):
    assert [a for a in rules_only.parse(sentence).attributions if a.rule == "core.backing_received.v1"] == []


@pytest.mark.parametrize("sentence", [
    # no verb of its own after the topic, or another clause's verb, or the backer after "of"
    "Support for the pier came from the council.",
    "The criticism of the mayor's record comes as her deputy is running for the seat.",
    "The support of the harbour master is welcome.",
])
def test_a_stance_subject_needs_its_own_verb(rules_only, sentence):
    assert [a for a in rules_only.parse(sentence).attributions if a.rule == "core.stance_subject.v1"] == []


@pytest.mark.parametrize("sentence", [
    "The mayor raised $2 million for the pier.",
    "The harbour master raised the question at the meeting.",
])
def test_raised_is_no_cue_without_questions_about_a_topic(rules_only, sentence):
    assert [a.cue.spans[0].text for a in rules_only.parse(sentence).attributions] == []


def test_backers_lend_no_source_to_a_participle_after_them(rules_only):
    doc = rules_only.parse("The mayor won the support of the pilots by praising the new ferry.")
    found = {a.rule: (a.source.span.text if a.source else None) for a in doc.attributions}
    assert found["core.backing_received.v1"] == "the pilots"
    assert found.get("core.participle.v2") in (None, "The mayor")


@pytest.mark.parametrize("sentence,source", [
    # a list of names that opens the sentence is the subject of a participle after it
    ("Ann Lee, Tom Roe and Ray Fox toured the harbour, saying the pier was unsafe.", "Ann Lee, Tom Roe and Ray Fox"),
    # ... with a comma before its "and", the last item a group
    ("Lee, Roe, and their aides toured the harbour, saying the pier was unsafe.", "Lee, Roe, and their aides"),
    # a party tag in brackets after the name is the name's
    ("Sen. Ann Lee (D-Ore.) toured the harbour, saying the pier was unsafe.", "Sen. Ann Lee (D-Ore.)"),
    ("Ann Lee (R) and Tom Roe (D) toured the harbour, saying the pier was unsafe.", "Ann Lee (R) and Tom Roe (D)"),
    # ... but an appositive between commas is no list
    ("Ann Lee, the mayor, toured the harbour, saying the pier was unsafe.", "Ann Lee, the mayor"),
    # a person who works or speaks for another: "for" and its object are the subject's
    ("A spokesman for the harbour board toured the pier, saying it was unsafe.", "A spokesman for the harbour board"),
    ("Lawyers for Ms. Lee toured the pier, saying it was unsafe.", "Lawyers for Ms. Lee"),
    # ... but not a span of time after any other noun
    ("The mayor for years toured the pier, saying it was unsafe.", "The mayor"),
    # a noun for a person by kin or work is the subject's head, however seldom the mined table
    # finds it in a source
    ("The senator's son left the hall, saying the vote was rigged.", "The senator's son"),
    ("Ms. Okafor's younger sister left the hall, saying the vote was rigged.", "Ms. Okafor's younger sister"),
    ("Several retired army officers left the hall, saying the vote was rigged.", "Several retired army officers"),
    # ... and so is a noun for a person by rank, in a church, a court or the forces
    ("The elderly Polish pope again toured the pier, saying it was unsafe.", "The elderly Polish pope"),
    ("The veteran Irish colonel again toured the pier, saying it was unsafe.", "The veteran Irish colonel"),
])
def test_a_leading_subject_reads_lists_and_party_tags(rules_only, sentence, source):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[-1].text) for a in doc.attributions] == [(source, "saying")]


@pytest.mark.parametrize("sentence,source", [
    # a fronted clause opened by a focus adverb and its subordinator is no subject
    ("Even as the storm grew, the mayor toured the pier, warning that it was unsafe.", "the mayor"),
    ("Just as the vote opened, Ann Lee left the hall, saying the pier was unsafe.", "Ann Lee"),
    # ... nor one opened by a word in "-ever"
    ("Whatever his views on the toll, Lee toured the pier, calling it unsafe.", "Lee"),
    ("Wherever the ferry docks, the pilots complain, saying the pier is unsafe.", "the pilots"),
    # ... but a focus adverb before a name is no clause
    ("Even Ann Lee toured the pier, saying it was unsafe.", "Ann Lee"),
    # ... nor "as if" or "as though" in the predicate of the subject that opens the sentence
    ("Lee waved as if to calm the hall, then toured the pier, warning that it was unsafe.", "Lee"),
    ("Lee smiled as though nothing had happened, then toured the pier, saying it was unsafe.", "Lee"),
    # ... while a subordinator after a time is one
    ("Two days after the vote failed, the mayor toured the pier, warning that it was unsafe.", "the mayor"),
])
def test_a_leading_subject_follows_a_fronted_clause(rules_only, sentence, source):
    doc = rules_only.parse(sentence)
    assert [a.source.span.text for a in doc.attributions if a.cue.spans[-1].text in (
        "warning", "saying", "calling")] == [source]


@pytest.mark.parametrize("sentence,source", [
    # a list whose comma stands before its "and" ("the serial comma")
    ("Ann Lee, Tom Roe, and other pilots said the channel was unsafe.", "Ann Lee, Tom Roe, and other pilots"),
    ("Dock workers, harbour pilots, and many engineers said the channel was unsafe.",
     "Dock workers, harbour pilots, and many engineers"),
    # a name and a former holder of a post
    ("The Gazette and former harbour master Tom Roe said the channel was unsafe.",
     "The Gazette and former harbour master Tom Roe"),
    # ... but a preposition's object before a comma opens no list
    ("At a forum hosted by Rotary, Ann Lee, Tom Roe, and Ray Fox said the channel was unsafe.",
     "Ann Lee, Tom Roe, and Ray Fox"),
    # ... nor a town and its state's abbreviation before ", and"
    ("Since the storms in San Mateo, Calif., and many pilots said the channel was unsafe.", "many pilots"),
])
def test_a_subject_before_the_cue_reads_a_list(rules_only, sentence, source):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[-1].text) for a in doc.attributions] == [(source, "said")]


@pytest.mark.parametrize("sentence,found", [
    # a preposition that opens the sentence is no part of the mention after it
    ("Alongside union calls for a strike, the pilots asked for higher pay.", ("union", "calls for")),
    ("Like others backing the strike, Roe said the pier is unsafe.", ("others", "backing")),
])
def test_an_opening_preposition_is_no_source(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert found in [(a.source.span.text if a.source else None, a.cue.spans[-1].text) for a in doc.attributions]


def test_a_lone_opening_preposition_names_no_one():
    """"Despite complaints that ...": the walk left of the noun finds only the
    preposition, which names no one (the mention is dropped, not kept as "Despite")."""
    text = "Despite complaints that he is a crank, Lee won."
    assert sources.trim_mention(text, 0, len("Despite")) is None
    assert sources.trim_mention("Like others, Roe", 0, len("Like others")) == (5, 11)
    assert sources.trim_mention("By some accounts", 0, len("By some")) == (0, 7)


@pytest.mark.parametrize("sentence,found", [
    # a participle inside a relative clause is the relative pronoun's, as a verb of saying there is
    ("But Lee, who was distracted while saying goodbye to the crew, left.", ("who", "saying")),
    ("The mayor, who spent much of the speech defending the toll, left early.", ("who", "defending")),
    ("The Gazette, which ran a long article praising the mayor, was sold.", ("which", "praising")),
    # ... not once a comma closes the clause before it
    ("Lee, who runs the port, left on Monday, saying the pier was unsafe.", ("Lee", "saying")),
    # ... nor after "who" as an interrogative
    ("Lee asked who was in charge, saying the pier was unsafe.", ("Lee", "saying")),
])
def test_a_participle_in_a_relative_clause_is_the_pronouns(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert found in [(a.source.span.text if a.source else None, a.cue.spans[-1].text) for a in doc.attributions]


def test_an_imperative_let_is_the_clauses():
    """"Let me say that ...": the one let speak is the mention, not the imperative."""
    assert sources.trim_mention("Let me", 0, 6) == (4, 6)
    assert sources.trim_mention("let the pilots", 0, 14) == (4, 14)
    assert sources.trim_mention("Lettice Roe", 0, 11) == (0, 11)
    assert sources.trim_mention("Looks like someone", 0, 18) == (11, 18)
    assert sources.trim_mention("The looks like", 0, 14) == (0, 14)


@pytest.mark.parametrize("sentence,source,cue", [
    ("Let me say that the pier is unsafe.", "me", "say"),
    ("Let us admit that the pier is unsafe.", "us", "admit"),
    # an impression that opens the clause with no subject is no part of the mention either
    ("Looks like someone told the mayor that the pier was unsafe.", "someone", "told"),
    ("Seems like every pilot agrees that the pier is unsafe.", "every pilot", "agrees"),
])
def test_the_one_an_imperative_lets_speak_is_the_source(rules_only, sentence, source, cue):
    doc = rules_only.parse(sentence)
    assert (source, cue) in [(a.source.span.text if a.source else None, a.cue.spans[-1].text) for a in doc.attributions]


@pytest.mark.parametrize("sentence,found", [
    # a verb coordinated inside a relative clause set off by a comma or a dash is the pronoun's
    ("Ann Lee, who saw the crash and described it to the police, left early.", ("who", "described")),
    ("The union - which backed the toll and argued that the pier was unsafe - lost.", ("which", "argued")),
    # ... not the pronoun of a clause after a preposition, nor of one that restricts its noun
    ("The board held a meeting in which the mayor spoke and said the pier was unsafe.", ("the mayor", "said")),
    ("Lee thanked those who stayed but said the pier was unsafe.", ("Lee", "said")),
    # ... nor once a comma closes the clause
    ("Lee, who runs the port, left and said the pier was unsafe.", ("Lee", "said")),
])
def test_a_verb_coordinated_in_a_relative_clause_is_the_pronouns(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert found in [(a.source.span.text if a.source else None, a.cue.spans[-1].text) for a in doc.attributions]


def test_a_floating_all_after_a_subject_is_the_clauses():
    """"Lee, Roe and Ray all agree": the quantifier after a list or a plural is
    the clause's, not the mention's; one that ends a clause inside it is kept."""
    text = "Strategists for Lee and Roe all"
    assert sources.trim_mention(text, 0, len(text)) == (0, len("Strategists for Lee and Roe"))
    text = "the pilots all"
    assert sources.trim_mention(text, 0, len(text)) == (0, len("the pilots"))
    text = "The woman who started it all"
    assert sources.trim_mention(text, 0, len(text)) == (0, len(text))


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a participle after its noun, set off by commas, its agent ending at the comma
    ("The toll bill, opposed by most harbour pilots, never became law.", "most harbour pilots", "opposed", "The toll bill"),
    # an appositive noun at the sentence's end, the participle right after it
    ("The ferry was late again, a complaint echoed by the town council.", "the town council", "echoed", "a complaint"),
    # an adverb before the participle is the cue's, and no auxiliary makes it a finite verb
    ("The toll, widely criticized by the pilots, was dropped.", "the pilots", "widely criticized", "The toll"),
    ("The closure was unexpected, a fact first reported by the Gazette.", "the Gazette", "first reported", "a fact"),
    # a comma inside a number is no end of the agent
    ("He closed the pier, a move praised by the 2,000 members of the union.",
     "the 2,000 members of the union", "praised", "a move"),
])
def test_reduced_passive_participle_with_its_agent(rules_only, sentence, source, cue, content):
    doc = rules_only.parse(sentence)
    found = [(a.source.span.text if a.source else None, a.cue.spans[0].text, [c.text for c in a.content])
             for a in doc.attributions if a.rule == "core.passive_agent.v1"]
    assert found == [(source, cue, [content])]


@pytest.mark.parametrize("sentence,source,cue,content,speaker", [
    # a stance taken in a participle's aside between a person's name and the name's own verb of
    # saying is a report of its own, as annotated copy marks it ("X, a staffer, backed by Y,"),
    # and the name, without the aside, is the speaker of the verb after it
    ("Ann Lee, backed by the union, said the deal was fair.", "the union", "backed", "Ann Lee", "Ann Lee"),
    ("Tom Okafor, endorsed by the mayor, told reporters the pier would reopen.",
     "the mayor", "endorsed", "Tom Okafor", "Tom Okafor"),
    ("Rita Moss, opposed by most pilots, argued that the toll was fair.", "most pilots", "opposed", "Rita Moss", "Rita Moss"),
])
def test_a_stance_aside_before_a_speakers_verb_is_its_own_report(rules_only, sentence, source, cue, content, speaker):
    doc = rules_only.parse(sentence)
    found = [(a.source.span.text if a.source else None, a.cue.spans[0].text, [c.text for c in a.content])
             for a in doc.attributions if a.rule == "core.passive_agent.v1"]
    assert found == [(source, cue, [content])]
    assert [a.source.span.text for a in doc.attributions if a.rule != "core.passive_agent.v1"] == [speaker]


@pytest.mark.parametrize("sentence", [
    "Ann Lee concluded by thanking the crew.",  # "by" and a gerund: the means of an active verb
    "The bill went through the Senate, supported by the unions.",  # the phrase before the comma is no subject
    "The crew worried by the storm stayed ashore.",  # a verb of feeling: its subject holds the feeling
])
def test_no_reduced_passive_agent(rules_only, sentence):
    doc = rules_only.parse(sentence)
    assert [a.source.span.text for a in doc.attributions if a.rule == "core.passive_agent.v1"] == []


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("The complaint claims Varga wrote the harbour contract himself.",
     "The complaint", "claims", "Varga wrote the harbour contract himself"),
    ("Critics claim that the keeper wrote the new rules alone.",
     "Critics", "claim", "the keeper wrote the new rules alone"),
    ("The union insists the mayor is mounting a quiet campaign.",
     "The union", "insists", "the mayor is mounting a quiet campaign"),
])
def test_an_unsure_verb_of_saying_keeps_an_act_its_clause_opens_with(rules_only, sentence, source, cue, content):
    # a sure verb with a noun phrase for its object, whose subject opens the clause, is an act reported
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (source, cue, content)


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("The complaint claims Varga wrote that the contract was void.", "Varga", "wrote", "the contract was void"),
    ("Rivals claim Lee warned that the pier was unsafe.", "Lee", "warned", "the pier was unsafe"),
    ("The union claims the mayor wrote: “The pier stays shut.”", "the mayor", "wrote", "“The pier stays shut.”"),
])
def test_an_unsure_verb_of_saying_gives_way_to_a_sure_report_of_a_clause(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (source, cue, content)


def test_a_reduced_passive_inside_a_trailing_report_stays_in_its_content(rules_only):
    doc = rules_only.parse("A harbour pilot, accused by the board of lying, has left the town, records show.")
    found = [(a.source.span.text, a.content[0].text) for a in doc.attributions]
    assert found == [("records", "A harbour pilot, accused by the board of lying, has left the town")]


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("The skipper agreed to sell the trawler in 2019, harbour records show.",
     "harbour records", "show", "The skipper agreed to sell the trawler in 2019"),
    ("The council promised to reopen the baths, the minutes suggest.",
     "the minutes", "suggest", "The council promised to reopen the baths"),
])
def test_a_documents_unsure_trailing_cue_keeps_the_clause_that_holds_a_sure_report(rules_only, sentence, source, cue, content):
    # the document's trailing cue takes the whole clause before it, the sure verb inside included
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (source, cue, content)


def test_a_coordinated_clause_with_its_own_speaker_ends_a_trailing_report(rules_only):
    # "Y, X said, and Z say W": the clause after "and" reports on its own, not more of Y
    doc = rules_only.parse("The ferry was valued at two million in 2018, the records show, and harbour pilots say it is worth less.")
    found = {(a.cue.spans[0].text, " … ".join(c.text for c in a.content)) for a in doc.attributions}
    assert found == {("show", "The ferry was valued at two million in 2018"), ("say", "it is worth less")}
    # a coordinated clause with no verb of saying goes on with Y
    doc = rules_only.parse("The pier was shut in May, the council said, and the ferry stopped too.")
    assert [c.text for c in _one(doc).content] == ["The pier was shut in May", "and the ferry stopped too"]


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("As the Gazette revealed, Ann Lee said the pier will close.",
     "the Gazette", "revealed", "Ann Lee said the pier will close"),
    ("The harbour board said the ferry will stop in June, the Gazette reported.",
     "the Gazette", "reported", "The harbour board said the ferry will stop in June"),
])
def test_an_outlets_cue_around_a_speakers_report_keeps_it_whole(rules_only, sentence, source, cue, content):
    # the outlet's "as" clause or trailing cue reports the speaker's report, cue and all
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (source, cue, content)


@pytest.mark.parametrize("text,cue,content", [
    ("The union, which opposes the toll, met on Monday.", "opposes", "the toll"),
    ("The ferry firm, which backed the plan last year, lost money.", "backed", "the plan"),
])
def test_which_takes_a_stance_as_who_does(rules_only, text, cue, content):
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in rules_only.parse(text).attributions]
    assert ("which", cue, content) in found


@pytest.mark.parametrize("text", ["The paper, which printed the letter, lost money.",
                                  "The ferry firm, which backed away from the plan, lost money."])
def test_which_before_a_verb_of_no_stance_reports_nothing(rules_only, text):
    assert not any(a.source and a.source.span.text == "which" for a in rules_only.parse(text).attributions)


@pytest.mark.parametrize("text,verb", [
    ("Lee groused to a crowd in Tarrow that the pier was shut.", "groused"),
    ("Roe confided to her that the pier was shut.", "confided"),
    ("Roe fumed to Ann Lee that the pier was shut.", "fumed"),
    # not a "to" with no hearer after it, nor an infinitive
    ("Roe listened to it knows that the pier was shut.", None),
    ("Roe was dismayed to learn that the pier was shut.", None),
])
def test_a_verb_in_ed_before_its_hearer_and_that(text, verb):
    from attribution import cues

    m = cues._ED_TO_HEARER_THAT.search(text)
    assert (m.group(1) if m else None) == verb


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("Officials briefed lawmakers that the plant was safe.", "Officials", "briefed", "the plant was safe"),
    ("The agency notified residents that the water was unsafe.", "The agency", "notified", "the water was unsafe"),
    ("Doctors advised him that surgery was needed.", "Doctors", "advised", "surgery was needed"),
    ("Ann Roe advises clients that prices will rise.", "Ann Roe", "advises", "prices will rise"),
    ("The harbour board briefs the council that the ferry will run late.", "The harbour board", "briefs",
     "the ferry will run late"),
])
def test_a_verb_of_telling_its_hearer_then_that_reports(parser, sentence, source, cue, content):
    # the verb alone is as often a job or a notice ("advised the mayor on ..."); its hearer and a
    # "that" clause after it make it a report, as "told reporters that" is
    found = [(a.source.span.text, a.cue.text, " ".join(s.text for s in a.content)) for a in parser.parse(sentence).attributions]
    assert found == [(source, cue, content)]


@pytest.mark.parametrize("sentence", [
    "Ann Roe advised the mayor on the budget for years.",
    "Officials briefed reporters on the talks.",
    "The firm advised clients in the dispute.",
])
def test_a_verb_of_telling_with_no_that_clause_after_its_object_reports_nothing(parser, sentence):
    assert not parser.parse(sentence).attributions


@pytest.mark.parametrize("text,reads", [
    ("notified the council that the pier", True),
    ("advised him that surgery was", True),
    ("briefed staff at the port that the ferry", True),
    # a result's "so" or a preposition before "that": no hearer
    ("warned of dangers that the town", False),
    ("assured them so often that the pier", False),
    ("briefed on that the pier", False),
])
def test_an_object_then_that_after_a_verb_of_telling(text, reads):
    from attribution import cues

    pos = text.index(" ")
    assert cues._object_then_that(text, pos, len(text)) is reads


@pytest.mark.parametrize("sentence,content", [
    # after a quotation's closing mark: the source's next act ends the content
    ("Ann Lee grumbled to the crowd that the board “never listens” before floating a plan to sell the pier.",
     "the board “never listens”"),
    ('The harbour master said the fares were "unfair," before backing down.', 'the fares were "unfair,"'),
    # after a comma
    ("The harbour master said the fares were unfair, before backing down.", "the fares were unfair"),
    # with no mark or comma, the act stays in the words said
    ("The harbour master said the crews would wait before sailing.", "the crews would wait before sailing"),
])
def test_before_and_a_participle_after_a_closing_mark_ends_the_content(rules_only, sentence, content):
    att = next(a for a in rules_only.parse(sentence).attributions if a.cue.spans[0].text in ("grumbled", "said"))
    assert " ".join(s.text for s in att.content) == content


@pytest.mark.parametrize("sentence,content", [
    ("Ann Lee waved, then said: “We will sail again next spring.”", "“We will sail again next spring.”"),
    ("The harbour master paused, and then added that the pier would close.", "the pier would close"),
    ("Ann Lee toured the pier on Monday, then said the ferry would be sold.", "the ferry would be sold"),
])
def test_a_verb_coordinated_after_then_takes_the_first_verbs_subject(rules_only, sentence, content):
    """"X waved, then said": the walk back from the second verb does not read the first into a name."""
    att = next(a for a in rules_only.parse(sentence).attributions if a.cue.spans[0].text.endswith(("said", "added")))
    assert att.source.span.text in ("Ann Lee", "The harbour master")
    assert " ".join(s.text for s in att.content) == content


def test_a_colon_lead_keeps_for_and_its_object_in_a_spokesmans_source(rules_only):
    att = _one(rules_only.parse("A spokesman for the harbour board could only quip: “The tide waits for no one.”"))
    assert att.source.span.text == "A spokesman for the harbour board"
    assert att.cue.spans[0].text == "could only quip"
    assert [s.text for s in att.content] == ["“The tide waits for no one.”"]


def test_referred_to_as_after_its_subject_is_no_impression(rules_only):
    # "referred to as" with no comma before it is the speaker's own act: "the men Lee referred to as ..."
    found = rules_only.parse("The skipper Ann Lee referred to as a coward left the port.").attributions
    assert not any(a.rule == "core.raising.v2" for a in found)


@pytest.mark.parametrize("sentence,source", [
    ("“The new dam will hold back the spring floods,” water engineers Ann Lee and Tom Roe of Leeds’s"
     " Institute for River Studies wrote.",
     "water engineers Ann Lee and Tom Roe of Leeds’s Institute for River Studies"),
    ('"The ferry will sail again," harbour staff Ann Lee and Tom Roe of the Port of Dover Ferry Service said.',
     "harbour staff Ann Lee and Tom Roe of the Port of Dover Ferry Service"),
])
def test_a_long_subject_after_an_opening_quotations_comma_is_read_from_the_comma(rules_only, sentence, source):
    """A subject longer than a walk from the sentence's start allows opens at the quotation's comma."""
    att = next(a for a in rules_only.parse(sentence).attributions if a.cue.spans[0].text in ("wrote", "said"))
    assert att.source.span.text == source
    assert att.content[0].text.startswith(("“The new dam", '"The ferry'))



@pytest.mark.parametrize("sentence,source", [
    ("“The ferries must run on time first,” added Ann Lee, about the port’s timetable.", "Ann Lee"),
    ("“The pier is safe,” said the harbour master, regarding the storm damage.", "the harbour master"),
    ("“The pier is safe,” said Tom Roe, the harbour master, concerning last week’s storm.",
     "Tom Roe, the harbour master"),
])
def test_an_inverted_speaker_ends_before_a_comma_and_what_the_report_is_about(rules_only, sentence, source):
    """"added Lee, about the budget": what the report is about describes no speaker."""
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source
    assert att.cue.spans[0].text in ("added", "said")
    assert att.content[0].text.startswith("“The")


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a participle between a noun and the noun's own verb, with a time or an adverb after it,
    # goes on the mention: the verb after is the cue
    ("A harbour survey published Tuesday found no trace of the leak.",
     "A harbour survey published Tuesday", "found", "no trace of the leak"),
    ("Records released last month show that the pier was unsafe.",
     "Records released last month", "show", "the pier was unsafe"),
    ("An audit issued earlier this year concluded that the ferry was overloaded.",
     "An audit issued earlier this year", "concluded", "the ferry was overloaded"),
])
def test_a_reduced_relative_participle_goes_on_its_noun(rules_only, sentence, source, cue, content):
    att = next(a for a in rules_only.parse(sentence).attributions if a.rule == "core.said_that.v2")
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (source, cue, content)


@pytest.mark.parametrize("sentence,cue", [
    # the noun's own verb with a time after it, then a noun that agrees with no verb reading
    ("The mayor announced Tuesday that the pier was unsafe.", "announced Tuesday"),
    ("The company announced Tuesday plans to close the pier.", "announced"),
])
def test_a_finite_verb_before_its_time_keeps_the_cue(rules_only, sentence, cue):
    att = next(a for a in rules_only.parse(sentence).attributions if a.rule == "core.said_that.v2")
    assert att.cue.spans[0].text == cue


@pytest.mark.parametrize("sentence,cue", [
    # a linking verb before an adjective or participle cue is the cue's, as "be" is
    ("Harbour officials remain confident that the ferry will run.", "remain confident"),
    ("The pilots will remain wary of the new pier.", "will remain wary of"),
    ("Two councillors remained skeptical that the pier would hold.", "remained skeptical"),
    # not a verb of its own after a relative clause's end, nor a bare adjective
    ("Harbour officials are confident that the ferry will run.", "are confident"),
])
def test_a_linking_verb_joins_an_adjective_cue(rules_only, sentence, cue):
    att = next(a for a in rules_only.parse(sentence).attributions if a.rule == "core.said_that.v2")
    assert " ".join(s.text for s in att.cue.spans) == cue


def test_a_verb_after_a_relative_clauses_linking_verb_stands_alone():
    from attribution.default_rules.verbs import _linking_start
    from attribution.tokens import WORD
    text = "Those who remain fear that the ferry will stop."
    assert _linking_start(text, 0, WORD.search(text, text.index("fear"))) is None
    text = "Those who remain confident say that the ferry will run."
    assert _linking_start(text, 0, WORD.search(text, text.index("confident"))) == text.index("remain")


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a dash, not a comma, between a quotation that opens the sentence and its speaker
    ("“The ferry will run again by June” – the harbour master said after the vote.",
     "the harbour master", "said", "“The ferry will run again by June”"),
    ("“We will not sell the pier” — Ann Lee told reporters.", "Ann Lee", "told", "“We will not sell the pier”"),
    ('"The levy is too high," -- a pilot said.', "a pilot", "said", '"The levy is too high,"'),
])
def test_a_dash_between_a_quotation_and_its_trailing_speaker(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.rule, att.source.span.text, att.cue.spans[0].text, [c.text for c in att.content]) == (
        "core.trailing_cue.v2", source, cue, [content])


def test_a_dash_after_a_quotation_inside_the_sentence_is_no_trailing_cue(rules_only):
    # the quotation does not open the sentence: the dash closes an aside, no speaker follows it
    doc = rules_only.parse("The pilot held up a banner — it read “Save the pier” — and waved it at the board.")
    assert not [a for a in doc.attributions if a.rule == "core.trailing_cue.v2"]


@pytest.mark.parametrize("sentence,source", [
    # an expletive "it" opens the sentence: the participle is the "that" clause's subject's
    ("It was at the harbour meeting that Ann Lee attacked the levy, pointing to the report the board had hidden.", "Ann Lee"),
    ("It has not helped that the council changed its plans twice, saying first that the pier would stay.", "the council"),
    # an "it" that reports keeps its participle
    ("The board met on Monday. It has warned that the pier is unsafe, saying repairs will cost millions.", "It"),
])
def test_a_participle_after_an_expletive_it_is_the_that_clauses_subjects(rules_only, sentence, source):
    att = next(a for a in rules_only.parse(sentence).attributions if a.rule == "core.participle.v2")
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,cue,source", [
    # the walk from a cue stops before a name's own verb: a past form before its object's
    # determiner, or "also" or an adverb in "-ly" before a past form
    ("Ann Lee roused the crowd with criticism of the board.", "criticism of", "Ann Lee"),
    ("The Gazette made these same allegations against the board.", "allegations against", "The Gazette"),
    ("Roe left no doubt that he would close the pier.", "doubt", "Roe"),
    # ... and a present form in "-s" the tables weigh as a verb, after a name that opens the phrase
    ("Ms. Lee avoids discussing the pier with her mother.", "discussing", "Ms. Lee"),
    ("Trump supporters say the pier is unsafe.", "say", "Trump supporters"),
    ("Dover-born Ann Lee holds little hope for reopening the pier.", "hope for", "Dover-born Ann Lee"),
    ("Lee and Roe both campaigned on pledges to close the pier.", "pledges", "Lee and Roe"),
    # the subject that opens a sentence, a participle's source, ends before an adverb in "-ly"
    # before the name's past verb, or before a verb in "-s" and a quantifier of its object
    ("Ann Lee sternly rebuked Mr. Roe, saying at a meeting in Dover that the pier was unsafe.", "saying at",
     "Ann Lee"),
    ("Ann Lee devotes much of her speech to praising the pier.", "praising", "Ann Lee"),
    ("The Lee family said the pier was unsafe.", "said", "The Lee family"),
    ("Tom Roe stirred the crowd to spontaneous chants of “Close the pier!”", "chants of", "Tom Roe"),
    ("But Lee also struck populist notes similar to those Roe had sounded, warning that the pier was unsafe.",
     "warning", "Lee"),
    # ... not a participle after a plural, nor a verb that takes a clause, whose object reports
    ("Seventy percent of Democratic registered voters say the pier is unsafe.", "say",
     "Seventy percent of Democratic registered voters"),
    ("Harbour Watch recently revealed its survey shows the pier is unsafe.", "recently revealed", "Harbour Watch"),
    # a noun's own verb in "-s" before its object's determiner or quantifier, after a noun no table
    # weighs as a speaker's
    ("The harbour charter makes no specific mention of the pier.", "mention of", "The harbour charter"),
    # a hyphenated participle after a comma modifies the noun, a noun in "-ly" too
    ("The angry, ferry-owning family said the pier was unsafe.", "said", "The angry, ferry-owning family"),
    ("A loud, hard-hitting ally said the pier was unsafe.", "said", "A loud, hard-hitting ally"),
])
def test_a_names_own_verb_ends_the_mention(rules_only, sentence, cue, source):
    found = {a.cue.spans[0].text: a.source.span.text for a in rules_only.parse(sentence).attributions if a.source}
    assert found[cue] == source


@pytest.mark.parametrize("text, source", [
    # a bare noun between a comma and the plural the walk took modifies it
    ("Since the tunnel was found in 1990, border officials say the pier is unsafe.", "border officials"),
    # ... not a preposition, an adverb in "-ly" or a past form there
    ("The tunnel was found, amid officials say the pier is unsafe.", "officials"),
    ("The tunnel was found, barely officials say the pier is unsafe.", "officials"),
    ("The tunnel was found, told officials say the pier is unsafe.", "officials"),
])
def test_a_bare_noun_after_a_comma_modifies_the_plural_the_walk_took(rules_only, text, source):
    found = sources.subject(text, 0, text.index(" say"), rules_only.lexicon, strong=True)
    assert found is not None and text[found[0]:found[1]] == source


@pytest.mark.parametrize("sentence,cue,source", [
    # the subject that opens a sentence runs on over lower-case modifiers after a name that a
    # noun for people closes
    ("Harbour economic adviser Ann Lee was sidelined after demonstrating that the pier was unsafe.",
     "demonstrating", "Harbour economic adviser Ann Lee"),
    ("Radio talk host Tom Roe used his show to discuss the pier.", "used his show to discuss", "Radio talk host Tom Roe"),
    # ... not over a verb and its object
    ("Ann Lee became the victim of abuse, saying the pier was unsafe.", "saying", "Ann Lee"),
    ("Ann Lee spent Monday touring the pier, saying it was unsafe.", "saying", "Ann Lee"),
])
def test_a_leading_subject_runs_over_modifiers_a_noun_for_people_closes(rules_only, sentence, cue, source):
    found = {a.cue.spans[0].text: a.source.span.text for a in rules_only.parse(sentence).attributions if a.source}
    assert found[cue] == source


@pytest.mark.parametrize("sentence", [
    "It was announced the day before the vote.",  # a noun phrase after the cue: "it" is what was announced
    "It is thought to be the oldest pier in the county.",  # a raising infinitive, read by its own rule
])
def test_an_impersonal_cue_before_no_bare_clause_reports_no_sourceless_clause(rules_only, sentence):
    assert all(a.rule != "core.impersonal.v1" for a in rules_only.parse(sentence).attributions)


@pytest.mark.parametrize("sentence,via", [
    # an outlet's service, and a programme it airs, are the outlet a report was told to
    ("Ann Lee told BBC Radio 4's Today programme that the talks had stalled.", ["BBC Radio 4's Today programme"]),
    ("Ann Lee told the BBC's Today programme that the talks had stalled.", ["the BBC's Today programme"]),
    ("“The talks have stalled,” Ann Lee told CNN International.", ["CNN International"]),
    # but not a person the outlet employs
    ("Ann Lee told BBC Director General Tim Evans that the talks had stalled.", []),
    ("Ann Lee told the BBC's political editor that the talks had stalled.", []),
])
def test_an_outlets_service_or_programme_is_a_relay(parser, sentence, via):
    att = _one(parser.parse(sentence))
    assert [v.span.text for v in att.via] == via


@pytest.mark.parametrize("sentence,cue,content", [
    # court reporting: what the court, jury or inquest heard is evidence with no source named
    ("The skipper had been drinking before the crash, the court heard.", "heard",
     "The skipper had been drinking before the crash"),
    ("The skipper had been drinking, the inquest was told on Tuesday.", "was told", "The skipper had been drinking"),
    ("The jury heard that the skipper had been drinking.", "heard", "the skipper had been drinking"),
    ("The inquest heard how the ferry capsized in heavy seas.", "heard", "the ferry capsized in heavy seas"),
    # an act the court heard of, whose verb reads as a stance elsewhere ("attacked the plan")
    ("The skipper attacked a deckhand as he left the pub, the court heard.", "heard",
     "The skipper attacked a deckhand as he left the pub"),
])
def test_a_court_reports_frame_reports_what_was_heard_with_no_source(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source, att.cue.text, att.content[0].text, att.rule) == (None, cue, content, "core.hearing_frame.v1")


@pytest.mark.parametrize("sentence", [
    "The court heard the appeal on Monday.",  # a case heard, no evidence
    "The Supreme Court heard arguments in the ferry case.",
])
def test_a_court_hearing_a_case_reports_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


def test_a_court_reports_frame_ends_a_report_inside_it(rules_only):
    att = _one(rules_only.parse("The prosecutor said the skipper had been drinking, the jury heard on Monday."))
    assert (att.source.span.text, att.content[0].text) == ("The prosecutor", "the skipper had been drinking")


def test_a_court_reports_frame_leaves_a_quotation_inside_it_to_its_speaker(rules_only):
    att = _one(rules_only.parse("The skipper shouted “Get off my boat” at a deckhand, the court heard."))
    assert (att.source.span.text, att.cue.text) == ("The skipper", "shouted")


@pytest.mark.parametrize("sentence,source,cue", [
    # the present in -s after a quotation and its speaker, of a verb whose past is a cue
    # ("answered") or that the tables never saw, though the form alone is mostly a noun
    ("“The ferry will run twice a day,” Marta Voss answers. The board voted later.", "Marta Voss", "answers"),
    ("“Nobody asked the fishermen,” she retorts. The board voted later.", "she", "retorts"),
    ("“We lost the whole season,” Okafor counters. The board voted later.", "Okafor", "counters"),
])
def test_a_present_in_s_after_its_speaker_trails_a_quotation(rules_only, sentence, source, cue):
    found = [(a.source.span.text, a.cue.text, [s.text for s in a.content]) for a in rules_only.parse(sentence).attributions]
    assert found == [(source, cue, [sentence[: sentence.index("”") + 1]])]


@pytest.mark.parametrize("sentence", [
    # a plural noun ending a mention after "said" is no verb of its own
    "“The ferry will run twice a day,” said the head of operations.",
    # nor is a noun in -s after a lower-case word
    "“The ferry will run twice a day,” the harbour answers.",
])
def test_a_noun_in_s_after_a_quotation_is_no_second_cue(rules_only, sentence):
    cues = [a.cue.text for a in rules_only.parse(sentence).attributions]
    assert all(c in ("said",) for c in cues)


@pytest.mark.parametrize("sentence,source,cue", [
    # a clause coordinated after a quotation leads its own quotation with a colon: the
    # quotation before belongs to the report before it
    ("Okafor said both plans were \"weak,\" but he gave the council a back-handed compliment: "
     "\"You always know where they stand.\"", "he", "gave the council a back-handed compliment"),
    ("Marta Voss called the levy “a disgrace,” yet she had kind words for the mayor: “He listens.”",
     "she", "had kind words for the mayor"),
])
def test_a_colon_lead_after_a_quotation_and_a_coordinator(rules_only, sentence, source, cue):
    found = {a.cue.text: (a.source.span.text, [s.text for s in a.content])
             for a in rules_only.parse(sentence).attributions if a.source}
    quote = sentence[sentence.rindex(": ") + 2:]
    assert found[cue] == (source, [quote])


def test_no_colon_lead_after_a_quotation_where_no_one_speaks(rules_only):
    # "there was one problem" names no speaker: the quotation stays with the report before
    sentence = "Okafor called the plan “a disgrace,” but there was one problem: “The pier will fall.”"
    found = [(a.source.span.text, a.cue.text) for a in rules_only.parse(sentence).attributions if a.source]
    assert found == [("Okafor", "called")]


@pytest.mark.parametrize("sentence,content", [
    # the occasion of the report after its content is the speaker's act, no part of what was said
    ("The minister said the ferry would run again while addressing a rally in Portville.", "the ferry would run again"),
    ("The minister said this while speaking to reporters at the quay.", "this"),
    # but not what the content tells of itself
    ("Lee said she slipped while speaking on stage.", "she slipped while speaking on stage"),
    ("Lee said the mayor lost his temper while addressing the complaints.", "the mayor lost his temper while addressing the complaints"),
])
def test_a_speaking_occasion_after_the_content_ends_it(rules_only, sentence, content):
    assert _one(rules_only.parse(sentence)).content[-1].text == content


@pytest.mark.parametrize("sentence", [
    # a passive of judging with no agent, in a relative clause: the writer's label for the noun
    "The harbour master, who is widely seen as a moderate, will retire in May.",
    "The ferry crews do jobs that are considered essential in winter.",
    "Ann Lee, whose last budget was seen as a failure, will stand again.",
    "The toll bridge, which was regarded as a white elephant, reopened on Monday.",
    "The skipper — who is regarded as a cautious sailor — stayed ashore.",
])
def test_an_agentless_view_in_a_relative_clause_is_no_report(rules_only, sentence):
    assert [a.cue.spans[0].text for a in rules_only.parse(sentence).attributions] == []


@pytest.mark.parametrize("sentence, cue, content", [
    # ... the same view said of a main clause's subject stays an impression with no source
    ("The harbour master is widely seen as a moderate.", "is widely seen", ["The harbour master", "as a moderate"]),
    ("That was seen as a failure.", "was seen", ["That", "as a failure"]),
])
def test_an_agentless_view_of_a_main_subject_stays(rules_only, sentence, cue, content):
    found = [a for a in rules_only.parse(sentence).attributions if a.cue.spans[0].text == cue]
    assert len(found) == 1 and found[0].source is None and [s.text for s in found[0].content] == content


def test_an_agentless_announcement_in_a_condition_is_none(rules_only):
    # "if the toll is not announced by May": a condition, no announcement; the threat around it stays
    text = "The crews have threatened to strike if the new toll is not announced before the budget session."
    assert [(a.source.span.text, a.cue.text) for a in rules_only.parse(text).attributions] == [
        ("The crews", "have threatened")]
    assert rules_only.parse("The ferry will stop if the toll is not announced.").attributions == ()


def test_an_agentless_view_in_a_relative_clause_keeps_its_agent(rules_only):
    # with an agent, the view is the agent's
    found = rules_only.parse("The toll bridge, which was regarded by the mayor as a white elephant, reopened.").attributions
    assert [(a.source.span.text if a.source else None, a.cue.spans[0].text) for a in found] == [("the mayor", "was regarded")]


@pytest.mark.parametrize("sentence", [
    # "per" before a bare unit with no comma before it is a rate, no lead
    "The ferry company expects earnings per share of the harbour board to rise next year.",
    "A berth on the new ferry costs more per year than a house in Dover.",
])
def test_per_before_a_bare_unit_is_a_rate(rules_only, sentence):
    assert [a.cue.spans[0].text for a in rules_only.parse(sentence).attributions] == []


@pytest.mark.parametrize("sentence, source", [
    # ... a determined or named source after it stays a lead, with a comma or without
    ("The pier will close in May, per the Harbour Gazette.", "the Harbour Gazette"),
    ("The pier will close in May per the harbour board's chief engineer.", "the harbour board's chief engineer"),
])
def test_per_before_a_source_stays_a_lead(rules_only, sentence, source):
    found = [(a.cue.spans[0].text, a.source.span.text, [s.text for s in a.content])
             for a in rules_only.parse(sentence).attributions]
    assert found == [("per", source, ["The pier will close in May"])]


@pytest.mark.parametrize("sentence", [
    # a past participle with no object after its noun, then the noun's own verb: it describes the noun
    "The figures cited in the harbour memo are wrong.",
    "Three names mentioned as possible harbour masters were dropped on Monday.",
    "The toll plan, denounced as cruel, has wide support.",
    "Members of the crew, named after the old pier, were sworn to secrecy.",
    # ... set off by commas, the noun's own verb in the past or the present after it
    "The survey, published in a fisheries journal, followed 900 trawlers for a year.",
    "The harbour plan, unveiled on Monday, sets a target of ten new berths.",
])
def test_a_participle_that_describes_its_noun_is_no_report(rules_only, sentence):
    assert [a.cue.spans[0].text for a in rules_only.parse(sentence).attributions] == []


@pytest.mark.parametrize("sentence, cue, source, content", [
    # ... a verb that takes a clause after its time or place still reports it
    ("Lee said in May the toll was high.", "said", "Lee", ["the toll was high"]),
    ("The harbour master reported on Monday the pier was unsafe.", "reported", "The harbour master", ["the pier was unsafe"]),
    # ... and so does a participle with its object, or a clause with its own subject
    # (the board's own report the cue's, as "in a report" is, no part of what it cited)
    ("The board cited in its report the high cost of repairs.", "cited in its report", "The board", ["the high cost of repairs"]),
    # ... and a manner "as if" with its own clause
    ("The mayor spoke as if the pier had already closed.", "spoke", "The mayor", ["as if the pier had already closed"]),
    # ... and the noun's own cue after a participle set off by commas
    ("The survey, published on Monday, says the pier is unsafe.", "says", "The survey, published on Monday", ["the pier is unsafe"]),
])
def test_a_verb_with_a_clause_after_its_adjunct_still_reports(rules_only, sentence, cue, source, content):
    found = [(a.source.span.text, [s.text for s in a.content]) for a in rules_only.parse(sentence).attributions
             if a.cue.spans[0].text == cue]
    assert found == [(source, content)]


@pytest.mark.parametrize("sentence", [
    # "say" set off by commas stands for "for instance": no cue, no source after it
    "The new quay is no better than, say, the old pier at Dover.",
    "It was not so long ago -- oh, say, five years -- that the pier was busy.",
])
def test_say_between_commas_is_an_aside(rules_only, sentence):
    assert [a.cue.spans[0].text for a in rules_only.parse(sentence).attributions] == []


@pytest.mark.parametrize("sentence, source, content", [
    # ... "say" with its speaker after it, or a comma only after it, still reports
    ("“The pier is unsafe,” say harbour officials.", "harbour officials", ["“The pier is unsafe,”"]),
    ("Officials say, however, that the pier is unsafe.", "Officials", ["the pier is unsafe"]),
])
def test_say_with_its_speaker_still_reports(rules_only, sentence, source, content):
    found = [(a.source.span.text, [s.text for s in a.content]) for a in rules_only.parse(sentence).attributions]
    assert found == [(source, content)]


@pytest.mark.parametrize("sentence,cue,source", [
    # a possessor alone is no subject: the noun phrase it opens runs on to its head
    ("Norway's central bank ended its meeting on Friday by announcing that rates would rise.",
     "announcing", "Norway's central bank"),
    ("The Harbour Board’s state-owned parent firm Tidewater says it will sell the pier.",
     "says", "The Harbour Board’s state-owned parent firm Tidewater"),
    ("The Greens’ campaign replied on Monday, arguing that the toll was unfair.", "replied on Monday, arguing",
     "The Greens’ campaign"),
    ("The Harbour Board’s presumed new chairman, Ann Lee, won support by insisting that the pier was safe.",
     "insisting", "The Harbour Board’s presumed new chairman, Ann Lee"),
    # ... and a head the walk always took stays ("chief" heads sources now and then)
    ("The ferry firm's chief, Ann Lee, won support by insisting that the pier was safe.",
     "insisting", "The ferry firm's chief, Ann Lee"),
])
def test_a_leading_subject_runs_over_the_noun_phrase_a_possessive_opens(rules_only, sentence, cue, source):
    found = {a.cue.spans[0].text: a.source.span.text for a in rules_only.parse(sentence).attributions if a.source}
    assert found[cue] == source


@pytest.mark.parametrize("text, source", [
    # the possessed noun phrase ends at its last word that names people or a body, before a
    # preposition or a time
    ("The Greens’ campaign hit back Monday, arguing that the toll was unfair.", "The Greens’ campaign"),
    ("Norway's central bank manager shocked the market, saying rates would rise.", "Norway's central bank manager"),
    # ... and is the possessor alone when no word of it does
    ("Ann Lee’s remarks drew fire, prompting the board to act.", "Ann Lee’s"),
    ("Ann Lee's policy toward the ferry drew fire, prompting the board to act.", "Ann Lee's"),
    ("Ann Lee's bitter attack on Tom Roe drew fire, prompting the board to act.", "Ann Lee's"),
])
def test_a_possessed_subject_ends_at_its_head(rules_only, text, source):
    found = sources.leading_subject(text, 0, text.index(","), rules_only.lexicon)
    assert found is not None and text[found[0]:found[1]] == source


@pytest.mark.parametrize("sentence,source", [
    # "known as" and the name after it belong to an inverted cue's mention
    ("“The pier is unsafe,” said the pilot known as Bob, speaking for the first time.", "the pilot known as Bob"),
    ("“The pier is unsafe,” said a harbour guard known as Red Tom.", "a harbour guard known as Red Tom"),
    # ... not an "as" that opens a clause, nor one before what the speaker is known as
    ("“The pier is unsafe,” said Ann Lee as the crowd cheered.", "Ann Lee"),
])
def test_an_inverted_mention_keeps_the_name_it_is_known_as(rules_only, sentence, source):
    found = [a.source.span.text for a in rules_only.parse(sentence).attributions if a.source]
    assert found == [source]


@pytest.mark.parametrize("text, source", [
    # a "for" inside a body's name, a capitalised noun of a body before it and a name after
    ("The Center for Harbour Safety sued the board, arguing that the pier was unsafe.", "The Center for Harbour Safety"),
    ("The Court of Appeals for the 3rd Circuit reversed the ruling, finding that the pier was unsafe.",
     "The Court of Appeals for the 3rd Circuit"),
    # ... not a person's tie, nor a time after a body
    ("Ann Lee for the Harbour Board sued, arguing that the pier was unsafe.", "Ann Lee"),
    ("The Harbour Board for years sued, arguing that the pier was unsafe.", "The Harbour Board"),
])
def test_a_leading_subject_keeps_the_for_of_a_bodys_name(rules_only, text, source):
    found = sources.leading_subject(text, 0, text.index(","), rules_only.lexicon)
    assert found is not None and text[found[0]:found[1]] == source


@pytest.mark.parametrize("text, source", [
    # a word that closes a title after its noun for people stays in the subject
    ("The attorney general of Ohio sued the board, arguing that the pier was unsafe.", "The attorney general of Ohio"),
    ("The harbour's inspector general sued the board, arguing that the pier was unsafe.",
     "The harbour's inspector general"),
    # ... not the same word elsewhere
    ("The general strike hurt the board, showing that the pier was vital.", None),
])
def test_a_leading_subject_keeps_a_title_word_after_its_noun(rules_only, text, source):
    found = sources.leading_subject(text, 0, text.index(","), rules_only.lexicon)
    assert (text[found[0]:found[1]] if found else None) == source


@pytest.mark.parametrize("sentence,cues", [
    # a bare form right after "a" and one word heads a compound noun, no cue
    ("Locals now have a larger say that the pier should close.", []),
    ("The firm released an additional report that the pier was unsafe.", ["released"]),
    # (the post's own relative clause is its words, the mayor's sharing their relay)
    ("The mayor shared a video post that mocked the harbour board.", ["mocked"]),
    # ... but after a word that counts, it is the verb of those counted
    ("A few say the pier is unsafe.", ["say"]),
    ("A third say the pier is unsafe.", ["say"]),
])
def test_a_bare_form_after_an_article_and_a_noun_is_no_cue(rules_only, sentence, cues):
    assert [a.cue.spans[0].text for a in rules_only.parse(sentence).attributions] == cues


@pytest.mark.parametrize("sentence,cue,content", [
    # a word that counts the cue's noun is no source: the report has none
    ("There were numerous complaints that the ferry ran late.", "complaints", "the ferry ran late"),
    ("The harbour office gets many requests to extend the pier.", "requests", "to extend the pier"),
    ("So far there have been few calls for the harbour master to resign.", "calls for",
     "the harbour master to resign"),
])
def test_a_quantifier_on_a_noun_cue_is_no_source(rules_only, sentence, cue, content):
    found = [(a.source, a.cue.text, [s.text for s in a.content]) for a in rules_only.parse(sentence).attributions]
    assert found == [(None, cue, [content])]


@pytest.mark.parametrize("sentence,source", [
    # ... but a quantifier before a verb with no "-s" is its subject
    ("Many say the ferry runs late.", "Many"),
    ("Several warn that the pier is unsafe.", "Several"),
])
def test_a_quantifier_before_a_plain_verb_is_the_source(rules_only, sentence, source):
    assert [a.source.span.text for a in rules_only.parse(sentence).attributions] == [source]


@pytest.mark.parametrize("sentence,source,cue", [
    # a possessive opens the subject after a fronted adverbial as it does at the sentence's start
    ("On Saturday, his campaign sent out an email stressing the cost of the strike.", "his campaign", "stressing"),
    ("After the vote, their lawyers issued a statement, saying the count was flawed.", "their lawyers",
     "issued a statement, saying"),
])
def test_a_possessive_subject_after_a_fronted_adverbial(rules_only, sentence, source, cue):
    found = [(a.source.span.text if a.source else None, a.cue.text) for a in rules_only.parse(sentence).attributions]
    assert (source, cue) in found


@pytest.mark.parametrize("sentence,source,cue,content", [
    # "according to Y," that opens the clause a verb of saying reports is part of that report
    ("The Ledger reported that, according to an analysis of port records, 85 of the 154 ships were late.",
     "The Ledger", "reported", "according to an analysis of port records, 85 of the 154 ships were late"),
    ("Ann Lee, a member of the board, said Tuesday that according to its count, the party has won most seats.",
     "Ann Lee, a member of the board", "said Tuesday", "according to its count, the party has won most seats"),
])
def test_a_lead_phrase_inside_a_report(rules_only, sentence, source, cue, content):
    found = [(a.source.span.text if a.source else None, a.cue.text, [s.text for s in a.content])
             for a in rules_only.parse(sentence).attributions]
    assert found == [(source, cue, [content])]


def test_a_lead_phrase_after_a_quotation_and_its_speaker_stays_the_lead(rules_only):
    # "“Y,” Lee said, according to X, ...": X gives the quotation, whatever follows
    sentence = "“The pier is unsafe,” Lee said, according to the Ledger, adding that it would close."
    found = [(a.source.span.text, a.cue.text) for a in rules_only.parse(sentence).attributions]
    assert ("the Ledger", "according to") in found


@pytest.mark.parametrize("sentence,source", [
    # an adjective after a preposition's determiner is no verb that ends the subject
    ("A letter from a worried pilot said that the pier was unsafe.", "A letter from a worried pilot"),
    # a participle and its agent go on the noun before them, however seldom the tables saw the participle
    ("A letter written by a pilot said that the pier was unsafe.", "A letter written by a pilot"),
])
def test_a_subject_runs_over_a_modified_object_and_a_participles_agent(rules_only, sentence, source):
    assert _one(rules_only.parse(sentence)).source.span.text == source


@pytest.mark.parametrize("sentence,cue,source", [
    # a participle after "and" takes the subject of the one it is coordinated with
    ("The navy raised pressure on the rebels on Sunday, with senior officers underlining its strength and "
     "vowing to keep the blockade for years.", "vowing", "senior officers"),
    ("The board put out a film showing dock workers mending their nets and warning that the pier would fall.",
     "warning", "dock workers"),
    # ... and the sentence's subject when the earlier one has none of its own
    ("The senator spoke for an hour, praising the plan and vowing to pass it.", "vowing", "The senator"),
])
def test_a_coordinated_participle_shares_the_earlier_ones_subject(rules_only, sentence, cue, source):
    found = {a.cue.spans[0].text: a.source.span.text if a.source else None for a in rules_only.parse(sentence).attributions}
    assert found[cue] == source


@pytest.mark.parametrize("sentence,source", [
    # a mention inside the subject's own relative clause, its verb's object, is no speaker
    ("Local groups that have endorsed him say they believe the pier is unsafe.", "Local groups"),
    ("Many of the harbour workers who would rather be fishing for cod or Ann Lee said they backed the plan.",
     "Many of the harbour workers"),
    # ... a subject the walk reads whole stays whole
    ("Crews who met Ann Lee said the pier was unsafe.", "Crews who met Ann Lee"),
])
def test_a_mention_inside_the_subjects_relative_clause_gives_way_to_the_subject(rules_only, sentence, source):
    (att,) = [a for a in rules_only.parse(sentence).attributions if a.cue.spans[0].text in ("say", "said")]
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,source", [
    # a participle after a verb of beginning or going on is that verb's subject's, in whatever clause
    ("Lee spoke for an hour before the crowd immediately began chanting that the pier must close.", "the crowd"),
    ("The hearing opened on Monday as more workers have begun urging the board to close the pier.", "more workers"),
    ("The mayor kept insisting that the pier was safe.", "The mayor"),
])
def test_a_participle_after_a_verb_of_aspect_takes_that_verbs_subject(rules_only, sentence, source):
    (att,) = rules_only.parse(sentence).attributions
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,source,cue", [
    # an infinitive that ends a clause of place, time or reason is that clause's subject's
    ("The board met at the old hall, where fishermen and traders gather to discuss the toll.",
     "fishermen and traders", "to discuss"),
    # (a verb that takes the infinitive opens the cue: "paused to remember")
    ("Lee left the pier as the crowds have paused to remember the victims.", "the crowds", "paused to remember"),
    # ... not one with no such clause
    ("Lee took to the radio to say that the pier was safe.", "Lee", "took to the radio to say"),
])
def test_an_infinitive_in_an_adverbial_clause_takes_its_subject(rules_only, sentence, source, cue):
    (att,) = rules_only.parse(sentence).attributions
    assert (att.source.span.text, att.cue.spans[0].text) == (source, cue)


@pytest.mark.parametrize("sentence,source", [
    # an infinitive going on from the participle of an absolute phrase is that phrase's subject's
    ("The board denied it, with Lee taking to the radio to say that the plan was a fraud.", "Lee"),
    # ... not a participle with no subject of its own
    ("Lee left the pier after taking a boat to say goodbye.", "Lee"),
])
def test_an_infinitive_after_an_absolute_phrase_takes_its_subject(rules_only, sentence, source):
    (att,) = [a for a in rules_only.parse(sentence).attributions if a.rule == "core.infinitive.v2"]
    assert att.source.span.text == source


@pytest.mark.parametrize("text,source", [
    # an adverb in "-ly" and the word of degree before it open the sentence, no subject
    ("More broadly, the board has worked to show that the pier is safe.", "the board"),
    ("Most recently, the harbour master decided to say the pier was safe.", "the harbour master"),
    # ... but a word of degree before a noun is the subject's
    ("More fishermen say the pier is unsafe, as does the board.", "More fishermen"),
])
def test_a_fronted_adverb_with_its_degree_is_no_subject(rules_only, text, source):
    found = sources.leading_subject(text, 0, text.index(" to ") if " to " in text else text.index(" say"),
                                    rules_only.lexicon)
    assert (text[found[0]:found[1]] if found else None) == source


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a passive of telling: the subject only heard it; the "that" clause is what was told
    ("The skipper was told that the pier would close in May.", None, "was told", "the pier would close in May"),
    ("The crews had been warned on Monday that the dam was leaking.", None, "had been warned", "the dam was leaking"),
    # ... its teller the agent, when named
    ("The skipper was warned by the harbour board that the pier would close.",
     "the harbour board", "was warned", "the pier would close"),
    ("After being assured by the mayor that the toll would fall, the union ended its strike.",
     "the mayor", "being assured", "the toll would fall"),
])
def test_a_passive_of_telling_reports_its_that_clause(rules_only, sentence, source, cue, content):
    atts = [a for a in rules_only.parse(sentence).attributions if a.rule == "core.told_that.v1"]
    assert len(atts) == 1
    a = atts[0]
    assert (a.source.span.text if a.source else None) == source
    assert a.cue.text == cue
    assert [s.text for s in a.content] == [content]


@pytest.mark.parametrize("sentence", [
    # no "that" clause: no report of what was told
    "The skipper was told to leave the pier.",
    # a relative "that" far past the agent is no clause of the telling
    "The crews were warned by the board during the storm surge and the flood barriers that the city built.",
])
def test_a_passive_of_telling_without_its_clause_is_no_told_report(rules_only, sentence):
    assert [a for a in rules_only.parse(sentence).attributions if a.rule == "core.told_that.v1"] == []


@pytest.mark.parametrize("sentence,source,content", [
    # a quotation and its speaker set off by spaced dashes inside the writer's sentence
    ("The skipper doubted the plan — “It is a mess,” she said — and left the pier.", "she", "“It is a mess,”"),
    ("Few trusted the board - \"They never listen,\" Tom Okafor said - but all paid the toll.",
     "Tom Okafor", "\"They never listen,\""),
    # ... a word or two of the saying's manner before the closing dash
    ("The skipper doubted the plan — “It is a mess,” she said twice — and left the pier.", "she", "“It is a mess,”"),
])
def test_a_quotation_in_a_dashed_aside_is_its_speakers(rules_only, sentence, source, content):
    atts = [a for a in rules_only.parse(sentence).attributions if a.cue.text == "said"]
    assert len(atts) == 1
    assert atts[0].source.span.text == source
    assert [s.text for s in atts[0].content] == [content]


def test_a_quotation_opening_its_sentence_before_a_dash_keeps_its_reading(rules_only):
    atts = rules_only.parse("“It is a mess,” she said - and left the pier.").attributions
    assert [(a.source.span.text, [s.text for s in a.content]) for a in atts] == [("she", ["“It is a mess,”"])]


@pytest.mark.parametrize("sentence,source,content", [
    # "endorse" takes a stance wherever it stands as a verb: after a modal, "to" or a progressive "is"
    ("The harbour union may well endorse Ann Lee in the coming weeks.", "The harbour union", "Ann Lee"),  # (the time is the stance's)
    ("The harbour union will not endorse the toll plan.", "The harbour union", "the toll plan"),
    ("Pataki is endorsing the ferry levy.", "Pataki", "the ferry levy"),
])
def test_endorse_is_a_stance_wherever_it_is_a_verb(rules_only, sentence, source, content):
    atts = rules_only.parse(sentence).attributions
    assert [(a.source.span.text, a.cue.lemma, [s.text for s in a.content]) for a in atts] == [
        (source, "endorse", [content])]


@pytest.mark.parametrize("sentence", [
    # a participle before its noun, or part of a compound, is no stance taken
    "An endorsed candidate won the ferry seat.",
    "The Lee-endorsing paper sold out.",
])
def test_endorse_as_a_modifier_is_no_cue(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence,cue,source", [
    # the phrase that places a group or a common noun's people is the subject's, up to the verb
    # or to the comma before the participle's clause
    ("Fishermen in the harbour town rallied on Friday, saying the quota was unfair.",
     "saying", "Fishermen in the harbour town"),
    ("Officials at the port authority pushed back, arguing that the pier was safe.",
     "arguing", "Officials at the port authority"),
    ("Tories in the county council, fearing a revolt, voted it down, saying it was rushed.",
     "saying", "Tories in the county council"),
    ("People with knowledge of the plans pushed back, saying the pier would stay open.",
     "saying", "People with knowledge of the plans"),
    # ... not a time or an occasion, which are the verb's
    ("Officials on Monday attacked the plan, saying it was rushed.", "saying", "Officials"),
    ("Aides in a statement attacked the plan, saying it was rushed.", "saying", "Aides"),
    # ... nor an object a possessive or determiner opens that a verb never closes
    ("Both crews in the town's fishing fleet are using the delay to say the quota is unfair.",
     "to say", "Both crews"),
])
def test_a_leading_subject_takes_the_phrase_that_places_its_people(rules_only, sentence, cue, source):
    found = {a.cue.spans[0].text: a.source.span.text for a in rules_only.parse(sentence).attributions if a.source}
    assert found[cue] == source


@pytest.mark.parametrize("sentence,source,content", [
    # the colon or comma inside a title in quotation marks ends no lead's source
    ("According to ''Deep Water: A History of the Pier,'' by Ann Lee, the pier was built in 1900.",
     "''Deep Water: A History of the Pier,'' by Ann Lee", "the pier was built in 1900"),
    ("According to Tom Roe's “Deep Water: A History” and other accounts, the pier was sold twice.",
     "Tom Roe's “Deep Water: A History” and other accounts", "the pier was sold twice"),
    ("The pier was sold twice, according to “Deep Water: A History” by Tom Roe.",
     "“Deep Water: A History” by Tom Roe", "The pier was sold twice"),
    # ... while a colon after a source still ends it
    ("According to the Gazette: “The pier was sold twice.”", "the Gazette", "“The pier was sold twice.”"),
])
def test_a_quoted_titles_colon_ends_no_lead_source(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.content[0].text) == (source, content)


@pytest.mark.parametrize("sentence,source", [
    # an aside that names the body a person works at is the person's mention
    ("Tom Roe, at the Royal Harbour Institute, said the pier was unsafe.", "Tom Roe, at the Royal Harbour Institute,"),
    ("Ms. Lee, of Ashby Capital Markets, said the pier was unsafe.", "Ms. Lee, of Ashby Capital Markets,"),
    ("Tom Roe, at a consulting firm called Harbour Partners, said the pier was unsafe.",
     "Tom Roe, at a consulting firm called Harbour Partners,"),
    # ... or a unit of a body, named by the body's possessive and a unit's noun
    ("Sgt Ann Lee, of Harbour Police's marine unit, said the pier was unsafe.",
     "Sgt Ann Lee, of Harbour Police's marine unit,"),
    ("Insp Tom Roe, from the force's serious collision team, said the pier was unsafe.",
     "Insp Tom Roe, from the force's serious collision team,"),
    ("Ann Lee, of the Ashby County Council's housing department, said the pier was unsafe.",
     "Ann Lee, of the Ashby County Council's housing department,"),
    # ... not a time or an occasion set off by commas
    ("Roe, at the same time, said the pier was unsafe.", "Roe"),
    ("Roe, at Monday's rally, said the pier was unsafe.", "Roe"),
    ("Roe, at the party's conference, said the pier was unsafe.", "Roe"),
    ("Roe, of last year's budget team, said the pier was unsafe.", "Roe"),
    ("Roe, at a rally in Ashby, said the pier was unsafe.", "Roe"),
])
def test_an_aside_naming_where_a_person_works_is_the_mentions(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text.rstrip(",") == source.rstrip(",")


@pytest.mark.parametrize("sentence,source", [
    # a day's name alone between a subject and its verb is the verb's time
    ("Ann Lee Thursday said the pier was unsafe.", "Ann Lee"),
    ("The harbour pilots Thursday said the pier was unsafe.", "The harbour pilots"),
    # ... as is a count of time before "later"
    ("Ann Lee a month later said the pier was unsafe.", "Ann Lee"),
    ("The board two years later said the pier was unsafe.", "The board"),
    # ... but not a day in a name of its own, nor the day of a speech or a poll
    ("Super Tuesday showed that Lee is strong.", "Super Tuesday"),
    ("His speech Tuesday said the pier was unsafe.", "His speech Tuesday"),
    ("A poll released Monday found that Lee leads.", "A poll released Monday"),
])
def test_a_bare_day_or_a_count_before_later_is_the_verbs_time(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,source", [
    # a hyphenated compound before the noun a participle modifies is all the noun phrase's
    ("The channel ran full-page notices warning that the pier was unsafe.", "full-page notices"),
    ("Dock workers carried the anti-closure banners demanding that the pier stay open.", "the anti-closure banners"),
    # ... not a capitalised compound's part that a verb stands before
    ("Some pilots wore T-shirts saying that the pier was unsafe.", "shirts"),
])
def test_a_compounds_first_part_opens_the_noun_a_participle_modifies(rules_only, sentence, source):
    found = {a.cue.spans[0].text: a.source.span.text for a in rules_only.parse(sentence).attributions if a.source}
    assert next(iter(found.values())) == source


@pytest.mark.parametrize(("sentence", "source", "content"), [
    # a name that ends in "'s" before "said" or "told": the name is the subject, not a possessor
    ("Moody's said in a note to clients that a long strike would weigh on growth.", "Moody's",
     "a long strike would weigh on growth"),
    ("Harrods’s told suppliers it would pay within 30 days.", "Harrods’s", "it would pay within 30 days"),
    ("A spokesman for Dunn's said the stores would reopen.", "A spokesman for Dunn's", "the stores would reopen"),
])
def test_a_name_ending_in_s_before_said_is_its_subject(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == source
    assert att.content[0].text == content


def test_a_possessive_before_a_report_noun_is_still_no_subject(rules_only):
    # "claims" after "Lee's" is a noun: no report
    assert rules_only.parse("Lee's claims about the pier were checked by the board.").attributions == ()


@pytest.mark.parametrize(("sentence", "content"), [
    # a bare plural hearer after "told", then a clause with no "that"
    ("The harbour master told suppliers it would pay within 30 days.", "it would pay within 30 days"),
    ("Okafor told shareholders on Monday the ferry deal was dead.", "the ferry deal was dead"),
])
def test_a_bare_plural_hearer_is_no_part_of_the_content(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert att.cue.spans[0].text == "told"
    assert att.content[0].text == content


def test_a_plural_object_before_a_preposition_is_no_hearer(rules_only):
    # "stories" is what was told: no clause follows it
    att = _one(rules_only.parse("Okafor told stories about the old pier."))
    assert att.content[0].text.startswith("stories")


@pytest.mark.parametrize("sentence", [
    # a trailing cue whose sentence ends in a time adjunct: "showed on Friday."
    "Ferry traffic rose in January, official data showed on Friday.",
    "Ferry traffic rose, the port's figures showed on Tuesday.",
])
def test_a_trailing_cue_before_a_time_adjunct_and_the_stop(rules_only, sentence):
    att = _one(rules_only.parse(sentence))
    assert att.cue.spans[0].text == "showed"
    assert att.content[0].text.startswith("Ferry traffic rose")


def test_quoted_by_an_outlet_named_by_a_common_noun(rules_only):
    att = _one(rules_only.parse("Dunn was quoted by the local paper as saying that no decision had been made."))
    assert att.source.span.text == "Dunn"
    assert [v.span.text for v in att.via] == ["the local paper"]
    assert att.content[0].text == "no decision had been made"


@pytest.mark.parametrize(("sentence", "via"), [
    # an outlet the source addresses in an aside before its verb
    ("A dock worker, speaking to Sky News, said the crews would strike.", ["Sky News"]),
    ("Lee, talking with the Harbour Gazette, said the pier was unsafe.", ["the Harbour Gazette"]),
    ("Lee, speaking to reporters, said the pier was unsafe.", []),
])
def test_an_outlet_in_an_aside_before_the_verb_is_the_relay(rules_only, sentence, via):
    att = _one(rules_only.parse(sentence))
    assert [v.span.text for v in att.via] == via


def _refers(doc):
    return [(a.source.span.text, a.source.refers_to.span.text if a.source.refers_to else None) for a in doc.attributions]


def test_he_is_not_one_already_called_she(parser):
    doc = parser.parse("Dock leader Sam Price said crews were shocked. Port chief Ann Kerr said the pier had lost "
                       "money. She said it would close. Price disagreed. He said the books were wrong.")
    assert ("He", "Dock leader Sam Price") in _refers(doc)


def test_the_company_refers_to_the_latest_business_named(parser):
    doc = parser.parse("Harbour Freight Ltd said it would close two depots. The company said 40 jobs would go.")
    assert ("The company", "Harbour Freight Ltd") in _refers(doc)


@pytest.mark.parametrize("name", ["The Gazette", "The Harbour Gazette"])
def test_the_newspaper_refers_to_an_outlet_named_with_the(parser, name):
    doc = parser.parse(f"{name} reported that the pier was sold. The newspaper said the board had approved the sale.")
    assert ("The newspaper", name) in _refers(doc)


@pytest.mark.parametrize(("text", "refers"), [
    # a surname points to the fuller mention that names it, though another word in it is possessive
    ("The company's chief executive, Tom Hale, told the Gazette that sales fell. Hale said the firm would recover.",
     "The company's chief executive, Tom Hale"),
    # but not to what the name possesses
    ("Brooks' office said the plan was dead. Brooks said he disagreed.", None),
])
def test_a_surname_and_a_possessive_in_the_fuller_mention(parser, text, refers):
    last = parser.parse(text).attributions[-1]
    assert (last.source.refers_to.span.text if last.source.refers_to else None) == refers


@pytest.mark.parametrize("sentence,content", [
    # a wire's "here", the place of its dateline, is the cue's, before a day or "that"
    ("Port minister Ravi Menon said here on Monday that the jetty would reopen in June.",
     "the jetty would reopen in June"),
    ("The harbour board chairman said here today that two new ferries had been ordered.",
     "two new ferries had been ordered"),
    ("The ferry operator said here the fares would not rise.", "the fares would not rise"),
    # ... but "here" that opens the clause is the content's
    ("The captain said here is a pier that will last.", "here is a pier that will last"),
])
def test_here_after_a_cue_is_the_place_of_the_saying(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence,content", [
    # the occasion of the saying between the cue and its "that" is the cue's
    ("The port minister said while addressing a rally in Kochi that the jetty would reopen.",
     "the jetty would reopen"),
    ("The MLA said while speaking to mediapersons on Monday that his party would win every seat.",
     "his party would win every seat"),
    ("The mayor said after inspecting the pier that repairs would start in May.",
     "repairs would start in May"),
    # ... not when the "that" is a relative pronoun, its verb right after it
    ("The mayor said while addressing a rally that was held at the pier the ferry would return.",
     "while addressing a rally that was held at the pier the ferry would return"),
    ("The mayor said while addressing a rally that drew thousands the ferry would return.",
     "while addressing a rally that drew thousands the ferry would return"),
])
def test_an_occasion_between_a_cue_and_its_that_is_the_cues(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text.split()[0] == "The"
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("text,resolved", [
    # "the <title>" stands for the nearest earlier mention that gives the title before a name ...
    ("Port Minister Ann Rao said the jetty was safe. The minister said it would reopen in May.",
     "Port Minister Ann Rao"),
    # ... a mention that is no source too, with initials, and a title written by its initials
    ("Chief Minister K. Ravi Varma opened the bridge on Friday. The CM said it would cut travel times.",
     "Chief Minister K. Ravi Varma"),
    ("Prime Minister Ann Rao opened the port. Speaking to workers, the PM said more berths would follow.",
     "Prime Minister Ann Rao"),
    ("Kerala Chief Minister Tom Mathew met the board. The chief minister said the talks went well.",
     "Kerala Chief Minister Tom Mathew"),
    # "the minister" is no chief or prime minister
    ("Prime Minister Ann Rao met Shipping Minister Tom Mathew. The minister said the port would grow.",
     "Shipping Minister Tom Mathew"),
    ("Prime Minister Ann Rao met the board. The minister said the port would grow.", "The minister"),
    # a title no one was given before stands for itself
    ("The minister said the port would grow.", "The minister"),
])
def test_a_title_with_the_stands_for_its_earlier_holder(rules_only, text, resolved):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.span.text.lower().startswith("the ")
    assert att.source.resolved.span.text == resolved


@pytest.mark.parametrize("sentence,source,content", [
    # "demanded that" reports what its subject called for, as "insisted that" does
    ("The fishermen's union demanded that the pier be reopened before the monsoon.",
     "The fishermen's union", "the pier be reopened before the monsoon"),
    ("Opposition MLAs have demanded that the harbour master resign.", "Opposition MLAs", "the harbour master resign"),
])
def test_demanded_that_reports_a_demand(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])
    assert att.cue.spans[-1].text.endswith("demanded")


@pytest.mark.parametrize("text,resolved", [
    # a surname of one of several people named together stands for that one's full name
    ("A bench of Justices Asha Menon and Tom Roe said the pier was unsafe. “It must close,” Justice Menon remarked.",
     "Asha Menon"),
    ("Ann Lee and Tom Roe said the pier was unsafe. Roe said it would close.", "Tom Roe"),
    # ... and a surname alone in such a list stands for itself
    ("Lee and Roe said the pier was unsafe. Roe said it would close.", "Roe"),
])
def test_a_surname_in_a_list_of_people_stands_for_that_ones_name(rules_only, text, resolved):
    att = rules_only.parse(text).attributions[-1]
    assert att.source.resolved.span.text == resolved
    assert att.source.kind == "person"


@pytest.mark.parametrize("sentence,content", [
    # the participle that says how a statement came out is the cue's occasion, with its place and day
    ("The port trust said in a statement issued here on Tuesday that the jetty would reopen.", "the jetty would reopen"),
    ("The ministry said in a press release circulated on Monday that the ferry would run.", "the ferry would run"),
    # ... but "issued" with no statement before it opens the content
    ("The harbour board said issued permits would be cancelled.", "issued permits would be cancelled"),
])
def test_a_statements_participle_of_issue_is_the_cues(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence,cue,content", [
    # a participle aside between a subject and its verb of saying is how the report came, no report
    ("Justice Mira Nair, writing a separate opinion, said the levy could not stand.",
     "said", "the levy could not stand"),
    ("A port official, preferring to remain anonymous, said the cranes had been idle for weeks.",
     "said", "the cranes had been idle for weeks"),
    ("The mayor, contradicting her deputy, told reporters the ferry would keep running.",
     "told", "the ferry would keep running"),
])
def test_a_participle_aside_before_a_verb_of_saying_reports_nothing(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.spans[0].text, [s.text for s in att.content]) == (cue, [content])


@pytest.mark.parametrize("sentence,cue,content", [
    # ... but a verb of saying or citing there reports, and so does one with a clause of its own
    ("The mayor, citing a survey of the pier, said the ferry would keep running.", "citing", "a survey of the pier"),
    ("The mayor, noting that fares had doubled, said the ferry would keep running.", "noting", "fares had doubled"),
])
def test_a_saying_participle_aside_still_reports(rules_only, sentence, cue, content):
    atts = rules_only.parse(sentence).attributions
    assert [(a.cue.spans[0].text, [s.text for s in a.content]) for a in atts if a.cue.spans[0].text == cue] == [
        (cue, [content])]


@pytest.mark.parametrize("sentence,cue,content", [
    # a participle aside between the subject and a verb of its own that is no verb of saying:
    # the aside's closing comma ends the content, the subject's verb is none of it
    ("Ms. Okafor, pleading for an inquest to find that the crash was avoidable, wept.",
     "pleading for", "an inquest to find that the crash was avoidable"),
    ("The widower, insisting that the clinic had ignored the scans, left the hearing early.",
     "insisting", "the clinic had ignored the scans"),
    ("The dockers' union, warning that talks had stalled, has called a strike for Monday.",
     "warning", "talks had stalled"),
    ("Mr. Haldane, arguing the levy was unlawful, later resigned from the board.",
     "arguing", "the levy was unlawful"),
    # past a list's commas and a relative clause's, to the comma the subject's verb follows
    ("The mayor, citing the tolls, fares and delays of the ferry, left.",
     "citing", "the tolls, fares and delays of the ferry"),
    ("Ms. Okafor, saying the jetty, which the state built, was unsafe, resigned.",
     "saying", "the jetty, which the state built, was unsafe"),
    # the less common irregular pasts are the subject's verb too (default_lexicon.IRREGULAR_PASTS)
    ("The choir, saying the chapel was too cold, sang outside on Sunday.",
     "saying", "the chapel was too cold"),
    ("The ferrymen's union, claiming the talks had failed, upheld the strike.",
     "claiming", "the talks had failed"),
    ("Mr. Haldane, warning that the levy was unlawful, withdrew the bill.",
     "warning", "the levy was unlawful"),
])
def test_a_participle_aside_ends_at_its_closing_comma(rules_only, sentence, cue, content):
    atts = rules_only.parse(sentence).attributions
    assert [(a.cue.spans[0].text, [s.text for s in a.content]) for a in atts if a.cue.spans[0].text == cue] == [
        (cue, [content])]


@pytest.mark.parametrize("sentence,source,content", [
    # "held that" opening a clause is a court's finding, as "ruled that" is
    ("The tribunal held that the lease of the jetty was void.", "The tribunal", "the lease of the jetty was void"),
    ("The division bench on Friday held that the port trust could not raise the toll.",
     "The division bench", "the port trust could not raise the toll"),
])
def test_held_that_reports_a_finding(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, [s.text for s in att.content]) == (source, "held", [content])


@pytest.mark.parametrize("sentence", [
    # ... but "that" as a determiner after "held" opens no clause
    "She held that post at the harbour board for a decade.",
    "The meeting held that evening ended without a vote.",
])
def test_held_that_noun_reports_nothing(rules_only, sentence):
    assert not rules_only.parse(sentence).attributions


@pytest.mark.parametrize("sentence", [
    # a matter set down for a later sitting or a sale is a docket, no report
    "The bench listed the lease dispute for hearing in the second week of July.",
    "The tribunal posted the case for further hearing on Monday.",
    "The port trust listed the old dredger for auction.",
])
def test_listed_for_hearing_reports_nothing(rules_only, sentence):
    assert not rules_only.parse(sentence).attributions


def test_listed_reasons_still_reports(rules_only):
    att = _one(rules_only.parse("The harbour master listed the reasons for the delay."))
    assert (att.cue.spans[0].text, [s.text for s in att.content]) == ("listed", ["the reasons for the delay"])


@pytest.mark.parametrize("sentence,source,cue,content", [
    # "alleged" after its subject, an auxiliary or an adverb is the verb, and reports its object
    ("The boatmen's family alleged negligence by the ferry crew.", "The boatmen's family", "alleged",
     "negligence by the ferry crew"),
    ("The ferry operator has alleged sabotage.", "The ferry operator", "has alleged", "sabotage"),
    ("The petition had earlier alleged bias.", "The petition", "had earlier alleged", "bias"),
])
def test_alleged_after_its_subject_reports(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("sentence", [
    # ... but after a determiner, a possessive or a preposition it modifies a noun
    "The alleged bribe was never found.",
    "Roe's alleged role in the fire was never proved.",
    "The board met over alleged irregularities in the tender.",
])
def test_alleged_before_a_noun_reports_nothing(rules_only, sentence):
    assert not [a for a in rules_only.parse(sentence).attributions if "alleged" in a.cue.text]


@pytest.mark.parametrize("sentence,source,kind", [
    # "the accused" is a person who speaks, not an adjective with no noun
    ("The accused told the magistrate that he had been at the jetty all night.", "The accused", "person"),
    # officers known by their post's initials are people, not bodies
    ("“The boat has been seized,” the SHO said.", "the SHO", "person"),
    ("The DCP said two boatmen had been detained.", "The DCP", "person"),
])
def test_the_accused_and_officers_initials_are_people(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence,cue,content", [
    # idioms of attack and of certainty whose head alone reports nothing
    ("The harbour union took potshots at the port trust over the delays.", "took potshots at",
     "the port trust over the delays"),
    ("The ferry owner exuded confidence that the route would reopen by May.", "exuded confidence",
     "the route would reopen by May"),
])
def test_indian_idioms_of_attack_and_certainty_are_cues(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == (cue, [content])


@pytest.mark.parametrize("sentence,source", [
    # a first information report and a public interest litigation are documents that report
    ("The FIR stated that the boatman had been threatened at the jetty.", "The FIR"),
    ("According to the PIL, the harbour rules were being flouted.", "the PIL"),
])
def test_an_fir_and_a_pil_are_documents(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "document")


@pytest.mark.parametrize("sentence,cue,content", [
    # the one asked, after "from", is no part of the question
    ("The tribunal sought to know from the port trust why the jetty was shut.", "sought to know",
     "why the jetty was shut"),
    ("The magistrate asked from the boatmen whether the ferry had a licence.", "asked",
     "whether the ferry had a licence"),
])
def test_the_one_asked_after_from_is_no_content(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == (cue, [content])


@pytest.mark.parametrize("sentence,source,content", [
    # a study's "found" reports its finding with no "that"
    ("The audit found the agency had spent $5 million on travel.", "The audit",
     "the agency had spent $5 million on travel"),
    ("A survey by the ferry union found most pilots oppose the new toll.", "A survey by the ferry union",
     "most pilots oppose the new toll"),
    ("A harbour poll this week found Ann Lee ahead of Tom Ray.", "A harbour poll this week",
     "Ann Lee ahead of Tom Ray"),
])
def test_a_study_finds_without_that(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text, [s.text for s in att.content]) == (
        source, "document", "found", [content])


def test_finding_a_thing_is_no_report(rules_only):
    # no study found it: "found" is finding something
    assert rules_only.parse("Police found the body of a fisherman near the pier.").attributions == ()


@pytest.mark.parametrize("text,source,cue", [
    ("“The pier is unsafe,” the engineers state in their report.", "the engineers", "state"),
    ("“No toll may rise twice a year,” the charter states on its first page.", "the charter", "states"),
])
def test_a_present_verb_of_saying_after_its_speaker_and_before_its_place_trails_the_quotation(parser, text, source, cue):
    att = _one(parser.parse(text))
    assert (att.rule, att.source.span.text, att.cue.spans[0].text) == ("core.trailing_cue.v2", source, cue)
    assert [s.text for s in att.content] == [text[:text.index("”") + 1]]


@pytest.mark.parametrize("text,source", [
    ("“The pier is unsafe,” state engineers said in a letter.", "state engineers"),
    ("“The pier is unsafe,” the state in question said on Monday.", "the state in question"),
])
def test_state_as_a_noun_after_a_quotation_is_no_cue(parser, text, source):
    att = _one(parser.parse(text))
    assert (att.source.span.text, att.cue.lemma) == (source, "say")


@pytest.mark.parametrize("sentence,content", [
    # a finite verb after "and" or "but" starts the source's next predicate: the noun phrase ends before it
    ("The mayor praised the harbour crews and took the stage.", "the harbour crews"),
    ("The mayor praised the harbour crews but gave no date for the vote.", "the harbour crews"),
    # with no "and" or "but", the noun phrase runs on through its relative clause
    ("The mayor praised the harbour crews who rebuilt the old quay.", "the harbour crews who rebuilt the old quay"),
])
def test_a_coordinated_predicate_ends_a_noun_phrase_content(rules_only, sentence, content):
    att = next(a for a in rules_only.parse(sentence).attributions if a.rule == "core.said_that.v2")
    assert att.source.span.text == "The mayor"
    assert [c.text for c in att.content] == [content]


@pytest.mark.parametrize("sentence,content", [
    # the time's adverb or preposition goes with the time, out of a noun-phrase content
    ("The Ledger reported the talks earlier on Tuesday.", "the talks"),
    ("The fund has pushed for a breakup since last year.", "a breakup"),
])
def test_a_time_with_its_adverb_ends_a_noun_phrase_content(rules_only, sentence, content):
    assert [s.text for s in _one(rules_only.parse(sentence)).content] == [content]


@pytest.mark.parametrize("sentence,content", [
    # a time reckoned back or on from the report's day is the report's
    ("The harbour board approved the new quay four months ago.", "the new quay"),
    ("The ferry union endorsed Ann Okoro two years earlier.", "Ann Okoro"),
    ("The mayor praised the crews a few days later.", "the crews"),
    # ... but not the object of a preposition, which belongs to the phrase
    ("The captain recalled the storm from six years ago.", "the storm from six years ago"),
    # the years a list joins
    ("The ferry union endorsed the harbour master in 2014 and 2019.", "the harbour master"),
    ("The council rejected the toll in 2009, 2013 and 2018.", "the toll"),
    # a bare date, the month in capitals
    ("The governor signed the ferry bill into law March 12.", "the ferry bill into law"),
    ("The ferry firm announced the new fares Dec. 3, 2021.", "the new fares"),
    # ... but not a preposition's object, nor a date inside the phrase
    ("The harbour board announced a deadline of March 12.", "a deadline of March 12"),
    ("The ferry firm denied any part in the Oct. 4", "any part in the Oct. 4"),
    ("The ferry union praised the 2019 timetable.", "the 2019 timetable"),
    ("The mayor criticized the events of last spring.", "the events of last spring"),
])
def test_a_reckoned_time_a_list_of_years_or_a_bare_date_ends_a_noun_phrase_content(rules_only, sentence, content):
    assert [s.text for s in _one(rules_only.parse(sentence)).content] == [content]


@pytest.mark.parametrize("sentence,content", [
    # a demonstrative object, alone or before its noun, leaves a final time to the report
    ("The ferry union supported this in 2017.", "this"),
    ("The harbour master has explained this in the past.", "this"),
    ("The mayor echoed that pledge on Tuesday.", "that pledge"),
    ("The captain praised those crews last week.", "those crews"),
    # "that" before a name, a determiner or a pronoun opens a clause, which keeps its time
    ("The pilots knew that the pier closed in 2016.", "the pier closed in 2016"),
])
def test_a_demonstrative_object_before_a_final_time_ends_a_noun_phrase_content(rules_only, sentence, content):
    assert [s.text for s in _one(rules_only.parse(sentence)).content] == [content]


@pytest.mark.parametrize("sentence,content", [
    # "that" and a noun before a year or a month that ends the sentence: a determiner and its noun
    ("The ferry union echoed that demand in 2011.", "that demand"),
    ("The harbour board announced that plan in March.", "that plan"),
    ("The mayor echoed that pledge on Tuesday in Leeds.", "that pledge"),  # (the town goes with the time)
    # "that" alone before a time that ends the sentence: the cue's object, a pronoun
    ("The captain learned that in 1998.", "that"),
    ("The pilots learned that last week.", "that"),
    ("The harbour master said that in April.", "that"),
    # ... but a clause after "that" keeps its time, and so does a subject with its verb
    ("The captain noted that in 1998 the quay flooded.", "in 1998 the quay flooded"),
    ("The pilots said that crews arrived on Friday.", "crews arrived on Friday"),
    ("The harbour master said that the quay closed in 2004.", "the quay closed in 2004"),
    # ... and an abbreviation's period ends no sentence
    ("The mayor hoped that on Nov. 3 the ferry would sail.", "on Nov. 3 the ferry would sail"),
    ("The pilot said that in Mr. Ode's view, the quay was unsafe.", "in Mr. Ode's view, the quay was unsafe"),
])
def test_that_before_a_final_time_is_a_determiner_or_a_pronoun(rules_only, sentence, content):
    assert [s.text for s in _one(rules_only.parse(sentence)).content] == [content]


@pytest.mark.parametrize("sentence,content", [
    # a single adverb after a noun-phrase object is the report's, out of the content
    ("The harbour board criticized the new tolls, too.", "the new tolls"),
    ("The ferry union praised the captain instead.", "the captain"),
    ("The mayor did not mention the pilot directly.", "the pilot"),
    ("The pilots rejected the rota as well.", "the rota"),
    ("The harbour master denounced the plan repeatedly.", "the plan"),
    ("The ferry firm posted its apology online.", "its apology"),
    ("The captain endorsed that plan later.", "that plan"),
    # a time measured back from then goes with its adverb
    ("The mayor praised the crews a few hours later.", "the crews"),
    # ... but a degree before the adverb keeps both, and a gerund keeps its adverb
    ("The harbour master described the storm a little differently.", "the storm a little differently"),
    ("The ferry union insisted on sailing now.", "sailing now"),
    # ... nor a clause's adverb
    ("The mayor said the pier would reopen too.", "the pier would reopen too"),
])
def test_a_single_adverb_ends_a_noun_phrase_content(rules_only, sentence, content):
    assert [s.text for s in _one(rules_only.parse(sentence)).content] == [content]


@pytest.mark.parametrize("sentence,source,cue", [
    # the speaker's own second verb, right after her cue, is part of what she said: one report, hers
    ('Ms. Okafor said she recalled thinking, "The pier is no place for a child."', "Ms. Okafor", "said"),
    ('The mayor said that he remembered asking, "Who pays for the quay?"', "The mayor", "said"),
])
def test_a_pronoun_report_opening_the_speakers_words_is_the_speakers(parser, sentence, source, cue):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, cue)
    assert att.content[-1].text.endswith(('child."', 'quay?"'))


def test_a_pronoun_report_after_another_speakers_words_stays_its_own(parser):
    doc = parser.parse('Ms. Okafor said the pier was safe. He recalled thinking, "It will not last."')
    assert [(a.source.span.text, a.cue.text) for a in doc.attributions] == [("Ms. Okafor", "said"), ("He", "recalled")]


@pytest.mark.parametrize("text,content", [
    # an "according to" inside the quoted words is the speaker's own: the quotation stays whole, no relay
    ('The Ledger reports a few facts: "Of its 9,000 voters, according to county data, 3,000 are Democrats."',
     '"Of its 9,000 voters, according to county data, 3,000 are Democrats."'),
    ('The mayor told the Ledger "the pier was closed, according to the harbour police."',
     '"the pier was closed, according to the harbour police."'),
])
def test_a_lead_inside_the_quoted_words_is_no_relay(parser, text, content):
    att = next(a for a in parser.parse(text).attributions if a.source.span.text in ("The Ledger", "The mayor"))
    assert att.content[-1].text == content
    assert all("according" not in v.span.text and "county" not in v.span.text for v in att.via)


@pytest.mark.parametrize("sentence,cue", [
    # a bare form two words after "a" heads the subject when a verb of saying follows it
    ("A viral Facebook post claims that the council voted to close the pier.", "claims"),
    ("A new Instagram video says that the ferry will stop.", "says"),
])
def test_a_bare_form_before_a_verb_of_saying_is_a_noun(parser, sentence, cue):
    att = _one(parser.parse(sentence))
    assert att.cue.text == cue and att.source.kind == "document"


def test_a_bare_form_two_words_after_a_with_no_verb_after_is_a_cue(parser):
    att = _one(parser.parse("An American diplomat put it bluntly: the talks had failed."))
    assert (att.source.span.text, att.cue.text) == ("An American diplomat", "put it")


@pytest.mark.parametrize("text,first,second", [
    # a lower-case subject with a participle's aside, or one that keeps it unnamed, after "and" or "but"
    ("Ms. Ruiz said she would not vote, and two aides, speaking on condition of anonymity, said no deal was near.",
     "she would not vote", ("two aides", "no deal was near")),
    ("Ms. Ruiz said she would not vote, and two aides, who asked not to be named, said no deal was near.",
     "she would not vote", ("two aides", "no deal was near")),
])
def test_a_second_report_after_and_keeps_its_subject_past_an_aside(parser, text, first, second):
    atts = parser.parse(text).attributions
    assert [a.content[0].text for a in atts if a.source.span.text == "Ms. Ruiz"] == [first]
    assert second in [(a.source.span.text, a.content[0].text) for a in atts]


def test_lower_case_officials_with_a_participle_aside_are_a_source(parser):
    att = _one(parser.parse("But officials, speaking privately, said no deal was near."))
    assert (att.source.span.text, att.content[0].text) == ("officials", "no deal was near")


@pytest.mark.parametrize("sentence,cue,content", [
    # a participle right after the sentence's subject only modifies it: the sentence's own verb
    # (an auxiliary, a past that is no participle, a verb in "-ed" before its object) ends the content
    ("A post thanking the volunteers drew more than 9,000 likes.", "thanking", "the volunteers"),
    ("A letter urging the trustees to resign has gathered 300 signatures.", "urging", "the trustees to resign"),
    ("A petition calling for the pier's repair attracted 2,500 names.", "calling for", "the pier's repair"),
    ("The leaflet praising the new bypass was handed out at the station.", "praising", "the new bypass"),
    # the less common irregular pasts that are no participle too (default_lexicon.FINITE_PASTS)
    ("A crowd chanting “no toll” sang the anthem outside the hall.", "chanting", "“no toll”"),
])
def test_a_participle_after_the_subject_ends_before_the_sentences_verb(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == (cue, [content])


@pytest.mark.parametrize("sentence,cue,content", [
    # after a participle that takes a clause, the clause's own verb is no main verb: the content
    # runs to the main clause's verb right after the clause's predicate
    ("A nurse claiming the ward was unsafe was suspended.", "claiming", "the ward was unsafe"),
    ("A driver saying the brakes had failed was taken to hospital.", "saying", "the brakes had failed"),
    ("Residents claiming the water is toxic have been told to wait.", "claiming", "the water is toxic"),
    ("Officials warning the dam could burst were ignored.", "warning", "the dam could burst"),
    # no second verb, or one joined to the first by "and", or one past a stop: the first verb is the main one
    ("Posts claiming the dam burst were shared widely.", "claiming", "the dam burst"),
    ("A letter claiming victory was read out and has been printed.", "claiming", "victory"),
    ("A post claiming a cure was shared and has been deleted.", "claiming", "a cure"),
    ("A post claiming a cure has been shared 5,000 times, and doctors had doubts.", "claiming", "a cure"),
    # the main verb a past in "-ed" with no object, before a preposition of place or motion
    ("Tenants claiming the boiler was unsafe marched on the landlord's office.", "claiming", "the boiler was unsafe"),
    ("Dockers claiming the crane was faulty walked off the job.", "claiming", "the crane was faulty"),
    # ... not one after "and" or an adverb, which still describes the clause's subject
    ("A porter claiming the lift was old and rusted through was sacked.", "claiming", "the lift was old and rusted through"),
    ("A porter claiming the lift was badly rusted at the top was sacked.", "claiming", "the lift was badly rusted at the top"),
    # "alleging", with no "that", as "claiming"
    ("A driver alleging the guards had beaten him has filed a complaint.", "alleging", "the guards had beaten him"),
    ("A lawsuit alleging the bank hid its losses was filed on Monday.", "alleging", "the bank hid its losses"),
])
def test_a_clause_taking_participle_after_the_subject_ends_before_the_main_verb(rules_only, sentence, cue, content):
    atts = [a for a in rules_only.parse(sentence).attributions if a.cue.text == cue]
    assert [[s.text for s in a.content] for a in atts] == [[content]]


@pytest.mark.parametrize("sentence,source,kind,content", [
    # "alleging" is never an adjective: whatever it takes, a clause with no "that" or a noun, is the
    # charge its noun reports
    ("A driver alleging the guards had beaten him has filed a complaint.", "A driver", "person", "the guards had beaten him"),
    ("A lawsuit alleging the bank hid its losses was filed on Monday.", "A lawsuit", "document", "the bank hid its losses"),
    ("The tenants are alleging the landlord cut the heating.", "The tenants", "group", "the landlord cut the heating"),
])
def test_alleging_reports_with_no_that(rules_only, sentence, source, kind, content):
    atts = [a for a in rules_only.parse(sentence).attributions if a.cue.text.endswith("alleging")]
    assert [(a.source.span.text, a.source.kind, [s.text for s in a.content]) for a in atts] == [(source, kind, [content])]


def test_the_adjective_alleged_reports_nothing(rules_only):
    assert rules_only.parse("The alleged bribe was paid in cash.").attributions == ()


@pytest.mark.parametrize("sentence,cue,content", [
    # a participle on the noun after "of" in the sentence's subject ("The share of X saying"): the
    # sentence's own verb ends the content, as after a bare subject
    ("The number of tenants saying the rent is too high rose by 12 points last year.", "saying", "the rent is too high"),
    ("The proportion of city voters saying they want a new bridge is as high as two-thirds in Ashby.",
     "saying", "they want a new bridge"),
    # ... also when that subject opens a clause after a dash
    ("Rents rose sharply in Ashby this year — the share of tenants saying the rent is too high has grown by a third.",
     "saying", "the rent is too high"),
    # a quotation that opens the content is the participle's clause: a verb right after it is the main one
    ("Rents rose sharply this year — the share of tenants saying “the rent is unfair” increased by 28 points.",
     "saying", "“the rent is unfair”"),
    ("The share of dockers saying “the crane is unsafe” was 40 percent.", "saying", "“the crane is unsafe”"),
])
def test_a_participle_on_the_subjects_of_noun_ends_before_the_main_verb(rules_only, sentence, cue, content):
    atts = [a for a in rules_only.parse(sentence).attributions if a.cue.text == cue]
    assert [[s.text for s in a.content] for a in atts] == [[content]]


@pytest.mark.parametrize("sentence,content", [
    # no subject's noun before the participle: its clause runs on
    ("Lee met a group of tenants saying the rent was too high last week.", "the rent was too high last week"),
    # a quotation not followed by a verb of the subject's: the words after it stay the content's
    ("The share of voters saying “the tax is fair” in the poll was 40 percent.",
     "“the tax is fair” in the poll was 40 percent"),
])
def test_a_participle_with_no_subjects_verb_after_it_keeps_its_content(rules_only, sentence, content):
    atts = [a for a in rules_only.parse(sentence).attributions if a.cue.text == "saying"]
    assert [[s.text for s in a.content] for a in atts] == [[content]]


def test_a_participle_after_no_subject_keeps_its_whole_content(rules_only):
    # "with" and a noun before the participle open no subject: the clause after it is the content's
    atts = rules_only.parse("The vote went ahead, with one councillor claiming the figures had been rigged.").attributions
    assert [s.text for s in atts[0].content] == ["the figures had been rigged"]


@pytest.mark.parametrize("sentence,source,kind", [
    # a participle's clause after a body's or a person's noun, after "a" or "the", goes on that noun
    # inside the mention, which takes the noun's kind
    ("A group representing the nurses said the offer was fair.", "A group representing the nurses", "organization"),
    ("An association campaigning for cyclists said the lane was unsafe.",
     "An association campaigning for cyclists", "organization"),
    ("The union representing dock workers said the offer was fair.", "The union representing dock workers", "organization"),
    ("A lawyer acting for the family said the offer was fair.", "A lawyer acting for the family", "person"),
    ("Nurses backing the strike said the offer was fair.", "Nurses backing the strike", "group"),
    ("The Lisbon studio said the offer was fair.", "The Lisbon studio", "organization"),
])
def test_a_participle_after_a_noun_stays_in_the_mention(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, att.source.kind) == (source, "said", kind)


def test_a_participle_before_a_named_appositive_leaves_the_name_the_source(rules_only):
    # "One nurse backing the strike, <name>, said": the name says it, the nurse backs the strike
    atts = rules_only.parse("One nurse backing the strike, Ann Lee of St Mary's in Leeds, said she had made 150 calls.").attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [
        ("One nurse", "backing"), ("Ann Lee of St Mary's in Leeds", "said")]


@pytest.mark.parametrize("phrase,kind", [
    # a noun in "-ing" after a name or a possessive modifies the noun after it, the head
    ("A Reuters rolling poll", "document"),
    ("Lee's fundraising email to donors", "document"),
])
def test_a_noun_in_ing_after_a_name_is_no_participle(phrase, kind):
    from attribution.lexicon import Lexicon

    assert kinds.kind(phrase, 0, len(phrase), Lexicon()) == kind


def test_a_clause_after_a_first_report_is_no_aside_of_its_subject(rules_only):
    # "X, who ..., said Y, while Z, a post, argued W": the stretch between the relative clause's
    # comma and Z's is no aside of X's, so Z argues W
    atts = rules_only.parse("Traders at Harlow Bank, who had expected a hold, said the move was bold, while "
                            "the fund's chief strategist, Ian Cole, argued the board was \"too late\".").attributions
    assert [(a.source.span.text, a.cue.text) for a in atts] == [
        ("Traders at Harlow Bank", "said"), ("the fund's chief strategist, Ian Cole", "argued")]
    assert [s.text for s in atts[0].content] == ["the move was bold"]


@pytest.mark.parametrize("phrase,kind", [
    # a firm named by its trade's last word, and a post before its holder's name in apposition
    ("Orrin Economics", "organization"),
    ("Harlow Research", "organization"),
    ("Bayside Capital", "organization"),
    ("Harbor Polling", "organization"),
    ("The Treasurer, Ann Lee", "person"),
    ("The Chancellor, Tom Roe,", "person"),
    ("The Harbour Alliance", "organization"),
    ("The forecasts", "document"),
    ("a White House readout", "document"),
    # a body or an outlet by its name keeps its kind before an appositive that says what it is
    ("The Harbour Gazette, a weekly paper run by the Lee family", "outlet"),
    ("the Orrin Trust, a charity based in Leeds", "organization"),
    # a name whose appositive's noun is a body's, where it is or who owns it after the noun
    ("Orvik, a firm based in Oslo", "organization"),
    ("Orvik, a firm in Oslo", "organization"),
    ("Orvik, the bank founded in 1990", "organization"),
    ("Orvik, a news site based in Oslo", "outlet"),
    ("Orvik, a partner in the firm", "person"),
    ("Ann Lee, a teacher in Oslo", "person"),
    ("The Harbour Gazette editor, Ann Lee", "person"),
    # a site named by its web address is an outlet; one who speaks for it is a person
    ("Harbourcheck.org", "outlet"),
    ("the news site Tidewatch.com", "outlet"),
    ("a spokesman for Tidewatch.com", "person"),
    # "figures" are people after a word of rank or party, numbers elsewhere
    ("Senior figures in the party", "group"),
    ("Labour establishment figures", "group"),
    ("Official figures", "document"),
])
def test_kinds_of_firms_and_posts_before_a_name(phrase, kind):
    from attribution.lexicon import Lexicon

    assert kinds.kind(phrase, 0, len(phrase), Lexicon()) == kind


@pytest.mark.parametrize("sentence,source,kind", [
    # a time between a participle and its "by" agent is the participle's: the noun before it heads the mention
    ("A letter sent last month by the mayor said that the pier was unsafe.", "A letter sent last month by the mayor", "document"),
    ("A study released on Monday by the agency found that the river had warmed.",
     "A study released on Monday by the agency", "document"),
])
def test_a_time_before_a_participles_agent_stays_in_the_mention(rules_only, sentence, source, kind):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("phrase,kind", [
    # one close to the people written about, left unnamed, speaks as an anonymous source
    ("A friend", "anonymous"),
    ("Another insider", "anonymous"),
    ("one longtime confidant", "anonymous"),
    ("an American official who was briefed on the talks", "anonymous"),
    # the words that leave a speaker unnamed count as whole words: no "sources" in "Resources"
    # (a state's department, by its portfolio before the nation's name)
    ("Natural Resources Canada", "government"),
])
def test_an_unnamed_friend_or_insider_is_anonymous(phrase, kind):
    from attribution.lexicon import Lexicon

    assert kinds.kind(phrase, 0, len(phrase), Lexicon()) == kind


@pytest.mark.parametrize("sentence,source", [
    # a noun of what a body looks after stays in its mention after a name in capitals (a coast
    # guard is a state's body: the rule of kinds above `default_lexicon.STATE_BODY_NOUNS`)
    ("The Greek coast guard said a boat had sunk off Lesbos.", "The Greek coast guard"),
    ("The U.S. coast guard said a boat had sunk off Lesbos.", "The U.S. coast guard"),
])
def test_a_bodys_noun_modifier_after_a_name_stays_in_the_mention(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "government")


@pytest.mark.parametrize("text,speakers", [
    # a headline's one word before its colon is a topic when the story writes it in lower case
    ("Heatwave: hospitals on alert as temperatures rise\n\nThe heatwave will last until Friday, forecasters said.",
     ["forecasters"]),
    # a noun of people or documents, or a name, still speaks
    ("Historians: the pier is older than thought\n\nThe historians said the pier dated from 1820.",
     ["Historians", "The historians"]),
])
def test_a_headline_topic_before_a_colon_is_no_speaker(rules_only, text, speakers):
    assert [a.source.span.text for a in rules_only.parse(text).attributions] == speakers


@pytest.mark.parametrize("sentence,cue,content", [
    # "forecast" reports a clause like "predict", in every form
    ("The port authority forecasts that traffic will fall by a fifth.", "forecasts", "traffic will fall by a fifth"),
    ("The port authority forecast that traffic would fall.", "forecast", "traffic would fall"),
])
def test_forecast_reports_a_clause_like_predict(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == ("The port authority", cue, content)


@pytest.mark.parametrize("sentence", [
    # a place or occasion after a participle's hearer, before the colon, is the telling's
    'The minister blamed the weather, telling reporters in Cardiff: "We could not have planned for this."',
    'The minister blamed the weather, telling the BBC on Monday: "We could not have planned for this."',
])
def test_an_occasion_before_a_participles_colon_is_no_content(rules_only, sentence):
    atts = [a for a in rules_only.parse(sentence).attributions if a.rule == "core.participle.v2"]
    assert [a.content[0].text for a in atts] == ['"We could not have planned for this."']


@pytest.mark.parametrize("text,source,content", [
    # a comma inside a number ends no lead's source
    ("Commuters are angry, according to a survey of 2,000 rail users published on Monday.",
     "a survey of 2,000 rail users published on Monday", "Commuters are angry"),
    ("According to a survey of 2,000 rail users, commuters are angry.", "a survey of 2,000 rail users",
     "commuters are angry"),
])
def test_a_comma_in_a_number_ends_no_leads_source(rules_only, text, source, content):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, [c.text for c in att.content]) == (source, [content])


def test_a_lead_after_said_that_is_part_of_the_report(rules_only):
    # "said that, according to X, Y": the verb of saying reports the lead with its clause, though
    # a noun stands before the verb in the lead's window
    att = _one(rules_only.parse("The report said that, according to a poll by the agency, most riders are angry."))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (
        "The report", "said", "according to a poll by the agency, most riders are angry")


@pytest.mark.parametrize("sentence,via,content", [
    # the relay after "quoted as saying" named by what it is, then its name
    ("“The nets are ready,” the coach was quoted as saying by news agency KNA.",
     ["news agency KNA"], ["“The nets are ready,”"]),
    # or by the address of its site
    ("“The nets are ready,” the coach was quoted as saying by cricketnews.example.au.",
     ["cricketnews.example.au"], ["“The nets are ready,”"]),
    ("The coach was quoted as saying by the state broadcaster Radio Vela that the nets were ready.",
     ["the state broadcaster Radio Vela"], ["the nets were ready"]),
])
def test_quoted_as_saying_by_a_described_or_web_relay(rules_only, sentence, via, content):
    att = _one(rules_only.parse(sentence))
    assert att.rule == "core.quoted_as.v2"
    assert (att.source.span.text.lower(), [v.span.text for v in att.via], [c.text for c in att.content]) == (
        "the coach", via, content)


@pytest.mark.parametrize("sentence,antecedent,kind", [
    # "who" after a deed and its agent stands for the agent, not the deed
    ("The vote went ahead despite a walkout by opposition members, who alleged that it was rushed.",
     "opposition members", "group"),
    ("The plan drew a protest by local fishermen, who said that the quay was unsafe.", "local fishermen", "group"),
    ("Lee was introduced by her old rival Governor Ann Roe, who said the port would reopen.", "Governor Ann Roe", "person"),
])
def test_who_after_a_deed_by_someone_refers_to_the_agent(parser, sentence, antecedent, kind):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.source.refers_to.span.text, att.source.kind) == ("who", antecedent, kind)


@pytest.mark.parametrize("sentence,source", [
    # the names an absolute phrase lists, commas and all, are the participle's subject
    ("The harbour board is split, with Ann Lee, Tom Roe and Ray Fox all calling for a new vote.",
     "Ann Lee, Tom Roe and Ray Fox"),
    ("The ferry talks broke down, with Lee, Roe and Fox saying the pier was unsafe.", "Lee, Roe and Fox"),
    # ... but a comma before a word in lower case still closes the phrase the noun after "with" opens
    ("The poll showed Lee with her lowest rating in years, with most ferry pilots saying they distrust her.",
     "most ferry pilots"),
])
def test_an_absolute_phrase_may_list_names(rules_only, sentence, source):
    (att,) = [a for a in rules_only.parse(sentence).attributions if a.rule == "core.participle.v2"]
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,source", [
    # a participle after the time a verb of spending takes is the spender's, not the noun before it
    ("Lee spent much of the run-up to the council elections portraying Roe as a crook.", "Lee"),
    ("The candidates wasted little time since the floods urging the state to rebuild the pier.", "The candidates"),
    # ... but not a noun after the time spent in company of others
    ("The union spent the day with dock workers saying the pier was unsafe.", "dock workers"),
])
def test_a_participle_after_time_spent_is_the_spenders(rules_only, sentence, source):
    (att,) = [a for a in rules_only.parse(sentence).attributions if a.rule == "core.participle.v2"]
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,source", [
    # a clause of time inside a relative clause is not the clause a participle after it ends
    ('The mayor was defensive when asked about an architect who said he was stiffed after he designed '
     'the new library, saying, "We paid every bill on time."', "The mayor"),
    ("Lee met a clerk who quit after the board fined him, saying the pier was unsafe.", "Lee"),
    # ... and a relative clause set off by commas still leaves the sentence's subject
    ("Lee, who was angry after the board voted, walked out, saying the pier was unsafe.", "Lee"),
])
def test_a_participle_after_a_relative_clauses_clause_of_time_is_the_subjects(rules_only, sentence, source):
    (att,) = [a for a in rules_only.parse(sentence).attributions if a.rule == "core.participle.v2"]
    assert att.source.span.text == source


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a verb of saying the tables never weighed, then where it was said, then a "that" clause
    ("Okafor testified in the second hearing that the pier had been unsafe for years.",
     "Okafor", "testified", "the pier had been unsafe for years"),
    ("The harbour master later testified at the inquiry that “no inspector” had come.",
     "The harbour master", "later testified", "“no inspector” had come"),
])
def test_a_verb_of_saying_then_where_then_that(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    cue_text = " ".join(s.text for s in att.cue.spans)
    assert (att.source.span.text, cue_text, [c.text for c in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("text,verb", [
    ("Roe testified in court that the pier was shut.", "testified"),
    ("Roe posted on Twitter on Friday that the pier was shut.", "posted"),
    # the "that" of a relative clause opens no report
    ("Roe testified in the case that was dismissed.", None),
    # nor a "that" past a stop
    ("Roe testified in court, and that was all.", None),
    # nor a "that" after a preposition the rules read no occasion after
    ("Roe testified for the firm that the pier was shut.", None),
    # but "before" and whom it was said before are one
    ("Roe testified before the panel that the pier was shut.", "testified"),
])
def test_a_verb_before_where_and_that(text, verb):
    from attribution import cues

    m = cues._VERB_PLACE_THAT.search(text)
    assert (m.group(1) if m else None) == verb


@pytest.mark.parametrize("sentence,source,cue,content", [
    # a noun of what was said, before a "that" clause, whatever the mined table weighs
    ("Residents were angered by her comment that the pier would close.", "her", "comment",
     "that the pier would close"),
    ("The inquiry went on despite his admission that the ferry was unsafe.", "his", "admission",
     "that the ferry was unsafe"),
    ("Voters relaxed after the mayor's assurance that the ferry was safe.", "the mayor's", "assurance",
     "that the ferry was safe"),
])
def test_a_noun_of_saying_before_that_reports(rules_only, sentence, source, cue, content):
    found = [a for a in rules_only.parse(sentence).attributions if a.rule == "core.report_noun.v2"]
    assert [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in found] == [(source, cue, content)]


@pytest.mark.parametrize("sentence,source,cue", [
    # a month or a day may stand between the possessor and the noun of its report
    ("The union turned on Lee after her March comment that, “We will shut the pier.”", "her", "March comment"),
    ("Residents were angered by his Tuesday statement that the ferry would stop.", "his", "Tuesday statement"),
])
def test_a_month_or_day_before_a_report_noun(rules_only, sentence, source, cue):
    found = [a for a in rules_only.parse(sentence).attributions if a.rule == "core.report_noun.v2"]
    assert [(a.source.span.text, a.cue.spans[0].text) for a in found] == [(source, cue)]


def test_a_name_in_capitals_before_a_noun_is_no_modifier_of_a_report(rules_only):
    # "Lee's Boston claim": a capitalised word other than a month or a day leaves the noun unread
    found = rules_only.parse("Voters mocked Lee's Boston claim that the pier was safe.").attributions
    assert [a for a in found if a.rule == "core.report_noun.v2"] == []


@pytest.mark.parametrize("sentence,cue", [
    # a report noun after a verb of saying and "in" is where that verb's report was made
    ("The harbour master stressed in his remarks that the pier would stay open.", "stressed"),
    ("The harbour master insisted during her speech that the pier would stay open.", "insisted"),
])
def test_a_report_noun_of_the_occasion_leaves_the_verb_its_report(rules_only, sentence, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (
        "The harbour master", cue, "the pier would stay open")


@pytest.mark.parametrize("sentence,source,content", [
    # "that" right before its verb is the content's subject, no complementizer: it opens the content
    ("Maya Ortiz said that’s why the pier closed.", "Maya Ortiz", "that’s why the pier closed"),
    ("I think that is exactly what the ferry needs.", "I", "that is exactly what the ferry needs"),
    ("The harbour board told residents that would cost millions.", "The harbour board", "that would cost millions"),
    ("You might say, that’s easy for a ferryman to say.", "You", "that’s easy for a ferryman to say"),
    # a "that" before a subject of its own stays the complementizer
    ("Maya Ortiz said that the pier was unsafe.", "Maya Ortiz", "the pier was unsafe"),
])
def test_a_demonstrative_that_opens_the_content(rules_only, sentence, source, content):
    found = [a for a in rules_only.parse(sentence).attributions if a.rule == "core.said_that.v2"]
    assert [(a.source.span.text, a.content[0].text) for a in found] == [(source, content)]
    assert (found[0].complementizer is None) == content.lower().startswith("that")


@pytest.mark.parametrize("sentence,cue", [
    # "posted on" a page of one's own is where it was posted, as "wrote on" is: no particle of the cue
    ("The harbour master posted on her blog that the pier would stay open.", "posted"),
    ("The harbour master had posted on his Facebook page that the pier would stay open.", "had posted"),
])
def test_posted_on_a_page_is_where_the_report_was_made(rules_only, sentence, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.spans[0].text, att.content[0].text) == (cue, "the pier would stay open")


@pytest.mark.parametrize("text,sentences", [
    # a clock time's "p.m." ends the sentence before a name ...
    ("The vote ended at 5 p.m. Ann Okafor said the pier would stay open.",
     ["The vote ended at 5 p.m.", "Ann Okafor said the pier would stay open."]),
    # ... but not before a day, a month or a time zone, which go on telling the time
    ("The vote ends at 5 p.m. Friday in Dover.", ["The vote ends at 5 p.m. Friday in Dover."]),
    ("The ferry leaves at 9 a.m. Eastern on weekdays.", ["The ferry leaves at 9 a.m. Eastern on weekdays."]),
    ("Polls close at 8 p.m. GMT tonight.", ["Polls close at 8 p.m. GMT tonight."]),
])
def test_a_clock_time_ends_a_sentence_before_a_capitalised_word_that_does_not_tell_the_time(text, sentences):
    from attribution import layout

    assert [text[s.start:s.end] for s in layout.analyse(text).sentences] == sentences


def test_a_report_after_a_clock_time_that_ends_a_sentence_is_found(rules_only):
    att = _one(rules_only.parse("The vote ended at 5 p.m. Ann Okafor said the pier would stay open."))
    assert (att.source.span.text, att.content[0].text) == ("Ann Okafor", "the pier would stay open")


@pytest.mark.parametrize("sentence,content", [
    # a pluperfect after "and" goes on with the clause a simple past reports: the speaker's own
    # second verb would be "and showed"
    ("The ferryman’s lawyer said his client had a long record of good service and had shown real remorse.",
     "his client had a long record of good service and had shown real remorse"),
    ("The harbour master told councillors that the crane had failed twice and had shown signs of rust.",
     "the crane had failed twice and had shown signs of rust"),
])
def test_a_pluperfect_conjunct_goes_on_with_the_reported_clause(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert att.content[0].text == content


def test_a_perfect_report_keeps_its_coordinated_pluperfect(rules_only):
    # after "had said", the perfects run parallel: the second is the speaker's own report
    found = rules_only.parse("Ann Lee had said the pier was unsafe and had promised to close it.").attributions
    assert [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in found] == [
        ("Ann Lee", "had said", "the pier was unsafe"), ("Ann Lee", "had promised", "to close it")]


@pytest.mark.parametrize("sentence,source,cue", [
    # a short plural that opens the sentence is the subject of the bare verb after it, as a longer one is
    ("Pals claim the skipper fell out with the harbour master last spring.", "Pals", "claim"),
    ("Fans insist the new stand will be ready by August.", "Fans", "insist"),
    ("Mums fear the crossing outside the school is unsafe.", "Mums", "fear"),
])
def test_a_short_plural_opening_the_sentence_takes_the_bare_verb(rules_only, sentence, source, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text) == (source, cue)


@pytest.mark.parametrize("sentence,cue", [
    # after "said in an op-ed", as after "wrote", the paper it was written for is the cue's, not the content's
    ("The harbour master said in an op-ed for The Harbour Gazette that the pier would close.",
     "said in an op-ed for The Harbour Gazette"),
    ("Ann Lee said in a letter for the Ferry Trust that the pier would close.", "said in a letter for the Ferry Trust"),
])
def test_the_paper_a_report_was_written_for_after_its_vehicle_is_the_cues(rules_only, sentence, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.spans[0].text, att.content[0].text) == (cue, "the pier would close")


@pytest.mark.parametrize("text, source", [
    # a bare noun between a word that opens a clause and the plural the walk took modifies it,
    # as after a comma, though the lexicon seldom sees it in a source ("traffic")
    ("The pier is old, because traffic studies show the pier is unsafe.", "traffic studies"),
    ("Ann Lee said that traffic studies show the pier is unsafe.", "traffic studies"),
    ("The pier is old, although road studies show the pier is unsafe.", "road studies"),
    # ... not a past form there
    ("The pier is old, because told officials say the pier is unsafe.", "officials"),
])
def test_a_bare_noun_after_a_subordinator_modifies_the_plural_the_walk_took(rules_only, text, source):
    end = text.index(" show") if " show" in text else text.index(" say")
    found = sources.subject(text, 0, end, rules_only.lexicon, strong=True)
    assert found is not None and text[found[0]:found[1]] == source


@pytest.mark.parametrize("text, cue, content", [
    # a verb of waving a claim away takes its particle into the cue: the content is what was waved away
    ("The harbour master brushed aside the complaints about the ferry.", "brushed aside",
     "the complaints about the ferry"),
    ("Ann Lee laughed off the rumours of a takeover.", "laughed off", "the rumours of a takeover"),
    ("Tom Roe brushed off the findings of the audit.", "brushed off", "the findings of the audit"),
])
def test_a_dismissing_verb_takes_its_particle_into_the_cue(parser, text, cue, content):
    found = [(" ".join(s.text for s in a.cue.spans), [s.text for s in a.content]) for a in parser.parse(text).attributions]
    assert found == [(cue, [content])]


@pytest.mark.parametrize("dateline", ["Kochi (Kerala), Mar 3 (PTI) ", "Leh (Ladakh), Mar 3 (PTI) ",
                                      "Port Blair (Andaman Islands), Mar 3 (ANI) "])
def test_a_datelines_place_may_name_its_state_in_brackets(parser, dateline):
    att = _one(parser.parse("Ferry Late\n\n" + dateline + "The ferry from the mainland was late again, the harbour master said."))
    assert (att.source.span.text, att.content[0].text) == ("the harbour master", "The ferry from the mainland was late again")


def test_a_name_with_a_bracketed_word_before_a_comma_is_no_dateline(parser):
    # no agency after it: the name in brackets stays the speaker's
    att = _one(parser.parse("Ferry Late\n\nAsha Menon (Kochi), the harbour master, said the ferry was late."))
    assert att.source.span.text.startswith("Asha Menon (Kochi)")


@pytest.mark.parametrize("text, source, cue, content", [
    # a headline's quotation credited after a dash, by a post in lower case or a name (British copy)
    ("Ferry strike: 'We will not give in' - union boss\n\nThe ferries stopped on Monday.",
     "union boss", "-", "'We will not give in'"),
    ("‘I will miss the pier’ – TV presenter on the harbour fire\n\nThe pier burned on Monday.",
     "TV presenter", "–", "‘I will miss the pier’"),
    ("'The fares are too high' - Ann Loxley\n\nFares rose on Monday.", "Ann Loxley", "-", "'The fares are too high'"),
    # ... or after a colon
    ("‘We will not give in’: dock workers' chief\n\nThe ferries stopped on Monday.",
     "dock workers' chief", ":", "‘We will not give in’"),
])
def test_a_headline_quotation_credited_after_a_dash_or_colon(parser, text, source, cue, content):
    found = [(a.source.span.text, a.cue.text, [c.text for c in a.content]) for a in parser.parse(text).attributions]
    assert (source, cue, [content]) in found


@pytest.mark.parametrize("text", [
    # what follows the dash or the colon is no one who can speak
    "'Stay off the pier' - warning ignored\n\nThe pier burned on Monday.",
    "‘Stay off the pier’: warning ignored\n\nThe pier burned on Monday.",
])
def test_a_headline_quotation_then_no_speaker_is_credited_to_no_one(rules_only, text):
    assert [a.cue.text for a in rules_only.parse(text).attributions if a.cue.text in ("-", ":")] == []


@pytest.mark.parametrize("text, found", [
    # "to" after a verb of answering takes what was answered: no report, the words come after
    ("Replying to another question, Minister Asha Rao told the House that 40 ferries had been bought.",
     [("told", "40 ferries had been bought")]),
    ("Responding to the criticism, the harbour master said the ferries were safe.",
     [("said", "the ferries were safe")]),
    # a clause said after the answered thing stays the report
    ("The harbour master replied to critics that the ferries were safe.",
     [("replied", "the ferries were safe")]),
])
def test_what_is_answered_is_no_report(parser, text, found):
    got = [(" ".join(s.text for s in a.cue.spans), a.content[0].text) for a in parser.parse(text).attributions]
    assert got == found


@pytest.mark.parametrize("text, found", [
    # a headline's "X rejects Y, says Z 'word' of W": what follows "says" is a clause said, its
    # speaker the headline's subject, not an inverted cue's
    ("Ferry union rejects council remarks on fares, says Council 'unfair' to workers\n\nThe ferry union met on Monday.",
     [("Ferry union", "rejects", "council remarks on fares"), ("Ferry union", "says", "Council 'unfair' to workers")]),
    # a nickname in quotation marks before a surname stays in the speaker's mention
    ("\"The ferry is late,\" says Ann 'Bunny' Lee, a pilot.",
     [("Ann 'Bunny' Lee, a pilot", "says", "\"The ferry is late,\"")]),
])
def test_a_quoted_word_and_a_lower_case_word_after_it_name_no_inverted_speaker(parser, text, found):
    got = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in parser.parse(text).attributions]
    assert got == found


@pytest.mark.parametrize("text", [
    "Letters\n\nThe levy is fair, readers say.\n\nTo the editor: I read with interest your report on the levy vote.",
    "Notice\n\nThe pier is closed.\n\nTo all harbour staff: the new quay will open on Monday for every boat.",
])
def test_to_and_a_colon_address_a_letter_with_no_view(parser, text):
    assert not [a for a in parser.parse(text).attributions if a.rule == "core.view_holder.v1"]


def test_to_and_a_comma_still_give_a_view(parser):
    att = _one(parser.parse("To the harbour master, the new quay is a waste of money."))
    assert att.rule == "core.view_holder.v1" and att.source.span.text == "the harbour master"


@pytest.mark.parametrize("sentence, found", [
    # a cue after two coordinated main clauses reports both: the inner report's clause no longer
    # takes the second clause from it
    ("Shoppers queued for hours, and the store blamed the storm, the manager said.",
     [("the manager", "Shoppers queued for hours, and the store blamed the storm")]),
    ("Crews cleared the road, but the survey showed cracks in the bridge, police said.",
     [("police", "Crews cleared the road, but the survey showed cracks in the bridge")]),
])
def test_a_trailing_cue_after_coordinated_clauses_reports_both(parser, sentence, found):
    doc = parser.parse(sentence)
    assert [(a.source.span.text, a.content[0].text) for a in doc.attributions] == found


def test_a_transcript_label_before_a_headlines_colon_names_no_speaker(rules_only):
    # "Transcript:" labels the page, as "Interview:" does; the turns below still speak
    text = "Transcript: the mayor on the budget\n\nHOST: Will fares rise?\n\nMENSAH: Not this year."
    doc = rules_only.parse(text)
    assert [a.source.span.text for a in doc.attributions] == ["HOST", "MENSAH"]


@pytest.mark.parametrize("sentence, content", [
    # an adverb in "-ly" after the cue or its hearer, before a clause whose subject is a pronoun,
    # is how it was said, not the first word said
    ("Several councillors told me privately they fear a backlash.", "they fear a backlash"),
    ("The skipper said repeatedly she had checked the charts.", "she had checked the charts"),
    # "only" may be the content's own
    ("The skipper said only she could steer the boat.", "only she could steer the boat"),
])
def test_an_adverb_before_a_pronoun_subject_stays_with_the_cue(parser, sentence, content):
    att = _one(parser.parse(sentence))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence, source, content", [
    # a comma between digits closes no appositive after a fronted lead: the number stays whole
    ("As per the filing, the firm's net debt stood at Rs 4,150 crore in March.",
     "the filing", "the firm's net debt stood at Rs 4,150 crore in March"),
    ("According to the survey, the mill's stock fell to 12,500 tonnes last year.",
     "the survey", "the mill's stock fell to 12,500 tonnes last year"),
    # ... a comma after a word still closes one
    ("According to Oxfam, a charity based in Leeds, hunger is rising.",
     "Oxfam, a charity based in Leeds", "hunger is rising"),
])
def test_a_fronted_leads_appositive_ends_at_no_comma_inside_a_number(parser, sentence, source, content):
    att = _one(parser.parse(sentence))
    assert att.source.span.text == source and [c.text for c in att.content] == [content]


@pytest.mark.parametrize("sentence,source,content", [
    # "that" and one word before the sentence's end is a determiner and its noun: no clause opens
    ("The surveyors acknowledged that limitation.", "The surveyors", "that limitation"),
    ("Maya Ortiz rejected that criticism.", "Maya Ortiz", "that criticism"),
    # a "that" before a clause of two words stays the complementizer
    ("Maya Ortiz said that prices fell.", "Maya Ortiz", "prices fell"),
])
def test_that_and_one_word_at_the_end_is_a_determiner(rules_only, sentence, source, content):
    found = [a for a in rules_only.parse(sentence).attributions if a.rule == "core.said_that.v2"]
    assert [(a.source.span.text, a.content[0].text) for a in found] == [(source, content)]
    assert (found[0].complementizer is None) == content.startswith("that")


@pytest.mark.parametrize("sentence, content", [
    # a medium the cue's table does not hold whole, with its modifiers, before the clause said
    # in it, is no part of the content
    ("Harlow said in a regulatory filing it had hired advisers.", "it had hired advisers"),
    ("The ministry said in a video message that it would reopen the border.", "it would reopen the border"),
    # the table's own media stay the cue's
    ("The ministry said in a statement it would reopen the border.", "it would reopen the border"),
    # whom the medium went to, before a clause with no "that", is no part of it either
    ("The ministry said in a statement to reporters it would reopen the border.", "it would reopen the border"),
    ("The ferry firm said in a statement to its staff the night sailings would end.", "the night sailings would end"),
    ("Ann Vale wrote in a letter to the harbour board the pier was unsafe.", "the pier was unsafe"),
    # a bare medium the table does not hold (a message, a call) before whom it went to is none either
    ("The rebel group said in a message to journalists it had shelled the depot.", "it had shelled the depot"),
    ("The harbour master said in a message to the crews they should stay in port.", "they should stay in port"),
    ("The mayor said in a call to residents the water was safe again.", "the water was safe again"),
    # nor is the participle that sent it to its hearers, before a clause or a "that"
    ("The ferry firm said in an email sent to staff the night sailings would end.", "the night sailings would end"),
    ("The ferry firm said in an email sent to members that the night sailings would end.", "the night sailings would end"),
    ("Ann Vale wrote in a letter addressed to the harbour board that the pier was unsafe.", "the pier was unsafe"),
    # "staff" is a body of hearers though no plural in -s
    ("Ann Vale wrote in a note to staff the pier was unsafe.", "the pier was unsafe"),
    # near miss: an infinitive after the medium is no addressee
    ("The ministry said in a statement to be issued later the border would reopen.",
     "to be issued later the border would reopen"),
    ("The ministry said in a message to be read later the border would reopen.",
     "in a message to be read later the border would reopen"),
])
def test_a_modified_medium_before_the_clause_is_no_content(parser, sentence, content):
    att = _one(parser.parse(sentence))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence, source, via", [
    # after an inverted cue, the medium and the outlet that heard it are the cue's, no part of the speaker
    ("“The toll is too high,” said Rosa Imrie in an interview with Reuters.", "Rosa Imrie", ["Reuters"]),
    ("“The toll is too high,” said the harbour master in a letter to the Guardian.", "the harbour master", ["the Guardian"]),
    # the outlet a writer wrote for
    ("“The toll is too high,” wrote Rosa Imrie for the Guardian.", "Rosa Imrie", ["the Guardian"]),
    # a medium sent to no outlet is cut from the speaker all the same
    ("“The toll is too high,” said Rosa Imrie in a letter to members.", "Rosa Imrie", []),
    # a post held in an appositive stays the speaker's
    ("“The toll is too high,” said Rosa Imrie, a columnist for the Guardian.", "Rosa Imrie, a columnist for the Guardian", []),
])
def test_an_inverted_speaker_ends_before_the_medium_and_outlet(parser, sentence, source, via):
    att = _one(parser.parse(sentence))
    assert att.source.span.text == source and [v.span.text for v in att.via] == via


@pytest.mark.parametrize("sentence, source, cue, content", [
    # "accept" and "recognise" before "that" and a clause concede what the clause says
    ("Under cross-examination, the driver accepted that he had not checked the brakes.",
     "the driver", "accepted", "he had not checked the brakes"),
    ("The regulator recognises that the fees were set too high.", "The regulator", "recognises", "the fees were set too high"),
])
def test_accept_and_recognise_before_a_clause_are_cues(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == (source, cue, content)


@pytest.mark.parametrize("sentence", [
    # "assume" with a noun object takes a thing on: no belief is reported
    "Tom Roe assumed office in May.",
    "Vexa assumes no obligation to update these statements.",
    "The new chair assumes her duties on Monday.",
])
def test_assume_with_a_noun_object_reports_nothing(parser, sentence):
    assert not parser.parse(sentence).attributions


@pytest.mark.parametrize("sentence, content", [
    ("Ann Lee assumed the vote would pass.", "the vote would pass"),
    ("The council assumes that fares will rise.", "fares will rise"),
])
def test_assume_with_a_clause_still_reports_a_belief(parser, sentence, content):
    att = _one(parser.parse(sentence))
    assert att.cue.lemma.startswith("assum") and att.content[0].text == content


@pytest.mark.parametrize("sentence", [
    # "differ from" compares: no one disagrees with anyone
    "Actual sales may differ materially from the figures given here.",
    "The new rules differ sharply from the old ones.",
    # a thing launched in a headline's capitals says nothing, as one in small letters does not
    "Vexa Launches Orbit Phone",
    "Harlow Mills launches a new flour.",
])
def test_differ_from_and_a_launch_report_nothing(parser, sentence):
    assert not parser.parse(sentence).attributions


def test_differ_on_still_reports_a_disagreement(parser):
    att = _one(parser.parse("The two unions differ on the pay offer."))
    assert att.source.span.text == "The two unions" and att.content[0].text == "the pay offer"


def test_fact_check_labels_are_no_transcript_speakers(parser):
    # "Claim:", "Verdict:", "Sources:" label a fact-check's parts; the claim's own speaker still speaks
    text = ("Fact check: Did ferry fares double?\n\n"
            "Claim: “We doubled ferry fares in a year,” councillor Ann Roe said on Monday.\n\n"
            "Verdict: False\n\n"
            "Fares rose by a tenth, harbour records show.\n\n"
            "Our Ruling: We rate the claim False.\n\n"
            "Sources: harbour board accounts; an interview with Tom Lee")
    doc = parser.parse(text)
    assert [a.rule for a in doc.attributions if a.rule == "core.transcript_speaker.v2"] == []
    att = next(a for a in doc.attributions if a.content[0].text.startswith("“We doubled"))
    assert att.source.span.text == "councillor Ann Roe" and att.source.kind == "person"


def test_a_transcript_still_speaks_beside_a_fact_check_label(rules_only):
    text = "Interview\n\nHOST: Will the ferries stop?\n\nMENSAH: Two will stop in May.\n\nVerdict: Mostly true"
    assert [a.source.span.text for a in rules_only.parse(text).attributions] == ["HOST", "MENSAH"]


@pytest.mark.parametrize("sentence", [
    "What we know so far about the ferry fire",
    "What we know about the pier closure",
    "What the mayor said about the pier was wrong.",
    "What the harbour board wants is a new quay.",
])
def test_a_sentence_opening_what_before_the_subject_leaves_the_cue_no_content(rules_only, sentence):
    # the fronted "What" is the cue's object: the words after the cue are no report
    assert rules_only.parse(sentence).attributions == ()


def test_a_what_inside_the_sentence_still_is_the_object(rules_only):
    att = _one(rules_only.parse("Here is what officials said about the pier."))
    assert att.source.span.text == "officials" and [s.text for s in att.content] == ["what", "the pier"]


@pytest.mark.parametrize("sentence", [
    "Tenants can complain to their local council.",
    "Lee complained to the police.",
])
def test_a_hearer_alone_after_a_verb_of_speaking_is_no_content(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


def test_a_clause_after_the_hearer_is_still_the_content(rules_only):
    att = _one(rules_only.parse("Lee complained to the council that the pier was unsafe."))
    assert (att.source.span.text, att.cue.spans[0].text, att.content[0].text) == ("Lee", "complained", "the pier was unsafe")


@pytest.mark.parametrize("sentence", [
    # a contrast set off by commas before the verb: the verb's subject is before it, no speaker after it
    "The study found that drought, not grazing, explains most of the loss.",
    "Officials say that cost, not safety, drives the choice of route.",
])
def test_a_verb_after_a_contrast_in_commas_is_no_inverted_cue(parser, sentence):
    atts = parser.parse(sentence).attributions
    assert not [a for a in atts if a.rule == "core.inverted_cue.v2"]


def test_an_inverted_cue_after_a_clause_with_not_in_it_still_reads(parser):
    att = _one(parser.parse("The pier is not safe, said Rosa Imrie."))
    assert att.source.span.text == "Rosa Imrie" and att.cue.lemma == "say"


@pytest.mark.parametrize("sentence", [
    # a clause of time after a verb that takes no reported clause is its adjunct, nothing said
    "Rosa Imrie shrugs when the question is put to her.",
    "Tom Reid shrugs when the price is mentioned.",
])
def test_a_time_clause_after_a_gesture_is_no_content(parser, sentence):
    assert not [a for a in parser.parse(sentence).attributions if a.source and a.source.span.text != "who"]


@pytest.mark.parametrize("sentence, content", [
    # a verb of saying keeps a content that opens with its time clause
    ("Rosa Imrie said when the ferry docked the quay was empty.", "when the ferry docked the quay was empty"),
    # a verb of memory takes the time as its object
    ("Rosa Imrie remembers when the ferry still ran at night.", "when the ferry still ran at night"),
])
def test_a_time_clause_is_content_after_saying_or_remembering(parser, sentence, content):
    att = _one(parser.parse(sentence))
    assert att.source.span.text == "Rosa Imrie" and att.content[0].text == content


@pytest.mark.parametrize("sentence, content", [
    # "after", "before" and "until" before a noun phrase are prepositions of the verb's own phrase,
    # no clause of time: what follows stays the content
    ("The harbour board decided after a long inquiry not to close the pier.",
     "after a long inquiry not to close the pier"),
])
def test_after_before_a_noun_phrase_opens_no_time_clause(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [c.text for c in att.content] == [content]


@pytest.mark.parametrize("sentence", [
    # a payout declared is a company's act, no report
    "The board declared an interim dividend of Rs 5 per share.",
    "Orbit Cables Declares Final Dividend",
    "The directors declared a 1:1 bonus issue on Friday.",
])
def test_a_declared_payout_reports_nothing(rules_only, sentence):
    assert not rules_only.parse(sentence).attributions


def test_a_heading_before_a_bracket_reports_nothing(rules_only):
    # a heading whose noun reads as a verb, before a bracket: nothing is said
    text = ("PUNE, Jan. 5, 2027 /PRNewswire/ -- Orbit Cables Limited today announced its results.\n\n"
            "Financial Highlights (Q2 FY27 vs Q2 FY26)\n- Revenue up 5%")
    assert [a.cue.text for a in rules_only.parse(text).attributions] == ["announced"]


@pytest.mark.parametrize("sentence,content", [
    ("The board declared that the merger had been approved.", "the merger had been approved"),
    ("The mayor declared victory in the runoff.", "victory in the runoff"),
])
def test_declare_still_reports_a_claim(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert att.cue.text == "declared" and att.content[0].text == content


@pytest.mark.parametrize("sentence,cue", [
    # a company's filing with a regulator or an exchange is the medium, part of the cue
    ("Output fell in March, the carmaker said in a regulatory filing.", "said in a regulatory filing"),
    ("Tarang Foods said in an exchange filing that its plant had reopened.", "said in an exchange filing"),
    ("The lender said in a filing on Friday that bad loans had eased.", "said in a filing"),
])
def test_a_filing_extends_the_cue(rules_only, sentence, cue):
    assert _one(rules_only.parse(sentence)).cue.text == cue


@pytest.mark.parametrize(("text", "first"), [
    ("Del. Ann Lee said the pier would close.", "Del. Ann Lee said the pier would close."),  # a delegate's title
    ("The ferry docks in Dover, Del. It sails again at noon.", "The ferry docks in Dover, Del."),  # the state
    ("Det. Tom Roe said the pier was closed.", "Det. Tom Roe said the pier was closed."),
    ("Amb. Ann Lee and Brig. Gen. Tom Roe said so.", "Amb. Ann Lee and Brig. Gen. Tom Roe said so."),
])
def test_a_delegates_or_detectives_title_does_not_end_a_sentence(text, first):
    from attribution import layout

    lay = layout.analyse(text)
    assert first in [text[s.start:s.end] for s in lay.sentences]


def test_a_quotation_before_a_delegate_is_hers(rules_only):
    doc = rules_only.parse("“We will not go back,” state Del. Ann Lee, a Democrat, shouted to the crowd.")
    assert [(a.source.span.text, a.cue.spans[0].text) for a in doc.attributions] == [
        ("state Del. Ann Lee, a Democrat", "shouted")]


@pytest.mark.parametrize("sentence, content", [
    # every medium of the lexicon's one list, with its modifiers, before the clause said in it
    ("The mayor said in a private conversation she would resign.", "she would resign"),
    ("Harlow said in a new report it had hired advisers.", "it had hired advisers"),
])
def test_any_medium_of_the_list_before_the_clause_is_no_content(parser, sentence, content):
    att = _one(parser.parse(sentence))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence, source, via", [
    # every medium of the lexicon's one list, and whom it went to, closes an inverted speaker's mention
    ("“The toll is too high,” said Rosa Imrie in a podcast with Reuters.", "Rosa Imrie", ["Reuters"]),
    ("“The toll is too high,” said the harbour master in a tweet to his followers.", "the harbour master", []),
])
def test_any_medium_of_the_list_ends_an_inverted_speaker(parser, sentence, source, via):
    att = _one(parser.parse(sentence))
    assert att.source.span.text == source and [v.span.text for v in att.via] == via


@pytest.mark.parametrize("sentence, source, via", [
    # a bare "to" after an inverted speaker names whom it was said to, as after "told": an
    # outlet is the relay, the press a hearer only; neither is part of the speaker
    ("“The quay will close,” said Tom Roe to the Guardian.", "Tom Roe", ["the Guardian"]),
    ("“The quay will close,” said the harbour master to reporters.", "the harbour master", []),
    # a "to" that ties a post to a body stays in the mention
    ("“The quay will close,” said the US ambassador to the UN.", "the US ambassador to the UN", []),
])
def test_a_bare_to_after_an_inverted_speaker_names_the_hearer(parser, sentence, source, via):
    att = _one(parser.parse(sentence))
    assert att.source.span.text == source and [v.span.text for v in att.via] == via


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # the speaker's own medium before a clause with no "that" is no part of what was said (a
    # body's own document, after "its", is the cue's, as "in a statement" is)
    ("The ferry company said in its annual report it had cut 20 crossings.", "said in its annual report", "it had cut 20 crossings"),
    ("Ann Lee said in her statement the pier was safe.", "said", "the pier was safe"),
    ("Tom Roe wrote in his weekly column the pier was safe.", "wrote", "the pier was safe"),
])
def test_the_speakers_own_medium_before_a_clause_is_no_part_of_the_content(rules_only, sentence, cue, content):
    assert [(a.cue.spans[0].text, a.content[0].text) for a in rules_only.parse(sentence).attributions] == [(cue, content)]


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # the day a medium bears, between it and the "that", is neither the cue's clause nor the content's
    ("The harbour court said in an interim order of 2023 that the toll was void.",
     "said in an interim order", "the toll was void"),
    ("Ann Lee said in a letter of March 4 that the pier was unsafe.", "said in a letter", "the pier was unsafe"),
    ("Tom Roe wrote in a letter dated 4 March 2021 that the quay would close.", "wrote in a letter", "the quay would close"),
    ("The port board said in its order of June 2, 2022 that fares would rise.", "said in its order", "fares would rise"),
    ("The ferry union said in a statement of 12.03.2021 that the strike was over.", "said in a statement", "the strike was over"),
])
def test_the_day_a_medium_bears_before_that_is_no_part_of_the_content(rules_only, sentence, cue, content):
    assert [(a.cue.spans[0].text, a.content[0].text) for a in rules_only.parse(sentence).attributions] == [(cue, content)]


@pytest.mark.parametrize(("sentence", "content"), [
    # a day after a word that names no medium, or stands past the cue's end, stays in the content
    ("Tom Roe said the law of 2019 that set the toll was void.", "the law of 2019 that set the toll was void"),
    ("Ann Lee said the report of May 2 that the board wrote was wrong.", "the report of May 2 that the board wrote was wrong"),
    ("Ann Lee warned that the budget of 2023 that the board passed was short.", "the budget of 2023 that the board passed was short"),
])
def test_only_a_day_after_a_medium_is_skipped(rules_only, sentence, content):
    assert [a.content[0].text for a in rules_only.parse(sentence).attributions] == [content]


def test_the_opposition_by_its_name_is_no_stance_after_a_cue(rules_only):
    # "the Opposition" is a body in British and Indian copy; a stance is in lower case ("voiced opposition")
    doc = rules_only.parse("Mayor slams Opposition at harbour rally")
    assert [(a.cue.spans[0].text, a.content[0].text) for a in doc.attributions] == [("slams", "Opposition")]


@pytest.mark.parametrize("sentence,source,content", [
    # "that", a noun and a day at the sentence's end are a determiner, its noun and the time,
    # the report's time, out of the noun-phrase content
    ("The harbour board confirmed that decision on Monday.", "The harbour board", "that decision"),
    ("Maya Ortiz rejected that criticism last week.", "Maya Ortiz", "that criticism"),
    # a "that" before a clause with its day stays the complementizer
    ("Maya Ortiz said that prices fell on Monday.", "Maya Ortiz", "prices fell on Monday"),
])
def test_that_and_one_word_before_a_day_at_the_end_is_a_determiner(rules_only, sentence, source, content):
    found = [a for a in rules_only.parse(sentence).attributions if a.rule == "core.said_that.v2"]
    assert [(a.source.span.text, a.content[0].text) for a in found] == [(source, content)]
    assert (found[0].complementizer is None) == content.startswith("that")


@pytest.mark.parametrize(("sentence", "first", "aside"), [
    # a report set off inside another after a dash or a comma and coordinator: each keeps its own words
    ("Ann Lee said the toll was fair — no different, she said, from the old one.",
     ("Ann Lee", "the toll was fair"), ("she", "no different … from the old one")),
    ("Ann Lee said the toll was fair, and the fee, she said, would fall.",
     ("Ann Lee", "the toll was fair"), ("she", "the fee … would fall")),
    # a hyphen spaced as a dash sets the aside off as the dash does
    ("Ann Lee said the toll was fair - no different, she said, from the old one.",
     ("Ann Lee", "the toll was fair"), ("she", "no different … from the old one")),
    ("Tom Roe argued the ruling was wrong - a blunder, he added, that courts would regret.",
     ("Tom Roe", "the ruling was wrong"), ("he", "a blunder … that courts would regret")),
    ("The mayor said the bridge was safe - safer, she insisted, than ever.",
     ("The mayor", "the bridge was safe"), ("she", "safer … than ever")),
])
def test_an_aside_set_off_inside_a_report_ends_it(rules_only, sentence, first, aside):
    found = [(a.source.span.text, " … ".join(c.text for c in a.content)) for a in rules_only.parse(sentence).attributions]
    assert found == [first, aside]


@pytest.mark.parametrize(("text", "source", "participle", "content"), [
    # a verb of posting's participle, a demonstrative object and a colon that ends the paragraph:
    # the post below, set off with no marks or quoted, as after the finite verb
    ("Ann Lee hit back on Monday, tweeting the following:\n\nThe toll is a disgrace and we will fight it."
     "\n\nFew agreed.", "Ann Lee", "tweeting", ["The toll is a disgrace and we will fight it"]),
    ("The ferry union replied on Friday, posting this message:\n\nKeep the pier open for the boats\n\nNo one did.",
     "The ferry union", "posting", ["Keep the pier open for the boats"]),
    ("The harbour master answered at once, tweeting the following statement:\n\n“The pier stays open all winter.”",
     "The harbour master", "tweeting", ["“The pier stays open all winter.”"]),
    # ... whatever the verb of posting, though the tables never weigh its participle
    ("Ann Lee hit back on Monday, sharing the following:\n\n“We will not be silenced by the council.”",
     "Ann Lee", "sharing", ["“We will not be silenced by the council.”"]),
    ("The ferry union replied on Friday, reposting this message:\n\nKeep the pier open for the boats\n\nNo one did.",
     "The ferry union", "reposting", ["Keep the pier open for the boats"]),
    ("The harbour master answered at once, uploading these words:\n\nThe pier stays open all winter.\n\nFew agreed.",
     "The harbour master", "uploading", ["The pier stays open all winter"]),
])
def test_a_posting_participle_before_a_colon_that_ends_its_paragraph_takes_the_post_below(
        rules_only, text, source, participle, content):
    found = [a for a in rules_only.parse(text).attributions if a.rule == "core.participle.v2"]
    assert [(a.source.span.text, a.cue.spans[-1].text.split()[-1], [c.text for c in a.content]) for a in found] == [
        (source, participle, content)]


@pytest.mark.parametrize("text", [
    # a picture's noun leads no words: the paragraph below is no post of words
    "Ann Lee hit back on Monday, posting these photos:\n\nThe pier at dawn, empty.\n\nFew agreed.",
    "The ferry union replied, tweeting the following pictures:\n\nBoats in the harbour\n\nNo one did.",
])
def test_a_posting_participle_before_pictures_takes_no_paragraph_below(rules_only, text):
    below = text.split("\n\n")[1]
    assert not any(below in c.text for a in rules_only.parse(text).attributions for c in a.content)


def test_an_aside_with_no_report_before_it_takes_the_whole_lead(rules_only):
    found = [(a.source.span.text, " … ".join(c.text for c in a.content))
             for a in rules_only.parse("The toll, she said, was fair — no different from the old one.").attributions]
    assert found == [("she", "The toll … was fair — no different from the old one")]


@pytest.mark.parametrize("sentence, source, content", [
    # the agent of a passive of naming, after the quoted name, gave the name: the source
    ("The old quay has been called “a death trap” by Mira Castell, a harbour engineer.",
     "Mira Castell", ["The old quay", "“a death trap”"]),
    ("The ferry was dubbed “the slow boat” by commuters.", "commuters", ["The ferry", "“the slow boat”"]),
    # however the clause goes on after the agent
    ("The levy has been called “a tax on fish” by Tom Ardley, a trawlerman, and it may be dropped.",
     "Tom Ardley", ["The levy", "“a tax on fish”"]),
    ("The toll was described as “theft” by the drivers’ union.", "the drivers’ union", ["The toll", "as “theft”"]),
])
def test_the_agent_of_a_passive_of_naming_is_the_source(parser, sentence, source, content):
    att = _one(parser.parse(sentence))
    assert att.rule == "core.raising.v2" and att.source.span.text == source
    assert [s.text for s in att.content] == content


@pytest.mark.parametrize("sentence, content", [
    # a time after "by" is no agent: the name has no source
    ("The fund will be dubbed “Clear Water” by Friday.", ["The fund", "“Clear Water” by Friday"]),
    ("The pier was called “the Long Arm” by the end of the war.", ["The pier", "“the Long Arm” by the end of the war"]),
])
def test_a_time_after_a_passive_of_naming_is_no_agent(parser, sentence, content):
    att = _one(parser.parse(sentence))
    assert att.source is None and [s.text for s in att.content] == content


@pytest.mark.parametrize("sentence, source, cue, content", [
    # a verb the tables never weighed speaks a quotation in single marks, as British copy
    # opens one, straight or curly, after a colon or a comma
    ("The actress gushed: 'He is the kindest man alive.'", "The actress", "gushed",
     "'He is the kindest man alive.'"),
    ("The singer fumed, ‘That ferry is always late.’", "The singer", "fumed", "‘That ferry is always late.’"),
    # ... after "one" or "another" and a noun, as a determiner opens the speaker
    ("Then one voter raged: 'The vote was a fix.'", "one voter", "raged", "'The vote was a fix.'"),
    ("Meanwhile, another fan seethed, \"The show has lost its way.\"", "another fan", "seethed",
     "\"The show has lost its way.\""),
])
def test_unweighed_verb_speaks_a_quotation_in_single_marks(parser, sentence, source, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


def test_an_apostrophe_after_a_colon_opens_no_quotation_for_an_unweighed_verb(parser):
    # "'90s" after the colon is a decade, no quotation: nothing is spoken
    assert parser.parse("The playlist sizzled: '90s hits and more filled the hall.").attributions == ()


def test_a_noun_for_people_before_a_quotation_is_no_verb(parser):
    # "supporters" ends in "-s" before the colon but names people: no cue
    doc = parser.parse("Ann Lee heckles party supporters: 'You are wrong.'")
    assert all(a.cue.text != "supporters" for a in doc.attributions)


@pytest.mark.parametrize("sentence, content", [
    # a possessed hearer with its name or its count before a colon is no part of what was said
    ("She told her pal Ann: 'I am not going to let him ruin it.'", "'I am not going to let him ruin it.'"),
    ("He told his co-star Tom Roe, “The ferry scene was the hardest.”", "“The ferry scene was the hardest.”"),
    ("She told her 2.3 million followers: “Thank you for all the love.”", "“Thank you for all the love.”"),
])
def test_a_possessed_hearer_with_a_name_or_count_is_no_content(parser, sentence, content):
    att = _one(parser.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == ("told", [content])


@pytest.mark.parametrize("sentence, content", [
    # a word of closeness or rank before a possessed hearer is the hearer's: the report is the
    # clause before, not the hearer's noun
    ("The ferry plan is dead, the mayor told his closest advisers as he left the quay.", "The ferry plan is dead"),
    ("We will not sell the pier, Ann Lee told her top aides on Monday.", "We will not sell the pier"),
    ("The levy must go, the senator told his fellow senators.", "The levy must go"),
])
def test_a_possessed_hearer_with_a_word_of_rank_ends_a_trailing_report(parser, sentence, content):
    att = _one(parser.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == ("told", [content])


@pytest.mark.parametrize("sentence, source, content", [
    # a name or an object pronoun that ends the sentence after a trailing "wrote" is whom it was
    # written to: the report is the clause before
    ("The harbour fee was never approved, Varga wrote Keller.", "Varga", "The harbour fee was never approved"),
    ("The pier must close by June, the engineer wrote Mayor Ann Roe.", "the engineer", "The pier must close by June"),
    ("“We cannot wait any longer,” she wrote them.", "she", "“We cannot wait any longer,”"),
])
def test_a_name_after_a_trailing_wrote_is_whom_it_was_written_to(parser, sentence, source, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, "wrote", [content])


@pytest.mark.parametrize("sentence", [
    # a participle before a title held names its holder: no cue, whatever its verb
    "Berki will face defending champion Nora Castell in the final.",
    "The club beat the reigning champions on Saturday.",
    "The side will meet defending title holders Vale Rovers next week.",
])
def test_a_participle_before_a_title_held_is_no_cue(rules_only, sentence):
    assert not rules_only.parse(sentence).attributions


def test_a_participle_before_other_objects_still_reports(rules_only):
    doc = rules_only.parse("The coach hit back, defending his tactics and saying the side had been unlucky.")
    assert ("The coach", "saying", ["the side had been unlucky"]) in [
        (a.source.span.text, a.cue.spans[0].text, [c.text for c in a.content]) for a in doc.attributions]


@pytest.mark.parametrize(("sentence", "cue"), [
    # a fronted participle of a phrasal verb of criticism reports its target, as its finite form does
    ("Lashing out at the harbour board, Ann Lee said the toll was unfair.", "Lashing out at"),
    ("Taking aim at the harbour board, Ann Lee said the toll was unfair.", "Taking aim at"),
])
def test_a_fronted_phrasal_participle_of_criticism_reports_its_target(rules_only, sentence, cue):
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in rules_only.parse(sentence).attributions]
    assert ("Ann Lee", cue, "the harbour board") in found


@pytest.mark.parametrize("sentence, source", [
    # a palace by its name, or "the palace", speaks for the household in it: government
    ("Buckingham Palace said that the ferry visit had been cancelled.", "Buckingham Palace"),
    ("Kensington Palace declined to say whether the ferry visit had been cancelled.", "Kensington Palace"),
    ("The palace said that the ferry visit had been cancelled.", "The palace"),
    ("the Quirinal Palace said that the ferry visit had been cancelled.", "the Quirinal Palace"),
])
def test_a_palace_speaks_as_government(parser, sentence, source):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "government")


def test_an_aide_of_a_palace_is_a_person(parser):
    att = _one(parser.parse("Palace aide Ann Lee said that the ferry visit had been cancelled."))
    assert (att.source.span.text, att.source.kind) == ("Palace aide Ann Lee", "person")


@pytest.mark.parametrize("sentence, source, cue, content", [
    # a clause and a colon lead a quotation in single marks, as British copy opens one
    ("Ann Lee chimed in: 'The ferry was late again.'", "Ann Lee", "chimed in", "'The ferry was late again.'"),
    ("The skipper captioned the post: ‘Calm seas at last.’", "The skipper", "captioned the post",
     "‘Calm seas at last.’"),
])
def test_a_clause_and_colon_lead_a_quotation_in_single_marks(parser, sentence, source, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


def test_no_verb_before_a_colon_and_single_marks_is_no_report(parser):
    # the subject read to the colon holds no verb: nothing tells who speaks
    doc = parser.parse("Ann Lee heckles party supporters: 'You are wrong.'")
    assert all(a.cue.text != ":" and (a.source is None or not a.source.span.text.endswith("supporters"))
               for a in doc.attributions)


@pytest.mark.parametrize("headline, source, cue, content", [
    # a headline's opening quotation is the speaker's whose verb of speaking or reacting follows the colon
    ("“I'm heartbroken”: Singer breaks silence on ferry row\n\nThe singer spoke on Monday.",
     "Singer", "breaks silence", "“I'm heartbroken”"),
    ("'We are devastated': Family pays tribute to sailor\n\nThe family spoke on Monday.",
     "Family", "pays tribute", "'We are devastated'"),
    ("'It was unfair': Coach slams referee after defeat\n\nThe coach spoke on Monday.",
     "Coach", "slams", "'It was unfair'"),
])
def test_a_headline_quotation_is_the_speaker_of_the_verb_after_its_colon(parser, headline, source, cue, content):
    att = next(a for a in parser.parse(headline).attributions if a.rule == "core.headline_speaker.v2")
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


def test_a_headline_verb_that_speaks_only_with_its_word_needs_it(parser):
    # "hits" with no "back" tells of no speaking: the storm says nothing
    doc = parser.parse("'Total chaos': Storm hits harbour town\n\nThe storm struck on Monday.")
    assert all(a.rule != "core.headline_speaker.v2" for a in doc.attributions)


@pytest.mark.parametrize("sentence,expected", [
    # a bare name after a subject's participle of naming, its verb following: no report
    ("A man named Tomasz runs the bakery on the corner.", []),
    ("An old woman named Zofia Nowak said the bread was late.",
     [("An old woman named Zofia Nowak", "said", "the bread was late")]),
    # the name is the object of the report, no verb after it
    ("A spokesman named Lee Hunt as the suspect.", [("A spokesman", "named", "Lee Hunt as the suspect")]),
    ("A spokesman called Lee a liar.", [("A spokesman", "called", "Lee a liar")]),
])
def test_a_bare_name_after_a_participle_of_naming_is_a_name_given(rules_only, sentence, expected):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[0].text, " ".join(c.text for c in a.content))
            for a in doc.attributions] == expected


@pytest.mark.parametrize("sentence,source", [
    # a participle's clause on a plural stays in the mention whatever its verb, its amount or its place
    ("Workers earning the minimum wage said the raise had changed their lives.", "Workers earning the minimum wage"),
    ("Workers earning $15 an hour said the raise helped.", "Workers earning $15 an hour"),
    ("People living near the plant said the water smelled.", "People living near the plant"),
    ("Families earning less than $40,000 a year said they were struggling.",
     "Families earning less than $40,000 a year"),
])
def test_a_participles_clause_on_a_plural_of_people_is_a_group(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, att.source.kind) == (source, "said", "group")


@pytest.mark.parametrize("sentence,source,content", [
    # a participle of belief or wish right after the subject's noun is a clause on it, not the report
    ("Residents fearing the worst said they would leave.", "Residents fearing the worst", "they would leave"),
    ("Analysts expecting a rate cut said the data changed little.", "Analysts expecting a rate cut",
     "the data changed little"),
])
def test_a_participle_of_belief_inside_the_subject_is_no_report_of_its_own(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, att.content[0].text) == (source, "said", content)


@pytest.mark.parametrize("text, source, cue, content", [
    # a verb of saying in the present, right after its speaker, before a colon that ends the
    # paragraph: a live blog's entry, the words set off in the next paragraph with no marks
    ("The ferry was late.\n\nOur reporter at the quay, Ann Lee, reports:\n\nThe pier has been closed and the crowd sent home.",
     "Our reporter at the quay, Ann Lee", "reports", "The pier has been closed and the crowd sent home"),
    ("The ferry was late.\n\nOmar Reyes reports:\n\nThe harbour master has cancelled every sailing until noon.",
     "Omar Reyes", "reports", "The harbour master has cancelled every sailing until noon"),
])
def test_a_verb_and_a_colon_ending_the_paragraph_lead_the_next(parser, text, source, cue, content):
    att = _one(parser.parse(text))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


def test_a_plural_noun_before_a_colon_ending_the_paragraph_is_no_cue(rules_only):
    # "reports" after a determiner heads a noun phrase: a list's heading, no one who reports
    doc = rules_only.parse("The ferry was late.\n\nThe latest reports:\n\nThe pier has been closed.")
    assert all(a.cue.text != "reports" for a in doc.attributions)


@pytest.mark.parametrize("headline", [
    # a named storm before a headline's colon is the story's topic, no speaker (a live blog's title)
    "Storm Ada: ferries cancelled and thousands without power – live\n\nThe forecaster said winds would ease.",
    "Hurricane Omar: coast braced for landfall\n\nOfficials said the port had closed.",
])
def test_a_named_storm_before_a_headline_colon_is_no_speaker(parser, headline):
    doc = parser.parse(headline)
    assert all(a.rule != "core.headline_speaker.v2" for a in doc.attributions)
    assert all(a.source is None or a.source.refers_to is None for a in doc.attributions)


@pytest.mark.parametrize("sentence", [
    # an object pronoun, then the sentence's own verb of saying: the relative clause's verb reports nothing
    "A pilot who knows her said the runway was too short.",
    "A sailor who trained them warned the harbour was unsafe.",
])
def test_a_relative_clause_verb_before_its_object_and_the_sentence_verb_reports_nothing(rules_only, sentence):
    doc = rules_only.parse(sentence)
    assert all(a.cue.text not in ("knows", "trained") for a in doc.attributions)


def test_a_relative_clause_and_its_object_pronoun_stay_in_the_source(parser):
    att = _one(parser.parse("A pilot who flew with him said the runway was too short."))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (
        "A pilot who flew with him", "said", ["the runway was too short"])


def test_a_quoted_paragraph_after_a_verb_that_ends_its_paragraph_keeps_its_own_reports(rules_only):
    # "X reports:" before a paragraph that opens with a quotation mark is left to the rules of
    # quotations: the reports inside the quoted words stay their speakers'
    text = ("The woman disputes that. Lee Park reports:\n\n\"The first time she saw him, she was just beginning "
            "to see how many felt as she did. At the time, she was sore after what she called a \"rant,\" a series "
            "of posts that included one saying that the mayor should resign.\n\nShe went home.\n")
    cues = [a.cue.text for a in rules_only.parse(text).attributions]
    assert "called" in cues and "saying" in cues and "reports" not in cues


@pytest.mark.parametrize("headline,source,cue", [
    # a headline label that is a sentence: its subject speaks, its verb and object are the cue
    ("Singer heckles fans: “You lot are a disgrace”\n\nThe singer was filmed on Friday.", "Singer", "heckles fans:"),
    # a name and two nouns is a side's label, whole
    ("Lee campaign aides: “We are ahead”\n\nThe race is close.", "Lee campaign aides", ":"),
])
def test_a_headline_label_with_a_verb_gives_its_subject_as_the_speaker(parser, headline, source, cue):
    att = parser.parse(headline).attributions[0]
    assert (att.source.span.text, att.cue.text) == (source, cue)


@pytest.mark.parametrize("turn", ["and her brother cut in", "before Tom Roe replied", "and the skipper interrupted"])
def test_a_quotation_after_another_speakers_turn_is_not_more_of_the_first(parser, turn):
    # the sentence hands the turn to someone else: the quotation after it is not the first speaker's
    text = f"The boat came in late.\n\n“Send her my regards,” Lee said, {turn}. “Do not forget the old boat.”"
    att = next(a for a in parser.parse(text).attributions if a.cue.text == "said")
    assert att.source.span.text == "Lee"
    assert [s.text for s in att.content] == ["“Send her my regards,”"]


@pytest.mark.parametrize("tail", ["and smiled", "and she laughed", "as the crowd cheered"])
def test_a_quotation_after_no_other_speakers_turn_is_more_of_the_first(parser, tail):
    text = f"The boat came in late.\n\n“Send her my regards,” Lee said, {tail}. “Do not forget the old boat.”"
    att = next(a for a in parser.parse(text).attributions if a.cue.text == "said")
    assert [s.text for s in att.content] == ["“Send her my regards,”", "“Do not forget the old boat.”"]


@pytest.mark.parametrize("reply", ["to which Tom Roe replied:", "at which point Roe interjected,"])
def test_another_speakers_reply_in_a_relative_clause_ends_the_report(parser, reply):
    # the reply is Roe's turn, no part of what Lee said, and the quotation after it is his
    text = f'Lee said that the harbour was safe, {reply} "That is just false."'
    atts = {a.cue.text: a for a in parser.parse(text).attributions}
    assert [s.text for s in atts["said"].content] == ["the harbour was safe"]
    reply_att = next(a for c, a in atts.items() if c != "said")
    assert reply_att.source.span.text in ("Tom Roe", "Roe")
    assert [s.text for s in reply_att.content] == ['"That is just false."']


@pytest.mark.parametrize("text,content", [
    # a headline drops the "is" of its passive: "X expected to Y" is an impression with no source
    ("Quake toll expected to rise\nRescuers worked through the night.", "Quake toll … to rise"),
    ("Ferry fares expected to double\nOperators blamed fuel costs.", "Ferry fares … to double"),
])
def test_a_headline_noun_expected_to_is_raised_with_no_source(rules_only, text, content):
    att = next(a for a in rules_only.parse(text).attributions if a.cue.text == "expected")
    assert att.source is None
    assert " … ".join(s.text for s in att.content) == content


def test_expected_in_a_sentence_with_a_stop_keeps_its_subject(rules_only):
    att = _one(rules_only.parse("Rescuers expected to find more survivors."))
    assert att.source.span.text == "Rescuers" and att.cue.text.startswith("expected")


@pytest.mark.parametrize(("sentence", "source"), [
    # a capitalised "An" after a name's word, or before a consonant, is a name, no article
    ("Tran Thi An said the ferry would not sail.", "Tran Thi An"),
    ("Harbour pilot Vo Van An told reporters the ferry would not sail.", "Harbour pilot Vo Van An"),
    ("Inspector An said the ferry would not sail.", "Inspector An"),
])
def test_an_as_the_last_word_of_a_name_is_no_article(rules_only, sentence, source):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.source.kind) == (source, "person")
    assert att.content[0].text == "the ferry would not sail"


def test_an_before_a_vowel_still_opens_a_noun_phrase(rules_only):
    # "An order said": the article and its noun are the subject, "An" no name of its own
    att = _one(rules_only.parse("An order said the ferry would not sail."))
    assert (att.source.span.text, att.source.kind) == ("An order", "document")


def test_a_capitalised_determiner_after_a_capitalised_word_still_marks_a_noun(rules_only):
    # in a title-case headline, "His Refusal" is a noun after its determiner, no cue ("An" after a
    # name's word is a name: "Nguyen Van An said")
    doc = rules_only.parse("Harbour Mom Corners Mayor On His Refusal To Use The Word ‘Closed.’\n\nThe pier is shut.")
    assert [a.cue.text for a in doc.attributions] == []


@pytest.mark.parametrize(("sentence", "content"), [
    # an adverb set off by commas after the hearer closes it before the question
    ("I asked the minister, too, whether the plan was funded.", "whether the plan was funded"),
    ("Ann Lee asked the officials, again, if the bridge was safe.", "if the bridge was safe"),
    ("Ann Lee asked the council, however, why the pool had closed.", "why the pool had closed"),
])
def test_an_adverb_after_the_hearer_is_no_part_of_the_question(parser, sentence, content):
    att = next(a for a in parser.parse(sentence).attributions if a.cue.text == "asked")
    assert [s.text for s in att.content] == [content]


def test_an_adverb_after_a_promise_before_that_keeps_the_clause_out(parser):
    # "that" after the aside opens a clause of its own, no complement of the promise
    text = "While the owners have been promising a new stand for years, though, that has yet to happen."
    assert all("that has yet" not in s.text for a in parser.parse(text).attributions for s in a.content)


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # a caption is the poster's own words: "captioned" weighs as "tweeted"
    ("The skipper captioned the photo, “Best crew I ever had.”", "captioned", "“Best crew I ever had.”"),
    ("The skipper captioned it: “Calm seas at last.”", "captioned", "“Calm seas at last.”"),
    # ... with no comma, the picture alone before the caption's words
    ("The skipper captioned the snap of her boat “Calm seas at last.”", "captioned", "“Calm seas at last.”"),
    ("The skipper posted a photo of the pier with the caption “Calm seas at last.”", "posted", "“Calm seas at last.”"),
])
def test_a_caption_is_the_posters_quotation(parser, sentence, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.text, att.mode) == ("The skipper", cue, "direct")
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence", [
    # a picture, recording or link shared is a thing passed on, no words said
    "The skipper shared a picture of her dog.",
    "The skipper shared videos of the regatta on Sunday.",
    "The skipper is captioning videos for deaf viewers.",
    # a result or a payment posted, no words said
    "The ferry line posted a quarterly loss of $3 million.",
    "The skipper posted bail on Monday.",
])
def test_a_thing_shared_or_a_result_posted_is_no_report(rules_only, sentence):
    assert [a.cue.text for a in rules_only.parse(sentence).attributions] == []


@pytest.mark.parametrize(("sentence", "content"), [
    # the near miss: a picture posted or tweeted stays a report, as annotators mark it
    ("The skipper tweeted a photo of the wreck.", "a photo of the wreck"),
    # ... and a clause or a quotation after "shared" is what was shared
    ("The skipper shared that she had sold the boat.", "she had sold the boat"),
    ("The skipper shared on Instagram that she had sold the boat.", "she had sold the boat"),
    ("The skipper shared a photo of the wreck: “Never again.”", "“Never again.”"),
    # "that" after "shared": a clause of its own ("shared that the video was fake")
    ("The skipper shared that the video was fake.", "the video was fake"),
])
def test_a_post_that_says_something_stays_a_report(parser, sentence, content):
    att = _one(parser.parse(sentence))
    assert att.source.span.text == "The skipper"
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence", [
    # "shares" before "that" is mostly a noun: no verb of saying
    "Investors sold Vexa shares that had doubled.",
    "Tech shares that led the rally fell on Monday.",
])
def test_shares_before_that_stays_a_noun(rules_only, sentence):
    assert [a.cue.text for a in rules_only.parse(sentence).attributions] == []


@pytest.mark.parametrize(("sentence", "source", "cue", "content", "via"), [
    # a recording or post of another's passed on: its speaker says the words, the poster relays them
    ("The skipper retweeted a video of Ann Marsh saying, “We will win.”", "Ann Marsh", "saying", "“We will win.”",
     ["The skipper"]),
    ("The skipper shared a post from the harbour board claiming the pier was safe.", "the harbour board", "claiming",
     "the pier was safe", ["The skipper"]),
    # ... one's own words shared are one's own, no relay
    ("The skipper shared a clip of herself saying the race was over.", "The skipper", "saying", "the race was over", []),
])
def test_a_post_of_another_speaker_passed_on_is_relayed(parser, sentence, source, cue, content, via):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, cue)
    assert [s.text for s in att.content] == [content]
    assert [v.span.text for v in att.via] == via


def test_a_clip_showing_something_has_no_speaker(rules_only):
    # what a picture shows is no one's words: no source read from "the regatta"
    doc = rules_only.parse("The skipper shared a clip of the regatta showing boats in a storm.")
    assert all(a.cue.text != "showing" for a in doc.attributions)


@pytest.mark.parametrize(("sentence", "content"), [
    # the brand's verb capitalised inside a sentence, as the brand is, is still the verb
    ("The skipper Tweeted that the pier was shut.", "the pier was shut"),
    ("The skipper Retweeted a video of Ann Marsh saying the pier was shut.", "the pier was shut"),
])
def test_a_capitalised_brand_verb_is_a_cue(parser, sentence, content):
    att = _one(parser.parse(sentence))
    assert [s.text for s in att.content] == [content]


def test_a_capitalised_word_inside_a_sentence_is_still_no_cue(rules_only):
    # the near miss: other capitalised words inside a sentence stay names ("Said" a surname)
    doc = rules_only.parse("The skipper met Ann Said that morning.")
    assert [a.cue.text for a in doc.attributions] == []


@pytest.mark.parametrize(("sentence", "content"), [
    # the words counted before the quotation are the cue's object, the quotation what was posted
    ("The skipper posted just two words on her page “So sad.”", "“So sad.”"),
    ("The skipper tweeted a single word, “Sad.”", "“Sad.”"),
])
def test_words_counted_before_a_quotation_leave_it_the_content(parser, sentence, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.mode) == ("The skipper", "direct")
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize(("sentence", "source", "kind"), [
    # terms of anonymity set off by dashes make the source anonymous, as commas do
    ("The harbour master — who declined to be named — said the pier was unsafe.", "The harbour master", "anonymous"),
    ("A ferry pilot -- speaking on condition of anonymity -- said the pier was unsafe.", "A ferry pilot", "anonymous"),
    # an aside between dashes that tells anything else leaves the kind alone
    ("The harbour master — who runs the port — said the pier was unsafe.", "The harbour master", "person"),
])
def test_anonymity_set_off_by_dashes_makes_the_source_anonymous(rules_only, sentence, source, kind):
    (att,) = rules_only.parse(sentence).attributions
    assert (att.source.span.text, att.source.kind) == (source, kind)


@pytest.mark.parametrize("sentence, source, via", [
    # an outlet abroad heard the report: it relays it
    ("The minister told Der Spiegel that he would not resign.", "The minister", ["Der Spiegel"]),
    ("\"We will stay,\" Ann Lee said in an interview with Der Spiegel.", "Ann Lee", ["Der Spiegel"]),
    ("The president told Xinhua that ties were strong.", "The president", ["Xinhua"]),
    ("\"We will stay,\" Ann Lee told the Sunday Telegraph.", "Ann Lee", ["the Sunday Telegraph"]),
    ("The mayor told Le Parisien that the strike would end.", "The mayor", ["Le Parisien"]),
    # a nation's paper named by its medium, a daily or a weekly
    ("\"We are ready,\" the minister told the French daily Le Parisien.", "the minister", ["the French daily Le Parisien"]),
    # a person named by a surname with its article is no relay
    ("Marine Le Pen spoke in Lyon. The mayor told Le Pen that the hall was shut.", "The mayor", []),
])
def test_an_outlet_abroad_that_heard_the_report_relays_it(parser, sentence, source, via):
    att = next(a for a in parser.parse(sentence).attributions if a.source is not None and a.source.span.text == source)
    assert [v.span.text for v in att.via] == via


@pytest.mark.parametrize("sentence, via", [
    # an outlet that quoted or cited the source, in an aside before its verb, relays the report
    ("The spokesman, cited by RIA Novosti, said the jets had landed.", ["RIA Novosti"]),
    ("The spokesman, quoted by Interfax, said the jets had landed.", ["Interfax"]),
    # a document that cited the source is no relay
    ("The spokesman, cited by the report, said the jets had landed.", []),
])
def test_an_outlet_that_quoted_the_source_in_an_aside_relays_it(parser, sentence, via):
    att = next(a for a in parser.parse(sentence).attributions if a.source is not None and a.source.span.text == "The spokesman")
    assert [v.span.text for v in att.via] == via


@pytest.mark.parametrize("sentence, via", [
    # the outlet a piece was written in, after a verb of writing, relays it
    ("The economist wrote in Die Zeit that the euro was safe.", ["Die Zeit"]),
    ("The economist writes in The Harbour Gazette that the euro is safe.", ["The Harbour Gazette"]),
    # a month after "in" is no outlet
    ("The economist wrote in March that the euro was safe.", []),
])
def test_the_outlet_a_piece_was_written_in_relays_it(parser, sentence, via):
    att = next(a for a in parser.parse(sentence).attributions if a.source is not None and a.source.span.text == "The economist")
    assert [v.span.text for v in att.via] == via


@pytest.mark.parametrize(("text", "source", "content"), [
    # a headline's speaker after a colon, without the words of mood after it
    ("‘We will not give in’: Minister defiant over ferry strike\n\nThe ferries stopped on Monday.",
     "Minister", "‘We will not give in’"),
    ("‘Enough is enough’: Harbour MPs furious over fares\n\nThe fares rose on Monday.", "Harbour MPs", "‘Enough is enough’"),
    # a post by its initials, as a headline's speaker before a colon, is no dateline
    ("PM: ‘The ferries will run’\n\nThe ferries ran on Monday.", "PM", "‘The ferries will run’"),
    ("CEO: ‘We will cut fares’\n\nFares fell on Monday.", "CEO", "‘We will cut fares’"),
])
def test_a_headline_speaker_without_mood_or_by_initials(parser, text, source, content):
    found = [(a.source.span.text, [c.text for c in a.content]) for a in parser.parse(text).attributions]
    assert (source, [content]) in found


@pytest.mark.parametrize(("sentence", "source", "kind", "cue", "content"), [
    # a noun of what was said, owned, before a colon or a question mark and a quotation: the owner speaks
    ("The ferry sank. His message was simple: “Stay home.”", "His", "person", "message was simple", "“Stay home.”"),
    ("The ferry sank. Her reply? “Absolutely not.”", "Her", "person", "reply", "“Absolutely not.”"),
    ("The ferry sank. The verdict from the skipper: “We sailed badly.”", "the skipper", "person", "verdict",
     "“We sailed badly.”"),
    ("The ferry sank. Marsh's response was blunt: “No.”", "Marsh's", "person", "response was blunt", "“No.”"),
])
def test_a_noun_of_saying_owned_before_a_colon_or_question_leads_a_quotation(parser, sentence, source, kind, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.source.kind, att.cue.text) == (source, kind, cue)
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize(("text", "source", "cue"), [
    # a statement presented whole ("in full", "Here is", "Read") before its colon, on the line of the
    # quotation or over the paragraph it opens: the statement's owner speaks, the noun is the cue
    ("The ferry sank.\n\nThe board's statement in full:\n\n“We mourn the crew.”",
     "The board's", "statement in full"),
    ("The ferry sank.\n\nHere is the full statement from the ferry company:\n\n“We mourn the crew.”",
     "the ferry company", "statement"),
    ("The ferry sank.\n\nRead the coastguard's letter in full:\n\n“We mourn the crew.”",
     "the coastguard's", "letter in full"),
    ("The ferry sank.\n\nHere's the company's message in its entirety: “We mourn the crew.”",
     "the company's", "message in its entirety"),
    ("The ferry sank.\n\nThe statement from the ferry company:\n\n“We mourn the crew.”",
     "the ferry company", "statement"),
])
def test_a_statement_presented_in_full_is_its_owners(rules_only, text, source, cue):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == (source, cue)
    assert [s.text for s in att.content] == ["“We mourn the crew.”"]


@pytest.mark.parametrize("text", [
    # the near misses: no owner, no noun of saying, no quotation below
    "The ferry sank.\n\nHere is the full statement:\n\n“We mourn the crew.”",
    "The ferry sank.\n\nRead more:\n\n“We mourn the crew.”",
    "The ferry sank.\n\nThe ferry company's statement in full:\n\nThe crew were lost at sea.",
])
def test_a_statement_lead_without_owner_or_quotation_reports_nothing(rules_only, text):
    assert rules_only.parse(text).attributions == ()


@pytest.mark.parametrize(("text", "source", "cue"), [
    # an owner of several words before a statement lead: the whole name or noun phrase, not its last word
    ("The ferry sank.\n\nThe harbour board's statement:\n\n“We mourn the crew.”", "The harbour board's", "statement"),
    ("The ferry sank.\n\nThe Ministry of Transport's full statement:\n\n“We mourn the crew.”",
     "The Ministry of Transport's", "statement"),
    ("The ferry sank.\n\nNorth Vale District Council's statement in full:\n\n“We mourn the crew.”",
     "North Vale District Council's", "statement in full"),
    ("The ferry sank.\n\nThe local ferry operator's response: “We mourn the crew.”", "The local ferry operator's", "response"),
    ("The ferry sank.\n\nHere is the Department for Shipping's statement:\n\n“We mourn the crew.”",
     "the Department for Shipping's", "statement"),
])
def test_a_statement_lead_owned_by_a_name_of_several_words_is_the_whole_names(rules_only, text, source, cue):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == (source, cue)
    assert [s.text for s in att.content] == ["“We mourn the crew.”"]


@pytest.mark.parametrize(("text", "source"), [
    # "Here's" and the speaker, perhaps with when or where, over a quotation below or after the colon:
    # the speaker is the source, the colon the cue; a year or a date before the colon is never a cue
    ("The race was close.\n\nHere's Ann Vale in May 1992:\n\n“Taxes will fall.”", "Ann Vale"),
    ("The race was close.\n\nHere's Vale in 1992:\n\n“Taxes will fall.”", "Vale"),
    ("The race was close.\n\nHere is the senator last week:\n\n“Taxes will fall.”", "the senator"),
    ("The race was close.\n\nHere’s Vale:\n\n“Taxes will fall.”", "Vale"),
    ("The race was close.\n\nHere's Vale: “Taxes will fall.”", "Vale"),
    ("Here's Vale: “Taxes will fall.”", "Vale"),
])
def test_a_speaker_presented_by_heres_leads_the_quotation(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == (source, ":")
    assert [s.text for s in att.content] == ["“Taxes will fall.”"]


@pytest.mark.parametrize(("text", "source"), [
    # ... and the occasion the speaker is presented at is where the words were said, no part of the
    # speaker, nor a noun of it before the colon a cue
    ("The race was close.\n\nHere's the mayor at the rally in Dunmore:\n\n“Taxes will fall.”", "the mayor"),
    ("The race was close.\n\nHere is Vale during Tuesday's debate:\n\n“Taxes will fall.”", "Vale"),
    ("The race was close.\n\nHere’s Ann Vale at a news conference on Monday:\n\n“Taxes will fall.”", "Ann Vale"),
    ("The race was close.\n\nHere's the coach at his weekly news conference:\n\n“Taxes will fall.”", "the coach"),
    ("The race was close.\n\nHere's the senator at the hearing: “Taxes will fall.”", "the senator"),
])
def test_the_occasion_after_a_heres_speaker_is_no_part_of_the_source(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == (source, ":")
    assert [s.text for s in att.content] == ["“Taxes will fall.”"]


@pytest.mark.parametrize("text", [
    # "Here's" before no one who speaks, and a year or a date before a colon with no speaker: nothing
    "The race was close.\n\nHere's the thing:\n\n“Taxes will fall.”",
    "The race was close.\n\nHere's the thing: “Taxes will fall.”",
    "The race was close.\n\nHere is the full text:\n\n“Taxes will fall.”",
    "The race was close.\n\nThe best line of 1992:\n\n“Taxes will fall.”",
    "The race was close.\n\nFrom the archive, May 12:\n\n“Taxes will fall.”",
])
def test_heres_without_a_speaker_and_a_date_before_a_colon_report_nothing(rules_only, text):
    assert all(":" != a.cue.text and not any(ch.isdigit() for ch in a.cue.text)
               for a in rules_only.parse(text).attributions)
    assert not any(a.source is not None and a.source.span.text.startswith("Here")
                   for a in rules_only.parse(text).attributions)


@pytest.mark.parametrize(("text", "source", "cue"), [
    # a verb of posting and where the post went up, a colon, and the quotation that opens the next
    # paragraph: the poster speaks, the verb is the cue, the quotation the content
    ("The club won.\n\nThe club posted on its website:\n\n“Thanks to every fan.”", "The club", "posted"),
    ("The club won.\n\nThe council shared on Facebook:\n\n“Thanks to every fan.”", "The council", "shared"),
    ("The club won.\n\nThe mayor tweeted on Monday evening:\n\n“Thanks to every fan.”", "The mayor", "tweeted"),
    ("The club won.\n\nThe coach wrote to her followers:\n\n“Thanks to every fan.”", "The coach", "wrote"),
    ("The club won.\n\nThe captain said in the programme:\n\n“Thanks to every fan.”", "The captain", "said"),
    ("The club won.\n\nThe minister shared a video on X:\n\n“Thanks to every fan.”", "The minister", "shared"),
])
def test_a_post_lead_over_a_quotation_paragraph_is_the_posters(rules_only, text, source, cue):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text.split()[0]) == (source, cue)
    assert [s.text for s in att.content] == ["“Thanks to every fan.”"]


@pytest.mark.parametrize(("text", "source", "cue"), [
    # the post a verb of posting names, and where it went up: the verb and the post the cue, the place neither
    ("The club won.\n\nThe club shared a statement:\n\n“Thanks to every fan.”", "The club", "shared a statement"),
    ("The club won.\n\nThe club shared a statement on its website:\n\n“Thanks to every fan.”",
     "The club", "shared a statement"),
    ("The club won.\n\nThe team uploaded a video to YouTube:\n\n“Thanks to every fan.”", "The team", "uploaded a video"),
    ("The club won.\n\nThe coach posted a short message on Facebook:\n\n“Thanks to every fan.”",
     "The coach", "posted a short message"),
    ("The club won.\n\nThe league released a statement on its website:\n\n“Thanks to every fan.”",
     "The league", "released a statement"),
])
def test_a_named_post_and_its_place_lead_the_quotation_below(rules_only, text, source, cue):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == (source, cue)
    assert [s.text for s in att.content] == ["“Thanks to every fan.”"]


@pytest.mark.parametrize("text", [
    # the page's label over readers' comments reports nothing
    "The club won.\n\nReader comments:\n\n“Thanks to every fan.”",
    "The club won.\n\nComments posted:\n\n“Thanks to every fan.”",
    "The club won.\n\nReaders' comments:\n\n“Thanks to every fan.”",
    "The club won.\n\nUser comments:\n\n“Thanks to every fan.”",
])
def test_a_label_over_comments_reports_nothing(rules_only, text):
    assert rules_only.parse(text).attributions == ()


@pytest.mark.parametrize("text", [
    # ... and on the comment's own line: no possessor's report before the colon
    "The club won.\n\nReaders’ comments: “Thanks to every fan.”",
    "The club won.\n\nReaders' comments: “The stand is falling apart.”",
    "The club won.\n\nReader comments: “Sack the board.”",
    "The club won.\n\nYour comments: “What a season this has been.”",
])
def test_a_label_before_a_comment_on_its_line_reports_nothing(rules_only, text):
    assert rules_only.parse(text).attributions == ()


@pytest.mark.parametrize(("text", "source", "cue"), [
    # a fronted phrase before the speaker and the verb, a colon, and the quotation below
    ("The club won.\n\nIn a post on X, Vale wrote:\n\n“Thanks to every fan.”", "Vale", "wrote"),
    ("The club won.\n\nAsked about the delay, Vale said:\n\n“Thanks to every fan.”", "Vale", "said"),
    ("The club won.\n\nIn a statement on Monday, the club said:\n\n“Thanks to every fan.”", "the club", "said"),
])
def test_a_fronted_lead_and_its_verb_lead_the_quotation_below(rules_only, text, source, cue):
    atts = [a for a in rules_only.parse(text).attributions if a.content[0].text == "“Thanks to every fan.”"]
    assert [(a.source.span.text, a.cue.text) for a in atts] == [(source, cue)]


@pytest.mark.parametrize("sentence", [
    # the near misses: no quotation after the colon or the question, no owner, no noun of saying
    "The ferry sank. His message was simple: stay home.",
    "The ferry sank. The answer? Nobody knows.",
    "The ferry sank. The problem was simple: “We had no fuel.”",
    "The ferry sank. Her reply was blunt.",
])
def test_a_noun_of_saying_without_owner_or_quotation_leads_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # verbs of sending a message: who got it is no content, a "that" clause or a quotation is
    ("The skipper texted his brother, “We lost the boat.”", "texted", "“We lost the boat.”"),
    ("The skipper messaged the crew: “Race is off.”", "messaged", "“Race is off.”"),
    ("The skipper DMed me: “Call me.”", "DMed", "“Call me.”"),
    ("The skipper emailed staff on Monday that the yard would close.", "emailed", "the yard would close"),
    ("The skipper texted reporters that she would resign.", "texted", "she would resign"),
])
def test_a_messaging_verb_reports_what_follows_its_receiver(parser, sentence, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.text.split()[0]) == ("The skipper", cue)  # (the receiver may join the cue)
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence", [
    # the near misses: a message sent to someone, nothing said of what it says
    "The skipper texted his wife from the airport.",
    "The skipper was texting her younger brother.",
    "The skipper emailed him on Monday.",
])
def test_a_messaging_verb_with_only_its_receiver_reports_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


def test_a_messaging_verb_with_a_thing_sent_stays_a_report(rules_only):
    # what was sent is the verb's object, as the annotators mark "emailed her condolences"
    att = _one(rules_only.parse("The skipper emailed her condolences."))
    assert [s.text for s in att.content] == ["her condolences"]


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    # a user or a post passed on whose relative clause says what it says: its words, relayed by the poster
    ("The skipper retweeted a user who said the race was fixed.", "a user", "said", "the race was fixed"),
    ("The skipper shared a post that called the mayor a liar.", "a post", "called", "the mayor a liar"),
])
def test_a_post_or_user_passed_on_with_a_relative_of_saying_is_relayed(parser, sentence, source, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, cue)
    assert [s.text for s in att.content] == [content]
    assert [v.span.text for v in att.via] == ["The skipper"]


def test_a_post_passed_on_with_a_relative_of_no_saying_is_the_posters(rules_only):
    # the near miss: a relative clause that says nothing ("who lives in Ohio") leaves the post the poster's object
    att = _one(rules_only.parse("The skipper retweeted a user who lives in Ohio."))
    assert (att.source.span.text, att.cue.text, att.via) == ("The skipper", "retweeted", ())


@pytest.mark.parametrize(("sentence", "content"), [
    # with whom it was shared, then the clause shared
    ("The skipper shared with fans that she was retiring.", "she was retiring"),
    ("The skipper shared with reporters on Monday that the talks had failed.", "the talks had failed"),
])
def test_shared_with_a_hearer_before_that_reports_the_clause(parser, sentence, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.text) == ("The skipper", "shared")
    assert [s.text for s in att.content] == [content]


def test_shared_with_a_hearer_before_that_night_reports_nothing(rules_only):
    # the near miss: "that" a determiner of a time, no clause
    assert rules_only.parse("The skipper shared with fans that night a photo of the boat.").attributions == ()


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    # the owned noun with what it is to or about, after a fronted phrase, or owned by a possessor's possessor
    ("The ferry sank. Her advice to young sailors: “Keep going.”", "Her", "advice to young sailors", "“Keep going.”"),
    ("The ferry sank. Asked about the wreck, his reply was curt: “No comment.”", "his", "reply was curt",
     "“No comment.”"),
    ("The ferry sank. His crew's message was clear: “No deal.”", "His crew's", "message was clear", "“No deal.”"),
    # ... or who it came from, the owner no part of the cue
    ("The ferry sank. The reaction from the union was swift: “A disgrace.”", "the union", "reaction … was swift",
     "“A disgrace.”"),
])
def test_an_owned_noun_of_saying_with_its_topic_or_fronted_phrase_leads_a_quotation(parser, sentence, source, cue, content):
    att = [a for a in parser.parse(sentence).attributions if a.mode == "direct"]
    assert len(att) == 1
    assert (att[0].source.span.text, " … ".join(s.text for s in att[0].cue.spans)) == (source, cue)
    assert [s.text for s in att[0].content] == [content]


@pytest.mark.parametrize(("sentence", "source", "content"), [
    # a name passed on, its relative clause its words; a post by a named author
    ("The skipper retweeted Ann Lee, who said the ferry was unsafe.", "Ann Lee", "the ferry was unsafe"),
    ("The skipper retweeted a post by Ann Lee that said the ferry was unsafe.", "a post by Ann Lee",
     "the ferry was unsafe"),
])
def test_a_name_or_authored_post_passed_on_is_relayed(parser, sentence, source, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])
    assert [v.span.text for v in att.via] == ["The skipper"]


def test_a_comment_posted_with_a_relative_of_saying_is_the_posters_own(rules_only):
    # the near miss: what one posts oneself is one's own, no relay ("posted a comment that compared ...")
    doc = rules_only.parse("The skipper posted a comment on Twitter that compared the board to pirates.")
    assert [(a.source.span.text, a.cue.text, a.via) for a in doc.attributions] == [("The skipper", "posted", ())]


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    # an owned noun of saying before a colon and a clause with no quotation marks: the clause is what it names
    ("The ferry sank. The union's message: the yard must stay open.", "The union's", "message:",
     "the yard must stay open"),
    ("The ferry sank. His verdict: the crew had failed.", "His", "verdict:", "the crew had failed"),
])
def test_an_owned_noun_of_saying_before_a_colon_names_the_clause_after_it(parser, sentence, source, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


def test_an_owned_noun_of_no_saying_before_a_colon_names_nothing(rules_only):
    # the near miss: a boat is said by no one
    assert rules_only.parse("The ferry sank. The skipper's boat: a wreck.").attributions == ()


@pytest.mark.parametrize(("sentence", "source", "cue"), [
    # a participle with its own subject before a colon and a quotation: that subject speaks, not the clause's
    ('Fans flooded the page with messages, with one writing: "Stay strong."', "one", "writing"),
    ('Residents were angry, one telling reporters: "We were ignored."', "one", "telling"),
    ('The crew cheered, another adding: "Best trip ever."', "another", "adding"),
    # the clause's own participle still speaks for its subject
    ('The skipper rallied the crew, saying: "We sail at dawn."', "The skipper", "saying"),
])
def test_a_participle_with_its_own_subject_before_a_colon_speaks(parser, sentence, source, cue):
    found = [(a.source.span.text, a.cue.text) for a in parser.parse(sentence).attributions if a.mode == "direct"]
    assert found == [(source, cue)]


@pytest.mark.parametrize(("sentence", "polarity"), [
    # a denial negated is no denial
    ("The harbour board did not deny that the pier was unsafe.", "asserted"),
    ("The harbour board didn't deny that the pier was unsafe.", "asserted"),
    ("The harbour board has never disavowed the report.", "asserted"),
    # a denial with an adverb is one
    ("The harbour board flatly denied that the pier was unsafe.", "denied"),
    ("The harbour board has repeatedly rejected the report.", "denied"),
])
def test_a_negated_denial_is_no_denial(parser, sentence, polarity):
    (att,) = parser.parse(sentence).attributions
    assert att.polarity == polarity


@pytest.mark.parametrize("sentence, cue, via, content", [
    # the words themselves, bare in the plural, are the medium; the outlet that carried them relays them
    ("The premier said in comments carried by Xinhua that the harvest was safe.",
     "said in comments", ["Xinhua"], "the harvest was safe"),
    ("The premier said in remarks to Kyodo News that the harvest was safe.",
     "said in remarks", ["Kyodo News"], "the harvest was safe"),
    ("The premier said in comments published by the Straits Times that the harvest was safe.",
     "said in comments", ["the Straits Times"], "the harvest was safe"),
    # ... or the channel or paper they went out on or in
    ("The premier said in remarks broadcast on state television that the harvest was safe.",
     "said in remarks", ["state television"], "the harvest was safe"),
    ("The premier said in a statement published in the Straits Times that the harvest was safe.",
     "said in a statement", ["the Straits Times"], "the harvest was safe"),
    # whom the remarks went to, or when they came out, is no relay
    ("The premier said in remarks to reporters that the harvest was safe.",
     "said in remarks", [], "the harvest was safe"),
    ("The premier said in a statement published on Monday that the harvest was safe.",
     "said in a statement", [], "the harvest was safe"),
    ("The premier said in comments published by the institute that the harvest was safe.",
     "said in comments", [], "the harvest was safe"),
    # the outlet that quoted or cited the remarks relays them too; a body that cited them does not
    ("The premier said in remarks quoted by Yonhap that the harvest was safe.",
     "said in remarks", ["Yonhap"], "the harvest was safe"),
    ("The premier said in a statement cited by the institute that the harvest was safe.",
     "said in a statement", [], "the harvest was safe"),
    # ... and the speaker's own remarks, which the cue leaves out: the outlet that carried them still relays
    ("The premier said in his remarks carried by Xinhua that the harvest was safe.",
     "said", ["Xinhua"], "the harvest was safe"),
    ("The premier said in her comments aired by the BBC that the harvest was safe.",
     "said", ["the BBC"], "the harvest was safe"),
    ("The premier said in his remarks to reporters that the harvest was safe.",
     "said", [], "the harvest was safe"),
    # a body by a common noun that published the medium is no relay, and no part of what was said either
    ("The premier said in a report published by the institute that the harvest was safe.",
     "said in a report", [], "the harvest was safe"),
    ("The premier said in a statement released by the ministry that the harvest was safe.",
     "said in a statement", [], "the harvest was safe"),
])
def test_remarks_and_comments_carried_by_an_outlet_are_relayed(parser, sentence, cue, via, content):
    att = next(a for a in parser.parse(sentence).attributions if a.source is not None and a.source.span.text == "The premier")
    assert att.cue.text == cue
    assert [v.span.text for v in att.via] == via
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence, source, via", [
    # after an inverted cue, the medium and the outlet that carried it close the sentence, no part of the speaker
    ("\"The harvest is safe,\" said the premier in a statement carried by state news agency WAM.",
     "the premier", ["state news agency WAM"]),
    ("\"The harvest is safe,\" said the premier in comments carried by Xinhua.", "the premier", ["Xinhua"]),
    ("\"The harvest is safe,\" said the premier in remarks broadcast on state television.",
     "the premier", ["state television"]),
    ("\"The harvest is safe,\" said the premier in a report published by the institute.", "the premier", []),
    ("\"The harvest is safe,\" said the premier in remarks cited by Yonhap.", "the premier", ["Yonhap"]),
])
def test_an_inverted_speaker_leaves_the_carrying_outlet_to_the_relay(parser, sentence, source, via):
    (att,) = parser.parse(sentence).attributions
    assert att.source.span.text == source
    assert [v.span.text for v in att.via] == via


@pytest.mark.parametrize(("text", "source", "content"), [
    # a title line in title case before a colon whose words open in the first person: a speaker, no dateline
    ("Nurses Walk Out\n\nNora Vance: We need more nurses\n\nThe ward shut on Monday.", "Nora Vance", "We need more nurses"),
    ("Pier Row\n\nHarbourton: I will not sell the pier\n\nThe vote is on Friday.", "Harbourton", "I will not sell the pier"),
])
def test_a_title_line_in_the_first_person_is_no_dateline(parser, text, source, content):
    found = [(a.source.span.text, a.content[0].text) for a in parser.parse(text).attributions]
    assert (source, content) in found


def test_a_place_before_a_colon_and_reporting_stays_a_dateline(parser):
    # near miss: the place's reporting is in the third person
    att = _one(parser.parse("Ferries Cut\n\nHarbourton: The harbour master on Sunday said the ferries would stop."))
    assert (att.source.span.text, att.content[0].text) == ("The harbour master", "the ferries would stop")


def test_a_headline_label_a_possessive_pronoun_opens_names_no_speaker(parser):
    # "His message: ..." labels what follows; the label is no speaker of it
    doc = parser.parse("His message: “Stay home.”\n\nThe mayor spoke on Monday.")
    assert "His message" not in [a.source.span.text for a in doc.attributions if a.source is not None]
    # near miss: a name before a headline's colon still speaks
    doc = parser.parse("Vance: “Stay home.”\n\nThe mayor spoke on Monday.")
    assert [(a.source.span.text, a.content[0].text) for a in doc.attributions] == [("Vance", "“Stay home.”")]


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # the hyphen of the older spelling: "e-mailed" is the verb "emailed", a cue whole
    ("The skipper e-mailed that the yard would close.", "e-mailed", "the yard would close"),
    ("The skipper e-mailed staff on Monday that the yard would close.", "e-mailed", "the yard would close"),
    ("“The yard is closed,” the skipper e-mailed.", "e-mailed", "“The yard is closed,”"),
])
def test_the_hyphenated_email_verb_is_a_cue(parser, sentence, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text.lower(), att.cue.text) == ("the skipper", cue)
    assert [s.text for s in att.content] == [content]


def test_a_hyphenated_email_noun_stays_no_cue(parser):
    # the near miss: "an e-mailed statement" is what said it, "said" the cue
    att = _one(parser.parse("The skipper said in an e-mailed statement that the yard would close."))
    assert att.cue.text.split()[0] == "said"
    assert [s.text for s in att.content] == ["the yard would close"]


@pytest.mark.parametrize(("sentence", "via"), [
    # the medium and the outlet that carried it, set off by commas after the cue, before it, or fronted
    ("The premier said, in comments carried by Xinhua, that the harvest was safe.", ["Xinhua"]),
    ("The premier said, in remarks carried by state media, that the harvest was safe.", ["state media"]),
    ("The premier said, in an interview broadcast by CNN, that the harvest was safe.", ["CNN"]),
    ("The premier told reporters, in comments reported by Reuters, that the harvest was safe.", ["Reuters"]),
    ("In comments carried by Xinhua, the premier said the harvest was safe.", ["Xinhua"]),
    ("“The harvest is safe,” the premier said, in comments carried by Xinhua.", ["Xinhua"]),
    ("“The harvest is safe,” the premier said in comments reported by Reuters.", ["Reuters"]),
    # the near misses: an author that is no outlet, a medium with no carrier
    ("The premier said, in a report published by the institute, that the harvest was safe.", []),
    ("In a report published by the institute, the premier said the harvest was safe.", []),
    ("The premier said, in his speech, that the harvest was safe.", []),
    # the speaker's own remarks and their carrier after a trailing cue
    ("“The harvest is safe,” the premier said in his remarks carried by Xinhua.", ["Xinhua"]),
    ("The harvest is safe, the premier said in her comments aired by the BBC.", ["the BBC"]),
])
def test_an_outlet_that_carried_remarks_set_off_by_commas_is_relayed(parser, sentence, via):
    att = _one(parser.parse(sentence))
    assert att.source.span.text.lower() == "the premier"
    assert [v.span.text for v in att.via] == via
    assert "harvest" in att.content[0].text


@pytest.mark.parametrize(("sentence", "via"), [
    # how soon the outlet had them, before its participle: it still relays them
    ("The premier said, in comments first reported by the Tribune, that the harvest was safe.", ["the Tribune"]),
    ("The premier said in remarks first published by the Tribune that the harvest was safe.", ["the Tribune"]),
    # the day between the participle and its agent
    ("The premier said in a statement carried Monday by Xinhua that the harvest was safe.", ["Xinhua"]),
    ("The premier said, in an interview published on Friday by Le Monde, that the harvest was safe.", ["Le Monde"]),
    # an interview aired by a broadcaster of one name the lexicon does not know
    ("The premier said in an interview broadcast Sunday by Tevemar that the harvest was safe.", ["Tevemar"]),
    ("In an interview broadcast Sunday by Tevemar, the premier said the harvest was safe.", ["Tevemar"]),
    ("“The harvest is safe,” the premier said in an interview aired by Tevemar.", ["Tevemar"]),
    # the near misses: an author that is no outlet, with a day, and a given name after a broadcast
    ("The premier said in a report published Monday by the institute that the harvest was safe.", []),
    ("The premier said in a video broadcast by Ann that the harvest was safe.", []),
])
def test_an_outlet_after_a_day_or_an_adverb_still_relays_the_medium(parser, sentence, via):
    att = _one(parser.parse(sentence))
    assert att.source.span.text.lower() == "the premier"
    assert [v.span.text for v in att.via] == via
    assert att.content[0].text.lstrip("“").startswith(("the harvest", "The harvest"))


@pytest.mark.parametrize("sentence", [
    # a medium the sentence opens with, then its participle after an adverb and the outlet: the
    # outlet relays the speaker's report, and reports no words of its own
    "In comments first reported by the Tribune, the premier said the harvest was safe.",
    "In a letter later reported by the Tribune, the premier said the harvest was safe.",
])
def test_a_fronted_medium_first_reported_by_an_outlet_is_no_report_of_its_own(parser, sentence):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.text, [v.span.text for v in att.via]) == ("the premier", "said", ["the Tribune"])


def test_a_noun_first_reported_by_an_outlet_stays_its_report(parser):
    # near miss: a noun phrase before the participle is what the outlet reported
    att = _one(parser.parse("The plan, first reported by the Tribune, was dropped."))
    assert (att.source.span.text, att.cue.text, att.content[0].text) == ("the Tribune", "first reported", "The plan")


@pytest.mark.parametrize(("sentence", "via"), [
    # an outlet told, then a colon and the quotation
    ("A source told Page Six: “The deal is off.”", ["Page Six"]),
    ("A source told The Sun: “The deal is off.”", ["The Sun"]),
    ("A source told the BBC: “The deal is off.”", ["the BBC"]),
    ("A source told Variety: “The deal is off.”", ["Variety"]),
    ("A source told the Press Association: “The deal is off.”", ["the Press Association"]),
    # the near miss: a person told is no relay
    ("A source told Ann Lee: “The deal is off.”", []),
])
def test_an_outlet_told_before_a_colon_relays_the_quotation(parser, sentence, via):
    att = _one(parser.parse(sentence))
    assert att.source.span.text == "A source"
    assert [v.span.text for v in att.via] == via
    assert [s.text for s in att.content] == ["“The deal is off.”"]


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    # an official finding: "ruled" with a "that" clause, or an object and the verdict on it
    ("The medical examiner ruled that the death was a homicide.", "The medical examiner", "ruled",
     "the death was a homicide"),
    ("The medical examiner ruled the death a homicide.", "The medical examiner", "ruled", "the death a homicide"),
    ("The election board ruled Ann Lee eligible.", "The election board", "ruled", "Ann Lee eligible"),
    ("The fire chief has not ruled out that the blaze was set.", "The fire chief", "has not ruled out",
     "the blaze was set"),
    ("The inquest found that the pilot had been drinking.", "The inquest", "found", "the pilot had been drinking"),
    ("The coroner's inquest concluded that the death was accidental.", "The coroner's inquest", "concluded",
     "the death was accidental"),
])
def test_an_official_finding_is_a_report(parser, sentence, source, cue, content):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, cue)
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize("sentence", [
    # the near misses: "rule" as a reign over its object, no finding
    "The queen ruled the kingdom for forty years.",
    "The Tudors ruled England for a century.",
    "The old families ruled the town.",
])
def test_ruling_over_a_place_is_no_report(parser, sentence):
    assert parser.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence", [
    # "deliver" with goods or a result as its object: nothing said, no report
    "The courier delivered a parcel to the court.",
    "The company delivered record profits last year.",
    "Lee delivered a convincing victory in Ohio.",
    "The team delivered the worst season in its history.",
    "Volunteers delivered hot meals to the elderly.",
])
def test_delivering_goods_is_no_report(parser, sentence):
    assert parser.parse(sentence).attributions == ()


@pytest.mark.parametrize(("sentence", "source"), [
    # ... but something said as its object reports, however many words come before its noun
    ("The mayor delivered a fiery speech about the budget.", "The mayor"),
    ("Tom Reyes delivered his final State of the Union Address on Monday.", "Tom Reyes"),
    ("The bishop was delivering an unusually long sermon on greed.", "The bishop"),
    ("The coach delivered a blunt message to his players.", "The coach"),
])
def test_delivering_something_said_is_a_report(parser, sentence, source):
    att = _one(parser.parse(sentence))
    assert att.source.span.text == source
    assert "deliver" in att.cue.text


def test_an_inverted_ruling_keeps_its_speaker(parser):
    # "ruled" after a quotation and before a name: the name speaks, no reign over it
    att = _one(parser.parse("“He stays in jail,” ruled Judge Ann Lee."))
    assert (att.source.span.text, att.cue.text) == ("Judge Ann Lee", "ruled")


@pytest.mark.parametrize("text,cue,answered", [
    # a participle on what a verb of replying answered is that message's words, no one's report ...
    ("Lee did not reply to an email asking about the delay.", "asking", True),
    ("Lee has not responded to two letters seeking comment.", "seeking", True),
    # ... but after a comma it is the replier's own
    # (the reply, its "to" and what it answered join the participle's cue, as "responded to" does)
    ("Lee replied to a letter, asking that the case be closed.", "replied to a letter, asking", False),
])
def test_the_words_of_what_was_answered_are_no_report(parser, text, cue, answered):
    cues = [" ".join(s.text for s in a.cue.spans) for a in parser.parse(text).attributions]
    assert (cue not in cues) == answered


@pytest.mark.parametrize("text,content", [
    # the spoken words a cue took in, and what carried them, before its "that"
    ("The mayor said in remarks carried by the local radio that the bridge would close.", "the bridge would close"),
    ("The mayor said in an interview published on Sunday that the bridge would close.", "the bridge would close"),
])
def test_a_spoken_vehicle_and_its_carrier_stand_before_that(parser, text, content):
    from attribution import default_lexicon as en

    (att,) = parser.parse(text).attributions
    assert [s.text for s in att.content] == [content]
    assert en.SPOKEN_VEHICLE_NOUNS <= sources._OCCASION_NOUNS


@pytest.mark.parametrize(("sentence", "via"), [
    # a show's title may hold "with" and its host's name after the outlet's possessive
    ("The chancellor told BBC One's Sunday with Laura Kuenssberg: “We are listening.”",
     "BBC One's Sunday with Laura Kuenssberg"),
    ("The chancellor told BBC One: “We are listening.”", "BBC One"),
])
def test_a_show_title_with_its_host_is_the_relay(parser, sentence, via):
    att = _one(parser.parse(sentence))
    assert [v.span.text for v in att.via] == [via]


def test_a_hearer_with_a_person_after_is_no_relay(parser):
    att = _one(parser.parse("The chancellor told Tom Roe with Ann Lee beside him that they were listening."))
    assert att.via == () and [c.text for c in att.content] == ["they were listening"]


@pytest.mark.parametrize("text,content", [
    # a plain plural hearer the pattern does not know, then an aside set off by commas, then "that"
    ("The minister told farmers, in a speech at the fair, that grain prices would rise.", "grain prices would rise"),
    ("The coach told players on Friday, at a meeting, that the pitch would close.", "the pitch would close"),
    # the near miss: no aside, the same content as before
    ("The minister told farmers in a speech that grain prices would rise.", "grain prices would rise"),
])
def test_a_plural_hearer_then_an_aside_is_no_content(parser, text, content):
    (att,) = parser.parse(text).attributions
    assert (att.cue.text, [s.text for s in att.content]) == ("told", [content])


@pytest.mark.parametrize("text,source,cue", [
    # a sentence before the colon, its verb of saying in the past: the subject speaks, the verb is the cue
    ("She emailed reporters: “We will win the seat.”", "She", "emailed"),
    ("Ann Lee told reporters: “We will win the seat.”", "Ann Lee", "told"),
    # the near misses: a side's label before the colon, and a headline verb in "-s" with its object
    ("Lee camp: “We will win the seat.”", "Lee camp", ":"),
    ("Singer heckles fans: “You are wrong.”", "Singer", "heckles fans:"),
    # ... and a noun in "-ing" of the label, no verb
    ("Union's new warning: “Strikes will spread.”", "Union's new warning", ":"),
])
def test_a_past_verb_of_saying_before_a_colon_is_no_label(parser, text, source, cue):
    (att,) = parser.parse(text).attributions
    assert (att.source.span.text, att.cue.text) == (source, cue)


@pytest.mark.parametrize("text,source,content", [
    # "ruled out" sets a possibility aside whatever its subject, a name or a noun with its article
    ("The coroner ruled out foul play.", "The coroner", "foul play"),
    ("The harbour board has not ruled out a merger.", "The harbour board", "a merger"),
    ("Lee ruled out a bid.", "Lee", "a bid"),
    # the near misses: "ruled out of" a place, and a player "ruled out" of a game, no one's report
    ("The old queen ruled out of Windsor for years.", None, None),
    ("Kane has been ruled out of the final.", None, None),
])
def test_ruling_out_is_a_report_after_any_subject(parser, text, source, content):
    found = parser.parse(text).attributions
    if source is None:
        assert found == ()
        return
    (att,) = found
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])
    assert att.cue.text.endswith("ruled out")


@pytest.mark.parametrize("text,cue,content", [
    # a participle on what one reacted to is that message's words, no report of the one reacting
    ("Ms Orme reacted to a post saying the ferry was late.", None, None),
    # a reply takes in its "to": what was answered is its content, with the words of that message
    ("Ms Orme replied to a letter claiming the ferry was late.", "replied to", "a letter claiming the ferry was late"),
    ("Ms Orme did not reply to two letters asking why the ferry was late.", "did not reply to",
     "two letters asking why the ferry was late"),
    # the near misses: after a comma the participle is her own report, and "replied that" keeps its clause
    ("Ms Orme reacted angrily, saying the ferry was late.", "saying", "the ferry was late"),
    ("Ms Orme replied that the ferry was late.", "replied", "the ferry was late"),
    ("Replying to a question, Ms Orme said the ferry was late.", "said", "the ferry was late"),
    # whom a reply answered before a "that" clause is no part of the cue nor of the content ...
    ("Ms Orme responded to critics that the ferry was late.", "responded", "the ferry was late"),
    # ... but a thing before a relative "that" is what was answered
    ("Ms Orme did not respond to a letter that the council sent.", "did not respond to", "a letter that the council sent"),
])
def test_a_reply_or_reaction_to_a_message_leaves_its_words_to_the_message(parser, text, cue, content):
    found = parser.parse(text).attributions
    if cue is None:
        assert found == ()
        return
    (att,) = found
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == ("Ms Orme", cue, [content])


@pytest.mark.parametrize("text,cue,content", [
    # a "that" right after an occasion's noun and before a verb is a relative pronoun on the noun
    ("Ms Orme spoke before the board that runs the harbour.", None, None),
    ("Ms Orme spoke at a meeting that was held in Leith.", None, None),
    # the complementizer after that relative clause opens the report
    ("Ms Orme said at the meeting that followed the vote that the harbour would close.", "said",
     "the harbour would close"),
    # the near misses: a subject after "that" makes it the complementizer
    ("Ms Orme said at the meeting that the harbour would close.", "said", "the harbour would close"),
    ("Ms Orme said at the meeting that ferries would stop.", "said", "ferries would stop"),
])
def test_a_relative_that_after_an_occasion_is_no_complementizer(parser, text, cue, content):
    found = [(a.cue.text, [s.text for s in a.content]) for a in parser.parse(text).attributions]
    assert found == ([] if cue is None else [(cue, [content])])


@pytest.mark.parametrize("text,content", [
    # "draw up" drafts a plan or a list, whatever the subject: nothing said
    ("The Admiralty had drawn up two plans.", None),
    ("The harbour board drew up a list of repairs.", None),
    # the near miss: "drew attention to" points something out
    ("The Admiralty had drawn attention to the risks.", "attention to the risks"),
])
def test_drawing_up_a_plan_is_no_report(parser, text, content):
    found = [[s.text for s in a.content] for a in parser.parse(text).attributions]
    assert found == ([] if content is None else [[content]])


@pytest.mark.parametrize("text,cue,content", [
    # a verb right after the "that" on the hearer's noun: a relative clause, read past to the
    # "that" that opens what was told
    ("Mr Dale told the board that runs the harbour that the ferries would stop.", "told", "the ferries would stop"),
    ("Ms Orme warned the panel that oversees the docks that wages would fall.", "warned", "wages would fall"),
    # the near misses: a subject after the first "that", and a pronoun hearer, which takes no relative clause
    ("Mr Dale told the board that the ferries would stop.", "told", "the ferries would stop"),
    ("Mr Dale told them that ferries stopped at the pier that the storm hit.", "told",
     "ferries stopped at the pier that the storm hit"),
])
def test_a_relative_that_after_a_hearer_is_no_complementizer(parser, text, cue, content):
    found = [(a.cue.text, [s.text for s in a.content]) for a in parser.parse(text).attributions]
    assert found == [(cue, [content])]


@pytest.mark.parametrize("text,content", [
    # "to" and a hearer with no determiner, an object pronoun or a bare body, then "that" and a subject
    ("Ms Orme complained to police that her boat was stolen.", "her boat was stolen"),
    ("Mr Dale explained to him that the pier was closed.", "the pier was closed"),
    ("Ms Orme wrote to parliament that the levy was unfair.", "the levy was unfair"),
    # the near miss: "to" before a verb, "that" a determiner
    ("Mr Dale vowed to police that border.", "to police that border"),
])
def test_a_bare_hearer_after_to_is_no_content(parser, text, content):
    found = [[s.text for s in a.content] for a in parser.parse(text).attributions]
    assert found == [[content]]


@pytest.mark.parametrize("text,source,content", [
    # a passive of telling, its agent, then what the one told was told about
    ("Tenants were warned by the harbour board about rent rises.", "the harbour board", "rent rises"),
    ("Ms Orme was told by her doctor about the risks.", "her doctor", "the risks"),
    # (a relative "that" far past the agent is the topic's: no clause of the telling)
    ("The crews were warned by the board about the storm surge and the flood barriers that the city built.",
     "the board", "the storm surge and the flood barriers that the city built"),
    # the near misses: "about" an amount is no topic; a "that" after it still opens the content
    ("Tenants were warned by the harbour board about two weeks ago.", None, None),
    ("Tenants were warned by the harbour board on Friday that rents would rise.", "the harbour board",
     "rents would rise"),
])
def test_a_topic_after_the_agent_of_a_passive_of_telling_is_its_content(parser, text, source, content):
    found = [(a.source.span.text if a.source else None, [s.text for s in a.content]) for a in parser.parse(text).attributions]
    assert found == ([] if content is None else [(source, [content])])


@pytest.mark.parametrize("text,content", [
    # the clause opener is a whole word: "that then", "that allows" open no report after an occasion
    ("Ms Orme testified in the hearing that then ended.", None),
    ("Ms Orme testified in the case that allows appeals.", None),
    # the near misses: a determiner or a quantifier opens the clause
    ("Ms Orme testified in court that the crews were paid.", "the crews were paid"),
    ("Ms Orme testified in court that none of the crews were paid.", "none of the crews were paid"),
])
def test_a_clause_after_an_occasion_opens_with_a_whole_word(parser, text, content):
    found = [[s.text for s in a.content] for a in parser.parse(text).attributions]
    assert found == ([] if content is None else [[content]])


@pytest.mark.parametrize("text,source", [
    # a paragraph of a longer quotation opens with a mark it does not close: a verb coordinated
    # after the subject's first one is still the subject's
    ('"Ann Lee mocked the plan as “a stunt” and said, “The pier is safe.”\n\nMore follows.', "Ann Lee"),
    ('"Ann Lee fixed the boat and said, “The pier is safe.”\n\nMore follows.', "Ann Lee"),
    # the near miss: with no mark, the same
    ('Ann Lee fixed the boat and said, “The pier is safe.”\n\nMore follows.', "Ann Lee"),
])
def test_a_coordinated_cue_after_a_paragraph_s_open_quotation_mark_keeps_its_subject(parser, text, source):
    found = [a.source.span.text if a.source else None for a in parser.parse(text).attributions if a.cue.text == "said"]
    assert found == [source]


@pytest.mark.parametrize("text,source,cue,content", [
    # an "according to X" lead set off inside the words a trailing "Y said" reports is part of them:
    # the trailing report holds the whole clause, the lead included, and the lead is no report of its own
    ("As per the FIR, the accused attacked the guard, the official said.",
     "the official", "said", "As per the FIR, the accused attacked the guard"),
    ("According to the indictment, the pair moved the money offshore, prosecutors said on Friday.",
     "prosecutors", "said", "According to the indictment, the pair moved the money offshore"),
    ("The ferry, according to the timetable, leaves at noon, a spokeswoman said.",
     "a spokeswoman", "said", "The ferry, according to the timetable, leaves at noon"),
    # ... and so is one set off between the subject and the verb of the clause a verb of saying reports
    ("The minister said the report, according to aides, would be published soon.",
     "The minister", "said", "the report, according to aides, would be published soon"),
    ("The minister said that the new timetable, according to aides, will start in May.",
     "The minister", "said", "the new timetable, according to aides, will start in May"),
    # ... or opening that clause, whose subject's verb is no coordinated report ("attacked")
    ("The official said that, as per the FIR, the accused attacked the guard.",
     "The official", "said", "as per the FIR, the accused attacked the guard"),
    # the near misses: the lead credits a report it holds, or one it trails, whole
    ("According to the police, the suspect told officers he had acted alone.",
     "the police", "According to", "the suspect told officers he had acted alone"),
    ("“The talks were useful,” the envoy said, according to a transcript.",
     "a transcript", "according to", "“The talks were useful,” the envoy said"),
    ("“The talks were useful,” he said, according to aides.",
     "aides", "according to", "“The talks were useful,” he said"),
    ("The minister said the report would be published soon, according to aides.",
     "aides", "according to", "The minister said the report would be published soon"),
    # ... and an unsure verb that runs on past a lead does not take it in
    ("Fishermen, 82 percent of whom view the mayor unfavorably according to the poll, dominate the district.",
     "the poll", "according to", "Fishermen, 82 percent of whom view the mayor unfavorably"),
    # ... nor a verb whose object no predicate follows past the lead: the lead credits the act
    ("The board rejected the offer, according to a filing, at a meeting in May.",
     "a filing", "according to", "The board rejected the offer … at a meeting in May"),
    # an aside that describes the lead's source does not end the words around it
    ("The minister said the report, according to Tom Okafor, a harbour pilot, would be published soon.",
     "The minister", "said", "the report, according to Tom Okafor, a harbour pilot, would be published soon"),
    ("The ferry, according to Ann Lee, who runs the port, leaves at noon.",
     "Ann Lee, who runs the port", "according to", "The ferry … leaves at noon"),
    # ... but no predicate after it, the lead's report ends before the lead
    ("The board rejected the offer, according to Ann Lee, a director, at a meeting in May.",
     "Ann Lee", "according to", "The board rejected the offer"),
])
def test_a_lead_set_off_inside_another_report_is_part_of_its_words(parser, text, source, cue, content):
    found = [(a.source.span.text, a.cue.spans[0].text, " … ".join(s.text for s in a.content))
             for a in parser.parse(text).attributions]
    assert found == [(source, cue, content)]


def test_a_lead_that_opens_a_reported_clause_still_lets_a_coordinated_report_end_it(parser):
    text = "The official said that, according to the FIR, the mob was armed, but Lee said it was not."
    found = [(a.source.span.text, [s.text for s in a.content]) for a in parser.parse(text).attributions]
    assert found == [("The official", ["according to the FIR, the mob was armed"]), ("Lee", ["it was not"])]


@pytest.mark.parametrize("sentence, via", [
    # an outlet named by its medium's noun keeps the name after it, with or without a word of the
    # state before the noun
    ("Alexiou told state broadcaster ERT that 104 people had been rescued.", ["state broadcaster ERT"]),
    ("Alexiou told broadcaster ERT that 104 people had been rescued.", ["broadcaster ERT"]),
    ("Alexiou told newspaper Kathimerini on Monday that the search went on.", ["newspaper Kathimerini"]),
    # near miss: the medium alone, no name after it
    ("Alexiou told the state broadcaster that 104 people had been rescued.", ["the state broadcaster"]),
])
def test_a_hearer_outlet_named_after_its_medium_is_the_whole_relay(parser, sentence, via):
    att = _one(parser.parse(sentence))
    assert [v.span.text for v in att.via] == via and [s.text for s in att.content][-1].endswith(("rescued", "went on"))


@pytest.mark.parametrize("sentence, cue", [
    # how the interview came out, after the outlet it was given to, does not hide the outlet
    # (the interview before the outlet is no part of the cue, as annotators mostly give it)
    ("Ann Lee said in an interview with The Harbour Gazette aired on Monday that the pier was safe.",
     "said"),
    ("Ann Lee said in an interview with The Harbour Gazette published Sunday: “The pier is safe.”",
     "said"),
    # ... nor after the hearer told, whose cue stays the verb alone
    ("Ann Lee told The Harbour Gazette in an interview published on Sunday that the pier was safe.", "told"),
])
def test_an_interview_aired_or_published_after_the_outlet_still_relays(parser, sentence, cue):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.spans[0].text, [v.span.text for v in att.via]) == (
        "Ann Lee", cue, ["The Harbour Gazette"])


def test_an_interview_with_a_person_aired_later_relays_nothing(parser):
    # the near miss: one interviewed by no outlet keeps no via
    att = _one(parser.parse("Ann Lee said in an interview with Tom Roe aired on Monday that the pier was safe."))
    assert (att.cue.spans[0].text, list(att.via), att.content[0].text) == ("said", [], "the pier was safe")


@pytest.mark.parametrize("text,found", [
    # "say" with its hearer alone to the sentence's end says nothing
    ("What do you say to them?", []),
    ("He said to the crowd.", []),
    # ... but a clause or a topic after the hearer goes on
    ("He said to them that the vote was rigged.", [("He", ["the vote was rigged"])]),
    ("What did she say to you about the vote?", [("she", ["to you about the vote"])]),
])
def test_say_with_its_hearer_alone_reports_nothing(parser, text, found):
    assert [(a.source.span.text, [s.text for s in a.content]) for a in parser.parse(text).attributions] == found


@pytest.mark.parametrize("text,source,content", [
    # a passive of belief with its agent before the "to" of the raised clause: the agent holds it
    ("The driver is believed by detectives to have fled north.", "detectives", ["The driver", "to have fled north"]),
    ("The vase is thought by experts to be a fake.", "experts", ["The vase", "to be a fake"]),
    ("A woman believed by neighbours to be in her sixties was found.", "neighbours", None),
    # the near miss: no agent, no source
    ("The driver is believed to have fled north.", None, ["The driver", "to have fled north"]),
])
def test_a_passive_of_belief_with_its_agent_before_to(rules_only, text, source, content):
    atts = [a for a in rules_only.parse(text).attributions if a.cue.lemma in ("believe", "think")]
    assert len(atts) == 1
    assert (atts[0].source.span.text if atts[0].source else None) == source
    if content is not None:
        assert [s.text for s in atts[0].content] == content


@pytest.mark.parametrize("text", [
    # a time to be done by is no agent: the impression has no holder
    "The new bridge is expected by the end of the year to cost twice as much.",
    "The new bridge is expected by 2030 to carry more lorries.",
])
def test_a_deadline_after_a_raising_passive_is_no_agent(rules_only, text):
    atts = rules_only.parse(text).attributions
    assert [(a.source, a.cue.text, a.content[0].text) for a in atts] == [(None, "is expected", "The new bridge")]


@pytest.mark.parametrize("text,found", [
    # "by" and a time, with no noun after it, is no agent: no report, or the agent after it
    ("The budget was endorsed by the end of the week.", []),
    ("The budget was endorsed by Friday by the finance committee.", [("the finance committee", "The budget")]),
    # the near misses: a time word that modifies a noun, a determiner of a noun, a year's hopefuls
    ("The budget was criticized by this newspaper.", [("this newspaper", "The budget")]),
    ("The budget was criticized by early voters.", [("early voters", "The budget")]),
    ("The budget was criticized by 2020 candidates.", [("2020 candidates", "The budget")]),
    # a passive's agent ends before the "to" of an infinitive ...
    ("The budget was backed by Moreno to win votes.", [("Moreno", "The budget")]),
    ("She was urged by party elders to stand down.", [("party elders", "She")]),
    # ... but not a noun of a tie's "to", nor a participle's
    ("The budget was praised by an adviser to former mayor Ruth Ng.", [("an adviser to former mayor Ruth Ng", "The budget")]),
    ("The budget was opposed by groups trying to block it.", [("groups trying to block it", "The budget")]),
])
def test_the_agent_of_a_passive_report_is_no_time_and_ends_before_an_infinitive(rules_only, text, found):
    atts = rules_only.parse(text).attributions
    assert [(a.source.span.text, a.content[0].text) for a in atts] == found


@pytest.mark.parametrize("sentence, found", [
    # "To X," before a clause whose verb gives or tells X something names whom it goes to, no view
    ("To his successor, the president leaves a weak economy.", []),
    ("To reporters, she said the plan was dead.", [("she", "said")]),
    # near misses: a view's clause after "To X,"
    ("To his critics, the plan is a disaster.", [("his critics", "To")]),
    ("To many voters, Lee represents change.", [("many voters", "To")]),
])
def test_to_before_a_clause_of_giving_is_no_view(parser, sentence, found):
    assert [(a.source.span.text, a.cue.spans[0].text) for a in parser.parse(sentence).attributions] == found


@pytest.mark.parametrize("sentence, found", [
    # a cue whose subject follows a noun with nothing between, then a verb of saying: a relative
    # clause with no pronoun on the noun, which is the source of the verb after it
    ("Photographs he posted showed a burning warehouse.", [("Photographs he posted", "showed", "document")]),
    ("The data she cited shows prices rose.", [("The data she cited", "shows", "document")]),
    # near misses: a cue with an object of its own, a subject at the sentence's start
    ("He posted a video of the warehouse.", [("He", "posted", "person")]),
    ("Officials he spoke to said the port was hit.", [("Officials he spoke to", "said", "group")]),
])
def test_a_cue_in_a_relative_clause_with_no_pronoun_gives_the_report_to_the_sentences_verb(parser, sentence, found):
    assert [(a.source.span.text, a.cue.spans[0].text, a.source.kind) for a in parser.parse(sentence).attributions] == found


@pytest.mark.parametrize("text,content", [
    # a passive of bidding with its agent: what the subject was bidden to do is said too
    ("The minister was urged by backbenchers to resign before the vote.", ["The minister", "to resign before the vote"]),
    # near misses: an infinitive of purpose, or one after a comma, is no part of what was said
    ("The budget was backed by Moreno to win votes.", ["The budget"]),
    ("The plan was rejected by voters, leaving the council no choice but to scrap it.", ["The plan"]),
])
def test_a_bidding_passive_with_an_agent_keeps_its_infinitive(rules_only, text, content):
    atts = [a for a in rules_only.parse(text).attributions if a.rule == "core.passive_agent.v1"]
    assert [[p.text for p in a.content] for a in atts] == [content]


@pytest.mark.parametrize("text,found", [
    # a raiser of belief raises any infinitive, not only "to be" or "to have"
    ("The fugitive is believed to live in Lisbon.", [("is believed", ["The fugitive", "to live in Lisbon"])]),
    ("The firm is understood to favour a sale.", [("is understood", ["The firm", "to favour a sale"])]),
    ("The fugitive was believed by detectives to own a boat.", [("was believed", ["The fugitive", "to own a boat"])]),
    # near misses: "to" before a reflexive pronoun, and a raiser that takes a hearer after "to"
    ("She thought to herself about the harbour.", []),
    ("The fugitive was reported to the coastguard.", []),
])
def test_a_raiser_of_belief_raises_any_infinitive(rules_only, text, found):
    atts = rules_only.parse(text).attributions
    assert [(a.cue.text, [p.text for p in a.content]) for a in atts] == found


@pytest.mark.parametrize("text, source, via", [
    # a body whose head noun is no noun of agency ("authority", "council") still reports, relayed by the outlet
    ("Freight fell, the harbour authority said, as per The Coastal Post.", "the harbour authority", ["The Coastal Post"]),
    ("Fares will rise, the county council said, as per The Coastal Post.", "the county council", ["The Coastal Post"]),
    # near miss: a place is no body that speaks; the outlet's lead keeps the report
    ("Freight fell, the harbour said, as per The Coastal Post.", "The Coastal Post", []),
])
def test_a_body_under_as_per_is_relayed(parser, text, source, via):
    att = _one(parser.parse(text))
    assert (att.source.span.text, [v.span.text for v in att.via]) == (source, via)


@pytest.mark.parametrize("sentence, found", [
    # a verb coordinated after a clause whose verb is a common irregular past goes on that
    # clause's subject, as after one in "-ed"
    ("My parents were gone, and a neighbour came in and told me they had been arrested.", [("a neighbour", "told")]),
    ("The rally ended, and the mayor stood up and said the pier would reopen.", [("the mayor", "said")]),
    # a pronoun in a clause of time before a participle is as often the main clause's object:
    # the participle goes on the main clause's subject
    ("Lee apologised for the columns after they came out, saying they were old.", [("Lee", "saying")]),
    ("Lee apologised for the columns after they surfaced, saying they were old.", [("Lee", "saying")]),
    # near miss: a named subject in the clause of time keeps the participle
    ("Shares fell after the bank cut its forecast, saying demand was weak.", [("the bank", "saying")]),
])
def test_a_coordinated_verbs_subject_after_an_irregular_past_or_a_pronoun(rules_only, sentence, found):
    atts = [a for a in rules_only.parse(sentence).attributions if a.cue.text in ("told", "said", "saying")]
    assert [(a.source.span.text, a.cue.text) for a in atts] == found


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # whom one spoke to, then what about: "spoke" as "talked", the hearer and "about" in the cue
    ("Ann Lee spoke to the harbour master about the toll.", "spoke to the harbour master about", "the toll"),
    ("Ann Lee talked to the harbour master about the toll.", "talked to the harbour master about", "the toll"),
    ("The mayor speaks with Radio Dover about the strike.", "speaks with Radio Dover about", "the strike"),
    ("Dockers have talked with Lee's office regarding the shifts.", "have talked with Lee's office regarding", "the shifts"),
])
def test_speaking_to_a_hearer_about_a_topic_is_a_report(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == (cue, [content])


@pytest.mark.parametrize("sentence", [
    # to whom and when, no topic: "on" before a day or a month is no topic's
    "Ann Lee spoke to the harbour master on Monday.",
    "Ann Lee talked to the harbour master on Monday.",
    "The mayor talked with dockers on the morning of the vote.",
    # "about" an amount of time is how long, no topic
    "The mayor spoke to the crowd for about an hour.",
])
def test_speaking_to_a_hearer_at_a_time_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


def test_a_time_after_to_is_no_hearer_of_a_talk(parser):
    # "spoke to this week about": the hearer is the relative clause's head, no words after "to"
    text = "His views were echoed by a number of tax experts I spoke to this week about the plan."
    assert [a.cue.spans[0].text for a in parser.parse(text).attributions] == ["were echoed"]


@pytest.mark.parametrize("sentence, found", [
    # a name as the subject of a relative clause with no pronoun: the noun, the name and the verb
    # are the subject of the verb of saying after them, a document's
    ("The photo Ann Lee posted showed damage to the pier.", [("The photo Ann Lee posted", "showed", "document")]),
    ("The ferry sank, although the photo Ann Lee posted showed the pier was safe.",
     [("the photo Ann Lee posted", "showed", "document")]),
    ("The chart the agency released showed prices rose.", [("The chart the agency released", "showed", "document")]),
    # near misses: the clause in a verb's object, a name after a noun of role, a verb with an object
    ("He retweeted the photo Ann Lee posted.", [("He", "retweeted", "person")]),
    ("The senator Ann Lee posted a photo of the pier.", [("The senator Ann Lee", "posted", "person")]),
    ("Ann Lee chides Roe, praises Ray.", [("Ann Lee", "chides", "person"), ("Ann Lee", "praises", "person")]),
])
def test_a_name_in_a_relative_clause_with_no_pronoun_gives_the_report_to_the_sentences_verb(parser, sentence, found):
    assert [(a.source.span.text, a.cue.spans[0].text, a.source.kind) for a in parser.parse(sentence).attributions] == found


@pytest.mark.parametrize("sentence, antecedent, kind", [
    # "which" after a verb's object and a time closing the clause stands for the object
    ("Lee published the audit in May, which showed the pier was safe.", "the audit", "document"),
    ("Roe released her medical records in July, which showed she was in good health.", "her medical records", "document"),
    ("The mayor praised the audit last week, which said the pier was safe.", "the audit", "document"),
    ("Lee met the harbour master on Friday, who said the pier was safe.", "the harbour master", "person"),
    # near miss: a particle and a preposition after the verb, no object of its own
    ("Ryder lined up with Priebus, who has said he opposes the plan.", "Ryder", "person"),
])
def test_a_relative_pronoun_after_an_object_and_its_time_refers_to_the_object(parser, sentence, antecedent, kind):
    found = [(a.source.refers_to.span.text, a.source.kind) for a in parser.parse(sentence).attributions
             if a.source.span.text in ("which", "who")]
    assert found == [(antecedent, kind)]


@pytest.mark.parametrize("sentence, found", [
    # a time that closes a relative clause with no pronoun is the clause's: the noun and the clause
    # are still the subject of the verb of saying after them
    ("The photo Ann Lee posted on Friday showed the pier was safe.",
     [("The photo Ann Lee posted on Friday", "showed", "document")]),
    ("Photographs he posted last week showed the pier was safe.",
     [("Photographs he posted last week", "showed", "document")]),
    # near miss: the clause in a verb's object
    ("He retweeted the photo Ann Lee posted on Friday.", [("He", "retweeted", "person")]),
])
def test_a_relative_clause_with_no_pronoun_and_its_time_before_a_verb_of_saying(parser, sentence, found):
    assert [(a.source.span.text, a.cue.spans[0].text, a.source.kind) for a in parser.parse(sentence).attributions] == found


@pytest.mark.parametrize("sentence, found", [
    # words after the cue that end on a later verb of saying are a clause of the first cue, no
    # occasion: the "that" or the quotation after them is the later verb's
    ("Ann Lee said in winter the pier takes a beating but added that repairs were planned.",
     [("said", "in winter the pier takes a beating"), ("added", "repairs were planned")]),
    ("Ann Lee said in winter the pier takes a beating but added, “Repairs are planned.”",
     [("said", "in winter the pier takes a beating"), ("added", "“Repairs are planned.”")]),
    # near misses: an occasion before the "that" or the quotation stays the cue's
    ("Ann Lee said at the hearing that followed the vote that the pier was safe.", [("said", "the pier was safe")]),
    ("Ann Lee said in May, when the storm hit, “The pier held.”", [("said", "“The pier held.”")]),
])
def test_a_clause_after_the_cue_that_ends_on_another_verb_of_saying(parser, sentence, found):
    assert [(a.cue.spans[0].text, a.content[-1].text) for a in parser.parse(sentence).attributions] == found


def _rows(parser, sentence):
    """(source, cue, content parts, kind) of each report in a sentence."""
    return [(a.source.span.text if a.source else None, " ".join(s.text for s in a.cue.spans),
             [s.text for s in a.content], a.source.kind if a.source else None)
            for a in parser.parse(sentence).attributions]


@pytest.mark.parametrize("sentence, found", [
    # a name after a noun for a record opens a relative clause with no pronoun; the verb in "-s"
    # after it is the sentence's, no noun the clause's verb took for object
    ("The data Ann Lee cited shows the river is rising.",
     [("The data Ann Lee cited", "shows", ["the river is rising"], "document")]),
    ("The latest data Roe cited shows the tide is turning.",
     [("The latest data Roe cited", "shows", ["the tide is turning"], "document")]),
    # near misses: a name after a noun of role is one mention, and a name alone is the subject
    ("The senator Ann Lee cited reports that the river is rising.",
     [("The senator Ann Lee", "cited", ["reports that the river is rising"], "person")]),
    ("Ann Lee cited reports that the river is rising.",
     [("Ann Lee", "cited", ["reports that the river is rising"], "person")]),
])
def test_a_name_in_a_relative_clause_on_a_record_before_a_verb_in_s(parser, sentence, found):
    assert _rows(parser, sentence) == found


@pytest.mark.parametrize("sentence, found", [
    # a verb of saying whose bare clause opens with its verb: the noun before the name is that
    # clause's subject, the name the speaker (not "The report Lee")
    ("The report Lee said showed damage was false.",
     [("Lee", "said", ["The report", "showed damage was false"], "person")]),
    ("The memo she said showed the leak was a forgery.",
     [("she", "said", ["The memo", "showed the leak was a forgery"], "person")]),
    # near misses: a verb that takes no clause keeps the noun and its clause as the next verb's subject
    ("The report Lee wrote showed damage.", [("The report Lee wrote", "showed", ["damage"], "document")]),
    ("Photographs he posted showed a fire.", [("Photographs he posted", "showed", ["a fire"], "document")]),
])
def test_a_verb_of_saying_whose_bare_clause_lost_its_subject_to_the_noun_before(parser, sentence, found):
    assert _rows(parser, sentence) == found


@pytest.mark.parametrize("sentence, found", [
    # a passive of hearing or seeing before a participle of saying: the subject says it
    ("Lee was heard saying the pier was unsafe.", [("Lee", "saying", ["the pier was unsafe"], "person")]),
    ("Roe was overheard telling aides the vote was lost.", [("Roe", "telling", ["the vote was lost"], "person")]),
    ("She was caught saying that the fares would rise.", [("She", "saying", ["the fares would rise"], "person")]),
    # near misses: a progressive is the finite verb, and a participle of no saying reports nothing
    ("Lee was saying the pier was unsafe.", [("Lee", "was saying", ["the pier was unsafe"], "person")]),
    ("Lee was seen leaving the hall.", []),
])
def test_a_passive_of_perceiving_before_a_participle_of_saying(parser, sentence, found):
    assert _rows(parser, sentence) == found


@pytest.mark.parametrize("sentence, via, content", [
    # a bare clause, no "that", after the outlet an interview was given to: the outlet relays it
    ("Lee said in an interview with the BBC the pier was safe.", ["the BBC"], ["the pier was safe"]),
    ("Roe said in an interview with CNN on Monday she would run.", ["CNN"], ["she would run"]),
    ("Lee said on CNN the pier was safe.", ["CNN"], ["the pier was safe"]),
    # near miss: the "that" reading stays as it was
    ("Lee said in an interview with the BBC that the pier was safe.", ["the BBC"], ["the pier was safe"]),
])
def test_a_bare_clause_after_the_outlet_of_an_interview(parser, sentence, via, content):
    (a,) = parser.parse(sentence).attributions
    assert [v.span.text for v in a.via] == via and [s.text for s in a.content] == content


@pytest.mark.parametrize("sentence, found", [
    # a time between a talk's hearer and its "about" leaves the hearer and the topic the cue's
    ("Lee talked to reporters on Monday about the budget.",
     [("Lee", "talked to reporters on Monday about", ["the budget"], "person")]),
    ("Roe spoke with aides last week about the ferry.",
     [("Roe", "spoke with aides last week about", ["the ferry"], "person")]),
    # near misses: no topic after the time is no report
    ("Lee talked to Roe on Monday.", []),
    ("Lee spoke to reporters on Monday.", []),
])
def test_a_time_between_a_talks_hearer_and_its_topic(parser, sentence, found):
    assert _rows(parser, sentence) == found


@pytest.mark.parametrize("sentence, source", [
    # a name or a pronoun after "less than" is a comparative clause's subject, no count of speakers
    ("The bill costs less than Lee claimed it would.", "Lee"),
    # near misses: a count after "more than" is the subject's
    ("More than half of voters said the pier was unsafe.", "More than half of voters"),
    ("More than 100 economists said the pier was unsafe.", "More than 100 economists"),
])
def test_a_subject_after_than_is_a_comparative_clauses(parser, sentence, source):
    assert [a.source.span.text for a in parser.parse(sentence).attributions] == [source]


@pytest.mark.parametrize("sentence, content", [
    # a town and its state or country before "that", with or without the comma after them
    ("Ann Lee told a crowd in Kells, New Hampshire on Monday that the pier was safe.", ["the pier was safe"]),
    ("Ann Lee said in Pune, India last week that the pier was safe.", ["the pier was safe"]),
    # a hearer "a" and a noun takes no preposition after it: "a crowd in" is no hearer
    ("Ann Lee told a crowd in Kells last week that the pier was safe.", ["the pier was safe"]),
    ("A caller also told a dispatcher before police arrived.", None),
    # near miss: "a" and two words are a hearer still
    ("Ann Lee told a senior aide the pier was safe.", ["the pier was safe"]),
])
def test_a_place_after_the_hearer_is_no_part_of_what_was_told(parser, sentence, content):
    found = [[s.text for s in a.content] for a in parser.parse(sentence).attributions]
    assert found == ([content] if content else [])


@pytest.mark.parametrize("sentence, found", [
    # an object pronoun after "reported" and whom it went to: a thing handed on, no report, and
    # no speaker of an inverted cue either
    ("The bank found the transfer, reported it to the police, and froze the account.", []),
    ("Ann Lee reported them to the Harbour Board.", []),
    # near misses: "reported to X that" and "reported it would" report words
    ("Ann Lee reported to the police that the pier was unsafe.", [("Ann Lee", "the pier was unsafe")]),
    ("The Ledger reported it would close.", [("The Ledger", "it would close")]),
    ("“The pier is safe,” said her spokesman.", [("her spokesman", "“The pier is safe,”")]),
])
def test_reporting_a_thing_to_someone_reports_no_words(parser, sentence, found):
    assert [(a.source.span.text, a.content[0].text) for a in parser.parse(sentence).attributions] == found


@pytest.mark.parametrize("sentence, found", [
    # a clause of the time it was said in ends the sentence after a trailing cue, as an occasion does
    ("The pier is unsafe, Ann Lee said as she left the hall.", [("Ann Lee", "said", "The pier is unsafe")]),
    ("The pier is unsafe, Ann Lee said at the hall.", [("Ann Lee", "said", "The pier is unsafe")]),
    # an adverb of place before a fronted phrase is no content of the verb after it
    ("Back at the hall, aides cheered after she won.", []),
    ("Back in Kells, aides said the pier was unsafe.", [("aides", "said", "the pier was unsafe")]),
    # near miss: a subject that opens with "Back" is a clause
    ("Back taxes are a burden, Ann Lee said as she left.", [("Ann Lee", "said", "Back taxes are a burden")]),
])
def test_a_time_clause_after_a_trailing_cue_is_the_saying_s(parser, sentence, found):
    assert [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in parser.parse(sentence).attributions] == found


@pytest.mark.parametrize("sentence, found", [
    # a verb of saying after "and", past a reported perfect whose subject cannot report: the
    # source's second report, not a participle the content's clause shares
    ("The agency said flu cases had risen and urged people to get vaccinated.",
     [("The agency", "said", ["flu cases had risen"], "government"),
      ("The agency", "urged", ["people to get vaccinated"], "government")]),
    ("The ministry said exports have fallen and warned that jobs would go.",
     [("The ministry", "said", ["exports have fallen"], "government"),
      ("The ministry", "warned", ["jobs would go"], "government")]),
    ("The council said the number of break-ins had doubled and called for more patrols.",
     [("The council", "said", ["the number of break-ins had doubled"], "organization"),
      ("The council", "called for", ["more patrols"], "organization")]),
    # near misses: a subject that can report shares the perfect, a second clause with its own
    # subject goes on with the content, and a verb of no saying is the clause's
    ("Police said the suspect had fled and admitted the theft.",
     [("Police", "said", ["the suspect had fled and admitted the theft"], "government")]),
    ("Lee said prices had risen and wages had fallen.",
     [("Lee", "said", ["prices had risen and wages had fallen"], "person")]),
    ("Lee said the storm had flooded roads and closed the airport.",
     [("Lee", "said", ["the storm had flooded roads and closed the airport"], "person")]),
])
def test_a_verb_of_saying_after_a_perfect_whose_subject_cannot_report(parser, sentence, found):
    assert _rows(parser, sentence) == found


@pytest.mark.parametrize("sentence, found", [
    # a trailing cue after a report and a clause coordinated after it, with a short noun phrase
    # and an auxiliary for its subject: the report stands, the trailing speaker's is the clause
    ("The weather office has warned of heavy rain, and schools will remain shut, the state government said.",
     [("The weather office", "has warned of", ["heavy rain"], "government"),
      ("the state government", "said", ["and schools will remain shut"], "government")]),
    ("Lee said the toll was fair, but the two sides have not agreed, officials said.",
     [("Lee", "said", ["the toll was fair"], "person"),
      ("officials", "said", ["but the two sides have not agreed"], "group")]),
    # near misses: a second complement, a list item and a phrase after a preposition open no clause
    ("Lee said the toll was fair, and that it would rise, officials said.",
     [("officials", "said", ["Lee said the toll was fair, and that it would rise"], "group")]),
    ("Lee praised the plan, and the crews, officials said.",
     [("officials", "said", ["Lee praised the plan, and the crews"], "group")]),
])
def test_a_trailing_cue_after_a_report_and_a_clause_with_a_noun_subject(parser, sentence, found):
    assert _rows(parser, sentence) == found


@pytest.mark.parametrize("sentence, found", [
    # a clause after a comma and "and" whose pronoun subject reports again is the speaker's next
    # act, not more of the content
    ("Lee said the pier was unsafe on Monday at a rally in Kells, and he repeated the claim on radio.",
     [("Lee", "said", ["the pier was unsafe on Monday at a rally in Kells"], "person"),
      ("he", "repeated", ["the claim"], "person")]),
    ("Roe said the ferry would stop, and she later told the council the same.",
     [("Roe", "said", ["the ferry would stop"], "person"), ("she", "later told", ["the same"], "person")]),
    # near misses: a pronoun's clause with a verb of no saying goes on with the content, and so
    # does one with no comma before its "and"
    ("Lee said the server was open, and he had total access to it.",
     [("Lee", "said", ["the server was open, and he had total access to it"], "person")]),
    ("Lee said the pier was unsafe and he repeated the claim on radio.",
     [("Lee", "said", ["the pier was unsafe and he repeated the claim on radio"], "person")]),
])
def test_a_pronoun_clause_of_saying_after_a_comma_and_and_ends_the_content(parser, sentence, found):
    assert _rows(parser, sentence) == found


@pytest.mark.parametrize("sentence, via", [
    # a lead phrase between the cue and its clause names who passed the words on, with its own kind:
    # people are no outlet
    ("Mira Vance said, according to her aide, that the ferry would stop.", [("her aide", "person")]),
    ("Mira Vance said, per an interpreter, that the ferry would stop.", [("an interpreter", "person")]),
    ("Mira Vance said, according to Tom Ruddle, that the ferry would stop.", [("Tom Ruddle", "person")]),
    ("Mira Vance said, according to people close to her, that the ferry would stop.",
     [("people close to her", "anonymous")]),
    # near misses: an outlet stays one, named or by its noun, and a bare name the rules read as an outlet
    ("Mira Vance said, according to Reuters, that the ferry would stop.", [("Reuters", "outlet")]),
    ("Mira Vance told a local newspaper that the ferry would stop.", [("a local newspaper", "outlet")]),
    ("Mira Vance said, according to El Universal, that the ferry would stop.", [("El Universal", "outlet")]),
])
def test_a_relays_kind_is_its_own(parser, sentence, via):
    (a,) = parser.parse(sentence).attributions
    assert a.source.span.text == "Mira Vance" and [(v.span.text, v.kind) for v in a.via] == via


@pytest.mark.parametrize("sentence, source, via", [
    # "as quoted by" says the name after it passes on another's words: a relay, though the
    # lexicon knows no paper of that name
    ("As quoted by The Harbour Beacon, Mira Vance said the ferry would stop.", "Mira Vance", ["The Harbour Beacon"]),
    ("Mira Vance said the ferry would stop, as quoted by The Harbour Beacon.", "Mira Vance", ["The Harbour Beacon"]),
    ("As quoted by Reuters, Mira Vance said the ferry would stop.", "Mira Vance", ["Reuters"]),
    # near misses: "according to" and "as reported by" a body keep the report the body's
    ("According to The Harbour Beacon, Mira Vance said the ferry would stop.", "The Harbour Beacon", []),
    ("As reported by The Harbour Beacon, Mira Vance said the ferry would stop.", "The Harbour Beacon", []),
    ("As quoted by The Harbour Beacon, the ferry would stop.", "The Harbour Beacon", []),
])
def test_as_quoted_by_relays_whatever_names_the_quoter(parser, sentence, source, via):
    (a,) = parser.parse(sentence).attributions
    assert a.source.span.text == source and [v.span.text for v in a.via] == via


@pytest.mark.parametrize("sentence, via", [
    # a programme told by its title: a show or a podcast of its own, or a programme on an outlet
    ("Mira Vance told the Harbour Hour Show that the ferry would stop.", ["the Harbour Hour Show"]),
    ("Mira Vance told the Tidewater podcast that the ferry would stop.", ["the Tidewater podcast"]),
    ("Mira Vance told the Today programme on BBC Radio 4 that the ferry would stop.",
     ["the Today programme on BBC Radio 4"]),
    # near misses: a programme named on no outlet is a scheme's, and "on" a day is no outlet's
    ("Mira Vance told the Erasmus programme that the ferry would stop.", []),
    ("Mira Vance told the Erasmus programme on Monday that the ferry would stop.", []),
])
def test_a_programme_told_by_its_title_relays(parser, sentence, via):
    (a,) = parser.parse(sentence).attributions
    assert a.source.span.text == "Mira Vance" and [v.span.text for v in a.via] == via
    assert [s.text for s in a.content] == ["the ferry would stop"]


@pytest.mark.parametrize("sentence, via", [
    # an American station's call sign: with its band, or named with a broadcaster's noun elsewhere
    ("Mira Vance told WXKR-FM that the ferry would stop.", ["WXKR-FM"]),
    ("Mira Vance spoke on WKRV radio on Monday. She told WKRV that the ferry would stop.", ["WKRV"]),
    # near misses: a body's initials that open with K or W, and a call sign no text names as a station's
    ("Mira Vance told WADA that the ferry would stop.", []),
    ("Mira Vance spoke on the radio on Monday. She told KPMG that the ferry would stop.", []),
])
def test_a_call_sign_told_relays(parser, sentence, via):
    *_, a = parser.parse(sentence).attributions
    assert [s.text for s in a.content] == ["the ferry would stop"] and [v.span.text for v in a.via] == via


@pytest.mark.parametrize("sentence, via", [
    # the noun "show" ends the programme told, no verb whose subject is the title before it
    ("Mira Vance told the Today show that the ferry would stop.", ["the Today show"]),
    ("Mira Vance told NBC's Today show that the ferry would stop.", ["NBC's Today show"]),
    ("Mira Vance told the Harbour Hour show that the ferry would stop.", ["the Harbour Hour show"]),
    # a title with "the" inside it, and its day after it (no Sunday edition of a paper)
    ("Mira Vance told CBS's Face the Nation that the ferry would stop.", ["CBS's Face the Nation"]),
    ("Mira Vance told CBS' Face the Nation on Sunday that the ferry would stop.", ["CBS' Face the Nation"]),
    # a station named after its noun
    ("Mira Vance told station WKRV that the ferry would stop.", ["station WKRV"]),
    ("Mira Vance told TV station WKRV that the ferry would stop.", ["TV station WKRV"]),
    ("Mira Vance told TV station WKRV the ferry would stop.", ["TV station WKRV"]),
    # near misses: a Sunday paper keeps its edition; a clause's subject after a hearer is no title
    ("Mira Vance told the Mail on Sunday that the ferry would stop.", ["the Mail on Sunday"]),
    ("Mira Vance told station staff that the ferry would stop.", []),
])
def test_a_show_or_station_told_relays(parser, sentence, via):
    (a,) = parser.parse(sentence).attributions
    assert a.source.span.text == "Mira Vance" and a.cue.spans[0].text == "told"
    assert [s.text for s in a.content] == ["the ferry would stop"] and [v.span.text for v in a.via] == via


@pytest.mark.parametrize("sentence, via, content", [
    # a title in quotation marks right after "told" is the show or paper told: a relay, no content
    ("Mira Vance told “Beat the Tide” that the ferry would stop.", ["Beat the Tide"], ["the ferry would stop"]),
    ("Mira Vance told “Harbour Hour” on Sunday that the ferry would stop.", ["Harbour Hour"], ["the ferry would stop"]),
    ("“The ferry will stop,” Mira Vance told “Harbour Hour.”", ["Harbour Hour"], ["“The ferry will stop,”"]),
    ("The ferry will stop, Mira Vance told “Harbour Hour” on Sunday.", ["Harbour Hour"], ["The ferry will stop"]),
    # and before a clause with no "that"
    ("Mira Vance told “Harbour Hour” the ferry would stop.", ["Harbour Hour"], ["the ferry would stop"]),
    # near misses: a quoted phrase in small letters, or one the sentence goes on after, is what was told
    ("Mira Vance told “the whole truth” about the ferry.", [], ["“the whole truth” about the ferry"]),
    ("Mira Vance told “We will win” to the crowd.", [], ["“We will win” to the crowd"]),
])
def test_a_quoted_title_told_relays(parser, sentence, via, content):
    (a,) = parser.parse(sentence).attributions
    assert a.source.span.text == "Mira Vance" and a.cue.spans[0].text == "told"
    assert [s.text for s in a.content] == content and [v.span.text for v in a.via] == via


def test_a_quoted_title_told_before_a_participle_relays_both(parser):
    # the comma inside the title's close is the one that sets off the participle after it
    atts = parser.parse("The ferry union met on Friday.\n\n“The ferry will stop,” Mira Vance told "
                        "“Harbour Hour,” adding that the pier was unsafe.").attributions
    got = {a.cue.spans[0].text: ([s.text for s in a.content], [v.span.text for v in a.via]) for a in atts}
    assert got["told"] == (["“The ferry will stop,”"], ["Harbour Hour"])
    assert got["adding"] == (["the pier was unsafe"], ["Harbour Hour"])


@pytest.mark.parametrize("sentence, speaker, cue, content", [
    # a quotation closed by "!" or "?" right after a verb of saying is all it reports; the
    # words after it go on with the writer's sentence
    ("After Ann Roe shouted “Shame!” the mayor left the hall.", "Ann Roe", "shouted", ["“Shame!”"]),
    ("Ann Roe asked “Who pays for the pier?” before the vote.", "Ann Roe", "asked", ["“Who pays for the pier?”"]),
])
def test_an_exclaimed_quotation_after_the_cue_ends_its_content(parser, sentence, speaker, cue, content):
    atts = parser.parse("The ferry union met on Friday.\n\n" + sentence).attributions
    got = [(a.source.span.text, a.cue.spans[0].text, [s.text for s in a.content]) for a in atts if a.source]
    assert got == [(speaker, cue, content)]


@pytest.mark.parametrize("sentence, first", [
    # a fronted clause that ends on a quotation (its "!", "?" or comma inside the close) leaves
    # the verbs after it their own subject, "the mayor", not the clause's
    ("When Ann Roe yelled “Liar!” the mayor smiled and said, “Thank you.”", "“Liar!”"),
    ("When Ann Roe yelled, “Liar,” the mayor smiled and said, “Thank you.”", "“Liar,”"),
    ("When Ann Roe asked “Why now?” the mayor nodded and said, “Thank you.”", "“Why now?”"),
])
def test_a_fronted_clause_closed_by_its_quotation_leaves_the_main_subject(parser, sentence, first):
    atts = parser.parse("The ferry union met on Friday.\n\n" + sentence).attributions
    got = {[s.text for s in a.content][0]: a.source.span.text for a in atts if a.source}
    assert got == {first: "Ann Roe", "“Thank you.”": "the mayor"}


@pytest.mark.parametrize("aside", ["again putting on a mock accent", "in a mock accent"])
def test_an_aside_between_the_cue_and_its_quotation_after_another_quotation(parser, aside):
    # "“Y,” X joked, <aside>, “Z.”" after a fronted clause: Z is X's, the asides skipped as
    # when nothing stands between the cue and the quotation
    text = ("The ferry union met on Friday.\n\nWhen a heckler shouted, “Sink it,” Ann Roe joked, "
            + aside + ", “Only on Fridays.”")
    got = {a.cue.spans[0].text: (a.source.span.text, [s.text for s in a.content]) for a in parser.parse(text).attributions}
    assert got["joked"] == ("Ann Roe", ["“Only on Fridays.”"])
    assert got["shouted"] == ("a heckler", ["“Sink it,”"])


def test_a_name_in_marks_after_a_determiner_does_not_close_the_fronted_clause(parser):
    # "the “Harbour Five,”" is a name in marks, no words said: the clause goes on past it to its comma
    text = ("The ferry union met on Friday.\n\nAfter the “Harbour Five,” who run the ferries, walked out, "
            "Ann Roe smiled and said, “Thank you.”")
    (a,) = [a for a in parser.parse(text).attributions if a.cue.spans[0].text.endswith("said")]
    assert a.source.span.text == "Ann Roe" and [s.text for s in a.content] == ["“Thank you.”"]


def test_a_clause_subject_after_the_hearer_is_no_title(parser):
    (a,) = parser.parse("Mira Vance told Ann Roe the Senate would vote.").attributions
    assert [s.text for s in a.content] == ["the Senate would vote"] and a.via == ()


def test_polls_today_show_stays_a_report_of_the_polls(parser):
    (a,) = parser.parse("Polls today show the ferry is safe.").attributions
    assert a.source.span.text == "Polls" and a.cue.spans[0].text == "show"
    assert [s.text for s in a.content] == ["the ferry is safe"]


@pytest.mark.parametrize("sentence, via", [
    # a programme a time word names is no time: "on the Today programme" is where it was said
    ("Mira Vance said on the Today show that the ferry would stop.", ["the Today show"]),
    ("Mira Vance said on the Sunday show that the ferry would stop.", ["the Sunday show"]),
    ("Mira Vance said on the Today programme on BBC Radio 4 that the ferry would stop.",
     ["the Today programme on BBC Radio 4"]),
    ("Mira Vance said on the Harbour Hour show that the ferry would stop.", ["the Harbour Hour show"]),
    # a programme whose title holds the time it airs needs no outlet after "on" either (near
    # misses: a scheme's programme, where "on" may mean "about", and a day)
    ("Mira Vance said on the Today programme that the ferry would stop.", ["the Today programme"]),
    ("Mira Vance said on the Erasmus programme that the ferry would stop.", []),
    ("Mira Vance said on Sunday that the ferry would stop.", []),
    ("Mira Vance said on Sunday the show would stop.", []),
])
def test_said_on_a_programme_a_time_names(parser, sentence, via):
    (a,) = parser.parse(sentence).attributions
    assert a.source.span.text == "Mira Vance" and [v.span.text for v in a.via] == via
    assert [s.text for s in a.content] == [sentence.split("that ")[-1].rstrip(".") if "that " in sentence
                                           else "the show would stop"]


@pytest.mark.parametrize("sentence, via", [
    # an outlet's show said on, "the" inside its title
    ("Mira Vance said on NBC's Meet the Press that the ferry would stop.", ["NBC's Meet the Press"]),
    ("Mira Vance said on CBS's Face the Nation on Sunday that the ferry would stop.", ["CBS's Face the Nation"]),
    # near miss: an outlet's name, then a clause whose subject opens with "the"
    ("Mira Vance said on CNN the Senate would vote.", ["CNN"]),
])
def test_said_on_a_show_with_the_in_its_title(parser, sentence, via):
    (a,) = parser.parse(sentence).attributions
    assert a.source.span.text == "Mira Vance" and [v.span.text for v in a.via] == via
    assert [s.text for s in a.content] == ["the Senate would vote" if "CNN" in sentence else "the ferry would stop"]


@pytest.mark.parametrize("sentence, via", [
    # a medium's word alone before the hearer's noun names no outlet
    ("Ann Lee told TV reporters that the pier was safe.", []),
    # near miss: a broadcaster's name before its reporters relays
    ("Ann Lee told BBC reporters that the pier was safe.", ["BBC"]),
])
def test_a_medium_word_alone_is_no_relay(parser, sentence, via):
    (a,) = parser.parse(sentence).attributions
    assert [v.span.text for v in a.via] == via and a.content[0].text == "the pier was safe"


@pytest.mark.parametrize("sentence, via", [
    # a word of how often before a noun in lower case is the gathering's, no paper ("the weekly")
    ("Ann Lee told the weekly cabinet meeting the pier was safe.", []),
    ("Ann Lee told the daily briefing that the pier was safe.", []),
    ("Ann Lee told a monthly board meeting the pier was safe.", []),
    ("Ann Lee told the weekly meeting of Labour MPs the pier was safe.", []),
    # near misses: "the weekly" alone, before a clause or a time, is a paper that relays
    ("Ann Lee told the weekly the pier was safe.", ["the weekly"]),
    ("Ann Lee told the daily on Monday that the pier was safe.", ["the daily"]),
    ("Ann Lee told the weekly that the pier was safe.", ["the weekly"]),
])
def test_a_frequency_word_before_a_noun_is_no_outlet(parser, sentence, via):
    (a,) = parser.parse(sentence).attributions
    assert [v.span.text for v in a.via] == via and [s.text for s in a.content] == ["the pier was safe"]
    assert [s.text for s in a.cue.spans] == ["told"]


@pytest.mark.parametrize("sentence, content", [
    # the hearer's "of" phrase, then a clause with no "that": the clause alone is what was told
    ("Ann Lee told a meeting of Labour MPs the pier was safe.", "the pier was safe"),
    ("Ann Lee told members of the harbour board the pier was safe.", "the pier was safe"),
    ("Ann Lee told the families of the crew she was sorry.", "she was sorry"),
    ("Ann Lee told a group of anglers they would be paid.", "they would be paid"),
    # near misses: what is told, its "of" phrase and a relative clause; a topic's "of" after the hearer
    ("Ann Lee told the story of the man she had met.", "the man she had met"),
    ("Ann Lee told the board of the plan.", "the plan"),
])
def test_a_hearers_of_phrase_before_a_bare_clause(parser, sentence, content):
    (a,) = parser.parse(sentence).attributions
    assert a.source.span.text == "Ann Lee" and [s.text for s in a.content] == [content]
    assert (a.cue.spans[0].text == "told") == (content not in ("the man she had met", "the plan"))

@pytest.mark.parametrize("sentence, content", [
    # "her" before an infinitive's "to" or "not" is the hearer, no possessive of a noun "to": the
    # infinitive keeps its "to", as after "him" or "them"
    ("Ann Lee told her to leave the harbour board.", "to leave the harbour board"),
    ("Ann Lee told her not to sell the ferry.", "not to sell the ferry"),
    ("Ann Lee got a note telling her to quit her post.", "to quit her post"),
    # near misses: "him" before "to"; "her" before a noun is a possessive, the hearer her aides
    ("Ann Lee told him to leave the harbour board.", "to leave the harbour board"),
    ("Ann Lee told her aides the ferry would stop.", "the ferry would stop"),
])
def test_her_before_an_infinitive_is_the_hearer(parser, sentence, content):
    (a,) = [a for a in parser.parse(sentence).attributions if a.cue.spans[0].text in ("told", "telling")]
    assert [s.text for s in a.content] == [content]


@pytest.mark.parametrize("sentence, via", [
    # an interviewer or an addressee who is no outlet relays nothing; the bare clause after the name is what was said
    ("Ann Lee said in an interview with Tom Roe the ferry would stop.", []),
    ("Ann Lee said in a letter to Tom Roe the ferry would stop.", []),
    # near misses: an outlet relays, and a "that" after the person already opened the content
    ("Ann Lee said in an interview with CNN the ferry would stop.", ["CNN"]),
    ("Ann Lee said in an interview with Tom Roe that the ferry would stop.", []),
])
def test_interviewer_who_is_no_outlet_is_no_content(parser, sentence, via):
    (a,) = parser.parse(sentence).attributions
    assert a.source.span.text == "Ann Lee" and [v.span.text for v in a.via] == via
    assert [s.text for s in a.content] == ["the ferry would stop"]


def test_interviewer_then_a_time_is_no_content(parser):
    # near miss: a time after the interviewer's name ("the day after the vote") opens no clause said
    doc = parser.parse("Ann Lee said in an interview with Tom Roe the day after the vote.")
    assert not any(s.text.startswith("the day") for a in doc.attributions for s in a.content)


@pytest.mark.parametrize("sentence, via", [
    # an interview after the hearer of "told": its outlet relays, the hearer ends before the platform
    ("Ann Lee told reporters in an interview with the BBC that the pier was safe.", ["the BBC"]),
    ("Ann Lee told reporters in an interview with Tom Roe that the pier was safe.", []),
    # near miss: a hearer that runs on past its first noun still reaches the "that"
    ("Ann Lee told the editorial board in Leeds that the pier was safe.", []),
    # a hearer the hearer pattern does not know ends at the medium too, and its outlet relays
    ("Ann Lee told members of the harbour board in an interview with the BBC that the pier was safe.", ["the BBC"]),
    ("Ann Lee told harbour staff in an interview with the BBC that the pier was safe.", ["the BBC"]),
    ("Ann Lee warned members of the harbour board in an interview with the BBC that the pier was safe.", ["the BBC"]),
    ("Ann Lee told members of the harbour board in a statement carried by Xinhua that the pier was safe.", ["Xinhua"]),
    # near misses: an interviewer who is no outlet relays nothing, and a time after the medium is no hearer's
    ("Ann Lee told members of the harbour board in an interview with Tom Roe that the pier was safe.", []),
    ("Ann Lee told members of the harbour board in an interview on Monday that the pier was safe.", []),
])
def test_told_hearer_then_interview_with_outlet(parser, sentence, via):
    (a,) = parser.parse(sentence).attributions
    assert a.source.span.text == "Ann Lee" and [v.span.text for v in a.via] == via
    assert [s.text for s in a.content] == ["the pier was safe"]


@pytest.mark.parametrize("sentence, source, content", [
    # a poll that ends a clause frames its finding, as one that opens the sentence does
    ("Lee leads Roe by nine points in the latest Harbour Gazette poll.",
     "the latest Harbour Gazette poll", "Lee leads Roe by nine points"),
    ("The mayor trailed her rival in a Coastal Post survey released Sunday.",
     "a Coastal Post survey released Sunday", "The mayor trailed her rival"),
    ("Roe came second in January polls, although Lee moved to first in the average of recent surveys.",
     "the average of recent surveys", "Lee moved to first"),
    ("While Lee is running third in most polls, her aides are calm.", "most polls", "Lee is running third"),
    ("Lee has a wide lead in the polls.", "the polls", "Lee has a wide lead"),
])
def test_a_poll_that_ends_a_clause_frames_it(rules_only, sentence, source, content):
    atts = [a for a in rules_only.parse(sentence).attributions if a.rule == "core.poll_frame.v2"]
    assert [(a.source.span.text, a.cue.spans[0].text, [c.text for c in a.content]) for a in atts][-1:] == [
        (source, "in", [content])]


@pytest.mark.parametrize("sentence", [
    # near misses: a noun of standing the poll modifies, the vote itself, a preposition among
    # the words before the poll, and a verb of saying that reports the clause
    "His rise in the polls worried the board.",
    "Labour won forty seats in the poll.",
    "The mayor came in third place in Harbour polling.",
    "Voters in Leeds head to the polls.",
    "Ann Lee won the backing of most fishermen in the survey.",
])
def test_a_trailing_poll_that_frames_nothing(rules_only, sentence):
    assert not [a for a in rules_only.parse(sentence).attributions if a.rule == "core.poll_frame.v2"]


def test_a_verb_of_saying_reports_a_clause_a_poll_ends(rules_only):
    (a,) = rules_only.parse("Lee said she was ahead in most polls.").attributions
    assert (a.source.span.text, a.cue.spans[0].text) == ("Lee", "said")


@pytest.mark.parametrize("sentence, cue", [
    # a tally or an adverb between the verb and "in favour of": the side taken is the cue's, as "for" is
    ("The harbour council voted 9 to 2 in favour of the toll.", "voted 9 to 2 in favour of"),
    ("The harbour council voted 9-2 in favor of the toll.", "voted 9-2 in favor of"),
    ("The harbour council voted narrowly in favour of the toll.", "voted narrowly in favour of"),
    ("Ann Lee argued strongly in favour of the toll.", "argued strongly in favour of"),
    # near misses: the tally before "for", and "in favour of" right after the verb, read as before
    ("The harbour council voted 9 to 2 for the toll.", "voted 9 to 2 for"),
    ("The harbour council voted in favour of the toll.", "voted in favour of"),
])
def test_in_favour_of_after_a_tally_is_the_cues(parser, sentence, cue):
    (a,) = parser.parse(sentence).attributions
    assert [s.text for s in a.cue.spans] == [cue] and [s.text for s in a.content] == ["the toll"]


def test_a_score_in_favour_of_is_still_what_was_shown(parser):
    # near miss: after a verb that is no vote the score and its side are what was said
    (a,) = parser.parse("Ann Lee said the count was 9 to 2 in favour of the toll.").attributions
    assert [s.text for s in a.content] == ["the count was 9 to 2 in favour of the toll"]


@pytest.mark.parametrize("sentence, via", [
    # a time after the interviewer's name, before the "that": the clause after "that" is what was said
    ("Ann Lee said in an interview with Tom Roe the day after the vote that the ferry would stop.", []),
    # near miss: the outlet right before the "that" relays
    ("Ann Lee said in an interview with CNN that the ferry would stop.", ["CNN"]),
])
def test_interviewer_then_a_time_then_that(parser, sentence, via):
    (a,) = parser.parse(sentence).attributions
    assert a.source.span.text == "Ann Lee" and [v.span.text for v in a.via] == via
    assert [s.text for s in a.content] == ["the ferry would stop"]


@pytest.mark.parametrize("sentence, source, cue, content", [
    # a dash after a trailing cue sets off the writer's comment: the report is the clause before
    ("Such a toll could anger the fishermen, harbour aides believe — fishermen she will need in May.",
     "harbour aides", "believe", "Such a toll could anger the fishermen"),
    ("The pier is unsafe, the mayor said - a view few share.", "the mayor", "said", "The pier is unsafe"),
])
def test_a_dash_after_a_trailing_cue_ends_the_report(rules_only, sentence, source, cue, content):
    (a,) = rules_only.parse(sentence).attributions
    assert (a.source.span.text, a.cue.spans[0].text, [c.text for c in a.content]) == (source, cue, [content])


def test_a_quotation_after_the_dash_stays_the_speakers(rules_only):
    # near miss: a quotation after the dash is the speaker's words, not the writer's comment
    doc = rules_only.parse("The pier is unsafe, the mayor said — “and it must close.”")
    assert any("it must close" in c.text for a in doc.attributions for c in a.content)


def test_a_reporting_relative_aside_inside_a_clause_splits_the_content_around_it(rules_only):
    # the aside on the subject is its own report; the clause goes on past its closing comma
    atts = rules_only.parse("He said Ann Lee, who had denied the charge, would resign.").attributions
    assert [(a.source.span.text, [s.text for s in a.content]) for a in atts] == [
        ("He", ["Ann Lee", "would resign"]), ("who", ["the charge"])]


def test_a_reporting_relative_clause_that_ends_the_content_still_ends_it(rules_only):
    # the near miss: nothing of the outer clause follows the relative clause
    atts = rules_only.parse("He praised Ann Lee, who said the plan was sound.").attributions
    assert [(a.source.span.text, [s.text for s in a.content]) for a in atts] == [
        ("He", ["Ann Lee"]), ("who", ["the plan was sound"])]


@pytest.mark.parametrize(("sentence", "rows"), [
    # a "which" right after a trailing cue's aside says something of the whole report: the writer's
    # comment, neither more of the content nor a mention of its own
    ("Fares will rise, Ann Lee said, which suggests the ferry deal failed.",
     [("Ann Lee", ["Fares will rise"])]),
    ("Fares will rise, the harbour board said, which shows that the ferry deal failed.",
     [("the harbour board", ["Fares will rise"])]),
    # near misses: a clause after the aside that is no "which" goes on with the report, and a
    # "which" after a body named as an object stands for the body
    ("Fares will rise, Ann Lee said, and the ferry deal will fail.",
     [("Ann Lee", ["Fares will rise", "and the ferry deal will fail"])]),
    ("Ann Lee met the harbour board, which says fares will rise.",
     [("which", ["fares will rise"])]),
])
def test_a_which_after_a_trailing_cue_is_the_writers_comment(rules_only, sentence, rows):
    atts = rules_only.parse(sentence).attributions
    assert [(a.source.span.text, [s.text for s in a.content]) for a in atts] == rows


@pytest.mark.parametrize("sentence, content", [
    # a report noun inside a phrase that opens the sentence ends at the phrase's comma
    ("Contrary to his claim that voters would learn nothing, there would be plenty of news.",
     "that voters would learn nothing"),
    ("Because of the mayor's warning that the pier was unsafe, the ferry stopped.", "that the pier was unsafe"),
    # near miss: the phrase that already ended there
    ("Despite the mayor's claim that the pier was safe, the board closed it.", "that the pier was safe"),
])
def test_a_report_noun_in_a_fronted_phrase_ends_at_its_comma(rules_only, sentence, content):
    atts = [a for a in rules_only.parse(sentence).attributions if a.rule == "core.report_noun.v2"]
    assert [c.text for a in atts for c in a.content] == [content]


def test_a_trailing_poll_leaves_a_fronted_adverbial_out(rules_only):
    # the time set before the clause's subject is the writer's frame, not the poll's finding
    atts = [a for a in rules_only.parse("In the spring of 2019, Lee held a wide lead in a Harbour Gazette poll.").attributions
            if a.rule == "core.poll_frame.v2"]
    assert [c.text for a in atts for c in a.content] == ["Lee held a wide lead"]


@pytest.mark.parametrize("sentence", [
    # a poll that ends a relative clause, or a phrase with no verb of its own, is the
    # writer's description of the noun it hangs on, not a finding the sentence reports
    "The board met Ann Lee, who is struggling in the polls.",
    "The ferry strike came in a month in which the harbour council slid in the polls.",
    "Lee is now the favourite, having overtaken Roe in Harbour Gazette polling.",
    "The mayor remains popular, with support above 60 percent in some polls.",
])
def test_a_poll_that_ends_a_modifier_frames_nothing(rules_only, sentence):
    assert not [a for a in rules_only.parse(_LEAD + sentence).attributions if a.rule == "core.poll_frame.v2"]


@pytest.mark.parametrize("sentence, source, content", [
    # near misses: a relative clause in the subject, a clause after "though", and one after
    # "where", still frame
    ("Lee heads to Ohio, where she leads Roe in most surveys.", "most surveys", "she leads Roe"),
    ("Lee, who is a senator, leads Roe in the polls.", "the polls", "Lee, who is a senator, leads Roe"),
    ("Roe won the debate, though Lee still leads her in the latest surveys.", "the latest surveys",
     "Lee still leads her"),
])
def test_a_poll_after_a_relative_clause_in_the_subject_still_frames(rules_only, sentence, source, content):
    atts = [a for a in rules_only.parse(_LEAD + sentence).attributions if a.rule == "core.poll_frame.v2"]
    assert [(a.source.span.text, [c.text for c in a.content]) for a in atts] == [(source, [content])]


def test_a_poll_lead_takes_its_participle_after_its_of_phrase(rules_only):
    # "In a poll of N voters, conducted ...,": the participle is the poll's, and the finding follows it
    doc = rules_only.parse(_LEAD + "In an online poll of 600 commuters, conducted from May 1 to May 4, "
                           "most commuters said they want a second bridge.")
    atts = [a for a in doc.attributions if a.rule == "core.poll_frame.v2"]
    assert [(a.source.span.text, [c.text for c in a.content]) for a in atts] == [
        ("an online poll", ["most commuters said they want a second bridge"])]


def test_a_pollster_finding_that_after_a_poll_lead_is_the_report(rules_only):
    # "In a poll ..., the Harbour Institute found that Y": the pollster's finding is the report, the poll its setting
    doc = rules_only.parse(_LEAD + "In an online poll of 600 commuters, conducted from May 1 to May 4, "
                           "the Harbour Institute found that most commuters want a second bridge.")
    assert [(a.source.span.text, a.cue.spans[0].text, [c.text for c in a.content]) for a in doc.attributions] == [
        ("the Harbour Institute", "found", ["most commuters want a second bridge"])]


@pytest.mark.parametrize("sentence", [
    # a verb of taste whose object is the head of a relative clause with nothing after it: no report
    "“The toll must go,” Ann Lee told “Harbour Hour,” a show she likes.",
    "The mayor ate at the Lantern, a cafe he loves on weekends.",
    "Ann Lee read a novel she enjoys.",
])
def test_a_bare_relative_clause_of_taste_reports_nothing(parser, sentence):
    doc = parser.parse(_LEAD + sentence)
    assert not [a for a in doc.attributions if a.cue.spans[0].text in ("likes", "loves", "enjoys")]


@pytest.mark.parametrize("sentence, cue, content", [
    # near misses: an infinitive after the verb of taste, its object after it, and a verb of stance
    ("“The toll must go,” Ann Lee said, a point she likes to make.", "likes", ["a point", "to make"]),
    ("The harbour master likes the new timetable.", "likes", ["the new timetable"]),
    ("The toll is a levy the harbour board opposed.", "opposed", ["a levy"]),
])
def test_a_relative_clause_of_taste_with_more_after_it_still_reports(parser, sentence, cue, content):
    doc = parser.parse(_LEAD + sentence)
    atts = [a for a in doc.attributions if a.cue.spans[0].text.startswith(cue)]
    assert [[c.text for c in a.content] for a in atts] == [content]


@pytest.mark.parametrize(("sentence", "source", "content"), [
    # the agent of a passive of blaming or praising may end the clause, after the charge: it holds the charge
    ("The harbour master was accused of misleading the council by union leaders at the port.",
     "union leaders at the port", ["The harbour master", "misleading the council"]),
    ("The coach was praised for his calm by the players.", "the players", ["The coach", "for his calm"]),
    # near misses: a time to be done by, a means, and the agent of another participle are no one's charge
    ("The harbour master was accused of misleading the council by the end of the year.",
     None, ["The harbour master", "misleading the council by the end of the year"]),
    ("The harbour master was accused of misleading the council by omitting the costs.",
     None, ["The harbour master", "misleading the council by omitting the costs"]),
    ("The mayor was blamed for the death of a man held by police.",
     None, ["The mayor", "for the death of a man held by police"]),
])
def test_a_passive_of_blaming_takes_its_agent_after_the_charge(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text if att.source else None, [s.text for s in att.content]) == (source, content)


@pytest.mark.parametrize("sentence", [
    # an expletive "it" whose "that" clause, after a quantity, is what tells it: no one's report
    "It says a lot that the harbour master stayed away.",
    "It says something about the board that the harbour master stayed away.",
    "It tells you a lot that the ferry never left port.",
])
def test_an_expletive_it_that_says_a_lot_is_no_source(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize(("sentence", "content"), [
    # near misses: the "it" of a report after a named company, and a quantity a relative clause describes
    ("Harbour Ferries recalled a boat. It said in a statement that no one was hurt.", ["no one was hurt"]),
    ("The ferry report is long. It says much that was new.", ["much that was new"]),
])
def test_the_it_of_a_report_still_says_it(rules_only, sentence, content):
    atts = [a for a in rules_only.parse(sentence).attributions if a.source is not None and a.source.span.text == "It"]
    assert [[c.text for c in a.content] for a in atts] == [content]


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    # an adjective that judges or dates a report, after a possessive, makes its word of saying a noun
    ("Voters laughed at his false claims that the ferry was sinking.",
     "his", "false claims", ["that the ferry was sinking"]),
    ("Fishermen scoffed at Ann Lee's repeated claims that the toll was illegal.",
     "Ann Lee's", "repeated claims", ["that the toll was illegal"]),
    # a subject contracted with its verb, or a negated auxiliary, opens the clause after "that"
    ("Fishermen scoffed at the mayor's claim that she'd fix the pier.", "the mayor's", "claim", ["that she'd fix the pier"]),
    ("Critics pounced on Lee's claim that fares won't rise.", "Lee's", "claim", ["that fares won't rise"]),
    # after a copula the report is its possessor's, no verb's object
    ("The surprise was her warning that the ferry would stop.", "her", "warning", ["that the ferry would stop"]),
    # a noun of a promise names a report before an infinitive, mined or not
    ("The mayor's repeated vows to sell the ferry.", "The mayor's", "repeated vows", ["to sell the ferry"]),
    # near misses: a noun between the possessive and the verb heads its subject, and "the past" is a noun
    ("Her new lawyer claims that the pier is safe.", "Her new lawyer", "claims", ["the pier is safe"]),
    ("The accused claims that he was framed.", "The accused", "claims", ["he was framed"]),
    ("Her aides have in the past said she would run.", "Her aides", "said", ["she would run"]),
])
def test_a_judged_report_noun_after_a_possessive(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [c.text for c in att.content]) == (source, cue, content)


@pytest.mark.parametrize("sentence", [
    # a promise made to someone, no infinitive after its "to": no report
    "The mayor's vows to voters were empty.",
    "Her pledge to farmers angered the board.",
])
def test_a_promise_to_someone_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    # criticism or praise said aloud: its passive's agent holds it, as "was criticised by" does
    ("The ferry plan was slammed by dockers.", "dockers", "was slammed", ["The ferry plan"]),
    ("The new timetable was blasted by union leaders on Monday.", "union leaders", "was blasted", ["The new timetable"]),
    ("The pier scheme was mocked by the council.", "the council", "was mocked", ["The pier scheme"]),
    # the agent's time and the occasion it spoke at, however long its name, are the verb's
    ("The harbour was described by the mayor on Friday night in her annual State of the Port address.",
     "the mayor", "was described", ["The harbour"]),
])
def test_a_passive_of_criticism_reports_its_agent(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [c.text for c in att.content]) == (source, cue, content)


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    # the hearer's last word past what the hearer pattern took, then a clause with no "that"
    ("The mayor told the harbour board the pier was safe.", "The mayor", "told", ["the pier was safe"]),
    ("Lee warned the harbour board the pier was unsafe.", "Lee", "warned", ["the pier was unsafe"]),
    ("Lee told the board members on Monday the plan was dead.", "Lee", "told", ["the plan was dead"]),
    # a second hearer joined by "and" before the clause
    ("Lee told reporters and aides she would run.", "Lee", "told", ["she would run"]),
    ("Lee told reporters and the BBC she would run.", "Lee", "told", ["she would run"]),
    # a demonstrative opens the clause after a hearer as "the" does
    ("Lee reminded voters this election would decide the port's future.", "Lee", "reminded",
     ["this election would decide the port's future"]),
    ("Lee warned the board these ferries were unsafe.", "Lee", "warned", ["these ferries were unsafe"]),
    # what is told after a determiner's words is no hearer: the whole noun phrase is the content
    ("The gazette told a slightly different tale.", "The gazette", "told", ["a slightly different tale"]),
    ("Lee told the whole story.", "Lee", "told", ["the whole story"]),
    # near misses: a time after a demonstrative is the hearer's adjunct, and a "that" still opens the clause
    ("Lee reminded voters this week that the vote would decide.", "Lee", "reminded", ["the vote would decide"]),
    ("Lee has told donors since the spring that she is worried.", "Lee", "has told", ["she is worried"]),
    ("I am here to tell you what I am doing.", "I", "am here to tell", ["what I am doing"]),
])
def test_a_hearer_past_the_hearer_pattern(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [c.text for c in att.content]) == (source, cue, content)


@pytest.mark.parametrize("sentence", [
    # a blow dealt by a thing or a beast, no words
    "The parked van was slammed by a truck.",
    "The postman was attacked by a dog.",
])
def test_a_passive_blow_by_a_thing_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize(("sentence", "source"), [
    # an attack or a blast after "on" or "at" is the preposition's object, no head of the mention
    ("Teachers on strike said the school would close.", "Teachers on strike"),
    ("Crews at the blaze said the roof had gone.", "Crews at the blaze"),
])
def test_people_at_an_event_are_no_event(rules_only, sentence, source):
    assert [a.source.span.text for a in rules_only.parse(sentence).attributions] == [source]


@pytest.mark.parametrize("sentence", [
    # near misses: the event heads the subject, and tells nothing
    "Strikes at the port hit exports.",
    "Heavy rain lashed the coast.",
])
def test_an_event_still_tells_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize(("sentence", "source", "cue"), [
    # a participle of report before "by" and a name: a cue, its agent named, possessive or not
    ("A claim denied by Lee's aides resurfaced on Monday.", "Lee's aides", "denied"),
    ("A rumour denied by Ann Lee resurfaced on Monday.", "Ann Lee", "denied"),
    # an adverb after the agent is no part of it
    ("The mayor has been mocked by Ann Lee already as a dreamer.", "Ann Lee", "has been mocked"),
])
def test_a_report_participle_before_a_named_agent(rules_only, sentence, source, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, cue)


@pytest.mark.parametrize("sentence", [
    # near misses: a day to be done by is no agent, and backing by a state may be arms or money
    "The deal was confirmed by Friday.",
    "Do the rebel groups backed by Ankara have no choice but to agree its terms?",
])
def test_a_participle_before_a_day_or_a_backer_is_no_cue(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence", [
    # the hearer's last word ends the sentence, or a second predicate follows it: nothing is told
    "The mayor told the harbour board and walked out.",
    "The mayor told the harbour board.",
    "Lee told Reuters and walked out.",
])
def test_a_whole_hearer_and_nothing_told(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize(("sentence", "content"), [
    # a determiner's noun and its verb open the clause after a verb of swearing, as a pronoun does
    ("The witness swore the car was red.", ["the car was red"]),
    ("The nurse attested the patient had been fed.", ["the patient had been fed"]),
    ("The witness swore he saw the car.", ["he saw the car"]),
])
def test_a_bare_clause_after_a_verb_of_swearing(rules_only, sentence, content):
    assert [c.text for c in _one(rules_only.parse(sentence)).content] == content


@pytest.mark.parametrize("sentence", [
    # near misses: an oath sworn, a preposition after the verb, and a post shared are no clause sworn to
    "The witness swore an oath.",
    "The witness swore the oath of office.",
    "The witness swore at the referee.",
    "Fans were sharing a photo this week that appeared to mock the mayor.",
])
def test_no_bare_clause_after_a_verb_of_swearing(rules_only, sentence):
    assert [a for a in rules_only.parse(sentence).attributions if a.cue.text in ("swore", "sharing")] == []


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # a report noun with a modifier that opens the sentence heads its subject: its clause ends
    # before the sentence's own verb, as it does with no modifier
    ("Ng's false claims that the ballot was forged drew anger.", "false claims", "that the ballot was forged"),
    ("Her baseless claim that the pier will close has angered the union.", "baseless claim", "that the pier will close"),
    ("Ng's claims that the ballot was forged drew anger.", "claims", "that the ballot was forged"),
])
def test_a_modified_report_noun_in_the_subject_ends_before_the_verb(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [c.text for c in att.content]) == (cue, [content])


def test_a_modified_report_nouns_clause_with_one_verb_group_runs_on(rules_only):
    # near miss: with no verb of the sentence's own after its clause, the clause runs to the end
    att = _one(rules_only.parse("Ng's false claims that the ballot was forged by clerks."))
    assert [c.text for c in att.content] == ["that the ballot was forged by clerks"]


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # a report noun someone owns after the cue's preposition is what the cue reacts to, no
    # occasion: its "that" clause is the owner's report, and stays in the noun phrase
    ("Anglers bristled at his claims that the weir was leaking.", "bristled at", "his claims that the weir was leaking"),
    ("Anglers balked at Ng's false allegations that the weir was leaking.", "balked at",
     "Ng's false allegations that the weir was leaking"),
    # near misses: an occasion, and a text one said it in, stay the occasion
    ("Ng said at his rally that the weir was leaking.", "said", "the weir was leaking"),
    ("Ng said in his reports that the weir was leaking.", "said", "the weir was leaking"),
])
def test_a_possessed_report_noun_after_the_cue_is_no_occasion(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [c.text for c in att.content]) == (cue, [content])


@pytest.mark.parametrize("sentence", [
    # a blow that sends its object somewhere, dealt by a person: a kick or a shot, no words
    "The ball was blasted by Ann Roe into the net.",
    "The shot was slammed by the striker towards the goal.",
])
def test_a_passive_blow_with_a_direction_is_no_report(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize(("sentence", "source"), [
    # near misses: a blow in words, its time after the agent; an agent that is an inquiry into something
    ("The plan was blasted by Ann Roe on Friday.", "Ann Roe"),
    ("The plan was attacked by the inquiry into the riots.", "the inquiry into the riots"),
])
def test_a_passive_blow_in_words_keeps_its_agent(rules_only, sentence, source):
    assert [a.source.span.text for a in rules_only.parse(sentence).attributions] == [source]


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    # a gerund phrase the subject of its own verb is part of what is said, no participle's report
    ("Mocking the mayor has become a habit, Roe said.", "Roe", "said", ["Mocking the mayor has become a habit"]),
    ("Praising the budget is easy, the minister said.", "the minister", "said", ["Praising the budget is easy"]),
    # near misses: a participle clause before its subject, and a verb of saying's own clause
    ("Criticizing the mayor, Roe said nothing.", "Roe", "Criticizing", ["the mayor"]),
    ("Saying he was tired, the mayor left early.", "the mayor", "Saying", ["he was tired"]),
])
def test_a_fronted_gerund_subject_is_no_participle_clause(rules_only, sentence, source, cue, content):
    att = rules_only.parse(sentence).attributions[0]
    assert (att.source.span.text, att.cue.text, [c.text for c in att.content]) == (source, cue, content)


@pytest.mark.parametrize("sentence", [
    # a verb whose object is always the hearer, with that object alone (a time or a place
    # perhaps): whom one told, nothing told
    "Lee warned the harbour board.",
    "Lee warned the harbour board and left.",
    "Lee assured voters on Monday.",
    # near miss: "told" with a thing told stays no report, as before
    "Lee told the truth.",
])
def test_a_hearer_alone_after_a_verb_of_telling_reports_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize(("sentence", "content"), [
    # near misses: what follows the hearer, or the preposition the cue ends in, is told
    ("Lee warned the harbour board the pier was unsafe.", "the pier was unsafe"),
    ("Lee warned the harbour board about the tides.", "the harbour board about the tides"),
    ("Lee warned about surprises.", "surprises"),
    ("Lee was assured of winning the seat.", "winning the seat"),
])
def test_what_follows_a_hearer_or_a_preposition_is_told(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize(("sentence", "source", "content"), [
    # the one informed is neither content nor source: what they were informed of opens at its preposition
    ("The harbour board informed parliament about the levy.", "The harbour board", "about the levy"),
    ("Lee was informing her of the pier's closure.", "Lee", "of the pier's closure"),
    ("The ferry firm informed staff of the cuts.", "The ferry firm", "of the cuts"),
    ("Ann Roe informed the committee members about the delay.", "Ann Roe", "about the delay"),
    # near miss: before "that" the hearer is read past as ever
    ("The harbour board informed the union that the pier would shut.", "The harbour board", "the pier would shut"),
])
def test_the_one_informed_is_no_content(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [s.text for s in att.content]) == (source, [content])


@pytest.mark.parametrize(("sentence", "cue"), [
    # an adverb between the verb of saying and its platform: the cue holds both, as it holds
    # "said in a statement later" and "later said in a statement"
    ("The levy will go, the harbour board said later in a statement.", "said later in a statement"),
    ("The harbour board said later in a statement that the levy would go.", "said later in a statement"),
    ("The levy will go, the harbour board said in a statement later.", "said in a statement later"),
    # near misses: a bare weekday before the platform, or an adverb with no platform after it
    ("The levy will go, the harbour board said Monday in a statement.", "said"),
    ("The harbour board said later that the levy would go.", "said later"),
])
def test_an_adverb_before_the_platform_is_the_cues(rules_only, sentence, cue):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text.lower() == "the harbour board"
    assert att.cue.text == cue
    assert [c.text for c in att.content] in (["the levy would go"], ["The levy will go"])


@pytest.mark.parametrize("sentence, via", [
    # a show after its outlet's possessive, by a time of day, a day before more of its title, the
    # clock time it airs, or a programme's noun: the show, its outlet's name in it, relays
    ("Mira Vance told Harbourview TV's Breakfast that the ferry would stop.", ["Harbourview TV's Breakfast"]),
    ("Mira Vance told Sky News' Sunday Tidewater that the ferry would stop.", ["Sky News' Sunday Tidewater"]),
    ("Mira Vance told ABC's 8.30 that the ferry would stop.", ["ABC's 8.30"]),
    ("Mira Vance told the ABC's Insiders program that the ferry would stop.", ["the ABC's Insiders program"]),
    # the outlet of its presenter by a full name relays, the presenter heard it; near misses: a person's possessive, a body's scheme
    ("Mira Vance told CNN's Jake Harlow that the ferry would stop.", ["CNN"]),
    ("Mira Vance told Ann Roe's Breakfast that the ferry would stop.", []),
    ("Mira Vance told Lee's aides that the ferry would stop.", []),
    ("Mira Vance told the council's Harbour programme that the ferry would stop.", []),
    # the same spoken on: a clock time after an outlet's possessive, alone or before a programme's noun
    ("Mira Vance said on ABC's 8.30 that the ferry would stop.", ["ABC's 8.30"]),
    ("Mira Vance said on ABC's 8.30 program that the ferry would stop.", ["ABC's 8.30 program"]),
])
def test_a_show_after_its_outlets_possessive_relays(parser, sentence, via):
    (a,) = parser.parse(sentence).attributions
    assert a.source.span.text == "Mira Vance" and [s.text for s in a.content] == ["the ferry would stop"]
    assert [v.span.text for v in a.via] == via
    assert all(v.kind == "outlet" for v in a.via)


@pytest.mark.parametrize("sentence, via", [
    # an Australian station's call sign, a digit and two or three capitals, told or spoken on
    ("Mira Vance told 2HB that the ferry would stop.", ["2HB"]),
    ("Mira Vance told 3KW radio that the ferry would stop.", ["3KW"]),
    ("Mira Vance said on 6TR that the ferry would stop.", ["6TR"]),
    ("Mira Vance said in an interview with 4RQ that the ferry would stop.", ["4RQ"]),
    # near misses: initials with a digit before people they name, and the station's presenter
    ("Mira Vance told 4WD owners that the ferry would stop.", []),
    ("Mira Vance told 2HB's Ann Roe that the ferry would stop.", ["2HB"]),
])
def test_an_australian_call_sign_relays(parser, sentence, via):
    (a,) = parser.parse(sentence).attributions
    assert [s.text for s in a.content] == ["the ferry would stop"] and [v.span.text for v in a.via] == via


def test_a_decimal_number_in_a_hearer_is_one_word(parser):
    # the content starts after the whole "8.30", not at its point; a number in the content stays whole
    (a,) = parser.parse("Mira Vance told Channel 8.30 Live that fares rose 7.30 per cent.").attributions
    assert [s.text for s in a.content] == ["fares rose 7.30 per cent"]


@pytest.mark.parametrize("sentence, kind", [
    # an Australian call sign alone is an outlet's name as a source too
    ("3KW reported that the ferry would stop.", "outlet"),
    ("According to 2HB, the ferry would stop.", "outlet"),
    # near miss: a "1" opens other bodies' names
    ("1HDB said that the ferry would stop.", "group"),
])
def test_an_australian_call_sign_is_an_outlet(parser, sentence, kind):
    (a,) = parser.parse(sentence).attributions
    assert a.source.kind == kind and [s.text for s in a.content] == ["the ferry would stop"]


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # a participle right after its noun, then the sentence's own verb with no subject of its
    # own: the noun is what was announced, by no one named (as after "was announced Monday")
    ("A deal announced Monday would close the pier.", "announced", "A deal"),
    ("The changes announced on Friday will take effect in May.", "announced", "The changes"),
    ("A ferry plan unveiled on Monday has already stalled.", "unveiled", "A ferry plan"),
])
def test_a_participle_on_its_noun_before_the_sentence_verb_reports_the_noun(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source, att.cue.text, [c.text for c in att.content]) == (None, cue, [content])


@pytest.mark.parametrize(("sentence", "source", "content"), [
    # near misses: a finite verb and its subject, or a speaker before a gapped relative clause
    ("The mayor announced Monday the pier would close.", "The mayor", "the pier would close"),
    ("The mayor announced on Friday that the pier would close.", "The mayor", "the pier would close"),
    ("Officials said do not drink the water.", "Officials", "do not drink the water"),
    ("Lee backed a plan she said would cost little.", "she", "a plan … would cost little"),
])
def test_a_clause_after_a_finite_cue_keeps_its_source(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, " … ".join(c.text for c in att.content)) == (source, content)


@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    # a verb of believing or hoping right before a finite auxiliary or copula: its bare clause's
    # subject is the head before the verb's own subject, after any determiner ("our", "my" too)
    ("It is a rule our members believe is wrong.", "our members", "believe", "a rule … is wrong"),
    ("It is a tax their voters believe is unfair.", "their voters", "believe", "a tax … is unfair"),
    ("She backed a step they believe could help.", "they", "believe", "a step … could help"),
    ("The pier got a levy, which the mayor hoped would pay for repairs.", "the mayor", "hoped",
     "which … would pay for repairs"),
    ("It was a fine the clerks claimed was too high.", "the clerks", "claimed", "a fine … was too high"),
])
def test_a_verb_of_believing_before_an_auxiliary_reports_a_gapped_clause(rules_only, sentence, source, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, " … ".join(c.text for c in att.content)) == (source, cue, content)


@pytest.mark.parametrize("sentence", [
    # near misses: a form that is as often a noun, after a determiner or with no subject pronoun
    "His claims were false.",
    "The hopes are high in the harbour.",
    "The thought was absurd to the crew.",
])
def test_a_noun_of_believing_before_a_copula_is_no_cue(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence", [
    # a name alone after a verb whose object is the hearer, then a second predicate: whom one told
    "Lee warned Beijing and left.",
    "Lee warned North Korea on Monday and flew home.",
    "Lee assured the Kremlin and hung up.",
    "The envoy reminded Tokyo and left the talks.",
    # a message sent to a name: who got it, nothing it says
    "Lee emailed Ann Roe on Monday.",
])
def test_a_named_hearer_alone_reports_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize(("sentence", "content"), [
    # near misses: a clause after the named hearer, or one after "that", is told
    ("Lee warned China would retaliate.", "China would retaliate"),
    ("Lee warned Beijing the talks were over.", "the talks were over"),
    ("Lee emailed Ann Roe that the pier was shut.", "the pier was shut"),
])
def test_a_clause_after_a_named_hearer_is_told(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert [c.text for c in att.content] == [content]


@pytest.mark.parametrize(("text", "cue", "subjectless"), [
    # a participle on a thing's noun, the sentence's own verb after it
    ("A deal announced Monday would close the pier.", "announced", True),
    # near miss: a noun of people before the cue is its speaker, the verb after it a gapped
    # relative clause's ("a plan the harbour master said is designed to ...")
    ("the harbour master said is designed to sow discord.", "said", False),
    ("the congressmen said would be released.", "said", False),
])
def test_a_noun_of_people_before_a_cue_is_no_participle_head(text, cue, subjectless):
    from attribution.default_rules.clause_ends import subjectless_content

    at = text.index(" " + cue + " ") + 1
    end = at + len(cue)
    assert subjectless_content(text, (0, at - 1), [(at, end)], end + 1, len(text), attribution.Parser(entry_points=False).lexicon) is subjectless


@pytest.mark.parametrize(("sentence", "cue"), [
    # an adverb of manner after a trailing verb of saying, then an occasion to the sentence's end:
    # the adverb is the cue's and the words before the comma are what was said
    ("The call lasted an hour, Lee said quietly on Monday.", "said quietly"),
    # (a platform the verb takes stays the cue's: "said on the radio")
    ("The call lasted an hour, Lee said happily on the radio.", "said happily on the radio"),
    # near miss: with no adverb, as before
    ("The call lasted an hour, Lee said on the radio.", "said on the radio"),
])
def test_a_manner_adverb_before_an_occasion_after_a_trailing_cue_is_the_cues(rules_only, sentence, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [c.text for c in att.content]) == ("Lee", cue, ["The call lasted an hour"])


def test_a_verb_of_taking_sides_keeps_its_object_after_an_adverb(rules_only):
    # near miss: not a verb of saying; the phrase after the adverb is its object, no occasion
    doc = rules_only.parse("So far, the unions have sided overwhelmingly with Lee.")
    assert all(c.text != "So far" for a in doc.attributions for c in a.content)


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # a participle on a noun that names no speaker, then "last week" and the sentence's own verb:
    # the time is the participle's, and the noun is what was announced, by no one named
    ("A ferry deal announced last week has collapsed.", "announced", "A ferry deal"),
    ("The fare cuts unveiled this month will take effect in May.", "unveiled", "The fare cuts"),
])
def test_a_time_after_a_participle_on_a_thing_is_no_clause_subject(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source, att.cue.text, [c.text for c in att.content]) == (None, cue, [content])


@pytest.mark.parametrize(("sentence", "source", "content"), [
    # near misses: a body or a person before the verb may announce that "last year" was something
    ("The harbour board announced last year was its busiest.", "The harbour board", "last year was its busiest"),
    ("Mara Quill announced last year was her best.", "Mara Quill", "last year was her best"),
])
def test_a_time_after_a_speakers_verb_may_be_the_clauses_subject(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, [c.text for c in att.content]) == (source, [content])


def test_a_denial_after_nor_with_its_own_clause_is_a_negated_report(rules_only):
    # "neither V1 X nor V2 that Y": the second verb reports its clause, the "nor" negates it
    # (a denial negated is no denial, as "did not deny that" is none)
    doc = rules_only.parse("Mara Quill neither confirmed the memo nor denied that the ferry talks had failed.")
    assert [(a.source.span.text, a.cue.text, [c.text for c in a.content], a.polarity) for a in doc.attributions] == [
        ("Mara Quill", "nor denied", ["the ferry talks had failed"], "asserted")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # near misses: two verbs denied together before a noun phrase report nothing; a denial
    # coordinated by "and" is still one; "Neither X nor Y" joins two speakers, and negates
    # their denial as the "nor" before the verb does
    ("Mara Quill neither confirmed the memo nor denied the claims.", []),
    ("Mara Quill confirmed the memo and denied that the ferry talks had failed.",
     [("Mara Quill", "confirmed", "asserted"), ("Mara Quill", "denied", "denied")]),
    ("Neither Mara Quill nor Tom Roe denied that the ferry talks had failed.",
     [("Neither Mara Quill nor Tom Roe", "denied", "asserted")]),
])
def test_a_denial_after_nor_near_misses(rules_only, sentence, expected):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.text, a.polarity) for a in doc.attributions] == expected


@pytest.mark.parametrize(("text", "speakers"), [
    # a field of public life before a headline's colon is its topic, even in a headline alone
    ("Budget: harbour board plans to shut two ferry piers", ["harbour board"]),
    ("Housing: rents at the harbour rise again", []),
    # near misses: a name still speaks before its colon, quoted or not
    ("Quill: 'We will win the ferry vote'", ["Quill"]),
    ("Quill: We will win the ferry vote", ["Quill"]),
])
def test_a_field_of_public_life_before_a_headline_colon_is_no_speaker(rules_only, text, speakers):
    assert [a.source.span.text for a in rules_only.parse(text).attributions] == speakers


@pytest.mark.parametrize("text", [
    # a headline's "seen" with no auxiliary is a passive cut short: no one sees, nothing is seen as
    "Oil seen rising as supply tightens",
    "Barley output seen at record as rains help",
])
def test_a_bare_seen_in_a_headline_is_no_view(rules_only, text):
    assert not any(a.rule == "core.view_as.v1" for a in rules_only.parse(text).attributions)


@pytest.mark.parametrize("text,source,cue", [
    # near misses: a perfect's auxiliary, written out or cut short, an adverb perhaps between, keeps the viewer
    ("We’ve seen the ferry as a lifeline.", "We", "’ve seen … as"),
    ("The growers have long seen the canal as a lifeline.", "The growers", "have long seen … as"),
    ("The growers saw the canal as a lifeline.", "The growers", "saw … as"),
])
def test_an_active_seen_as_keeps_its_viewer(rules_only, text, source, cue):
    att = _one(rules_only.parse(text))
    assert (att.rule, att.source.span.text, " … ".join(c.text for c in att.cue.spans)) == ("core.view_as.v1", source, cue)


@pytest.mark.parametrize("sentence,cue,source", [
    # a participle of naming and its "as" after an object's indefinite noun phrase: a name or a
    # description given, no report (the noun phrase is no speaker, the words before it no content)
    ("The mayor held an event billed as “Hard Hats for Ann” in the park.", "billed", None),
    ("The band played a show billed as the last waltz of the season.", "billed", None),
    ("Lee hosted a dinner billed as a “summit” with donors.", "billed", None),
    ("The council passed a levy labeled as a jobs tax.", "labeled", None),
    # near misses: the subject's own verb of naming keeps its report
    ("Lee billed the dinner as a “summit” with donors.", "billed", "Lee"),
    ("Lee branded the levy as a jobs tax.", "branded", "Lee"),
])
def test_a_participle_of_naming_with_as_after_an_object_is_a_name_given(rules_only, sentence, cue, source):
    found = [a.source.span.text for a in rules_only.parse(sentence).attributions if a.cue.spans[0].text == cue]
    assert found == ([source] if source else [])


@pytest.mark.parametrize("sentence,cue,source", [
    # a definite subject, then a participle of naming and a quoted name set off by commas, its own
    # verb after: the name given, no report of the subject's
    ("The group, called “Parents First,” met on Monday.", "called", None),
    ("This new site, dubbed “The Pier,” cited a poll.", "dubbed", None),
    # near misses: the subject's own verb of naming keeps its report, and the verb after a name still reports
    ("The spokesman called the plan “a disaster,” and left.", "called", "The spokesman"),
    ("The new group, called “Parents First,” says the plan is unfair.", "says", "The new group, called “Parents First,”"),
])
def test_a_quoted_name_set_off_after_a_definite_subject_is_a_name_given(rules_only, sentence, cue, source):
    found = [a.source.span.text for a in rules_only.parse(sentence).attributions if a.cue.spans[0].text == cue]
    assert found == ([source] if source else [])


@pytest.mark.parametrize("sentence, via, content", [
    # a show's title with "the" before its last word, then a clause with no "that": the title's
    # last word is the hearer's, and the show relays what was told or said on it
    ("Mira Vance told CBS's Beat the Tide the ferry would stop.", ["CBS's Beat the Tide"], "the ferry would stop"),
    ("Mira Vance told Face the Nation she would stop the ferry.", ["Face the Nation"], "she would stop the ferry"),
    ("Mira Vance said on CBS's Beat the Tide the ferry would stop.", ["CBS's Beat the Tide"], "the ferry would stop"),
    ("Mira Vance said in an interview with NBC's Meet the Harbour the ferry would stop.",
     ["NBC's Meet the Harbour"], "the ferry would stop"),
    # near misses: a person's name, then the subject of the clause told; no outlet, as before
    ("Mira Vance told Tom the Senate would vote.", [], "the Senate would vote"),
    ("Mira Vance told Ann the Pentagon he visited was shut.", [], "the Pentagon he visited was shut"),
])
def test_a_shows_title_with_the_inside_ends_before_a_bare_clause(rules_only, sentence, via, content):
    att = _one(rules_only.parse(sentence))
    assert att.source.span.text == "Mira Vance"
    assert [v.span.text for v in att.via] == via and all(v.kind == "outlet" for v in att.via)
    assert [c.text for c in att.content] == [content]


@pytest.mark.parametrize("text, via", [
    # an outlet's possessive and one word in capitals that names no person: the outlet relays
    ("Mira Vance told RNZ's Tideline the ferry would stop.", ["RNZ"]),
    ("Mira Vance told the ABC's Outriders that the ferry would stop.", ["the ABC"]),
    ("“The ferry will stop,” Mira Vance told RNZ's Tideline.", ["RNZ"]),
    # the outlet's presenter by a full name: the outlet relays too
    ("Mira Vance told CNN's Jake Harlow that the ferry would stop.", ["CNN"]),
    # near misses: the presenter by a surname the text gives a person elsewhere; a person's
    # possessive; a word that goes on with a noun; a small word of a title
    ("Jake Harlow asked first. Mira Vance told CNN's Harlow that the ferry would stop.", []),
    ("Mira Vance told Lee's aides that the ferry would stop.", []),
    ("Mira Vance told Tom Roe's Tideline that the ferry would stop.", []),
    ("Mira Vance told Reuters' Harbourtown bureau that the ferry would stop.", []),
])
def test_one_title_word_after_an_outlets_possessive_relays_through_the_outlet(rules_only, text, via):
    att = next(a for a in rules_only.parse(text).attributions if a.source.span.text == "Mira Vance")
    assert [c.text.strip("“”,") for c in att.content] in (["the ferry would stop"], ["The ferry will stop"])
    assert [v.span.text for v in att.via] == via and all(v.kind == "outlet" for v in att.via)


@pytest.mark.parametrize("text, source, via", [
    # the outlet a relative clause set off after a text's mention says saw or got the text relays it
    ("The memo, which was seen by The Coastal Post, says the quay will close.", "The memo", ["The Coastal Post"]),
    ("The emails, which have been obtained by The Coastal Post, show that the quay will close.",
     "The emails", ["The Coastal Post"]),
    # "accessed by" and "examined by" are outlets' readings too, in the mention or after a cue
    ("Documents accessed by The Coastal Post show that the quay will close.",
     "Documents accessed by The Coastal Post", ["The Coastal Post"]),
    ("The mayor said in a letter examined by The Coastal Post that the quay would close.", "The mayor", ["The Coastal Post"]),
    # near misses: a reader that is no outlet, and a clause that tells of no reading, relay nothing
    ("The memo, which was seen by the harbour board, says the quay will close.", "The memo", []),
    ("The memo, which was sent to The Coastal Post, says the quay will close.", "The memo", []),
])
def test_an_outlet_that_saw_a_text_relays_it(rules_only, text, source, via):
    att = _one(rules_only.parse(text))
    assert att.source.span.text == source
    assert [v.span.text for v in att.via] == via


@pytest.mark.parametrize(("sentence", "expected"), [
    # a negation that inverts its auxiliary before the speaker negates the denial after it, as
    # "did not deny" does: no denial
    ("Mara Quill did not confirm the memo, nor did she deny that the ferry talks had failed.",
     [("she", "deny", "asserted")]),
    ("Never has the harbour board denied that the ferry talks failed.",
     [("the harbour board", "denied", "asserted")]),
    # near misses: a denial with no negation before its speaker; a denial inside the content
    ("Mara Quill smiled, and the harbour board denied that the ferry talks failed.",
     [("the harbour board", "denied", "denied")]),
    ("Nor did Tom say the harbour board denied that the ferry talks failed.",
     [("Tom", "say", "asserted")]),
])
def test_an_inverted_negation_before_the_speaker_negates_a_denial(rules_only, sentence, expected):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.text, a.polarity) for a in doc.attributions] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a modal or "do" after a singular subject governs a bare verb coordinated after the first:
    # the bare verb reports its clause with the subject's speaker
    ("Mara Quill would neither confirm the memo nor deny that the ferry talks had failed.",
     [("Mara Quill", "nor deny", ["the ferry talks had failed"], "asserted")]),
    ("Mara Quill would confirm the memo and deny that the ferry talks had failed.",
     [("Mara Quill", "deny", ["the ferry talks had failed"], "denied")]),
    # near misses: no modal before the first verb, so the bare verb has no singular subject
    ("Mara Quill went to the pier and feel that the ferry talks had failed.", []),
])
def test_a_modal_governs_a_bare_verb_coordinated_after_its_first(rules_only, sentence, expected):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.text, [c.text for c in a.content], a.polarity) for a in doc.attributions] == expected


@pytest.mark.parametrize(("sentence", "source", "cue"), [
    # a bare form up to three words after "the" or a possessive, right before a finite verb of
    # saying, heads that verb's subject: a noun, no verb of its own
    ("The Harbour Office forecast said the gale would pass.", "The Harbour Office forecast", "said"),
    ("The port agency forecast showed that the gale would pass.", "The port agency forecast", "showed"),
    ("Its annual forecast warned the gale would pass.", "Its annual forecast", "warned"),
    # near misses: the verb takes an object or a clause; a plural noun before an auxiliary
    ("The Harbour Office forecast rain for Tuesday.", "The Harbour Office", "forecast"),
    ("The Harbour Office forecast that the gale would pass.", "The Harbour Office", "forecast"),
    ("Though the pilots continue to express doubts about the pier, the gale passed.", "the pilots",
     "continue to express doubts about"),
])
def test_a_bare_form_after_a_determiner_before_a_finite_verb_of_saying_is_a_noun(rules_only, sentence, source, cue):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, cue)


@pytest.mark.parametrize(("text", "via"), [
    # an interview, an appearance or a piece its outlet's name modifies: the outlet relays the words,
    # as after "in an interview with", in the forward reading and the trailing one
    ("Ann Lee said in an MSNBC interview that the ferry plan was fair.", ["MSNBC"]),
    ("\u201cThe ferry plan is fair,\u201d Ann Lee said in an MSNBC interview.", ["MSNBC"]),
    ("Ann Lee argued in a Fox News op-ed that the ferry plan was fair.", ["Fox News"]),
    ("Ann Lee said in a CBS interview the ferry plan was fair.", ["CBS"]),
    # near misses: a day or a body that names no outlet relays nothing
    ("Ann Lee said in a Friday interview that the ferry plan was fair.", []),
    ("\u201cThe ferry plan is fair,\u201d Ann Lee said in a Senate appearance.", []),
])
def test_an_occasion_its_outlet_modifies_relays_through_the_outlet(rules_only, text, via):
    att = _one(rules_only.parse(text))
    assert att.source.span.text == "Ann Lee" and "ferry plan" in att.content[0].text
    assert [v.span.text for v in att.via] == via


@pytest.mark.parametrize(("sentence", "expected"), [
    # an adjective of certainty, hope or feeling after a form of "be", or a feeling's participle,
    # before a "that" clause: what its subject holds true, hopes or fears
    ("Harbour pilots are optimistic that the new pier will open by June.",
     [("Harbour pilots", "are optimistic", "the new pier will open by June")]),
    ("Some ferry owners are concerned that the levy could drive passengers away.",
     [("Some ferry owners", "are concerned", "the levy could drive passengers away")]),
    ("The fishermen have long been upset that the council ignored their petition.",
     [("The fishermen", "have long been upset", "the council ignored their petition")]),
    ("Many islanders are not confident that the mayor understands their worries.",
     [("Many islanders", "are not confident", "the mayor understands their worries")]),
    # near misses: an impersonal "it" holds no one's stance; "so ... that" opens a result;
    # "that" before a noun is a determiner, no clause
    ("It is certain that the new pier will open by June.", []),
    ("The fishermen were so upset that they walked out of the meeting.", []),
    ("The pilots were confident that morning, and sailed early.", []),
])
def test_a_stance_adjective_after_be_reports_the_that_clause(rules_only, sentence, expected):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.text, a.content[0].text) for a in doc.attributions] == expected


@pytest.mark.parametrize(("text", "source"), [
    # a participle right after a named speaker's statement, speech or letter reports its owner's words,
    # whoever the clause's subject is
    ("After Mayor Ann Lee's Friday speech denouncing the ferry cuts, dock workers went home.", "Mayor Ann Lee's"),
    ("After the Harbour Board's letter urging a new pier, pilots went home.", "the Harbour Board's"),
    # near misses: an event one takes part in, things one issues with no owner named
    ("Sanders supporters have launched petitions calling on the board to act.", "Sanders supporters"),
])
def test_a_participle_after_a_named_owners_statement_reports_the_owner(rules_only, text, source):
    att = _one(rules_only.parse(text))
    assert att.source.span.text == source and att.cue.text.startswith(("denouncing", "urging", "calling"))


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # the one asked or told stands before the topic, which opens the content at its "about" or "of"
    ("Lee asked the harbour master about the new tolls, and he said they would rise.", "asked", ["about the new tolls"]),
    ("Ann Lee asked her about the ferry timetable.", "asked", ["about the ferry timetable"]),
    ("Lee asked members of the board about the pier.", "asked", ["about the pier"]),
    # (a past with an object is no participle describing its subject's noun, whatever verb comes after)
    ("Lee asked Roe about the new tolls, but the mayor was silent.", "asked", ["about the new tolls"]),
    ("The harbour master informed the captain of the pier's closure.", "informed", ["of the pier's closure"]),
    # near misses: what is asked is no hearer; a question word after the hearer opens the content;
    # the one urged to act stays in the content, as annotators mark it; no hearer after "asked about"
    ("Lee asked questions about the new tolls.", "asked questions about", ["the new tolls"]),
    ("Lee asked them a series of questions about how the pier would be paid for.", "asked",
     ["how the pier would be paid for"]),
    ("Lee asked the board to delay the vote.", "asked", ["the board to delay the vote"]),
    ("Lee asked about the new tolls.", "asked about", ["the new tolls"]),
    ("The mayor said the judge was fair.", "said", ["the judge was fair"]),
    ("Lee urged calm.", "urged", ["calm"]),
])
def test_the_one_asked_before_about_is_no_content(rules_only, sentence, cue, content):
    att = rules_only.parse(sentence).attributions[0]
    assert (att.cue.text, [c.text for c in att.content]) == (cue, content)


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # a case pressed or an idea floated is the cue's, as "made the case" is; the clause after "that" is what was said
    ("Lee pressed the case that the harbour tolls should stay low.", "pressed the case", ["the harbour tolls should stay low"]),
    ("Roe floated the idea that the town could buy the pier.", "floated the idea", ["the town could buy the pier"]),
    ("Roe floated the notion of a new ferry toll.", "floated the notion of", ["a new ferry toll"]),
])
def test_a_case_pressed_or_an_idea_floated_is_the_cue(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [c.text for c in att.content]) == (cue, content)


@pytest.mark.parametrize("sentence", [
    # near misses: a raft floats downstream and a bond is floated; nobody reports anything
    "The raft floated the idea downstream.",
    "Lee floated a bond issue.",
])
def test_floating_no_idea_reports_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("text,content", [
    # a court or a council with no determiner after "to" is the hearer, as "police" is; the clause
    # after "that" is the content, its subject a determiner, a name or a bare plural and its auxiliary
    ("Tom Roe denied to court that he took bribes", "he took bribes"),
    ("Ms Orme admitted to council that the budget had failed.", "the budget had failed"),
    ("Ms Orme complained to police that Tom Roe had hit her.", "Tom Roe had hit her"),
    ("Tom Roe denied to court that bribes were taken.", "bribes were taken"),
    # near misses: a day after "that" is its time, no subject; "to court" before a verb is an infinitive
    ("Ms Orme complained to police that Monday he had hit her.", "to police that Monday he had hit her"),
    ("Mr Dale vowed to court that border.", "to court that border"),
])
def test_a_bare_court_or_council_after_to_is_no_content(parser, text, content):
    found = [[s.text for s in a.content] for a in parser.parse(text).attributions]
    assert found == [[content]]


@pytest.mark.parametrize("text", [
    # "refer" with an object and "to" a body sends a case or a matter on: nobody reports anything
    "The panel referred the case to the police.",
    "The judge referred the matter to a higher court.",
    "The board refers complaints to the ombudsman.",
])
def test_a_case_referred_to_a_body_reports_nothing(rules_only, text):
    assert rules_only.parse(text).attributions == ()


@pytest.mark.parametrize("text,cue", [
    # "referring questions to X" after a refusal sends the questions on: only the refusal is a report
    ("The harbour board declined to comment, referring questions to the port authority.", "declined"),
    ("The ferry firm declined to comment, referring inquiries to its insurer.", "declined"),
    ("The council, referring all queries to the police, declined to comment.", "declined"),
])
def test_questions_referred_on_after_a_refusal_are_no_report(rules_only, text, cue):
    assert [a.cue.text for a in rules_only.parse(text).attributions] == [cue]


def test_referring_questions_alone_reports_nothing(rules_only):
    assert rules_only.parse("A spokesman for the mayor was referring questions to the harbour office.").attributions == ()


@pytest.mark.parametrize("text,cue,content", [
    # near misses: "referred to" a thing, or to one as another, stays a cue
    ("Lee referred to the report.", "referred to", "the report"),
    ("Lee referred to Roe as a liar.", "referred to", "Roe as a liar"),
])
def test_referred_to_a_thing_stays_a_cue(rules_only, text, cue, content):
    att = rules_only.parse(text).attributions[0]
    assert (att.cue.text, [c.text for c in att.content]) == (cue, [content])


@pytest.mark.parametrize("sentence, content", [
    # an adjective in -ed after "and" and before a noun and its auxiliary is the content's subject's,
    # no verb of the source's: the content runs on over it
    ("The forecaster said the heat and unsettled weather could last until Friday.",
     "the heat and unsettled weather could last until Friday"),
    ("Officials said the storm and unsettled conditions would delay flights.",
     "the storm and unsettled conditions would delay flights"),
    ("Lee said the rain and continued cold would persist.", "the rain and continued cold would persist"),
    ("Police said the crowd and frustrated fans were angry.", "the crowd and frustrated fans were angry"),
])
def test_an_adjective_in_ed_after_and_is_no_coordinated_cue(parser, sentence, content):
    att = _one(parser.parse(sentence))
    assert (att.cue.text, [s.text for s in att.content]) == ("said", [content])


@pytest.mark.parametrize("sentence, second", [
    # a verb of saying after "and" still reports, its bare noun the subject of its own content
    ("Lee announced the plan and warned costs would rise.", ("warned", "costs would rise")),
    ("The mayor opened the pier and claimed repairs had cost little.", ("claimed", "repairs had cost little")),
])
def test_a_verb_of_saying_after_and_before_a_noun_still_reports(parser, sentence, second):
    found = [(a.cue.text, a.content[0].text) for a in parser.parse(sentence).attributions]
    assert second in found


@pytest.mark.parametrize("sentence, source", [
    # a past the same as its bare form after a body's noun is that body's verb: the body is the
    # participle's subject, as with "raised"
    ("The fund cut rates, saying inflation had eased.", "The fund"),
    ("The central bank cut rates, saying inflation had eased.", "The central bank"),
    ("The opposition hit back, saying the plan was flawed.", "The opposition"),
    ("The union cut ties with the party, saying it had betrayed workers.", "The union"),
])
def test_a_bare_past_after_a_body_gives_the_participle_its_subject(parser, sentence, source):
    att = _one(parser.parse(sentence))
    assert (att.source.span.text, att.cue.text) == (source, "saying")


@pytest.mark.parametrize("sentence, fronted", [
    # a passive participle with its "by" that opens the sentence, its comma not yet reached, is no subject
    ("Courted by Democrats and widely expected to be a candidate, Smith said he would not run.", "Courted"),
    ("Praised by critics and widely expected to win, the director said he was surprised.", "Praised"),
    ("Pressed by donors and widely expected to quit, the senator said she would stay.", "Pressed"),
])
def test_a_fronted_passive_before_its_comma_is_no_source(parser, sentence, fronted):
    sources_found = [a.source.span.text for a in parser.parse(sentence).attributions if a.source]
    assert fronted not in sources_found and any(a.cue.text == "said" for a in parser.parse(sentence).attributions)


@pytest.mark.parametrize("sentence, via", [
    # a name in capitals the tables do not know, right before a broadcaster's medium, is the station told
    ("Mira Vance told SEN radio the ferry would stop.", ["SEN"]),
    ("Mira Vance told Kiss FM radio that the ferry would stop.", ["Kiss FM"]),
    ("Mira Vance told Harbour TV that the ferry would stop.", ["Harbour TV"]),
    # near misses: a person told on the radio, and a name with no medium after it
    ("Mira Vance told Ann Roe on radio that the ferry would stop.", []),
    ("Mira Vance told Tom Roe that the ferry would stop.", []),
])
def test_an_unknown_name_before_radio_told_relays(parser, sentence, via):
    *_, a = parser.parse(sentence).attributions
    assert [s.text for s in a.content] == ["the ferry would stop"] and [v.span.text for v in a.via] == via


@pytest.mark.parametrize("sentence, source, cue, via", [
    # the same station after a trailing cue, told or spoken on in an interview: it relays the quotation
    ("“The water is still rising,” spokesman Tim Bala told DZRB radio.", "spokesman Tim Bala", "told", ["DZRB"]),
    ("“We are ready for Sunday,” the coach told RMC radio on Friday.", "the coach", "told", ["RMC"]),
    ("“The roads are closed,” the mayor said in an interview with Kiss FM radio.", "the mayor", "said", ["Kiss FM"]),
    # near misses: a person told on the radio, and a name with no medium after it
    ("“We are ready for Sunday,” the coach told Ann Roe on radio.", "the coach", "told", []),
    ("“We are ready for Sunday,” the coach told Tom Roe.", "the coach", "told", []),
])
def test_an_unknown_name_before_radio_after_a_trailing_cue_relays(parser, sentence, source, cue, via):
    (a,) = parser.parse(sentence).attributions
    assert (a.source.span.text, a.cue.text, [v.span.text for v in a.via]) == (source, cue, via)
    assert a.content[0].text.startswith("“") and a.content[0].text.endswith(",”")


@pytest.mark.parametrize("sentence,content", [
    # a past verb with an object joined by "and" to a reported clause in the simple past goes on
    # with that clause's subject, when that subject cannot be the source
    ("Police said he returned with a knife and attacked a bouncer.", "he returned with a knife and attacked a bouncer"),
    ("Officers said the man climbed the fence and attacked a guard.", "the man climbed the fence and attacked a guard"),
    ("She said he grabbed the bag and attacked the driver.", "he grabbed the bag and attacked the driver"),
    ("The council said the contractor ignored the warnings and blamed the weather.",
     "the contractor ignored the warnings and blamed the weather"),
    ("Prosecutors said she stole the money and blamed her partner.", "she stole the money and blamed her partner"),
])
def test_a_past_conjunct_goes_on_with_the_reported_clause(rules_only, sentence, content):
    found = rules_only.parse(sentence).attributions
    assert [a.content[0].text for a in found] == [content]


@pytest.mark.parametrize("sentence,second", [
    # near misses: the clause's verb a copula or a modal, a comma before "and", a verb of saying
    # after it, or a pronoun that may be the source itself: the joined verb is the source's own
    ("The mayor said the plan was fair and attacked the council.", "attacked"),
    ("The mayor said the plan would fail and attacked the council.", "attacked"),
    ("The mayor said the contractor ignored the warnings, and attacked the council.", "attacked"),
    ("He said he grabbed the bag and attacked the driver.", "attacked"),
    ("Ann Lee said she regretted the remarks and promised to stay away.", "promised"),
])
def test_a_joined_verb_the_reported_clause_cannot_take_is_the_sources(rules_only, sentence, second):
    found = rules_only.parse(sentence).attributions
    assert [a.cue.spans[0].text for a in found] == ["said", second]
    assert found[0].source.span.text == found[1].source.span.text


@pytest.mark.parametrize("sentence,content", [
    # a past in its bare form after ", and" with "its" or "their" that fits the source is the
    # source's next act, as "and raised their target" is
    ("Analysts said margins would widen, and cut their price target.", "margins would widen"),
    ("The bank said profits would fall, and cut its forecast.", "profits would fall"),
    ("The lender said rates would climb, and put its expansion on hold.", "rates would climb"),
    ("They said costs would rise, and set their fees higher.", "costs would rise"),
    ("The union said the talks had stalled, and set its strike date.", "the talks had stalled"),
])
def test_a_bare_past_after_a_comma_with_the_sources_pronoun_ends_the_content(rules_only, sentence, content):
    assert [a.content[0].text for a in rules_only.parse(sentence).attributions] == [content]


@pytest.mark.parametrize("sentence,content", [
    # near misses: with no comma the bare form may share the clause's modal, and a pronoun
    # that does not fit the source is the clause's subject's
    ("Analysts said margins would widen and cut their price target.",
     "margins would widen and cut their price target"),
    ("Ann Lee said the firm would struggle, and cut its staff.", "the firm would struggle, and cut its staff"),
    ("The bank said the brokers would balk, and cut their fees.", "the brokers would balk, and cut their fees"),
])
def test_a_bare_past_the_source_cannot_own_stays_in_the_content(rules_only, sentence, content):
    assert [a.content[0].text for a in rules_only.parse(sentence).attributions] == [content]


@pytest.mark.parametrize(("sentence", "source", "content"), [
    # a short clause whose verb is an irregular past is what was told, not whom it was told to
    ("Lee warned that inflation rose.", "Lee", "inflation rose"),
    ("The Grayling Foundation has warned that rents in the city rose faster than anywhere else.",
     "The Grayling Foundation", "rents in the city rose faster than anywhere else"),
    ("The union warned that the talks fell apart.", "The union", "the talks fell apart"),
    ("Lee warned inflation rose.", "Lee", "inflation rose"),
])
def test_a_warning_of_a_clause_with_an_irregular_past(rules_only, sentence, source, content):
    att = _one(rules_only.parse(sentence))
    assert (att.source.span.text, att.cue.text, [c.text for c in att.content]) == (source, att.cue.text, [content])
    assert att.cue.text.endswith("warned")


@pytest.mark.parametrize("sentence", [
    # near misses: whom one warned, then a second predicate after "and"
    "Lee warned Beijing and left.",
    "Lee warned the harbour board.",
])
def test_a_warned_hearer_alone_reports_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("sentence", [
    # a lone adverb in -ly before the subject comments on the sentence: no content said
    "Frankly, I am not persuaded.",
    "Sadly, the harbour master agreed.",
    "Honestly, the board conceded.",
])
def test_a_lone_ly_adverb_is_no_trailing_content(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


def test_a_trailing_cue_after_a_clause_still_reports(rules_only):
    # near miss: a clause before the comma is what was said
    att = _one(rules_only.parse("The pier failed badly, the harbour master said."))
    assert (att.source.span.text, [c.text for c in att.content]) == ("the harbour master", ["The pier failed badly"])


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # "do" and "not" before a verb of denial: the bare form is the finite verb,
    # and its object what is (not) denied
    ("The harbour master did not deny the report.", "did not deny", "the report"),
    ("Lee doesn't deny the deal.", "doesn't deny", "the deal"),
    ("The council does not deny the allegations about the pier.", "does not deny", "the allegations about the pier"),
])
def test_do_support_before_a_verb_of_denial(rules_only, sentence, cue, content):
    att = _one(rules_only.parse(sentence))
    assert (att.cue.text, [c.text for c in att.content]) == (cue, [content])


def test_do_support_before_a_deed_is_still_no_report(rules_only):
    # near miss: other verbs after "did not" are as often deeds
    assert rules_only.parse("The harbour master did not find a buyer.").attributions == ()


@pytest.mark.parametrize("sentence,source,cue,content", [
    ("It was never about the mayor, her aides argued in interviews; it was the town's voice.", "her aides", "argued",
     "It was never about the mayor"),
    ("The pier is unsafe, Ann Lee told AFP by telephone; the council disagrees.", "Ann Lee", "told",
     "The pier is unsafe"),
    ("The ferry was late, the captain wrote in his log; the crew were tired.", "the captain", "wrote",
     "The ferry was late"),
])
def test_an_occasion_after_a_trailing_cue_may_end_at_a_semicolon(rules_only, sentence, source, cue, content):
    """"Y, X said in interviews; Z": the semicolon ends the clause the occasion closes, as a
    full stop would; Z is the writer's."""
    found = [(a.source.span.text, a.cue.spans[0].text, a.content[0].text) for a in rules_only.parse(sentence).attributions]
    assert found == [(source, cue, content)]


@pytest.mark.parametrize("sentence,source,content", [
    ("Support is strong among the unions, teachers and union officials said.", "teachers and union officials",
     "Support is strong among the unions"),
    ("Turnout was low in the villages, farmers and local officials told Reuters.", "farmers and local officials",
     "Turnout was low in the villages"),
    ("The mood is grim across the port, dockers and their families said on Monday.", "dockers and their families",
     "The mood is grim across the port"),
])
def test_a_verb_of_saying_after_a_clause_takes_the_words_after_the_lists_last_comma_as_its_subject(
        rules_only, sentence, source, content):
    """The clause before leaves the verb no subject but the coordinated words after the last
    comma, though the walk reads them on as a list with the clause's last noun."""
    found = [(a.source.span.text, a.content[0].text) for a in rules_only.parse(sentence).attributions]
    assert found == [(source, content)]


@pytest.mark.parametrize("sentence", [
    "The ferry carried cars, vans and lorries on Monday.",
    "Lee met the clerk, the judge and the sheriff on Monday.",
])
def test_a_list_after_a_verb_of_no_saying_reports_nothing(rules_only, sentence):
    assert rules_only.parse(sentence).attributions == ()


@pytest.mark.parametrize("text,content", [
    # "that night" is the time's determiner before a name that opens the clause, as before "the"
    ("The network reported that night Ann Lee had resigned.", "Ann Lee had resigned"),
    ("The network reported that night the mayor had resigned.", "the mayor had resigned"),
    # ... and before a place's phrase, then the complementizer
    ("The coach noted that evening outside the stadium that the team was tired.", "the team was tired"),
    # a verb or a possessive's mark after the time's noun: "that" is the determiner of the
    # clause's subject, and the content opens with it
    ("Ann Lee said that day was the worst of her life.", "that day was the worst of her life"),
    ("The mayor told reporters that year's budget would be a mess.", "that year's budget would be a mess"),
    ("The coach said that morning had been a turning point.", "that morning had been a turning point"),
])
def test_that_and_a_time_before_the_clause_is_the_reports_time(rules_only, text, content):
    att = _one(rules_only.parse(text))
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize(("sentence", "source", "content"), [
    # an outlet or agency that cites documents showing a thing makes the claim itself; the documents
    # are its evidence, no speaker it relays
    ("The newspaper cited two studies showing that the pier was unsafe.", "The newspaper",
     "two studies showing that the pier was unsafe"),
    ("The agency cited a large number of audits showing that the levy failed.", "The agency",
     "a large number of audits showing that the levy failed"),
])
def test_documents_cited_as_evidence_are_the_citers_claim(parser, sentence, source, content):
    (att,) = parser.parse(sentence).attributions
    assert (att.source.span.text, att.cue.text, att.via) == (source, "cited", ())
    assert [s.text for s in att.content] == [content]


def test_a_document_an_outlet_reports_is_still_relayed(parser):
    # the near miss: "reported that an audit showed" relays the audit's finding through the outlet
    (att,) = parser.parse("The Gazette reported that an audit showed the pier was unsafe.").attributions
    assert att.source.span.text == "an audit"
    assert [v.span.text for v in att.via] == ["The Gazette"]


@pytest.mark.parametrize("close", ["and left", "and went home", "and took questions", "and walked away"])
def test_a_verb_of_naming_in_a_series_of_pasts_takes_the_series_subject(rules_only, close):
    # an irregular past closes the series as one in "-ed" does; the verb after the name is the
    # subject's, no part of the content
    doc = rules_only.parse(f"The ferry chief inspected the dock, called it “a death trap” {close}.")
    found = [(a.source.span.text, a.cue.spans[0].text, [s.text for s in a.content]) for a in doc.attributions]
    assert found == [("The ferry chief", "called", ["it “a death trap”"])]


def test_a_series_item_inside_a_relative_clause_takes_no_series_subject(rules_only):
    # the middle item is the relative clause's verb, set off by its aside: not the subject's
    doc = rules_only.parse("The minister left the talking to aides, releasing a film that, while praising the crews, "
                           "criticised the harbour board, and worked hard to defend the fares.")
    assert all(a.source is None or a.source.span.text != "The minister"
               for a in doc.attributions if a.cue.spans[0].text == "criticised")


@pytest.mark.parametrize("text", [
    # an author's line under the story's last quotation names an outlet: no credit
    "The ferry will run again in June.\n\n“We owe the island a proper service.”\n\nTom Okafor, Associated Press",
    # name lines over each quotation label the quotation under them, not the one above
    "Ann Lee, harbour master\n\n“The pier is safe.”\n\nTom Okafor, council leader\n\n“It is not.”",
    # a line with a verb of its own is a sentence, no credit
    "The ferry will run again in June.\n\n“We owe the island a proper service.”\n\nTom Okafor, who chairs the forum, disagreed.",
])
def test_a_name_line_that_is_no_pull_quote_credit(rules_only, text):
    found = [(a.source.span.text, a.content[0].text) for a in rules_only.parse(text).attributions
             if a.rule == "core.dash_credit.v2" and a.source]
    assert found == []


@pytest.mark.parametrize("text", [
    # a participle after an adverb and an article modifies the noun after it: no verb of saying
    "Lee opened the week with a personally signed letter that praised the nurses.",
    "The club framed the widely quoted remark that ended the feud.",
])
def test_a_participle_after_an_adverb_and_an_article_is_no_cue(rules_only, text):
    atts = rules_only.parse(text).attributions
    assert not any(a.cue.text.endswith(("signed", "quoted")) for a in atts)
    assert not any(a.source and a.source.span.text.endswith((" a", " the")) for a in atts)


@pytest.mark.parametrize("text,source,cue", [
    # a name ending in "a" before the adverb is no article: the adverb and the verb are the cue
    ("The NASA eventually learned that the probe was lost.", "The NASA", "eventually learned"),
    ("Ann Vega repeatedly insisted the plan was sound.", "Ann Vega", "repeatedly insisted"),
])
def test_an_adverb_after_a_name_ending_in_a_keeps_its_verb(rules_only, text, source, cue):
    att = _one(rules_only.parse(text))
    assert (att.source.span.text, att.cue.text) == (source, cue)


@pytest.mark.parametrize("text,content", [
    # a quotation after the cue that closes on its own stop, "!" or "?" ends the content; the
    # writer's words after its mark are no part of it
    ("Lee shouted, “Stop it!” as she fell.", "“Stop it!”"),
    ("Lee asked, “Who pays for the bridge?” before the vote ended.", "“Who pays for the bridge?”"),
    ("The mayor said: “We won.” and left the stage.", "“We won.”"),
    # a quotation that closes on a comma or a stop and ends the sentence keeps what it was
    ("Lee said, “We will win,” as the crowd cheered.", "“We will win,”"),
    ("Lee wrote: “The plan is dead.”", "“The plan is dead.”"),
])
def test_a_quotation_closed_on_its_stop_ends_the_content(rules_only, text, content):
    assert " … ".join(s.text for s in _one(rules_only.parse(text)).content) == content


@pytest.mark.parametrize("sentence,cue,content", [
    # a pronoun alone for the object before an adjunct clause: the adjunct tells why or when
    # the act happened, no part of what it was about
    ("The council opposed it because the repairs would cost too much.", "opposed", "it"),
    ("Okafor talked about this when she met the harbour crews in March.", "talked about", "this"),
    ("The governor backed them after the storm had closed the pier.", "backed", "them"),
    # a "that" clause after the object of a cue of degree is the result of the degree
    ("Okafor spoke so rarely about it that few residents knew of the plan.", "spoke so rarely about", "it"),
    ("Okafor spoke so rarely about the plan that few residents knew of it.", "spoke so rarely about", "the plan"),
])
def test_an_adjunct_or_a_result_clause_after_an_object_ends_it(rules_only, sentence, cue, content):
    atts = [a for a in rules_only.parse(sentence).attributions if a.cue.text == cue]
    assert [[c.text for c in a.content] for a in atts] == [[content]]


@pytest.mark.parametrize("sentence,content", [
    # near misses: "that" opens the reported clause a fronted adjunct leads into, and a "that"
    # after a cue with no degree is the content's own
    ("The mayor said that because the storm had passed, the pier would reopen.",
     "because the storm had passed, the pier would reopen"),
    ("The mayor spoke about the rumour that the pier would close.", "the rumour that the pier would close"),
])
def test_a_that_or_an_adjunct_with_no_lone_object_before_it_stays(rules_only, sentence, content):
    (att,) = rules_only.parse(sentence).attributions
    assert [c.text for c in att.content] == [content]


@pytest.mark.parametrize(("sentence", "outer", "aside"), [
    # an aside cue right after a relative pronoun on a plural with no mark before it: the aside
    # reports the relative clause, and the report the sentence makes stands up to the pronoun
    ("Ines Marlow said the fares are answers to tolls that, Tom Vale noted, were never fair.",
     ["the fares are answers to tolls"], ["that", "were never fair"]),
    ("Ines Marlow said the ferry follows rules which, Tom Vale argued, are out of date.",
     ["the ferry follows rules"], ["which", "are out of date"]),
])
def test_an_aside_on_a_bare_relative_clause_leaves_the_outer_report(rules_only, sentence, outer, aside):
    doc = rules_only.parse("Officials met at the harbour on Monday to discuss the budget.\n" + sentence)
    found = {a.source.span.text: [c.text for c in a.content] for a in doc.attributions if a.source}
    assert found.get("Ines Marlow") == outer
    assert found.get("Tom Vale") == aside


@pytest.mark.parametrize("sentence", [
    # near misses: a verb's "that" before the aside is no relative clause on a noun
    "The study argues that, Tom Vale noted, the fares were never fair.",
])
def test_an_aside_after_a_verbs_that_reports_the_whole_sentence(rules_only, sentence):
    doc = rules_only.parse("Officials met at the harbour on Monday to discuss the budget.\n" + sentence)
    (vale,) = [a for a in doc.attributions if a.source and a.source.span.text == "Tom Vale"]
    assert vale.content[0].text.startswith("The study argues that")


@pytest.mark.parametrize("text,source,content", [
    # a sentence in brackets: its closing bracket is no part of the content, which never opened it
    ("The pier closed in May. (Okafor declined to comment.)", "Okafor", "to comment"),
    ("The pier closed in May. (Okafor said the repairs were late.)", "Okafor", "the repairs were late"),
    ("The pier closed in May. [Okafor said the repairs were late.]", "Okafor", "the repairs were late"),
    # a bracket the content opens and closes stays, the sentence's own after it goes
    ("The pier closed. (Okafor said the crews would return (in June).)", "Okafor", "the crews would return (in June)"),
    ("Okafor said the ferry (the older one) was unsafe.", "Okafor", "the ferry (the older one) was unsafe"),
    # an aside in brackets that opens inside the sentence: the mention starts after its bracket
    ("The board voted for the toll (Okafor declined to comment).", "Okafor", "to comment"),
])
def test_a_bracket_the_content_never_opened_is_left_out(rules_only, text, source, content):
    atts = [a for a in rules_only.parse(text).attributions if a.source and a.source.span.text == source]
    assert [" … ".join(s.text for s in a.content) for a in atts] == [content]


@pytest.mark.parametrize("text,source,content", [
    # a report that opens inside an aside in brackets ends where the aside closes: what the
    # sentence goes on to say after it is the writer's
    ("The board voted for the toll (Okafor said it was unfair) and the fares rose in May.", "Okafor", "it was unfair"),
    ("Two towns (Okafor said both were unsure) voted against the pier.", "Okafor", "both were unsure"),
    # near miss: a bracket the content opens itself stays in it
    ("Okafor said the crews (all six of them) would return in June.", "Okafor", "the crews (all six of them) would return in June"),
])
def test_a_content_that_opens_in_an_aside_ends_with_it(rules_only, text, source, content):
    atts = [a for a in rules_only.parse(text).attributions if a.source and a.source.span.text == source]
    assert [" … ".join(s.text for s in a.content) for a in atts] == [content]


@pytest.mark.parametrize("text,source,cue,content", [
    # a cue that trails its words inside brackets, after a comma and its subject: the words
    # before it in the brackets are the report, not the sentence around them
    ("The toll (now £5, up from £3 in May, the council said) will rise again.", "the council", "said",
     "now £5, up from £3 in May"),
    ("The crews (nearly all of them new, Okafor says) worked through the storm.", "Okafor", "says",
     "nearly all of them new"),
])
def test_a_cue_that_trails_its_words_in_brackets(rules_only, text, source, cue, content):
    atts = [a for a in rules_only.parse(text).attributions if a.source and a.source.span.text == source]
    assert [(a.cue.text, " … ".join(s.text for s in a.content), a.rule) for a in atts] == [
        (cue, content, "core.trailing_cue.v2")]


def test_a_quoted_page_label_on_its_own_line_is_no_part_of_the_content_before_it(parser):
    doc = parser.parse("Pier to close\n\nThe board said the pier would close on Friday.\n\n“Related:”\n\n"
                       "Harbour Master Says Pier Is Unsafe")
    assert [[c.text for c in a.content] for a in doc.attributions] == [["the pier would close on Friday"]]


@pytest.mark.parametrize(("sentence", "found"), [
    # a trailing cue set off inside a relative clause of the outer content: each report keeps its words,
    # the outer one going on around the relative clause when its predicate resumes
    ("The board met on Monday. Ann Lee said the old pier, which, divers say, will collapse, was built in 1890.",
     [("Ann Lee", "said", ["the old pier", "was built in 1890"]),
      ("divers", "say", ["which", "will collapse"])]),
    ("The board met on Monday. Ann Lee told reporters the ferry captain, who, crew members say, plans to retire, had been ill.",
     [("Ann Lee", "told", ["the ferry captain", "had been ill"]),
      ("crew members", "say", ["who", "plans to retire"])]),
    # ... and ending at the comma before it when nothing of the outer clause follows
    ("The town is counting on the new bridge, which, its engineers believe, will bring more visitors.",
     [("The town", "is counting on", ["the new bridge"]),
      ("its engineers", "believe", ["which", "will bring more visitors"])]),
    ("The board met on Monday. The harbour master said repairs will start at the old pier, which, divers say, could collapse.",
     [("The harbour master", "said", ["repairs will start at the old pier"]),
      ("divers", "say", ["which", "could collapse"])]),
])
def test_a_trailing_cue_inside_a_relative_clause_of_another_report(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, " ".join(s.text for s in a.cue.spans), [s.text for s in a.content])
            for a in doc.attributions] == found


@pytest.mark.parametrize(("sentence", "found"), [
    # a trailing cue set off inside what a verb of saying reports: that report goes on around the aside
    ("The board met on Monday. Ann Lee said the ferry fare, Tom Roe noted, was too high.",
     [("Ann Lee", "said", ["the ferry fare", "was too high"])]),
    ("The board met on Monday. The harbour master told reporters that the old pier, he added, was unsafe.",
     [("The harbour master", "told", ["the old pier", "was unsafe"])]),
    ("The board met on Monday. On Monday, the mayor said the toll was, Tom Roe noted, unfair and costly.",
     [("the mayor", "said", ["the toll was", "unfair and costly"])]),
    # (not inside a verb of hope or thought: the trailing cue reports the whole clause)
    ("The board met on Monday. The sailors were hoping the vote, they argued, would pass.",
     [("they", "argued", ["The sailors were hoping the vote", "would pass"])]),
])
def test_a_trailing_cue_set_off_inside_a_said_clause_leaves_it_to_the_report(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[0].text, [s.text for s in a.content]) for a in doc.attributions] == found


@pytest.mark.parametrize(("sentence", "found"), [
    # "that" alone before the sentence's end is the verb's object, a pronoun standing for what was said
    ("The board met on Monday. The ferry captain was close to tears when he said that.",
     [("he", "said", ["that"])]),
    ("The board met on Monday. Only a third of the divers believe that.",
     [("Only a third of the divers", "believe", ["that"])]),
    # ... and with its noun before a comma and a participle that goes on with the sentence
    ("The board met on Monday. The harbour master echoed that promise, recalling the storm of 1990.",
     [("The harbour master", "echoed", ["that promise"]), ("The harbour master", "recalling", ["the storm of 1990"])]),
    ("The board met on Monday. The ferry union disputed that estimate, citing its own count.",
     [("The ferry union", "disputed", ["that estimate"]), ("The ferry union", "citing", ["its own count"])]),
    # "that" as the subject of the reported clause, a verb in -ed with its object or time after it
    ("The board met on Monday. Some divers said that ignored the risk to the old pier.",
     [("Some divers", "said", ["that ignored the risk to the old pier"])]),
    ("The board met on Monday. Ann Lee said that changed in 1990.",
     [("Ann Lee", "said", ["that changed in 1990"])]),
    # (but a complementizer before a participle or an adjective that opens the clause, or before a
    # noun with no plural in "-s" set off by commas)
    ("The board met on Monday. Ann Lee said that armed men stormed the harbour office.",
     [("Ann Lee", "said", ["armed men stormed the harbour office"])]),
    ("The board met on Monday. Ann Lee said that police, acting on a tip, searched the ferry.",
     [("Ann Lee", "said", ["police, acting on a tip, searched the ferry"])]),
    # (and "that" before a clause after a comma opens it, as before)
    ("The board met on Monday. Ann Lee said that, in 1990, the pier closed.",
     [("Ann Lee", "said", ["in 1990, the pier closed"])]),
])
def test_a_demonstrative_or_subject_that_after_a_verb_of_saying(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[0].text, [s.text for s in a.content]) for a in doc.attributions] == found


@pytest.mark.parametrize(("sentence", "found"), [
    # a trailing cue that closes a bracket: the bracket's words before it are the content, though
    # they would read as a fronted adverbial in a sentence of their own
    ("The board met on Monday. Ferry fares rose (at one point as high as 40%, Ann Lee says) and riders left.",
     [("Ann Lee", "says", ["at one point as high as 40%"])]),
    ("The board met on Monday. The toll fell sharply (in May, the harbour master said).",
     [("the harbour master", "said", ["in May"])]),
    # (not a fronted adverbial with no bracket: the verb is the sentence's own)
    ("The board met on Monday. In 1990, Ann Lee said.", []),
])
def test_a_bracketed_trailing_cue_reports_the_bracket(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[0].text, [s.text for s in a.content]) for a in doc.attributions] == found


@pytest.mark.parametrize(("sentence", "content"), [
    # an occasion right after a gapped verb of saying in a relative clause is that verb's, and the
    # clause's own verb follows it: the content goes on past it
    ("The board met on Monday. Ann Lee criticised the fares that Tom Roe said during the debate were unfair.",
     ["the fares that Tom Roe said during the debate were unfair"]),
    ("The board met on Monday. Ann Lee mocked the repairs which the council said at a hearing would last.",
     ["the repairs which the council said at a hearing would last"]),
    # (the report's own occasion after a relative clause with no gap is cut off, as before)
    ("The board met on Monday. Ann Lee praised the remarks that Tom Roe made during the debate.",
     ["the remarks that Tom Roe made"]),
])
def test_an_occasion_inside_a_gapped_relative_report_stays_in_the_content(rules_only, sentence, content):
    doc = rules_only.parse(sentence)
    assert [[s.text for s in a.content] for a in doc.attributions if a.cue.spans[0].text in ("criticised", "mocked", "praised")] == [content]


@pytest.mark.parametrize("sentence", [
    # a fronted time, then a phrase of time in apposition to it
    "On Friday morning, the second day of her tour, Ann Lee told a joke.",
    "On Friday, her second day at the harbour, the captain told reporters.",
    "Last week, a day after the vote, Ann Lee wrote.",
    # a circumstance fronted before the subject
    "Despite the rain, Ann Lee went on.",
    "Amid the row, the harbour master told reporters.",
    "Ahead of the vote, Ann Lee wrote.",
    "Despite Gale, Regatta Goes On.",
])
def test_a_fronted_time_or_circumstance_is_no_trailing_report(rules_only, sentence):
    """What stands before the subject's comma is the sentence's adverbial, no report's content."""
    assert not [a for a in rules_only.parse(sentence).attributions if a.rule == "core.trailing_cue.v2"]


@pytest.mark.parametrize("sentence,content", [
    # a clause after the appositive's comma is the report's
    ("On Friday, the day of the vote, turnout was low, the clerk said.",
     "On Friday, the day of the vote, turnout was low"),
    ("Despite the rain, the ferry sailed on time, the captain said.",
     "Despite the rain, the ferry sailed on time"),
])
def test_a_clause_after_a_fronted_time_is_the_trailing_reports(rules_only, sentence, content):
    att = _one(rules_only.parse(sentence))
    assert att.rule == "core.trailing_cue.v2"
    assert [s.text for s in att.content] == [content]


@pytest.mark.parametrize(("sentence", "found"), [
    # a stance taken on another's words that carry a report ("echoed that warning") is a report of
    # its own before the participle, as "echoed that promise" is; the words are its object
    ("The board met on Monday. The harbour master echoed that warning, recalling the storm of 1990.",
     [("echoed", ["that warning"]), ("recalling", ["the storm of 1990"])]),
    ("The board met on Monday. Ann Lee rejected the report, saying the figures were wrong.",
     [("rejected", ["the report"]), ("saying", ["the figures were wrong"])]),
    # (a vehicle the speaker puts out still joins the participle's cue)
    ("The board met on Monday. The harbour master issued a warning, saying the pier was unsafe.",
     [("issued a warning, saying", ["the pier was unsafe"])]),
])
def test_a_stance_on_a_vehicle_before_a_participle_stays_a_report_of_its_own(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.cue.spans[0].text, [s.text for s in a.content]) for a in doc.attributions
            if a.source.span.text in ("The harbour master", "Ann Lee")] == found





@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # a participle's aside set off between the subject and its verb ends at the comma before that verb
    ("The board met on Monday. Ann Lee, pleading for a coroner to say that the death was avoidable, wept.",
     "pleading for", "a coroner to say that the death was avoidable"),
    ("The board met on Monday. Ann Lee, insisting the pier was safe, reopened it on Friday.",
     "insisting", "the pier was safe"),
    # (the last such comma: an appositive participle inside the content is the content's)
    ("The board met on Monday. Ann Lee, arguing that the pier, built in 1990, was safe, reopened it.",
     "arguing", "the pier, built in 1990, was safe"),
    # (a list after a comma is no verb of the subject's)
    ("The board met on Monday. Ann Lee, saying the dockers were angry, tired and hungry, left.",
     "saying", "the dockers were angry, tired and hungry"),
])
def test_a_participle_aside_before_the_subjects_verb_ends_at_its_comma(rules_only, sentence, cue, content):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, [s.text for s in a.content]) for a in doc.attributions
            if a.cue.spans[0].text == cue] == [("Ann Lee", [content])]


@pytest.mark.parametrize(("sentence", "content"), [
    # a town after the report's final time is part of that adjunct, not of a noun-phrase content
    ("The board met on Monday. Tom Roe echoed that promise on Monday in Boston.", ["that promise"]),
    ("The board met on Monday. Tom Roe praised the plan last week in New York.", ["the plan"]),
    # (a town with no time before it may be the noun's own, and stays)
    ("The board met on Monday. Tom Roe praised the new stadium in Boston.", ["the new stadium in Boston"]),
])
def test_a_place_after_a_final_time_goes_with_the_time(rules_only, sentence, content):
    doc = rules_only.parse(sentence)
    assert [[s.text for s in a.content] for a in doc.attributions if a.source.span.text == "Tom Roe"] == [content]


@pytest.mark.parametrize(("sentence", "found"), [
    # "Y, X said <occasion>, Z": the occasion of a verb of saying, however it opens, ends at its
    # comma, and the clause after is the report's again
    ("The board met on Monday. The ferry must stay, Ann Lee said after meeting Tuesday with aides, because fares are low.",
     [("Ann Lee", "said", ["The ferry must stay", "because fares are low"])]),
    ("The board met on Monday. The ferry must stay, Ann Lee said at a rally by the harbour, because fares are low.",
     [("Ann Lee", "said", ["The ferry must stay", "because fares are low"])]),
    # (a clause after it that reports again is the second report's)
    ("The board met on Monday. The ferry must stay, Ann Lee said after the debate, because she said the fares are low.",
     [("Ann Lee", "said", ["The ferry must stay"]), ("she", "said", ["the fares are low"])]),
    # (no occasion after a verb that is no verb of saying: "to" opens its object)
    ("The board met on Monday. In 2010, Ann Lee pleaded guilty to fraud in three ports, including Dover.",
     [("Ann Lee", "pleaded guilty", ["to fraud in three ports, including Dover"])]),
])
def test_an_occasion_before_a_comma_after_a_trailing_cue(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[0].text, [s.text for s in a.content]) for a in doc.attributions] == found


@pytest.mark.parametrize(("sentence", "found"), [
    # a report whose clause runs through a colon into a quotation a trailing cue gives to its
    # speaker ends at the colon: both reports stand
    ("The board met on Monday. Ann Lee argued that the harbour had lost its way: “We are broke,” she said.",
     [("Ann Lee", "argued", ["the harbour had lost its way"]), ("she", "said", ["“We are broke,”"])]),
    ("The board met on Monday. Ann Lee wrote that the council had one choice: “Sell the ferry,” the mayor said.",
     [("Ann Lee", "wrote", ["the council had one choice"]), ("the mayor", "said", ["“Sell the ferry,”"])]),
])
def test_a_report_before_a_colon_and_a_quotation_with_a_trailing_cue(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[0].text, [s.text for s in a.content]) for a in doc.attributions] == found


@pytest.mark.parametrize(("sentence", "found"), [
    # a leaning or a likelihood before the infinitive of a verb of believing: the subject's belief,
    # the cue from its copula through the verb
    ("The board met on Monday. Voters were less inclined to believe the mayor.",
     [("Voters", "were less inclined to believe", ["the mayor"])]),
    ("The board met on Monday. Farmers are inclined to think the ferry will fail.",
     [("Farmers", "are inclined to think", ["the ferry will fail"])]),
    ("The board met on Monday. Younger voters were more likely to believe the harbour was safe.",
     [("Younger voters", "were more likely to believe", ["the harbour was safe"])]),
    # (no verb of believing after the leaning: no report)
    ("The board met on Monday. Voters were inclined to vote for the mayor.", []),
])
def test_a_leaning_before_an_infinitive_of_believing(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[0].text, [s.text for s in a.content]) for a in doc.attributions] == found


@pytest.mark.parametrize(("sentence", "found"), [
    # an occasion and an aside set off by commas between the verb and its "that": the aside's noun
    # ("rebuke", "warning") is no cue, the verb of saying keeps the report and its source
    ("The board met on Monday. Ann Lee, the mayor, said Friday, in a rare public rebuke, that the ferry was a waste.",
     [("Ann Lee, the mayor", "said Friday", ["the ferry was a waste"])]),
    ("The board met on Monday. Tom Ruiz, a councillor, wrote, with a stern warning, that the harbour would close.",
     [("Tom Ruiz, a councillor", "wrote", ["the harbour would close"])]),
])
def test_an_aside_noun_between_a_verb_of_saying_and_its_that(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[0].text, [s.text for s in a.content]) for a in doc.attributions] == found


@pytest.mark.parametrize(("sentence", "found"), [
    # a participle of a state of mind and its "that" in an absolute phrase after "with": the noun
    # after "with" holds the view, as it does with a participle in "-ing"
    ("The board met on Monday. The ferry vote passed, with many worried that the tolls would rise.",
     [("many", "worried", ["the tolls would rise"])]),
    ("The board met on Monday. The ferry vote passed, with fishermen convinced that the harbour would close.",
     [("fishermen", "convinced", ["the harbour would close"])]),
    # (a participle that is no state of mind reports nothing there)
    ("The board met on Monday. The ferry vote passed, with the budget approved that morning.", []),
])
def test_a_participle_of_mind_in_an_absolute_phrase(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[0].text, [s.text for s in a.content]) for a in doc.attributions] == found


@pytest.mark.parametrize(("sentence", "found"), [
    # "noticed" and "noticing" before "that" report what was seen, as train gold reads them
    ("The board met on Monday. Ann Lee noticed that the ferry doors were locked.",
     [("Ann Lee", "noticed", ["the ferry doors were locked"])]),
    ("The board met on Monday. The harbour master, noticing that the pier was cracked, closed it.",
     [("The harbour master", "noticing", ["the pier was cracked"])]),
    # (the noun "notice" before a "that" is no verb of noticing)
    ("The board met on Monday. Residents received notice that the ferry office would close.", []),
])
def test_noticing_that_reports(rules_only, sentence, found):
    doc = rules_only.parse(sentence)
    assert [(a.source.span.text, a.cue.spans[0].text, [s.text for s in a.content]) for a in doc.attributions] == found


@pytest.mark.parametrize("sentence, content", [
    # a clause of its own before the speaker's aside, then a quotation that opens a sentence:
    # both are the speaker's, past an occasion after the cue too
    ("The toll was a blunder, Ann Lee said, “We will repeal it.”", "The toll was a blunder … “We will repeal it.”"),
    ("The toll was a blunder, Ann Lee said in an interview, “We will repeal it.”",
     "The toll was a blunder … “We will repeal it.”"),
    ("The ferry sailed late again, Tom Roe said on Friday, “Nobody is surprised.”",
     "The ferry sailed late again … “Nobody is surprised.”"),
    # a phrase the writer fronts, a link or a noun and its participle is no part of what was said
    ("On the subject of the toll, Ann Lee added, “We will repeal it.”", "“We will repeal it.”"),
    ("That said, Ann Lee added, “We will repeal it.”", "“We will repeal it.”"),
    ("Eyebrows raised, Ann Lee asked, “Who pays the toll?”", "“Who pays the toll?”"),
    ("If the toll stays, Ann Lee said, “We will sue.”", "“We will sue.”"),
    ("Striding into the crowded hall of the port board, Ann Lee called over her shoulder, “We will sue.”", "“We will sue.”"),
])
def test_a_clause_before_a_speakers_aside_opens_the_quotation_after_it(parser, sentence, content):
    doc = parser.parse("The port board met on Monday.\n" + sentence)
    found = [" … ".join(s.text for s in a.content) for a in doc.attributions if a.source and a.source.span.text == "Ann Lee"
             or a.source and a.source.span.text == "Tom Roe"]
    assert found == [content]


@pytest.mark.parametrize("headline, source, cue, content", [
    # a title-case headline that is a sentence before its colon: the name before the verb in "-s" is
    # the speaker, the verb and its object through the colon the cue
    ("Lee Addresses Pier Fire: ‘We Will Rebuild.’\n\nThe mayor spoke on Friday.",
     "Lee", "Addresses Pier Fire:", "‘We Will Rebuild.’"),
    ("Roe Wades In: Ferry Fares Must Fall\n\nThe senator spoke on Monday.", "Roe", "Wades In:", "Ferry Fares Must Fall"),
    ("Harbour Board Rebuffs Lee: ‘No Cuts This Year.’\n\nThe board met on Monday.",
     "Harbour Board", "Rebuffs Lee:", "‘No Cuts This Year.’"),
])
def test_a_title_case_sentence_before_a_headline_colon_names_its_subject(parser, headline, source, cue, content):
    att = next(a for a in parser.parse(headline).attributions if a.rule == "core.headline_speaker.v2")
    assert (att.source.span.text, att.cue.text, [s.text for s in att.content]) == (source, cue, [content])


@pytest.mark.parametrize("headline, source", [
    # a name in "-s" that the story writes again is no verb ("Ann Sanders"), nor is an outlet's "News"
    ("Ann Sanders Visits Harbour: ‘We Will Rebuild.’\n\nAnn Sanders spoke on Friday.", "Ann Sanders Visits Harbour"),
])
def test_a_name_in_s_before_a_title_case_headline_colon_is_no_verb(parser, headline, source):
    att = next(a for a in parser.parse(headline).attributions if a.rule == "core.headline_speaker.v2")
    assert att.source.span.text == source


def test_an_outlet_name_in_news_before_a_headline_colon_is_no_verb(parser):
    doc = parser.parse("Harbour News Daily: A Week at Sea\n\nThe show aired on Monday.")
    assert all(a.cue.text != "News Daily:" for a in doc.attributions)
