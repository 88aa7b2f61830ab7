"""Common given names of American, British, Irish, Australian and Indian English news
(and the names of South Asia, the Middle East, Africa, East Asia, Latin America and Europe
that wire copy and world news carry), hand-kept: a general lexicon, not mined, that ``build_given_names.py`` and
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
    # Men's names of wider news, in this order: English, Indian (Hindi, Tamil, Telugu, Bengali, Punjabi,
    # Marathi, Malayalam), Pakistani, Bangladeshi, Arabic, Persian, Turkish, Nigerian, Kenyan, Ghanaian,
    # South African, Japanese, Chinese, Korean, Vietnamese, Latin American, French, German, Italian,
    # Slavic, and the accented spellings of some ("José", "François"). Left out as above, and the
    # ones often a surname too ("Graham", "Hussein", "Abbas", "Floyd") or part of a name of a body
    # ("Shiv Sena")
    **dict.fromkeys(
        """
        dexter dwight everett gregg mickey monty rufus ivor abraham albert alfred alvin andre angelo antony
        archibald arnold barney benedict bernie bertie billy boris brian bruce byron cecil charles clarence
        clifford clint clyde conrad cyril darrell darryl dennis desmond donald douglas edgar edwin elliot
        elmer elvis emmett ernest ernie errol garry gary glenn gordon harrison hector herman howard hugh
        hugo ivan jacob jeffrey joel julius kelvin leroy lester lionel lloyd lucas marvin melvin neil ollie
        percy ramon randall reuben richie roger roland sammy samson saul sean micheal sheldon ted terrence thaddeus
        tobias trevor tristan tyrone vince virgil wilbur wilfred winston woodrow zach ezra eli caleb levi
        moses jonas silas gideon reece jayden aarav abhay abhijit amar amartya anant aniket anshul ashutosh
        avinash balaji bhaskar chandrababu chandrashekhar debashish devesh dhananjay dushyant gajendra
        gopinath hari harsha himanshu hitesh indrajit jagan jaishankar jignesh kamlesh kanhaiya kaushik
        keshav lalu manohar mihir mithun murali nagendra nakul navneet neeraj omkar parag paresh parth
        pinarayi pramod pranab prasanna prateek pritam prithvi puneet raghu raghuram rajinder ranbir ranveer
        ritesh sagar sahil samir sharad shashank shekhar shivam shrikant srinivas sudarshan sudhakar sukhdev
        sundar suraj surya swapan tejashwi upendra vasant vasudev vikrant vinayak vipul virendra vishnu yash
        yuvraj prem karthik murugan saravanan senthil sivakumar udhayanidhi chiranjeevi nagarjuna revanth
        venkat anirban arindam arijit biswajit debabrata debasish dipankar partha prosenjit sourav subrata
        sudip sujoy suvendu satyajit amrinder baljit balwinder bhagwant charanjit harbhajan harjit inderjit
        jagmeet jasbir jaswant kuldeep kulwant manjit satnam sukhwinder tejinder ajinkya kedar mangesh
        oommen sreejith abdul abdel abdulaziz adel adil adnan ahmad ahsan akram alaa amir anwar asad ashraf
        atif ayman babar bilal fahad fahd farhan farid farooq fawad ghulam hamid hamza haroon hasan hisham
        ijaz ismail jalal jamal jamil junaid kareem karim khaled khurram majid mansoor marwan masood mohamed
        mohsin muhammad munir mushtaq nabil nadeem naeem najib nasir naveed osama qasim rafiq raheem rahim
        rami raza riaz rizwan saad sadiq saif saleem salim sami sarfraz shahbaz shakeel shehbaz shoaib
        sohail tahir talal tamer tanvir tarek umar usman waleed walid waqar waseem wasim yasir yasser younis
        youssef yousef zafar zahid zaid zakir abid arshad asim imtiaz iftikhar kashif pervez sajjad shafiq
        tanveer bilawal mahbub mostafa obaidul fakhrul alireza arash babak behrouz bijan dariush farhad
        farzad hossein javad kamran kaveh mehdi mehran mohsen mojtaba morteza omid parviz payam reza shahram
        vahid hamed jafar kazem ahmet burak emre hakan halil huseyin kemal mehmet murat osman recep serkan
        suleyman tayyip volkan omer binali ekrem bulent levent orhan ugur erkan adebayo ademola adewale
        babajide chidi chijioke chinedu chukwuma emeka femi ifeanyi kayode muhammadu nnamdi obinna olusegun
        rotimi segun tunde kunle gbenga babatunde ikenna uhuru raila kalonzo musalia eliud kwame kofi
        kwabena kwaku kwasi kojo kwadwo thabo sipho mandla themba bongani sibusiso siyabonga tshepo thulani
        jabulani gwede kgalema mmusi pieter johan hendrik willem andries akira daisuke fumio haruki hideki
        hiroshi hiroki hiroyuki ichiro junichiro kazuo kenji kenta koji makoto masahiro naoki naoto osamu
        satoshi shigeru shinji shinzo takashi takeshi tetsuya toru yasuo yoshihide yukio kenichi zhiwei
        jianhua xiaoming haoran minjun seojun jihoon tuan quang agustin alfonso alvaro andres armando arturo
        cesar cristian diego emilio enrique ernesto esteban felipe gerardo gonzalo guillermo gustavo hernan
        ignacio jaime joaquin julio lorenzo marcelo marco mariano mauricio nestor octavio pablo raul rodrigo
        ruben tomas vicente jair alain antoine arnaud baptiste benoit bertrand christophe didier emile
        etienne fabien fabrice florian frederic gilles guillaume henri herve julien laurent loic lucien
        marcel mathieu maxime michel olivier pascal philippe pierre remi renaud rene sebastien serge
        stephane thierry xavier yann yannick yves edouard andreas armin bernd dieter dietrich ernst
        friedrich gerhard gunter heiko heinrich heinz helmut horst jens joachim jurgen juergen klaus lars
        lothar lukas manfred markus matthias norbert olaf rainer ralf reinhard rolf sigmar stefan thorsten
        ulrich uwe volker werner wolfgang gerd christoph sven fritz otto hermann wilhelm alessandro alessio
        carlo claudio dario davide enrico enzo fabio federico filippo gianluca giorgio giovanni giulio
        giuseppe giancarlo luca luciano luigi marcello massimo matteo maurizio paolo pietro salvatore silvio
        stefano umberto vincenzo vittorio gianni aleksandr aleksander aleksei alexei alexey anatoly andrei
        andrey anton arkady bogdan dmitri evgeny yevgeny gennady grigory ilya jakub jaroslaw jerzy
        konstantin kirill leonid maksim mikhail milos miroslav mykola nikolai nikolay oleg oleksandr oleksiy
        pavel pavlo petro piotr radoslaw ruslan sergey stanislav taras tomasz vadim vasily viktor vitaly
        vladislav volodymyr vyacheslav yaroslav zbigniew andrzej krzysztof mateusz marek pawel lukasz zoran
        goran slobodan aleksandar josé andrés jesús raúl rubén françois jérôme rené frédéric stéphane hervé
        jürgen
        kanye ishaan ishan keir humza elon satya kylian cristiano neymar jasprit shubman rishabh hrithik timothee
        leonardo jadon bukayo jude jaden brayden aiden kayden caden vihaan reyansh ayaan arnav vivaan advik
        """.split(), "he"),
    # Women's names of wider news, in the same order
    **dict.fromkeys(
        """
        bernice doreen gail gayle glenda imelda janine joann mona norma rochelle sherri shelley sonya kristi
        abby adrienne aileen alana anastasia angie annette antoinette ariana arlene bonnie brianna candice
        carla carly carrie cassie catherine celia celine cherie clare constance cora corinne daphne darlene
        delia dolores dora elisa elise elsa emilia erica erika estelle ethel eunice fay georgina gertrude
        ginny gwen gwendolyn hattie ida ingrid isobel jeanette jeanne jeannie jemima jenna jennie jessie
        jodie josie justine kara karin katharine katrina kay keira kristy lena lila lillian lois lola
        loretta lorna lottie louisa lucille lucinda luisa lynda lynne mabel mae maisie marcy margot marianne
        marjorie marlene martina matilda maxine melinda mildred millie minnie miranda moira muriel myra nell
        nellie noreen pam patsy petra priscilla rachelle raquel rosa rosalind rosie rowena sadie selina
        serena shauna sheena sienna sophia susanna suzy tabitha tamara tess tessa thelma tilly toni tonya
        trudy ursula valentina vivian vivienne winifred winnie yasmin zara zelda brooke kelsey whitney
        britney ashleigh jodi gwyneth mairead bronwyn sian cerys eilidh morag ailsa hillary aditi akanksha
        anushka aparajita bhavana chandrika damayanti durga gayatri girija ishita jayalalithaa kangana kavya
        kriti madhavi mahima malini mallika manju medha mridula nandita neelam nupur prachi pragya prema
        priti ratna revathi rohini ruchi sakshi sangita sapna shanti sharmila sheetal shikha shivani shubha
        simran sudha sujata sukanya sumitra sunanda tanushree trisha urmila vaishali vasundhara vijaya
        vrinda yashoda zoya mamta shashikala jayanthi kalyani malavika sowmya brinda deepti geetha latha
        sunitha anitha kavitha debjani moushumi nusrat rituparna sharmistha sudeshna abeer afia alia amal
        amna asma bushra dina farida fatma fouzia hafsa hala hana hanan hiba hina huda iman khadija khaleda
        hasina laila layla leila lina lubna mahira maha malala maryam mariam mehwish nargis nasrin noor nour
        rania reem rima saba sadia safia saima salma samira shaista shireen sumaira tahira yasmeen zahra
        zeinab zubaida uzma benazir azadeh fariba golnaz laleh mahnaz mina nazanin niloufar parisa roya
        shirin soraya narges fatemeh marzieh aylin ayse elif emine esra hatice meral merve nazli ozlem selin
        sibel zeynep canan dilek pinar adaeze adaora amaka chiamaka chimamanda chinwe chioma folake folasade
        funke funmilayo ifeoma ngozi nkechi titilayo yetunde bisi nneka hadiza hauwa binta halima wanjiku
        wambui njeri akinyi atieno achieng wanjiru muthoni wairimu nyambura wangari akua abena adwoa afua
        akosua efua lindiwe nomvula naledi thandiwe thandi nkosazana busisiwe zanele palesa lerato refilwe
        akiko ayumi emiko hanako haruka keiko kumiko mariko michiko miho naoko noriko sachiko sakura sayaka
        tomoko yoko yoshiko yuko yumi yumiko yuriko masako mayumi megumi kyoko junko akemi aiko xiaomei
        meiling jiyeon soyeon minji seoyeon jisoo phuong huong linh trang thuy gabriela daniela fernanda
        valeria ximena lupita marisol beatriz adriana alejandra catalina consuelo elvira esperanza graciela
        ines isabela juana leticia lorena marta milagros natalia paola rocio silvia susana dilma cristina
        amelie aurelie brigitte cecile chantal christiane claudine colette delphine elodie genevieve helene
        isabelle josette juliette laetitia manon margaux martine mathilde nathalie odile pascale segolene
        simone solene sylvie veronique virginie annalena anke annegret birgit elke franziska gertrud gisela
        greta heike hildegard ilse jutta katrin monika renate sabine sahra silke susanne svenja ulrike
        alessandra antonella chiara elisabetta federica francesca giorgia giovanna giulia raffaella rosanna
        simona donatella ornella loredana gianna patrizia stefania alina darya daria ekaterina yekaterina
        galina irina katarzyna ksenia larisa lyudmila nadezhda natalya oksana svetlana tatiana tatyana yulia
        yuliya zhanna agnieszka magdalena malgorzata beata ewa dorota jelena milena mirjana ivana iryna
        olena kateryna zoé hélène cécile geneviève ségolène
        meghan kylie khloe kourtney beyonce rihanna selena miley lilibet malia akshata jacinda zendaya billie
        nicki scarlett aaliyah kaitlyn nevaeh kinsley ava zoey mila camila aanya diya saanvi anika kiara aadhya khushi
        """.split(), "she"),
    # More given names of the people of American news of all generations ("Patti", "Denis", "Lesley",
    # diminutives and spellings: "Terri", "Debby", "Kathi"), of British, Irish, Welsh and Scottish, Indian,
    # Arabic, Pakistani, Persian, Turkish, Hebrew, African, Latin American, European, Japanese, Chinese and
    # Southeast Asian news, in that order, men's then women's (a spelling with accents is read by its plain
    # form, so only the plain one is here). Left out as above, and names that are also a surname of women
    # or men in the news, a place or the name of a thing ("Haifa", "Padma", "Emmy", "Lilly").
    **dict.fromkeys(
        """
        denis cornelius alec alton ambrose amos arnie barack bart benny bert bertram beto brock burt
        carlton cary chet corey cory dante darius darnell delbert demetrius denny denzel dirk donnie
        donny duane emil eric erik forrest gabe gil herschel homer hubert ike isaiah jeb jed
        jeremiah jermaine jerrold jonathon josh kermit lanny lenny lonnie lyle marc merrick merle
        micah mikey morty myron nate ned newt ozzie rahm rashad reince rick rocco rollie ronny sal
        scotty sherrod sid sonny stevie sylvester teddy terrell thad thurgood timmy trey ty vern vic
        wally wes zeke ari bennie brendon brody bryce deandre derrick devin dion efrain ezekiel jarrod
        josue kendrick lorne marlon nathanael raphael rodolfo rolando roscoe russ terrance ulysses
        waylon zack cedric deshawn dashawn demarcus jamar jamaal tyree tremaine trayvon rasheed keon
        antwan deon jalen jaylen javon roderick tevin travon kash thom mick zac zak colby colton connor
        jace jaxon josiah kaden kaleb keegan landon mateo rhett zane braxton brantley greyson jaxson
        chris alastair alasdair alister ewan euan calum dougal finlay murdo ruaridh ruairi torquil
        rhodri dafydd gethin huw hywel iwan emlyn gwilym owain ieuan aled alun carwyn geraint meirion
        dewi osian emyr elfyn ifan trystan tomos cormac dermot eamon eamonn fergal feargal darragh
        cathal lorcan paschal malachy tiernan aengus donnchadh barnaby crispin cuthbert digby gervase
        jolyon jonty lancelot mervyn peregrine piers rafe rollo tarquin tristram nadhim anas afzal
        kulveer kieron gus abhinav adarsh anuj brijesh chirag devraj jagdeep jayesh jitin kiren kishan
        krishan madan nandan nirav parvesh prithviraj rajkumar ramdas sambit sarbananda shatrughan
        shripad sitaram sudhanshu venkaiah basavaraj aaditya sukhjinder pargat satyendar champai babulal
        pashupati azim mulayam shivpal asaduddin akbaruddin shahnawaz mukhtar shahrukh shikhar
        cheteshwar ishant bhuvneshwar shreyas suryakumar yashasvi yuzvendra shardul bajrang viswanathan
        leander baichung shantanu nikesh urjit shaktikanta montek bhupender mansukh dattatreya lakshman
        bhimrao jawaharlal feroze motilal vallabhbhai murli sushil jagdambika ajith dhanush prabhas
        anbumani himanta sukanta biren badruddin sajad altaf yasin gukesh randeep abdallah abdelaziz
        abdelfattah abdelkader abdelmadjid abdulla abdulrahman amr bashar bassem bassam emad fadi fawaz
        fayez ghassan haitham hamdan hani hazem hesham hussam idris imad jassim laith majed mazen mousa
        nawaf nizar nouri qassem radwan raed ramzi riad sabri saddam samer shadi tamim tareq wael yahya
        ziad zuhair hosni gamal rafik nabih fouad tammam ebrahim ruhollah masoud sadegh ramin shahin
        siamak sohrab bahram kourosh nima aitzaz ayaz bakhtiar hammad ishaq liaquat mushahid nisar
        pervaiz qamar shaukat talat zulfikar zulfiqar fazlur hafeez moeed murtaza qaiser saqib taimur
        inzamam misbah ziaur tarique asaduzzaman shafiqur cem devlet fatih hulusi mesut mevlut muharrem
        numan selahattin berat fuat ismet kadir mahir nihat oguz ozgur sinan tolga turgut cengiz erdal
        gokhan kerem koray mert metin necmettin onur ozan serdar taner tarik tuncay yair naftali avigdor
        yitzhak moshe shimon ehud yoav itamar bezalel yossi avi eyal gilad yonatan yehuda menachem
        mordechai reuven shaul zvi tzvi dov aryeh eliezer yigal yoel atiku bola bolaji chinua
        chukwuemeka dapo festus godswill godwin goodluck nuhu nyesom olumide rauf sani umaru wole yakubu
        abiy tedros meles haile hailemariam isaias rigathi kithure mwai jomo yoweri bobi jakaya emmerson
        fikile enoch senzo zweli hakainde bingu saulos macky ousmane amadou abdoulaye mamadou ibrahima
        cheikh alassane mahamudu yaw kwesi kobina mahamat idriss faustin evariste salva riek andile
        bheki dumisani jabu lesetja mcebisi mzwandile nhlanhla njabulo sifiso sizwe thokozani vusi
        xolani adolfo amado anibal augusto aurelio benito bernardo camilo cristobal edgardo eliseo
        emiliano fabian facundo fausto fidel gilberto gregorio horacio humberto jacinto lazaro leonel
        leopoldo lucio luiz marcelino matias maximiliano norberto osvaldo patricio ramiro reinaldo
        renato rigoberto rogelio ulises valentin wilfredo german adrian alfredo aldo geraldo ciro
        guilherme henrique joao marcio rogerio flavio leandro thiago tiago vinicius otavio caio edson
        nayib evo alexandre aurelien bastien bruno corentin gregoire gustave jeremie jules ludovic
        marius matthieu romain sylvain thibault thibaut regis zinedine achim axel bastian benedikt bodo
        carsten detlef egon erich franz georg gregor guido hans harald hartmut ingo jochen johannes jorg
        karsten konrad malte nils oskar philipp rudiger siegfried steffen thilo torsten ulf winfried
        wolfram gunther adriano amedeo attilio bettino cesare corrado dino domenico edoardo emanuele
        ettore fabrizio gennaro giacomo gianfranco gianluigi gino giuliano ignazio mauro massimiliano
        pierluigi piero raffaele riccardo sandro tommaso valerio vito beppe mattia aleksey alexandr
        anatoliy andriy arseniy arseny artem artyom bohdan borys danylo denys dmytro dmitriy eduard
        fedor fyodor gennadiy gleb grigoriy hennadiy ihor kostiantyn kostyantyn lev mykhailo oleh ostap
        petr rostislav rustam semyon serhiy stepan svyatoslav timur valeriy vasyl viacheslav vitali
        vitaliy yakov yegor yevhen yuriy yury ramzan mikheil giorgi irakli levan zurab vakhtang vojislav
        milorad dragan nebojsa ivica andrej janez zdravko vaclav jiri ondrej zoltan laszlo gabor istvan
        janos ferenc gyula attila tibor sandor csaba lajos imre rafal rafał szymon wladyslaw władysław
        witold wojciech radosław grzegorz kazimierz bronislaw jarosław ryszard stanislaw stanisław
        tadeusz waldemar dariusz jacek janusz leszek mariusz przemyslaw slawomir marcin traian nicolae
        mircea florin sorin ciprian liviu gheorghe vasile boyko rumen georgi krasimir gitanas algirdas
        toomas vytautas akio atsushi eiji haruto hideo hiroaki hirofumi hisashi isamu jiro katsuhiko
        kazuhiko keiichi keisuke kiyoshi koichi koichiro kunio masaki masao masaru masato masayuki
        masayoshi minoru nobuo noboru norio ryota ryutaro satoru shinichi shintaro shohei shuichi
        tadashi takahiro takuya tatsuya toshihiro toshio tsuyoshi yasuhiro yasushi yoichi yoshihiko
        yoshimasa yoshio yusuke yutaka akihito naruhito jianguo guoqiang zhiqiang jianjun weiguo
        ferdinand benigno panfilo joko susilo ganjar anies gibran bambang thaksin prayuth prayut srettha
        anutin abhisit somchai muhyiddin mahathir
        """.split(), "he"),
    **dict.fromkeys(
        """
        patti lesley brigid paloma terri candace kathi kathie cathie debby deb debi teri terrie sheri
        shari cheri tammie tami tammi traci tracie staci stacie lorrie kari kerri kristie christy mindy
        randi brandi mandi kimberley margie marge trish tricia betty bette bettie bess bessie liza nan
        nanci suzette janie janey janelle jeannette jeanine jeannine joni jolene judi julianne julianna
        juliana katy kaitlin katelyn caitlyn kayleigh kelli kellie kendra krista kristine lana leann
        leanne leanna lindy lynette lynnette madeline madelyn mallory marcie marci maribel marisa
        marissa marla maryann maryanne mavis meryl michaela mikaela missy mitzi nanette nichole noelle
        octavia paulette ramona reba rena rhoda robyn rosalie rosalyn rosalynn rosanne roseanne shana
        shanna shawna shelly sheree sherrie sondra stefanie sybil tamika tania tasha trina vickie wilma
        yvette agatha alisha alissa alyson allyson angelica angelique annmarie arianna ashlee ayanna
        barb becca bettina blanche bobbie bree brianne bridgette britt brittney callie cara carina
        carissa carole cassidy cathleen celeste charlene charmaine chrissy christa christi claudette
        clarissa cordelia danica darla deana deanna delores dianna edna elisabeth elinor enid erma
        ernestine esmeralda eugenia evangeline evie faye felicia francine freda frieda georgette geri
        gigi giselle gladys hailey hayley henrietta hermione hilda ilana ileana ilhan imani inez
        jacquelyn jaclyn janis jayne jeanie jillian joanie johanna josefina juanita kasey keisha kirstie
        krysten kyrsten kellyanne kirstjen omarosa rashida karine karoline ketanji neera tish letitia
        latisha latoya latasha lakisha tameka tanisha shanice shaniqua shonda breonna kiana kyra lenora
        leona liliana lisette lizette luann lupe madge mamie marcella margarita marguerite mariah
        mariana marianna marlena maura maude meagan megyn melina mollie myrna nicolette pilar renata
        roxana ruthie sabina sonja tabatha talia thea tori tyra verna willa zora abbie aimee avril cori
        mazie pramila jacqui jacquie kaylee makayla mikayla jada ailbhe eimear eithne emer fionnuala
        laoise meabh muireann nuala sorcha sadbh sile una brid maire aine angharad bethan carys eluned
        ffion lowri rhian seren catrin delyth heledd nerys glenys eleri mhairi shona ishbel kirsteen
        kezia morven rhona elspeth fenella gaynor hester jocasta lavinia prue rosamund arabella
        clementine cressida davina fleur lettice theodora verity suella kemi therese anneliese rushanara
        apsana thangam rosena zarah toyah anandiben anupriya bansuri draupadi gita jasleen jayashree
        jayshree kamla maneka mayawati nivedita preneet ramya renuka sagarika sandhya shailaja sridevi
        sreedevi subhashini urvashi ankita apoorva arpita barkha diksha garima harshita isha jhanvi
        kajol kamini kirron komal mansi megha nalini namrata neetu nishtha parineeti rachna rajani rajni
        ranjana richa ritika rupali sanjana sarika shabnam shailja shakuntala shefali shehla shilpi
        srishti subhadra suchitra sunaina surbhi sushila swapna tanuja tripti vasudha vineeta vinita
        zeenat taapsee mithali jhulan vinesh saina sania lovlina nikhat sayani saayoni satabdi agnimitra
        chandrima atishi rabri abir ahlam amira asmaa aziza basma dalia doaa eman esraa fadwa ghada heba
        houda jamila jihan lamia latifa lujain madiha manal marwa mervat nabila nahla najat najla nawal
        nesrine nihal nisreen noura randa rasha rawan sahar salwa samar samia sawsan sherine suha sumaya
        yusra zeina aseefa bakhtawar fehmida firdous kashmala kishwar maleeha marriyum mehreen naheed
        nighat rabia rehana sidra tehmina zartaj farzana taslima mahsa sepideh golshifteh ladan marjan
        nahid negar sima shahla simin elnaz fereshteh mojgan aysel buket burcu derya ebru hande nurcan
        sebnem seda tansu tulay yasemin gamze gizem hulya melike nilufer sevgi songul tugba zehra meltem
        ipek duygu didem ayelet tzipi golda miri merav yael tamar noa shira galit limor orit pnina keren
        liat anat irit efrat einat sigal rivka yifat ofra orna smadar adaobi ama chinyere ebele ezinne
        funmi ijeoma modupe nkiru obiageli omotola sade toyin wunmi yewande aminata awa fatou fatoumata
        mariama aissatou hawa leymah nomzamo thuli thandeka nosiviwe bathabile hlengiwe khumbudzo
        nompumelelo nonhlanhla ntombi pumla sindisiwe zodwa zandile zinhle graca yaa amparo araceli
        blanca concepcion concha delfina evita fabiola francisca julieta karla luciana manuela marcela
        mariela mayra micaela mirta noemi rebeca rosalia rosana viviana xiomara zulema anabel florencia
        agustina josefa jimena larissa luana luiza marielle gleisi rosangela tereza agathe amandine
        anais aurore axelle berenice capucine christelle clemence coralie edwige francoise frederique
        laure lea lucie ludivine magali mireille murielle myriam nadege noemie roselyne sandrine
        severine ghislaine rachida anja antje barbel beate dagmar gerda gudrun hannelore helga inge
        irmgard katja kerstin luise margit marlies mechthild ricarda saskia tanja ute verena wiebke
        gesine cinzia emanuela fiorella ilaria lorella nicoletta rossella silvana tiziana elly alena
        alla alyona anastasiya anzhela elizaveta evgenia yevgenia inna khrystyna kseniya lidia lilia
        liudmyla mariya nadiya nataliya olha polina raisa sofiya tetiana tetyana ulyana veronika
        viktoria viktoriya yana yelena yevgeniya milica dubravka kolinda zuzana marketa lenka katerina
        elzbieta grazyna jolanta krystyna marzena urszula zofia ilona ildiko judit katalin krisztina
        zsuzsanna orsolya viorica ludmila vesna snezana dragana gordana biljana ljiljana ingrida kersti
        kaja sanae hisako kaori hitomi yuka nanako rina saori yui haruna risa misaki yukiko tomomi
        satomi kanako ayako atsuko chieko eriko etsuko fumiko harumi kazuko kimiko machiko midori
        mitsuko natsuko reiko setsuko shizuka takako toshiko yasuko yukari xiuying guiying xiaoyan
        xiaohong yingying jingjing tingting megawati yingluck paetongtarn retno corazon leni imee
        """.split(), "she"),
    "mitt": "he",
}

# Given names that are common English words too ("Bill Clinton", "Hope Hicks"): no given name
# of the person table (a capitalised "Bill" or "Grant" alone is seldom a name), but the pronoun
# their people go by, which the gender table reads only of a name with a surname after it.
WORD_NAME_GENDERS = {
    **dict.fromkeys("bill will grant rand chase".split(), "he"),
    **dict.fromkeys("rose hope sue faith joy".split(), "she"),
    # (and words or places of wider news: "Ray Lee", "Harsh Vardhan", "Chelsea Lee", "Florence Ito")
    **dict.fromkeys("""
        ray frank guy miles max hunter gene glen lance dick wade warren ram harsh victor maxim taro
        basil
    """.split(), "he"),
    **dict.fromkeys("""
        chelsea florence amber dawn daisy hazel heather holly iris ivy jade lily olive pearl ruby carol
        alma
    """.split(), "she"),
    # (and given names that are also a surname, a place or a word: "Kirk Cousins", "Lamar Alexander", "Regina King")
    **dict.fromkeys("""
        alonso azhar brent clement cornell dale dalton damon dewey dillon donovan elias elliott emanuel
        franco garrett gilbert godfrey grady grayson hafez haider hamad harlan humphrey irving jahangir
        jay keenan khalil kingsley kirk lamar lamont lowell luther mack milton morris moussa murad
        nelson nolan paulo preston quincy randolph rocky romano ronaldo royce russell rusty saeed
        stanley trent tyler tyson vernon wayne woody yousaf
    """.split(), "he"),
    **dict.fromkeys("""
        alexandria dolly eve lacey regina sherry victoria viola
    """.split(), "she"),
}

# Names worn by both men and women ("alex", "sam", "kiran"): given names with no pronoun.
SHARED_NAMES = frozenset("""
    alex alexis anh ashley ayodele camille casey claude dana dominique gabriele gurmeet gurpreet
    harpreet hikaru jackie jaspreet jean jesse kai kiran krishna laurie lebogang leslie lindsay lynn
    manpreet minh mpho navjot parminder reese riley sam sasha seyi shannon shashi suman temitope terry
    thanh uche valery yemi yuki
    ashwini dara harmanpreet laurence nasim patrice preet sacha sascha tulsi
""".split())

# Every common given name.
COMMON_GIVEN_NAMES = frozenset(COMMON_GENDERS) | SHARED_NAMES
