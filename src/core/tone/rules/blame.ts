// R9 blame: putting the outcome down to the employer's people or process.
import { phraseDetector, rx, when } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';
import { EMPLOYER, NEGATED_BEFORE, NEGATED_CLAUSE, TARGET } from './fragments.js';

const FAILED_TO =
  "(?:never|didn't|did not|couldn't|could not|failed to|wouldn't|would not|refused to|didn't bother to|did not bother to|never bothered to)(?: even)?";
const DUTIES =
  '(?:read|look(?:ed)? at|open(?:ed)?|check(?:ed)?|review(?:ed)?|listen(?:ed)?|prepared?|ask(?:ed)?|tell|told|mention(?:ed)?|explain(?:ed)?|give|gave|let me|bother(?:ed)?|repl(?:y|ied)|respond(?:ed)?|inform(?:ed)?|update[d]?|answer(?:ed)?|follow(?:ed)? up|get back|got back|call(?:ed)? (?:me )?back|share[d]?|send|sent|warn(?:ed)?|clarif(?:y|ied)|understand|understood|appreciate[d]?|value[d]?|recogni[sz]e[d]?|consider(?:ed)?|acknowledge[d]?)';

// Someone or something on the employer's side, anywhere in the sentence.
const THEM = when(
  "\\b(?:you|your|you're|they|their|he|she|his|her|the (?:company|team|recruiter|interviewers?|panel|hiring manager|manager|process|feedback|colleague|hr|firm|ad|advert|posting|brief|task))\\b",
);
// Sympathy or fairness around the same words means the writer is not accusing anyone.
const SYMPATHY = when(
  "\\b(?:sorry|hope|I understand|I know|must have been|sounds like|no fault|not your fault|nobody's fault|on my (?:side|part|end)|my (?:own )?(?:fault|mistake))\\b",
);
// Words that judge how they behaved; with THEM nearby they read as an accusation.
const CRITICISM =
  '\\b(?:disorgani[sz]ed|unorgani[sz]ed|chaotic|rude|dismissive|unprepared|careless|sloppy|lazy|condescending|contradict(?:s|ed|ory|ing)?|inconsistent|misleading|unfair(?:ly)?|incompetent|clueless|unprofessional(?:ly)?|disrespectful(?:ly)?|hypocritical|shambolic|moved the goal ?posts|changed (?:the )?(?:[a-z]+ )?(?:requirements|goal ?posts|criteria|brief|spec|rules)|held (?:it|that|this) against me|went back on|backtracked|reneged)\\b';

export const BLAME: PhraseRule = {
  rule: 'blame',
  scope: 'sentence',
  explanation:
    'Even if something did go wrong on their side, pointing it out now reads as blame and makes them defensive.',
  alternative: "I understand the decision, and I'm grateful for the time the team gave me.",
  phrases: [
    {
      re: rx(
        '\\b(?:found out|heard|learned|learnt|discovered) (?:from|on|via|through) (?:linkedin|a friend|social media|twitter|your website|the website|someone else|a colleague)\\b|\\b(?:oversold|undersold|mis-?sold|misrepresented|exaggerated)\\b|\\bmade (?:up )?(?:your|their) mind(?:s)? before\\b|\\b(?:decided|made) before I (?:even )?(?:walked in|arrived|started|sat down|applied)\\b',
      ),
    },
    {
      re: rx(
        "\\b(?:nobody|no one|no-one|none of (?:you|them|the [a-z]+))\\b[^.?!\\n]{0,30}\\b(?:read|looked at|prepared|checked|listened|knew|understood)\\b|\\b(?:I was told|you told me|they told me|the recruiter (?:told|said)|I was promised)\\b[^.?!\\n]{0,60}\\b(?:only found out|then found out|turned out|it wasn't|it isn't|wasn't true|was not true|that changed)\\b|\\bonly (?:found out|learned|learnt|discovered|was told)\\b[^.?!\\n]{0,40}\\b(?:final|last|after|when the)\\b|\\b(?:the )?(?:ceo's|boss's|manager's|founder's|director's|owner's) (?:nephew|niece|son|daughter|friend|mate|cousin|relative|buddy)\\b|\\bmarked me (?:as )?(?:late|absent|a no-show)\\b|\\bfresh out of (?:university|college|school|uni)\\b",
      ),
    },
    {
      re: rx(
        '\\b(?:process|interview(?:s|ing)?|panel|test|task|assessment|exercise|recruit(?:er|ment|ing)|hiring|selection|communication|scheduling|organi[sz]ation|interviewers?|feedback)\\b[^.?!\\n]{0,25}\\b(?:is|was|were|are|seemed|felt)\\b (?:[a-z]+ )?(?:broken|flawed|unfair|biased|rigged|rushed|chaotic|disorgani[sz]ed|a mess|a shambles|poorly (?:run|organi[sz]ed|designed|handled|managed)|badly (?:run|organi[sz]ed|designed|handled|managed)|misleading|a formality|a sham|a box-ticking exercise|not fair|anything but fair|impossible|a waste)\\b',
      ),
    },
    {
      re: rx(
        '\\b(?:if|had) (?:only )?(?:you|your [a-z]+(?: [a-z]+)?|the [a-z]+(?: [a-z]+)?|they|he|she|someone|anyone)\\b[^.?!\\n]{0,20}\\b(?:actually|bothered to|properly|even|really) (?:read|looked|look|listened|listen|checked|check|prepared|prepare|reviewed|review|asked|paid attention)\\b',
      ),
    },
    { re: rx(`\\b${EMPLOYER} ${FAILED_TO} ${DUTIES}\\b`) },
    {
      re: rx(
        '\\b(?:nobody|no one|no-one) (?:ever |even )?(?:told|informed|mentioned|explained|said|bothered|gave|let me|warned|replied|responded|called|followed up)\\b',
      ),
    },
    {
      re: rx(
        "\\b(?:wasn't|was not|weren't|were not|never|not|haven't been|hasn't been) (?:even )?(?:given|offered|allowed|afforded)\\b[^.?!\\n]{0,15}\\b(?:a|any) (?:fair|real|proper|decent|honest|genuine) (?:chance|shot|hearing|opportunity)\\b|\\b(?:not|never|hardly|barely|wasn't|isn't|was not|is not|weren't) (?:a |very |remotely |entirely |exactly |at all )?(?:fair|impartial|objective|transparent)\\b",
      ),
      unless: when('\\bto (?:expect|ask)\\b'),
    },
    {
      re: rx(
        '\\b(?:all along|from the (?:start|beginning|outset)|before (?:I|we) even|a done deal|a foregone conclusion|box[- ]ticking|going through the motions)\\b|\\b(?:clearly|obviously)\\b[^.?!\\n]{0,30}\\b(?:internal (?:candidate|hire)|in mind|already decided|lined up)\\b',
      ),
    },
    { re: rx('\\b(?:your|their) loss\\b') },
    {
      re: rx(CRITICISM),
      requires: THEM,
      unless: when(`${SYMPATHY.source}|${NEGATED_CLAUSE.source}`),
      unlessBefore: NEGATED_BEFORE,
    },
    {
      re: rx(
        "\\bI was (?:clearly |obviously |by far |easily |definitely )?the (?:better|best|strongest|most qualified|most experienced|right) (?:candidate|fit|choice|person|applicant|option)\\b|\\b(?:unpaid|free) (?:labou?r|work|consulting|consultancy)\\b|\\b(?:used|stole|stolen|stealing|steal|took|taken) my (?:ideas?|work|designs?|solutions?|proposal|code)\\b|\\b(?:showed|turned) up (?:[a-z0-9]+ minutes |an hour |half an hour )?late\\b|\\b(?:irrelevant|pointless|stupid|ridiculous|unfair|trick|gotcha) questions\\b|\\bthe (?:real )?problem (?:is|was) (?:your|the (?:process|interviewer|recruiter|panel|team|company))\\b|\\b(?:wasn't|was not|never|weren't) (?:even )?asked (?:about|a single)\\b|\\bbait[- ]and[- ]switch\\b|\\b(?:personal|clear|obvious|your|their|his|her|the interviewer's|the panel's|the recruiter's) (?:bias|prejudice)\\b|\\bbiased\\b|\\bfavou?ritism\\b|\\bnepotism\\b|\\bprejudiced\\b|\\b(?:clearly|obviously|evidently) (?:never|hadn't|had not|didn't|did not|wasn't|not) (?:even )?(?:read|opened|looked at|seen|checked|prepared|reviewed|listened)\\b|\\bthen (?:hired|chose|picked|went with|gave (?:it|the job|the role) to) (?:someone|somebody|another)\\b",
      ),
    },
    {
      re: rx(
        '\\b(?:had|have|show(?:ed|n)?) the (?:decency|courtesy|respect|professionalism) to\\b|\\b(?:basic|common) (?:decency|courtesy|respect|professionalism)\\b|\\b(?:did|do) you (?:just|only|simply|really) (?:want|need|prefer)\\b|\\bsomeone (?:cheaper|younger|older|less (?:experienced|qualified))\\b|\\ba (?:cheaper|younger) (?:candidate|option|hire|person)\\b|\\bfor a fact\\b',
      ),
    },
    {
      re: rx(
        "\\b(?:said|told me|promised|assured me|made it sound like|led me to believe)\\b[^.?!\\n]{0,40}\\b(?:basically|practically|pretty much|as good as|a formality|a done deal|in the bag|guaranteed)\\b|\\bI turned down (?:another|an|a|two|other) (?:offer|job|role|position)s? (?:because|for|since|after)\\b|\\b(?:maybe|perhaps|next time|in future|in the future),? (?:try |you could |you should |you might |someone should )?(?:next time )?(?:read|look at|check|prepare|listen|actually|bother)\\b|\\bthe (?:person|candidate|guy|woman|man|one) (?:you|they) (?:hired|chose|picked|went with|selected)\\b[^.?!\\n]{0,40}\\b(?:no|less|not|never|barely|hardly|isn't|wasn't|doesn't|lacks)\\b|\\b(?:ad|advert|posting|description|listing|spec|role|job)\\b[^.?!\\n]{0,40}\\b(?:completely|totally|entirely|very|wildly) different\\b|\\bnothing like (?:the|what) (?:ad|advert|posting|description|listing|role|job)\\b",
      ),
    },
    {
      re: rx(
        "\\b(?:you|your(?: [a-z]+){1,2}|the (?:team|panel|company|hiring manager|recruiter|manager|committee)|they|he|she) (?:'ve |have |has |really |definitely |clearly |just |obviously )?(?:made|making) (?:a|the|an) (?:[a-z-]+ )?(?:mistake|error|blunder)\\b|\\b(?:you|your(?: [a-z]+){1,2}|the (?:team|panel|company|hiring manager|recruiter|manager|committee)|they|he|she) (?:'ve |have |has |really |definitely |clearly |just |obviously )?(?:made|making) (?:a|the|an) (?:poor|bad|wrong|terrible|short-sighted|huge|big|serious|costly) (?:call|choice|decision)\\b|\\b(?:this|that|it) (?:is|was) (?:a|the) (?:wrong|poor|bad|terrible) (?:decision|call|choice)\\b",
      ),
    },
    {
      re: rx(
        "\\b(?:your|their|the company's|the recruiter's|the interviewer's|the panel's|the team's) (?:fault|failure)\\b|\\bbecause of (?:you|your|the (?:recruiter|interviewer|panel|process))\\b|\\b(?:is|was|lies) (?:on|with|down to) (?:you|your)\\b|\\btreated (?:so |very |really )?(?:badly|poorly|unfairly|terribly|horribly|disrespectfully|like (?:dirt|garbage|a number|nothing))\\b|\\bhardly (?:surprising|a surprise)\\b",
      ),
    },
    {
      re: rx(
        '\\b(?:kept|keep|left|leaving|keeping) (?:me|us|candidates|people) (?:waiting|hanging|guessing|in the dark|on hold)\\b|\\b(?:strung|stringing|string|led|leading) (?:me|us|candidates) (?:along|on)\\b|\\bghost(?:ed|ing) (?:me|us|candidates)\\b|\\byou ghosted\\b',
      ),
    },
    {
      re: rx(
        '\\b(?:interviewers?|recruiter|panel|hiring manager|manager|you|they|he|she|the team|everyone|nobody)\\b[^.?!\\n]{0,15}\\b(?:kept|keeps|constantly|kept on) (?:interrupting|cutting me off|checking (?:his|her|their) phone|looking at (?:his|her|their) phone|talking over me)\\b|\\b(?:interviewers?|recruiter|panel|hiring manager|manager|you|they|he|she|the team) (?:was|were|seemed|looked|came across as|appeared) (?:[a-z]+ )?(?:distracted|unprepared|disengaged|uninterested|dismissive|bored|not (?:interested|listening|prepared)|on (?:his|her|their) phone)\\b',
      ),
    },
    {
      re: rx(
        '\\b(?:you|your [a-z]+|the [a-z]+|he|she|they) (?:promised|assured|guaranteed) (?:me|us)\\b|\\b(?:lied|lying) to (?:me|us|candidates)\\b|\\bmisled (?:me|us|candidates)\\b',
      ),
    },
    {
      re: rx(
        '\\b(?:you|they|the [a-z]+|someone|somebody) (?:should|could|ought to) have (?:told|let me know|said|mentioned|informed|warned|been (?:clear|upfront|honest|transparent)|made (?:it|that) clear)\\b',
      ),
    },
    {
      re: rx(
        '\\b(?:job )?(?:ad|advert|posting|description|listing|spec)\\b[^.?!\\n]{0,15}\\b(?:was|is)\\b (?:[a-z]+ )?(?:misleading|inaccurate|false|dishonest)\\b|\\b(?:it|you) took (?:you )?(?:over |more than |nearly |almost )?(?:[a-z0-9]+ ){0,2}(?:weeks|months) to (?:reply|respond|get back|answer|tell|let me know|decide)\\b|\\bset (?:me|us|candidates) up to fail\\b|\\bset up to fail\\b',
      ),
    },
    // Concepts, not phrases: the outcome put down to something they did.
    {
      // "If the brief had been clear, I would have…": a better result, had they done better.
      re: rx(
        "\\b(?:if|had) (?:only )?(?:the|your|you|anyone|anybody|someone|somebody|they|he|she|nobody|no one|the [a-z]+(?: [a-z]+)?)\\b[^.?!\\n]{0,50}\\b(?:had been|had|hadn't|had not|bothered|been)\\b[^.?!\\n]{0,50}\\b(?:I|my [a-z]+|this|it|the (?:result|outcome|interview|presentation|answer|decision|task))\\b[^.?!\\n]{0,25}\\b(?:would|wouldn't|would not|could|might|'d)(?: not)? (?:have|be)\\b",
      ),
      requires: when(
        '\\b(?:clear|clearer|bothered|told|passed|read|listened|checked|prepared|explained|mentioned|given|sent|asked|answered|replied|organi[sz]ed|competent|honest|upfront|properly|on time|accurate|correct|warned|informed|looked)\\b',
      ),
      unless: when(
        "\\b(?:I|I'd|I had) (?:had|been|known|prepared|practised|practiced|asked)\\b[^.?!\\n]{0,30}\\bI\\b|would have (?:loved|liked|been (?:glad|happy|delighted))|\\bif I\\b",
      ),
    },
    {
      // The same, inverted: "Had the panel read my portfolio, I would have…"
      re: rx(
        "\\bhad (?:only )?(?:the|your|you|anyone|anybody|someone|somebody|they|he|she|nobody|no one)\\b[^.?!\\n]{0,60},? (?:I|my [a-z]+|this|it|the (?:result|outcome|interview|presentation|answer|decision|task))\\b[^.?!\\n]{0,25}\\b(?:would|wouldn't|would not|could|might|'d)(?: not)? (?:have|be)\\b",
      ),
      requires: when(
        '\\b(?:clear|clearer|bothered|told|passed|read|listened|checked|prepared|explained|mentioned|given|sent|asked|answered|replied|organi[sz]ed|competent|honest|upfront|properly|on time|accurate|correct|warned|informed|looked)\\b',
      ),
      unless: when('would have (?:loved|liked|been (?:glad|happy|delighted))|\\bhad I\\b'),
    },
    {
      // My outcome, because of them: "I only failed because the interviewer rushed me."
      re: rx(
        "\\b(?:I|my [a-z]+)\\b[^.?!\\n]{0,30}\\b(?:failed|struggled|stumbled|was rejected|got rejected|didn't get|did not get|wasn't (?:selected|chosen|ready|prepared|polished|able)|lost out|underperformed|fell short|froze|ran out of time|couldn't (?:answer|finish|prepare|perform|show)|was marked down|was penali[sz]ed|scored (?:low|badly|poorly))\\b[^.?!\\n]{0,20}\\b(?:because|since|as|due to|thanks to|after)\\b[^.?!\\n]{0,15}\\b(?:the|your|you|they|he|she|someone|nobody|no one)\\b",
      ),
      unless: when(
        "\\b(?:my own|I didn't|I did not|I hadn't|I forgot|I wasn't)\\b[^.?!\\n]{0,40}$",
      ),
    },
    {
      // "…, so of course it wasn't polished": their act, my inevitable result.
      re: rx(
        "\\b(?:so|and so|which is why|that is why|that's why),? (?:of course|naturally|obviously|unsurprisingly|inevitably|predictably|no wonder)\\b|\\bno wonder (?:I|my|it|the (?:result|outcome|scores?))\\b",
      ),
      requires: TARGET,
    },
    {
      // Not my fault but theirs: "…, not my ability", "says more about your process than me".
      re: rx(
        "\\bnot (?:because of )?(?:my (?:ability|abilities|skills?|performance|experience|fault|answers|work|competence|qualifications)|anything I (?:did|said|did wrong))\\b|\\bsays (?:a lot )?more about (?:you|your|the|them|their)\\b[^.?!\\n]{0,40}\\bthan (?:about )?(?:me|my|I)\\b|\\bit(?:'s| is| was) (?:your|their|the company's|the recruiter's) [a-z ]{1,25}(?:that|which) (?:let me down|failed|is (?:at fault|to blame|broken)|was (?:at fault|to blame|broken)|caused|cost me)\\b|\\b(?:is|was|are|were) (?:to blame|at fault|responsible for (?:this|my|the outcome|the result))\\b",
      ),
      requires: TARGET,
      unless: when(
        "\\b(?:nobody|no one|not (?:your|anyone's)) (?:is )?(?:to blame|at fault)\\b|\\bnot your fault\\b",
      ),
    },
    {
      // Badly made by them: "a badly designed exercise", "the test had errors in it".
      re: rx(
        "\\b(?:badly|poorly|hastily|carelessly|sloppily|lazily|thoughtlessly) (?:designed|run|organi[sz]ed|planned|written|managed|handled|explained|briefed|structured|prepared|worded|conducted|communicated|thought[- ]out|put together|set)\\b|\\b(?:test|task|exercise|assessment|brief|questions?|instructions|case study|take-home|challenge|form|portal)\\b[^.?!\\n]{0,25}\\b(?:had|contained|was full of|were full of|was riddled with|had several|had multiple) (?:errors|mistakes|typos|bugs|contradictions|gaps|problems)\\b|\\b(?:test|task|exercise|assessment|questions?|case study|interview|role)\\b[^.?!\\n]{0,40}\\b(?:nothing|little) to do with (?:the|what|my|this)\\b|\\bit(?:'s| is| was) hard to (?:perform|concentrate|focus|do well|answer|think|shine|impress) when (?:the|your|you|they|he|she|someone|nobody|no one)\\b",
      ),
      unlessBefore: NEGATED_BEFORE,
    },
    {
      // They did something to me, then judged me on it.
      re: rx(
        "\\b(?:and )?then (?:marked|judged|rejected|penali[sz]ed|scored|held|blamed|critici[sz]ed|dinged|faulted|turned|dropped|failed) (?:me|it|my|the result)\\b|\\bjudged (?:me|it|the result|my [a-z]+) on (?:it|that|this|the result)\\b|\\b(?:scores?|results?|marks?|assessment|decision) (?:can't|cannot|couldn't|could not|isn't|wasn't|aren't|weren't) (?:possibly )?(?:be )?(?:right|accurate|fair|valid|correct|trusted)\\b",
      ),
      requires: TARGET,
    },
    {
      // Their behaviour in the room: "spent the whole hour reading their emails".
      re: rx(
        '\\bspent (?:the (?:whole|entire)|most of the|half (?:of )?the|the first (?:part|half|ten minutes|twenty minutes) of the|much of the) (?:hour|interview|time|call|meeting|session|conversation)\\b[^.?!\\n]{0,40}\\b(?:reading|looking|on (?:his|her|their) (?:phone|laptop)|talking about (?:himself|herself|themselves)|checking|typing|eating|texting|scrolling|muted|off camera|distracted|late|interrupting)\\b|\\b(?:eating (?:lunch|a sandwich|breakfast)|texting|scrolling|on (?:his|her|their) phone|reading (?:their|his|her) emails|checking (?:their|his|her) (?:emails?|phone|messages)|talking about (?:himself|herself|themselves)|yawning|half asleep|clearly bored|mixing me up|confusing me with|calling me by the wrong name|getting my name wrong)\\b',
      ),
      requires: when(
        '\\b(?:interviewers?|panel|recruiter|hiring manager|manager|he|she|they|you|your|the team|director|ceo|founder|everyone|someone|the person)\\b',
      ),
    },
    {
      // Made up their minds in advance: "decided before I ever logged on", "just theatre".
      re: rx(
        '\\b(?:made|decided|settled|done|sealed|filled|chosen|picked|promised|earmarked)\\b[^.?!\\n]{0,30}\\bbefore (?:I|we) (?:ever |even |had even )?(?:logged|walked|arrived|applied|started|sat|said|opened|joined|dialled|dialed|met|interviewed|got|turned)\\b|\\b(?:interview|process|call|meeting|final round|exercise|panel)\\b[^.?!\\n]{0,20}\\b(?:was|is|felt like) (?:just |only |all |pure |simply |nothing but |a bit of )?(?:theatre|theater|a formality|for show|a sham|a charade|a tick-box|box-ticking|a pantomime|window dressing|a performance|a pretence|a pretense|pointless)\\b|\\b(?:had|has|already had|already picked|already chosen|already decided on) (?:a|their|his|her) (?:favou?rite|preferred candidate|person|pick|choice|candidate) (?:before|all along|from the start|in mind|lined up)\\b|\\bclearly had a favou?rite\\b|\\bwas (?:any|all|some|none) of (?:it|this|that) (?:real|genuine|honest|serious|for show)\\b|\\b(?:always|already) plann?(?:ed|ing)? to (?:hire|promote|go with|give it to) (?:internally|someone|somebody|an internal)\\b',
      ),
    },
    {
      re: rx(
        '\\btreat(?:s|ed|ing)? (?:candidates|applicants|people|staff|someone|anyone|me|us) (?:like (?:this|that)|this way|so badly|so poorly)\\b|\\b(?:bore|bears|had|has) (?:little|no) resemblance to\\b|\\b(?:appeared|seemed|looked) (?:not to have|to have not|never to have) (?:seen|read|looked at|opened|prepared|reviewed|checked)\\b|\\b(?:a company|an organi[sz]ation|a team|a firm|a business|you|people) (?:that|which|who) (?:talks?|claims?|prides? (?:itself|yourselves|themselves)|boasts?|says? (?:it|you) values?|preach(?:es)?|goes on|go on|brags?) (?:about|on|to|so much about)\\b[^.?!\\n]{0,50}\\b(?:can|could|would|then|still)\\b',
      ),
    },
    {
      // What they said was not true: "clearly that was never true".
      re: rx(
        '\\b(?:that|which|it|this) (?:was|is|turned out to be|proved to be) (?:clearly |obviously |never |simply |just |completely )?(?:not true|untrue|false|a lie|nonsense|never true|made up|fiction)\\b',
      ),
      requires: when(
        '\\b(?:told|said|promised|claimed|assured|advertised|stated|wrote|mentioned|described|listed)\\b',
      ),
    },
    {
      // What I gave up for them, and "this is what I get".
      re: rx(
        '\\b(?:and )?this is what I get\\b|\\b(?:and|but) now (?:this|look)\\W*$|\\ball for (?:nothing|this|a template|a two-line|a form)\\b|\\b(?:I (?:cancelled|canceled|left|quit|turned down|gave up|moved|rearranged|took|declined|sacrificed|skipped|missed|postponed|resigned|uprooted))\\b[^.?!\\n]{0,60}\\b(?:and (?:this is what I get|now this|for what|for nothing)|for nothing|for this\\W*$|and now this\\b)',
      ),
      explanation:
        "What you gave up for this was real. Listed for them, it reads like a bill they can't pay; it's worth telling a friend instead.",
      alternative:
        "I put a lot into this process and I'm sorry it didn't work out, but I'm glad I applied.",
    },
    {
      // Their act, against me: "you ignored my follow-ups", "you advertised a remote role".
      re: rx(
        '\\b(?:you|your (?:[a-z]+ ){0,2}(?:team|recruiter|system|hr|company|manager|panel|interviewer)|the (?:[a-z]+ )?(?:recruiter|system|panel|interviewer|hiring manager|company|team|portal))\\b (?:also |then |just |completely |simply |clearly )?(?:ignored|lost|misplaced|forgot|mixed up|mislaid|deleted|overlooked|cancelled|canceled|rescheduled|moved|rushed|ambushed|blindsided|contradicted|undercut|lowballed|messed up|botched|bungled|changed) (?:my|me|the|our|your own|every|all|it)\\b',
      ),
      requires: when(
        '\\b(?:and then|then|and now|so|which is why|because|without|twice|three times|again|never|no (?:notice|warning|reason|explanation)|last minute|last-minute|before|after|for (?:a|two|three|several) (?:weeks|months)|rejected|reject|marked|judged|blamed|lost|cost)\\b',
      ),
      unless: when(
        "\\b(?:no problem|no worries|completely understand|totally understand|that's fine|it's fine|happens|thank)\\b",
      ),
    },
    {
      re: rx(
        '\\b(?:you|they|your (?:team|recruiter|company|advert|ad|posting)|the (?:advert|ad|posting|recruiter|listing))\\b (?:advertised|described|listed|sold|pitched|presented|billed) (?:it |the (?:role|job|position) |this )?(?:as )?(?:a |an )?[a-z- ]{1,30}\\b(?:and|but) (?:then|now)\\b',
      ),
    },
    {
      // Their set-up let me down: crashing tests, unprepared panels, questions needing thought.
      re: rx(
        '\\b(?:given|considering|seeing) how (?:little|badly|poorly) (?:the|your) (?:panel|team|interviewers?|recruiter|hiring manager|company)\\b|\\b(?:test|platform|system|environment|software|portal|tool|video call|connection on your side)\\b[^.?!\\n]{0,20}\\b(?:kept|keeps) (?:crashing|freezing|dropping|failing|breaking|glitching|cutting out)\\b|\\b(?:perhaps|maybe)\\b[^.?!\\n]{0,10}\\b(?:the|your) (?:questions|test|brief|process|task|exercise|panel|interviewers?)\\b[^.?!\\n]{0,10}\\b(?:needed|need|could use|could have used|deserved) (?:more|some|a little|a bit)\\b|\\btold you what you wanted to hear\\b|\\b(?:judged|penali[sz]ed|marked down|punished|dinged|criticised|criticized) for (?:asking|raising|questioning|negotiating|pointing out|mentioning)\\b|\\b(?:talking|chatting|whispering|laughing) (?:among|amongst|between) themselves\\b|\\bnothing to do with (?:my|me)\\b[^.?!\\n]{0,30}\\beverything to do with\\b|\\bnot the (?:one|interview|test|role|job) (?:you|they) (?:ran|gave|set|advertised|described)\\b',
      ),
    },
    {
      // A broken link or a platform that was down is news, not blame ("The first link I sent
      // was broken."), until it is named as what cost the writer the job.
      re: rx(
        '\\b(?:test|platform|system|environment|software|link|portal|tool|video call|connection)\\b[^.?!\\n]{0,20}\\b(?:was|were|kept) (?:crashing|freezing|dropping|failing|broken|down|glitching)\\b',
      ),
      requires: when(
        "\\b(?:which is why|that's why|that is why|no wonder|so of course|cost me|because of (?:that|it|this)|how (?:was|am|were) I (?:supposed|meant|expected)|not my fault|blame)\\b",
      ),
      unless: when(
        '\\b(?:I|my) (?:sent|shared|attached|gave|pasted)\\b|\\bmy (?:link|portfolio|connection)\\b',
      ),
    },
    {
      // The set-up, not me: "the questions were the problem", "only given ten minutes",
      // "expected me to be at my best", "the rest of us were decoration".
      re: rx(
        "\\b(?:the|your) (?:questions|brief|task|test|format|process|set-?up|panel|interviewers?|instructions)\\b (?:was|were) the (?:real )?problem\\b|\\b(?:only|just) (?:given|allowed|had|got) (?:[a-z0-9]+ )?(?:minutes|days|hours)\\b[^.?!\\n]{0,40}\\b(?:needed|need|would need|takes?|required|deserved)\\b|\\b(?:and|yet|still|then) expected me to (?:be at my best|perform|shine|do well|be sharp)\\b|\\bthe rest of us (?:were|was) (?:just )?(?:decoration|window dressing|there to|filler|making up the numbers)\\b|\\b(?:making|make) up the numbers\\b|\\bit's who you know\\b|\\b(?:had I|if I had) been given the same\\b|\\bsold me a (?:completely |totally )?different (?:job|role|position)\\b|\\b(?:nobody|no one|none of you) (?:actually |even |really )?(?:looked at|read|opened|listened to)\\b|\\bspent (?:half|most|much) of the (?:interview|call|meeting)\\b[^.?!\\n]{0,30}\\b(?:phones?|laptops?|emails?|distracted|elsewhere)\\b|\\b(?:changed|moved|rescheduled) (?:the|my) (?:interview )?(?:time|date|slot)s? (?:three|four|five|several|multiple|[0-9]+) times\\b|\\bwasn't (?:even )?given (?:the|a) (?:same|fair|proper)\\b",
      ),
      unless: SYMPATHY,
    },
  ],
};

export const detectBlame = phraseDetector(BLAME);
