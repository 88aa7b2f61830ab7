#!/usr/bin/env python3
"""Rebuild ``src/attribution/data/given_names.txt``, the given names the parser
knows, from annotated training splits.

usage: python scripts/build_given_names.py TRAIN_SPLIT_DIR [TRAIN_SPLIT_DIR ...]

Each TRAIN_SPLIT_DIR holds ``text/`` and ``attributions/`` in the PolNeAR
layout (the first annotator's file of each article is read). Only ever point
it at training splits.

A word is mined as a given name when, in some article, an annotated source
is a run of capitalised words whose last word, the surname, is also an
annotated source on its own in that article ("Ann Rao said ... Rao added"):
the word right before the surname (initials skipped: "Ann K. Rao") is the
given name, when the name is of those two words only (after a title or a
lower-case word: "Mayor Ann Rao", not "Ann Lee Rao", whose "Lee" may be a
middle name or part of the surname). Words that other tables of the project
already give a part (titles, outlet names, bodies of government, ...), words
the training text uses in lower case at least half as often as in capitals
mid-sentence (a common noun: "state", "bill"), words it shows as a place a
tenth of the time ("in Utah", "from Delhi"), and words annotated as a source
on their own more often than mined as a given name (a surname: "Trump"),
and words that stand before another capitalised word in less than half of
their capitalised uses mid-sentence (a word of description: "Latino voters")
are dropped. A hand-kept list of common given names of American, British,
Irish, Australian and Indian English (``COMMON_GIVEN_NAMES`` below), many of
which a training split seldom shows, is added to what is mined.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from attribution import default_lexicon as en
from attribution.evaluation import load_corpus
from attribution.tokens import WORD

OUTPUT = Path(__file__).resolve().parent.parent / "src" / "attribution" / "data" / "given_names.txt"

# Hand-kept: common given names of American, British, Irish, Australian and Indian
# English news, a general lexicon (not mined; kept apart so that what the corpus
# gives stays visible). Left out: names that are common English words ("will",
# "mark", "grant", "rose", "hope"), places ("Georgia", "Austin") or common
# surnames ("Scott", "Ryan", "Kim").
COMMON_GIVEN_NAMES = frozenset(
    """
    aaron adam alan alex alexander alice alison amanda amelia amy andrew angela ann anna
    anne anthony charlotte chloe claire daniel david edward eleanor ella emily emma
    fiona frances george grace hannah harriet harry helen henry isabel jack james jane
    jessica joanna john jonathan joseph kate katherine laura liam lucy mark martin matthew
    michael nicola oliver olivia owen patrick paul peter philip rachel rebecca richard
    robert ruth sam samuel sarah simon sophie stephen susan thomas william zoe
    aditya ajay akhilesh amit amitabh anand anil anita anjali arjun arun arvind ashok
    deepak deepika divya ganesh gaurav geeta girish gopal harish kavita kiran krishna
    lakshmi mahesh manish manoj meena mohan mukesh nandini neha nikhil nirmala nitin
    pankaj pooja pradeep prakash priya priyanka rahul raj rajesh rakesh ramesh ravi
    rekha rohit sachin sandeep sanjay santosh shalini shashi shweta smriti sneha sunil
    sunita suresh sushma swati uma usha vijay vikas vikram vinod vivek yogesh
    aidan alfie alistair allan angus archie arthur barry benjamin bernard brendan brett callum
    calvin carl charlie christopher clive colin conor craig damian damien darren declan derek
    dominic duncan dylan edmund eoin ethan eugene evan felix fergus finn francis freddie frederick
    gareth gavin geoffrey gerald gerard gerry graeme gregory harold harvey hamish iain ian isaac
    jake jamie jared jeremy jerome jimmy johnny jon joshua julian justin keith kenneth kevin kieran
    kyle lachlan lawrence leo leonard luke malcolm marcus mario maurice nathan nicholas nigel noel
    norman oscar phillip quentin ralph raymond reginald rhys rodney ronald rory rupert seamus
    sebastian seth shane shaun sidney steven steve stuart terence theo theodore timothy toby todd
    tony travis troy vincent wesley zachary brandon cody dustin dwayne elijah gabriel jeffery jerry
    joey jonah kurt larry lyndon mitch nathaniel neal randy reggie ricky shawn walter wendell willie
    wyatt ciaran cillian colm conall diarmuid donal enda eoghan fintan niall oisin padraig ronan
    tadhg abhishek ajit akash akshay alok amarinder amol anirudh ankit anupam anurag arnab ashish
    ashwin atul bhupendra bhupesh chandan chetan darshan devendra dhruv digvijay dilip dinesh eknath
    gautam govind hardik hemant jagdish jairam jatin jayant jitendra jyotiraditya kailash kamal
    kapil karan kartik kishore kunal lalit madhav mahendra mallikarjun manmohan mayank milind mohit
    mukul narendra naresh naveen navin nilesh niraj nitish pawan piyush pranav prashant praveen
    pravin raghav rajat rajeev rajendra rajiv rajnath ranjit ratan ravindra rishi rohan sameer
    sanjeev satish saurabh shailesh shivraj shyam siddharth subhash sudhir sujit sukhbir sumit
    surendra tarun tushar uddhav uday umesh vaibhav varun venkatesh vinay vipin virat vishal
    yashwant yogendra dharmendra hardeep mohammed mohammad imran irfan javed salman shahid sajid
    rashid faisal tariq arif asif zubair owais aamir kabir
    abigail adele agnes aisha alexandra alicia allison alyssa andrea angelina annabel annie antonia
    audrey barbara beatrice belinda bella bernadette beth bethany beverley beverly brenda bridget
    brittany caitlin camilla caroline carolyn cassandra cathy cecilia cheryl christina christine
    cindy clara claudia colleen courtney cynthia danielle debbie deborah debra denise diana diane
    donna doris dorothy edith eileen elaine elena eliza elizabeth ellen ellie eloise elsie erin
    esther eva evelyn felicity freya gemma geraldine gillian gina gloria heidi helena hilary imogen
    irene isabella isla jacqueline janet janice jasmine jennifer jenny jill joan joanne jocelyn
    josephine joyce judith judy julia julie juliet karen kathleen kathryn katie kayla kimberly
    kirsty kristen lara lauren leah linda lisa lorraine louise lydia madeleine maggie mandy margaret
    maria marian marie marilyn marion martha mary maureen megan melanie melissa michelle miriam
    molly monica nadia naomi natalie natasha nicole nina nora norah paige pamela patricia paula
    pauline penelope philippa phoebe polly rachael rebekah rhiannon rita roberta rosemary roxanne
    sabrina sally samantha sandra sara sharon sheila shirley siobhan sonia stacey stella stephanie
    susannah suzanne sylvia tamsin tanya teresa theresa tina tracey tracy valerie vanessa vera
    veronica wendy yvonne aoife caoimhe ciara grainne maeve niamh orla roisin saoirse sinead aisling
    clodagh deirdre aarti aishwarya alka amrita ananya anupama aparna archana arundhati bhavna
    chitra deepa devika gauri hema indira jaya jyoti kajal kalpana kamala kanimozhi kareena kirti
    lata madhuri mahua mamata manisha maya meenakshi mehbooba mira nisha nita pallavi parvati poonam
    pratibha preeti radha radhika rashmi renu ritu riya roshni rupa sadhana sangeeta sarita savita
    seema shabana shilpa shobha shraddha shreya shruti sita smita sonal sonali sonam supriya
    sushmita swara tanvi vandana varsha vidya yamini harsimrat nirupama fatima ayesha zainab nazia
    rukhsana shazia
    jesse lindsay leslie terry ashley gurpreet harpreet manpreet jaspreet navjot
    """.split()
)

# Words that a table of the project gives another part: no given name, whatever the corpus shows.
_NOT_NAMES = (
    en.TITLES | en.OUTLET_NAME_ENDS | en.OUTLET_NAMES | en.OUTLET_NOUNS | en.GOVERNMENT_WORDS
    | en.ORGANIZATION_WORDS | en.DOCUMENT_NOUNS | en.GROUP_NAMES | en.PERSON_NOUNS | en.TIME_WORDS
    | en.SUBORDINATORS | en.SENTENCE_ADVERBS | en.SUBJECT_PRONOUNS | en.OBJECT_PRONOUNS
    | frozenset(en.PRONOUNS) | en.UNNAMED_NOUNS | en.COLLECTIVE_NOUNS
)
# Prepositions before a place: a word seen capitalised right after one, with no
# capitalised word after it, names a place ("in Utah", "from Delhi").
_PLACE_PREPOSITIONS = frozenset("in from to across near outside".split())
# A word is dropped as a common noun when the text has it in lower case at least
# half as often as capitalised mid-sentence ("bill", "mark"), and as a place when
# a tenth or more of its capitalised uses are after a preposition of place.
_COMMON_NOUN_RATIO = 2
_PLACE_RATIO = 10


def _capitalised(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower() and word.isalpha()


def _initial(text: str, m) -> bool:
    """Whether a word is an initial: one capital letter and a full stop ("K.")."""
    return len(m.group()) == 1 and m.group().isupper() and text[m.end():m.end() + 1] == "."


def mine(splits: list[Path]) -> tuple[collections.Counter, ...]:
    """Per lower-case word: how often it is mined as a given name, how often the
    text has it in lower case, capitalised mid-sentence, capitalised after a
    preposition of place with no capitalised word after it, as an annotated
    source on its own (a surname), and capitalised mid-sentence before a
    capitalised word."""
    given: collections.Counter = collections.Counter()
    lower: collections.Counter = collections.Counter()
    capital: collections.Counter = collections.Counter()
    place: collections.Counter = collections.Counter()
    surname: collections.Counter = collections.Counter()
    named: collections.Counter = collections.Counter()
    for split in splits:
        for article in load_corpus(split):
            text = article.text
            words = list(WORD.finditer(text))
            for k in range(1, len(words)):
                w, before = words[k].group(), text[words[k - 1].end():words[k].start()]
                if w.islower():
                    lower[w] += 1
                elif _capitalised(w) and before.strip() in ("", ","):  # mid-sentence
                    capital[w.lower()] += 1
                    after = words[k + 1].group() if k + 1 < len(words) else ""
                    if words[k - 1].group().lower() in _PLACE_PREPOSITIONS and not after[:1].isupper():
                        place[w.lower()] += 1
                    if after[:1].isupper():
                        named[w.lower()] += 1
            spans = [[m for s, e in ann.source for m in WORD.finditer(text, s, e)] for ann in article.gold if ann.source]
            alone = {ms[0].group() for ms in spans if len(ms) == 1 and _capitalised(ms[0].group())}
            for ms in spans:
                names = [m for m in ms if not _initial(text, m)]
                if len(names) == 1 and _capitalised(names[0].group()):
                    surname[names[0].group().lower()] += 1
                if len(names) < 2 or names[-1].group() not in alone:
                    continue
                # a name of two words, the first of the mention or after a title or a lower-case
                # word ("Ann Rao", "Mayor Ann Rao", "pilot Ann K. Rao"; not "Ann Lee Rao")
                first = names[-2].group()
                before = names[-3].group() if len(names) > 2 else ""
                if (_capitalised(first) and first.lower() not in en.TITLES
                        and (not before or before.lower().rstrip(".") in en.TITLES or not before[:1].isupper())):
                    given[first.lower()] += 1
    return given, lower, capital, place, surname, named


def given_names(splits: list[Path]) -> list[str]:
    """The mined given names that pass the rules in the module's docstring, with the hand-kept ones, sorted."""
    given, lower, capital, place, surname, named = mine(splits)
    mined = {
        w for w in given
        if w not in _NOT_NAMES and w + "s" not in _NOT_NAMES and lower[w] * _COMMON_NOUN_RATIO <= capital[w]
        and place[w] * _PLACE_RATIO < capital[w] and surname[w] <= given[w] and named[w] * 2 >= capital[w]
    }
    return sorted(mined | COMMON_GIVEN_NAMES)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    names = given_names([Path(a) for a in argv])
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Given names, one a line, lower case: written by scripts/build_given_names.py\n")
        f.write("# (mined from an annotated training split's sources, with a hand-kept list of common ones).\n")
        for name in names:
            f.write(name + "\n")
    print(f"{len(names)} given names -> {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
