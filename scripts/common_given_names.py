"""Common given names of American, British, Irish, Australian and Indian English news
(and the Spanish, Arabic, Russian and French names it often carries), hand-kept: a general lexicon, not mined, that ``build_given_names.py`` and
``build_name_genders.py`` add to what they mine from a training split (kept apart so
that what the corpus gives stays visible). Left out: names that are common English
words ("will", "bill", "grant", "rose", "hope"), places ("Georgia", "Austin") or common
surnames ("Scott", "Ryan", "Kim")."""

# The pronoun the people of each name mostly go by; names worn by both are in SHARED_NAMES.
COMMON_GENDERS = {
    **dict.fromkeys(
        """
        aaron adam alan alexander andrew anthony daniel david edward george harry henry
        jack james john jonathan joseph liam mark martin matthew michael oliver owen
        patrick paul peter philip richard robert samuel simon stephen thomas william
        aditya ajay akhilesh amit amitabh anand anil arjun arun arvind ashok deepak ganesh
        gaurav girish gopal harish mahesh manish manoj mohan mukesh nikhil nitin pankaj
        pradeep prakash rahul raj rajesh rakesh ramesh ravi rohit sachin sandeep sanjay
        santosh sunil suresh vijay vikas vikram vinod vivek yogesh
        aidan alfie alistair allan angus archie arthur barry benjamin bernard brendan brett callum
        calvin carl charlie christopher clive colin conor craig damian damien darren declan derek
        dominic duncan dylan edmund eoin ethan eugene evan felix fergus finn francis freddie
        frederick gareth gavin geoffrey gerald gerard gerry graeme gregory harold harvey hamish iain
        ian isaac jake jamie jared jeremy jerome jimmy johnny jon joshua julian justin keith kenneth
        kevin kieran kyle lachlan lawrence leo leonard luke malcolm marcus mario maurice nathan
        nicholas nigel noel norman oscar phillip quentin ralph raymond reginald rhys rodney ronald
        rory rupert seamus sebastian seth shane shaun sidney steven steve stuart terence theo
        theodore timothy toby todd tony travis troy vincent wesley zachary brandon cody dustin
        dwayne elijah gabriel jeffery jerry joey jonah kurt larry lyndon mitch nathaniel neal randy
        reggie ricky shawn walter wendell willie wyatt ciaran cillian colm conall diarmuid donal
        enda eoghan fintan niall oisin padraig ronan tadhg abhishek ajit akash akshay alok amarinder
        amol anirudh ankit anupam anurag arnab ashish ashwin atul bhupendra bhupesh chandan chetan
        darshan devendra dhruv digvijay dilip dinesh eknath gautam govind hardik hemant jagdish
        jairam jatin jayant jitendra jyotiraditya kailash kamal kapil karan kartik kishore kunal
        lalit madhav mahendra mallikarjun manmohan mayank milind mohit mukul narendra naresh naveen
        navin nilesh niraj nitish pawan piyush pranav prashant praveen pravin raghav rajat rajeev
        rajendra rajiv rajnath ranjit ratan ravindra rishi rohan sameer sanjeev satish saurabh
        shailesh shivraj shyam siddharth subhash sudhir sujit sukhbir sumit surendra tarun tushar
        uddhav uday umesh vaibhav varun venkatesh vinay vipin virat vishal yashwant yogendra
        dharmendra hardeep mohammed mohammad imran irfan javed salman shahid sajid rashid faisal
        tariq arif asif zubair owais aamir kabir
        tom tommy bob bobby dave davey nick pete rob robbie andy matt ed eddie greg ken kenny ron
        ronnie fred freddy doug phil stu jim mike dan danny ben joe tim jeff chuck
        brad bryan bret don hank jason rudy rudolph stan herbert otis karl leon louis rex roy
        alberto alejandro antonio carlos eduardo fernando francisco javier jorge jose juan luis manuel
        miguel pedro rafael ricardo roberto sergio dmitry igor sergei vladimir yuri emmanuel francois
        jacques nicolas abdullah ahmed ali ibrahim khalid mahmoud mustafa omar yusuf
        """.split(), "he"),
    **dict.fromkeys(
        """
        alice alison amanda amelia amy angela ann anna anne charlotte chloe claire eleanor
        ella emily emma fiona frances grace hannah harriet helen isabel jane jessica joanna
        kate katherine laura lucy nicola olivia rachel rebecca ruth sarah sophie susan zoe
        anita anjali deepika divya geeta kavita lakshmi meena nandini neha nirmala pooja
        priya priyanka rekha shalini shweta smriti sneha sunita sushma swati uma usha
        abigail adele agnes aisha alexandra alicia allison alyssa andrea angelina annabel annie
        antonia audrey barbara beatrice belinda bella bernadette beth bethany beverley beverly
        brenda bridget brittany caitlin camilla caroline carolyn cassandra cathy cecilia cheryl
        christina christine cindy clara claudia colleen courtney cynthia danielle debbie deborah
        debra denise diana diane donna doris dorothy edith eileen elaine elena eliza elizabeth ellen
        ellie eloise elsie erin esther eva evelyn felicity freya gemma geraldine gillian gina gloria
        heidi helena hilary imogen irene isabella isla jacqueline janet janice jasmine jennifer
        jenny jill joan joanne jocelyn josephine joyce judith judy julia julie juliet karen kathleen
        kathryn katie kayla kimberly kirsty kristen lara lauren leah linda lisa lorraine louise
        lydia madeleine maggie mandy margaret maria marian marie marilyn marion martha mary maureen
        megan melanie melissa michelle miriam molly monica nadia naomi natalie natasha nicole nina
        nora norah paige pamela patricia paula pauline penelope philippa phoebe polly rachael
        rebekah rhiannon rita roberta rosemary roxanne sabrina sally samantha sandra sara sharon
        sheila shirley siobhan sonia stacey stella stephanie susannah suzanne sylvia tamsin tanya
        teresa theresa tina tracey tracy valerie vanessa vera veronica wendy yvonne aoife caoimhe
        ciara grainne maeve niamh orla roisin saoirse sinead aisling clodagh deirdre aarti aishwarya
        alka amrita ananya anupama aparna archana arundhati bhavna chitra deepa devika gauri hema
        indira jaya jyoti kajal kalpana kamala kanimozhi kareena kirti lata madhuri mahua mamata
        manisha maya meenakshi mehbooba mira nisha nita pallavi parvati poonam pratibha preeti radha
        radhika rashmi renu ritu riya roshni rupa sadhana sangeeta sarita savita seema shabana
        shilpa shobha shraddha shreya shruti sita smita sonal sonali sonam supriya sushmita swara
        tanvi vandana varsha vidya yamini harsimrat nirupama fatima ayesha zainab nazia rukhsana
        shazia
        liz lizzie jen jenn meg becky vicky jess libby peggy kathy patty jo
        phyllis kelly gabby gabrielle gabriella nancy michele sheryl marsha betsy dianne kirsten tammy
        nikki gretchen kristin kristina lori marcia margo meredith mia monique nadine olga renee rhonda
        stacy susie tara tiffany vicki wanda yolanda carmen ana lucia sofia ghazala farah amina nasreen
        melania ivanka
        """.split(), "she"),
    "mitt": "he",
}

# Given names that are common English words too ("Bill Clinton", "Hope Hicks"): no given name
# of the person table (a capitalised "Bill" or "Grant" alone is seldom a name), but the pronoun
# their people go by, which the gender table reads only of a name with a surname after it.
WORD_NAME_GENDERS = {
    **dict.fromkeys("bill will grant rand chase".split(), "he"),
    **dict.fromkeys("rose hope sue faith joy".split(), "she"),
}

# Names worn by both men and women ("alex", "sam", "kiran"): given names with no pronoun.
SHARED_NAMES = frozenset("alex ashley gurpreet harpreet jaspreet jesse kiran krishna leslie lindsay manpreet navjot sam shashi terry".split())

# Every common given name.
COMMON_GIVEN_NAMES = frozenset(COMMON_GENDERS) | SHARED_NAMES
