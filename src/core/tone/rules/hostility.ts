// R9 hostility: insults, contempt and swearing aimed at the reader or the company.
import { phraseDetector, rx, when } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';
import { CONTEMPT, CONTEMPT_WEAK, anyWord } from '../lexicon.js';
import { NEGATED_BEFORE, NEGATED_CLAUSE, SELF_BEFORE, TARGET } from './fragments.js';

const INSULTS =
  '\\b(?:idiot(?:s|ic)?|stupid(?:ity)?|morons?|moronic|clowns?|clown show|circus|incompeten(?:t|ce)|pathetic|laughable|ridiculous|absurd|disgrace(?:ful)?|shameful|disgusting|garbage(?! collect)|trash|rubbish|crap(?:py)?|bullshit|sh[i*]tt?y?|shite|f[u*]c?k(?:ing|ed|ers?)?|f\\*+(?:k|ing)?|wtf|damn(?:ed)?|arrogant|clueless|amateur(?:s|ish)?|unprofessional|insulting|lousy|useless|joke of an?|an? (?:complete |total |bad |sick |absolute )?joke|sad excuse|dumb|jerks?|losers?|toxic|shambles|shambolic|farce|disrespectful|rude|condescending|patroni[sz]ing|worthless|scam|liars?|you lied|spineless|cowards?|cowardly|hypocrit(?:es?|ical)|petty|pompous|smug|snobs?|snobbish|unacceptable|appalling|outrageous|inexcusable|atrocious|abysmal|deplorable|sucks?|bozos?|muppets?|imbeciles?|numpties|dumpster fire|cesspool|clown car|nonsense|phon(?:e)?y|two-faced|pitiful|inept(?:itude)?|heartless|soulless|shady|dodgy|sleazy)\\b';

// The writer apologising or judging themself, not them.
const INSULTS_EXCUSED =
  "\\b(?:of me|on my part|on my (?:side|end)|my (?:own )?(?:fault|mistake))\\b|\\bI hope I (?:didn't|did not|wasn't|haven't|don't)\\b|\\bdidn't mean to\\b|\\b(?:sorry|apologi[sz]e|apologies) (?:for|about) (?:the|my|a|this|that)\\b";

export const HOSTILITY: PhraseRule = {
  rule: 'hostility',
  scope: 'sentence',
  explanation:
    "It's fair to feel this, but words like these are what they'll remember about you, long after the role is filled.",
  alternative: 'Thank you for letting me know about the decision.',
  phrases: [
    {
      re: rx(
        "\\bshould be (?:ashamed|embarrassed|mortified)\\b|\\binsult my intelligence\\b|\\bdon't insult\\b|\\bhow embarrassing for\\b",
      ),
    },
    {
      re: rx(
        "\\b(?:I've|I have) (?:had|seen|met) (?:more|better) [a-z]+ (?:[a-z]+ )?(?:with|from|in) (?:a|an|my)\\b|\\bso-called\\b|\\bempty (?:slogans|words|promises|platitudes|buzzwords)\\b|\\btreats? (?:people|candidates|applicants|staff) like (?:numbers|dirt|garbage|objects|cattle)\\b",
      ),
    },
    {
      re: rx(INSULTS),
      unlessBefore: SELF_BEFORE,
      unless: when(`${INSULTS_EXCUSED}|${NEGATED_CLAUSE.source}`),
    },
    {
      // Milder words only count when stressed and aimed at someone.
      re: rx(
        '\\b(?:so|very|really|how|incredibly|utterly|completely|totally|extremely|pretty|quite|just|frankly|honestly|genuinely|deeply|downright|plain) (?:lazy|sloppy|careless|cold|cheap|dismissive|inept|shady|dodgy|embarrassing|insulting|disrespectful)\\b',
      ),
      unlessBefore: SELF_BEFORE,
    },
    {
      re: rx(
        "\\b(?:the )?worst (?:interview|hiring|recruitment|recruiting|candidate|company|process|experience|employer|recruiter|panel|team|manager)\\b|\\bshould be ashamed\\b|\\bdodged a bullet\\b|\\bbullet dodged\\b|\\byou(?:'ll| will) need it\\b|\\bdon't expect (?:me|to hear from me)\\b|\\bI(?:'ll| will)? never (?:apply|work|interview) (?:here|with you|for you|at your|to your|again)\\b|\\bnever again\\b|\\bkeep your (?:job|role|position|offer|company)\\b|\\bwouldn't work (?:there|for you|for them|here|with you) if\\b|\\bif you paid me\\b|\\b(?:had|has|have) no business\\b|\\bshould(?:n't| not) be allowed (?:anywhere )?near\\b|\\b(?:less|more|worse) (?:organi[sz]ed|professional|competent|prepared|disorgani[sz]ed|chaotic) (?:bunch|group|team|company|lot|set)\\b|\\bbunch of (?:people|amateurs|clowns|idiots|jokers)\\b|\\bof my life\\b|\\blol,? ok(?:ay)?\\b|\\bsmh\\b",
      ),
    },
    {
      re: rx(
        '\\b(?:what|why|who|how|where) the hell\\b|\\bthe hell\\b|\\bto hell\\b|\\bhell no\\b',
      ),
    },
    {
      re: rx(
        "\\b(?:(?:complete|total|utter|huge) )?waste of (?!your )(?:[a-z']+ ){0,2}(?:time|effort|energy|a day|an afternoon|a morning)\\b|\\bwast(?:ed|ing) (?:(?:my|our|everyone's|everybody's|so much|all that|a|an|one|two|three|four|five|six|several|many|hours|weeks|days|months|of|whole|entire|full|precious|[0-9]+) ){1,3}(?:time|weeks?|days?|months?|hours?|years?|effort|energy|life|afternoon|morning|evening)\\b",
      ),
      unlessBefore: when(
        "\\b(?:not|isn't|wasn't|never|hope|didn't want to|don't want to)\\b[^.?!\\n]{0,20}$",
      ),
      explanation:
        'Telling them it was a waste of time closes the door, and the time you gave still counts for you.',
    },
    {
      re: rx(
        "\\bdon't (?:ever )?(?:bother|contact me|email me|call me)\\b|\\bgood riddance\\b|\\bget lost\\b|\\bscrew (?:you|this|that|them|your)\\b|\\bshame on (?:you|them|your)\\b|\\bhow dare (?:you|they)\\b|\\bgo to hell\\b|\\byou people\\b|\\bpeople like (?:you|that|them|this|him|her)\\b|\\bI'm done with (?:you|your|this)\\b|\\bare you (?:serious|kidding|joking|for real)\\b|\\bwhat a joke\\b|\\bwho do you think\\b|\\bget a clue\\b|\\bgrow up\\b|\\bdrop dead\\b|\\bI hope (?:you|they|the company|your company) (?:fail|go under|go bust|struggle|never find)\\b",
      ),
    },
    { re: rx('\\bforget it\\b'), unlessBefore: NEGATED_BEFORE },
    { re: rx('\\bwhatever\\b'), whole: true },
    {
      re: rx(
        "\\b(?:can't|cannot|couldn't|could not) even (?:send|reply|respond|manage|get|be bothered|spell|organi[sz]e|remember|schedule|read|do)\\b",
      ),
    },
    {
      re: rx(
        "\\b(?:wouldn't|couldn't|don't|can't|do not|cannot) (?:know|recogni[sz]e|spot|see) (?:real )?(?:talent|quality|a good (?:candidate|hire|thing))\\b|\\b(?:no|any) idea what (?:you're|you are|they're|they are) doing\\b|\\b(?:don't|do not|didn't) know what (?:you're|they're|you are|they are) doing\\b",
      ),
    },
    // Concepts, not phrases: contempt aimed at them, however it is worded.
    {
      // A word of contempt in a sentence about them: "your recruiter is clueless".
      re: rx(anyWord(CONTEMPT)),
      requires: TARGET,
      unlessBefore: when(
        "(?:\\bnot|\\bnever|n't|\\bno|\\bnothing|\\bhardly|\\bfar from|\\bwithout (?:being )?|\\bI (?:was|am|'m|felt|feel|must have (?:been|seemed|sounded))(?: so| a bit| a little| quite| very| really| rather)?) (?:[a-z']+ )?$",
      ),
      unless: when(
        "\\b(?:of me|on my part|on my (?:side|end)|my (?:own )?(?:fault|mistake)|sorry (?:for|about|if)|apologi[sz]e|apologies|I hope I (?:didn't|wasn't)|didn't mean to)\\b|\\b(?:nothing|none of|not once|never once|at no point|in no way|not one|no part of)\\b[^.?!\\n]{0,40}\\b(?:felt|was|seemed|were|came across|struck me|is|looked)\\b",
      ),
    },
    {
      // Milder words of contempt count when they are what something "is": "a joke", "a mess".
      re: rx(
        `\\b(?:is|was|were|are|'s|seemed|seems|felt like|looked like|such|what|(?:a|an) (?:complete|total|absolute|utter|real|bit of a|right|proper)|complete|total|absolute|utter|pure|your|that|this) (?:a |an )?${anyWord(CONTEMPT_WEAK)}`,
      ),
      requires: TARGET,
      unlessBefore: NEGATED_BEFORE,
      unless: when('\\b(?:sorry|apologi[sz]e|apologies|my (?:own )?(?:mess|fault|mistake))\\b'),
    },
    {
      // Superlatives of contempt: "the rudest panel", "the least professional people I've met".
      re: rx(
        '\\bthe (?:rudest|laziest|sloppiest|worst|most (?:unprofessional|disrespectful|disorgani[sz]ed|chaotic|arrogant|condescending|pointless|insulting|incompetent|careless|dismissive|unpleasant|humiliating|soul-destroying|soul-crushing|demeaning|degrading|shambolic|ridiculous|absurd|useless|cynical|cold|callous|inhuman|tone-deaf|patronising|patronizing|bizarre|amateurish)|least (?:professional|competent|organi[sz]ed|prepared|respectful|friendly|welcoming|helpful|human|courteous|qualified|interested|engaged|curious|transparent|honest))\\b',
      ),
      unlessBefore: SELF_BEFORE,
      unless: when('\\b(?:I (?:was|felt|am)|my (?:own )?(?:answer|performance|presentation))\\b'),
    },
    {
      // Comparing them unfavourably to a thing: "more warmth from a vending machine".
      re: rx(
        '\\b(?:more|better|warmer|friendlier|smarter|sharper|livelier) [a-z]+(?: [a-z]+)? (?:with|from|than|in) (?:a|an|my|the) (?:toaster|parking meter|vending machine|brick wall|wall|robot|chatbot|bot|goldfish|potato|rock|fridge|microwave|cardboard|answering machine|calculator|lamp ?post|houseplant|plant|spreadsheet|doorknob|speaking clock|chair|dog|cat|toddler|child)\\b|\\b(?:met|seen|known|spoken to|dealt with) (?:vending machines|robots|toasters|walls|chatbots|houseplants|parking meters|rocks|furniture)\\b',
      ),
    },
    {
      // Saying they are unfit for the job: "out of her depth", "couldn't find talent with a map".
      re: rx(
        "\\bout of (?:his|her|their|your|its) depth\\b|\\b(?:couldn't|could not|wouldn't|would not|can't|cannot) (?:find|recogni[sz]e|spot|organi[sz]e|run|manage|hire|lead|interview) [a-z ]{1,30}\\b(?:with a map|if (?:it|they|he|she) (?:sat|hit|bit|walked|stared|slapped|landed)|in a brewery|to save (?:your|their|his|her) li(?:fe|ves))\\b|\\b(?:wouldn't|would not|couldn't|would never) trust (?:you|your|them|that|this|the) [a-z ]{0,30}\\bto (?:run|organi[sz]e|manage|hire|lead|boil|plan|interview)\\b|\\blemonade stand\\b|\\b(?:should|ought to|needs? to) (?:find|look for|consider|try) (?:another|a different|a new|some other) (?:career|job|line of work|profession|calling)\\b|\\bshould(?:n't| not) be (?:allowed to (?:hire|interview|manage|lead|run)|in charge|hiring|interviewing|managing|trusted)\\b|\\b(?:kept|keep|stay|stayed) (?:well |far )?away from (?:hiring|interviews?|interviewing|candidates|people|recruitment)\\b|\\bshould be (?:fired|sacked|let go|demoted|retrained|ashamed)\\b",
      ),
    },
    {
      // Rhetorical questions that mock: "Do you even read the applications?"
      re: rx(
        '\\b(?:do|does|did|can|could) (?:you|your [a-z]+(?: [a-z]+)?|anyone|anybody|the [a-z]+|they|he|she|any of you|nobody)(?: (?:over there|there|at all|in (?:hr|your team|that office)|at (?:your|the|that) [a-z]+))? (?:even|actually|ever|really|honestly|seriously) (?:read|know|care|look|check|listen|think|understand|bother|prepare|train|open|notice|remember|plan|speak|discuss|consider|talk|meet|review|watch|test)\\b',
      ),
      requires: /\?/,
      explanation:
        "A question like this isn't really asking anything; it tells them you think they're careless, and that is what sticks.",
    },
    {
      re: rx(
        "\\b(?:is|was) this how (?:you|your [a-z]+(?: [a-z]+)?|the [a-z]+|they|companies|employers) (?:treat|handle|speak to|talk to|deal with|respond to|reward|thank|repay|welcome)(?:s|ed)?\\b|\\b(?:if|since) this is how (?:you|your [a-z]+(?: [a-z]+)?|the [a-z]+|they) (?:treat|handle|speak to|talk to|deal with|respond to)\\b|\\b(?:is|are) there (?:any|anybody|anyone|someone|a single (?:person|adult|human))(?: (?:left|at all|actually|there|over there|in (?:your|the) [a-z ]{1,20}))? (?:competent|sane|professional|human|awake|alive|in charge|capable|qualified|literate|who (?:knows|cares|reads|can))\\b|\\bwho (?:on earth|in their right mind|in the world|exactly|thought|the heck|on god's earth) (?:signed off|thought|decided|approved|designed|wrote|came up|runs|hired|is running|let)\\b|\\bwho runs (?:this|that|your) (?:place|company|outfit|operation|circus|show|team)\\b|\\bwhat kind of (?:company|organi[sz]ation|outfit|operation|place|business|people|team|manager|recruiter|employer|process) (?:is this|are you|does that|treats|would|runs|do you)\\b|\\b(?:get|have|receive|had|given) any (?:training|manners|idea|clue|experience)(?: at all)?\\b(?=[^.!\\n]*\\?)|\\bor (?:is it|was it|do you just|did you just|does someone just) (?:a lottery|random|a coin toss|luck|a dartboard|pick names|draw (?:names|straws)|hand (?:them|it)|throw)\\b|\\b(?:are|is) (?:all )?(?:of )?(?:your|you|the|they)(?: [a-z]+){0,2} (?:always )?(?:this|that|so) (?:arrogant|rude|clueless|useless|disorgani[sz]ed|incompetent|unprofessional|slow|lazy|careless|dismissive|cold|smug|rude)\\b",
      ),
      explanation:
        "A question like this isn't really asking anything; it tells them you think they're careless, and that is what sticks.",
    },
    {
      re: rx(
        '\\b(?:were|was|are|is|have|has) (?:any of you|anyone|anybody|you|your (?:panel|team|interviewers?)|the (?:panel|interviewers?))(?: (?:even|actually|ever|really|at all))+ (?:listening|reading|paying attention|awake|prepared|interested|there|present|taking notes)\\b|\\b(?:at least|even) pretend (?:to|you|that)\\b|\\b(?:maybe|perhaps|next time,?|in future,?) (?:try )?(?:hire|hiring|find|finding|get|getting|employ|employing) (?:someone|somebody|people|a recruiter|an interviewer|staff|a manager) (?:who|that) (?:can|knows how to|is able to|understands|reads|actually)\\b|\\b(?:you|your (?:team|company|recruiter|panel)|the (?:team|company|recruiter|panel)) (?:need to|needs to|should|must|have to|has to|ought to) do better\\b',
      ),
    },
    { re: rx('\\bdo better\\b'), whole: true },
    {
      // Dismissal with contempt: "I don't need a junior recruiter telling me…", "fake vacancies".
      re: rx(
        "\\b(?:don't|do not) need (?:a|an|some|you|your|anyone|somebody|someone)\\b[^.?!\\n]{0,30}\\b(?:telling|to tell|lecturing|to lecture|explaining) me\\b|\\bstop wasting (?:my|our|candidates'|applicants'|people's|everyone's|everybody's|other people's) time\\b|\\b(?:fake|ghost|phantom|sham|bogus) (?:vacanc(?:y|ies)|jobs?|roles?|ads?|adverts?|postings?|listings?|openings?)\\b|\\bdread to think\\b|\\b(?:do not|don't|never) (?:ever )?(?:contact|email|call|bother|message|write to) me\\b|\\b(?:will not|won't|shall not|will never|'ll never) (?:be )?(?:applying|apply|working|work|interviewing|interview) (?:to|for|with|at|here)\\b[^.?!\\n]{0,30}\\b(?:again|ever)\\b",
      ),
    },
    {
      re: rx(
        '\\b(?:have|has|had) (?:no|zero|not the (?:slightest|faintest)|not a|absolutely no) (?:idea|clue) (?:how|what|about|who)\\b',
      ),
      requires: TARGET,
      unlessBefore: when('\\b(?:I|we)\\s+(?:honestly\\s+|really\\s+|just\\s+|still\\s+)?$'),
      unless: when(
        '\\bhow (?:much|grateful|happy|glad|thankful|excited|pleased|relieved|proud|lucky)\\b',
      ),
    },
    {
      // Brushing them off with scorn: "Spare me the corporate waffle."
      re: rx(
        "\\bspare me\\b|\\bsave (?:it|your breath|the excuses|me the)\\b|\\b(?:corporate|hr|recruiter|management) (?:waffle|speak|nonsense|drivel|script|platitudes|bs|jargon|gibberish|doublespeak|fluff)\\b|\\b(?:you've|you have|you) (?:got )?some nerve\\b|\\bthe nerve of\\b|\\b(?:beneath|below) contempt\\b|\\bnever trust (?:a|an|any|the|your)? ?(?:recruiter|hr|company|employer|interviewer|hiring manager|manager|corporate)\\b|\\bwast(?:ed|ing) (?:a|an|one|two|three|several|whole|entire|[a-z]+) (?:[a-z]+ )?(?:of my (?:life|time|career|holiday|leave|weekend))\\b|\\b(?:the )?most pointless (?:hour|day|interview|meeting|conversation|exercise|afternoon|morning|process|call)\\b|\\bpointless (?:exercise|process|interview|task|meeting|call|test)\\b",
      ),
      explanation:
        'Brushing them off like this feels good for a minute, but it is the line they will remember you by.',
    },
    {
      // Scorn by image: "all the charm of a parking fine", "staffed by autoresponders".
      re: rx(
        "\\b(?:all the|the) (?:charm|warmth|personality|enthusiasm|empathy|energy|people skills|manners|humanity) of (?:a|an)\\b|\\b(?:a )?(?:sorry|poor|pathetic|sad) excuse for\\b|\\b(?:needs?|could (?:do with|use)|should take) (?:a course|lessons?|training|a class) in (?:basic )?(?:manners|courtesy|communication|respect|decency|people skills|listening)\\b|\\b(?:staffed|run|manned|managed) (?:entirely |only |solely )?by (?:robots|bots|autoresponders|interns|children|amateurs|toddlers|teenagers|machines)\\b|\\bI (?:pity|feel sorry for) (?:whoever|anyone|the person|the poor|your (?:staff|team|employees|new hire))\\b|\\bfor sport\\b|\\bjump through hoops\\b|\\bshould(?:n't| not) be (?:allowed )?(?:anywhere )?near (?:people|candidates|humans|anyone)\\b|\\bhard to take (?:you|your (?:company|team|firm)|a company|them|this company|the company) seriously\\b|\\b(?:a committee|a bunch|a room|a panel|a gang) of (?:sulking|bored|grumpy|clueless|squabbling) [a-z]+\\b",
      ),
    },
    {
      // Contempt by comparison: "a child could have done better", "I've been treated better by
      // a vending machine", "could not organise a bake sale", "my dentist runs a tighter ship".
      re: rx(
        "\\b(?:a|my)? ?(?:child|toddler|kid|five-year-old|ten-year-old|monkey|chimp|trained parrot|bot|robot|chatbot|vending machine|call cent(?:re|er)|nan|gran(?:dma|ny)?|dog|cat|dentist)s? (?:could|would) (?:have )?(?:done|written|run|organi[sz]ed|managed|designed|explained|handled|asked)\\b[^.?!\\n]{0,40}\\b(?:better|clearer|more clearly|more professionally|more sense|a better job)\\b|\\b(?:treated|spoken to|respected) (?:better|with more respect|more kindly) by (?:a|an|my|the)\\b|\\b(?:could|couldn't|could not|can't|cannot) (?:organi[sz]e|run|plan|manage) (?:a|an) (?:piss-up|bake sale|kids' party|children's party|two-car funeral|raffle|school fete|whelk stall)\\b|\\b(?:runs?|ran|run) (?:a )?(?:tighter|better|more professional|more organi[sz]ed) (?:ship|schedule|operation|process)s? than (?:you|your|the)\\b",
      ),
      unlessBefore: NEGATED_BEFORE,
    },
    {
      // "Your loss" and its casual spellings: the door, closed by the writer.
      re: rx(
        "\\b(?:your|ur|yer|their) loss\\b|\\b(?:you(?:'ve| have)?|they(?:'ve| have)?) no idea what (?:you|they)(?:'ve| have)? (?:just )?(?:passed up|lost|missed|let go|thrown away)\\b|\\b(?:enjoy|good luck with) your (?:mediocre|second-rate|cheap|budget|average|lesser|safe) (?:new )?(?:hire|choice|candidate|pick)\\b|\\bI pity (?:the|whoever|anyone)\\b|\\bshould (?:not|never|n't) be (?:designing|running|interviewing|hiring|managing|allowed near|in charge of|dealing with)\\b|\\blessons? in (?:basic )?(?:courtesy|manners|respect|professionalism|communication)\\b",
      ),
      unlessBefore: NEGATED_BEFORE,
    },
  ],
};

export const detectHostility = phraseDetector(HOSTILITY);
