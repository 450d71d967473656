// R9 sarcasm: thanks or praise that means the opposite.
import { phraseDetector, rx, when } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';
import { GRIEVANCE, NEGATED_BEFORE, TARGET } from './fragments.js';

// Warm words that, pointed at a slight, mean the opposite.
const PRAISE_WORD =
  '\\b(?:great|wonderful|lovely|fantastic|brilliant|amazing|impressive|impressed|thoughtful|considerate|generous|touched|delighted|thrilled|honou?r(?:ed)?|privilege|bravo|congratulations|congrats|masterclass|genius|perfect|flawless|treasure|cherish|classy|festive|thrilling|riveting|kudos|wow|marvell?ous|superb|stellar|splendid|terrific|charming|delightful|fabulous|gracious|speedy|swift|rapid|personal touch|so personal|very personal|nice touch)\\b';

// What the praise is aimed at when it is sarcastic: slowness, templates, too little, silence.
const SLIGHT = when(
  "\\b(?:(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|few) (?:weeks?|months?|rounds?|interviews?|stages?|sentences?|lines?|words?|seconds?|minutes?) (?:later|after|of (?:silence|waiting|nothing|feedback)|to (?:reply|respond|answer|decide|write|get back|tell)|wait|waiting|silence)|(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|one)-(?:week|month|line|word|sentence|minute|second)|template[ds]?|automated|auto-?(?:reply|generated|response)|form (?:letter|email|rejection|reply)|generic|no-?reply|noreply|(?:a|by a|from a) (?:bot|robot|machine)|copy[- ]?(?:and[- ])?past(?:e|ed|ing)|dear (?:candidate|applicant|sir or madam)|\\[(?:first_?name|name)\\]|(?:wasn't|weren't|isn't|not) (?:enough|sufficient)|only (?:a|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+) (?:weeks?|months?)(?: and a half)?|before (?:anyone|anybody|someone) (?:told|called|emailed|rang)|by (?:calendar invite|portal|text message|auto-?reply)|(?:zero|no|without any|without an?) (?:explanation|feedback|reason|notice|warning|reply|response)|ignor(?:ed|ing)|ghost(?:ed|ing)|silence|forgot(?:ten)?|only took|(?:once|after|now that) the (?:role|job|position) (?:was|had been|is) (?:filled|gone|taken)|re-?advertised|(?:on|before) (?:a friday|my birthday|christmas|the holidays|new year)|by text|lost my|never (?:replied|heard|got back)|(?:on|in) (?:the|my) (?:spam|junk))\\b",
);

const hasGrievance = (doc: { norm: string }): boolean => GRIEVANCE.test(doc.norm);

export const SARCASM: PhraseRule = {
  rule: 'sarcasm',
  scope: 'sentence',
  explanation:
    'Sarcasm rarely reads as a joke in an email; it tends to land as contempt, and that sticks.',
  alternative: 'Thank you for letting me know.',
  phrases: [
    {
      re: rx(
        '\\bwhat a (?:delight|joy|treat|pleasure|thrill|privilege)\\b|\\bthank(?:s| you) ever so much\\b|\\b(?:thank|thanks)[^.?!\\n]{0,40}\\b(?:by text|at (?:1[0-2]|[0-9])(?::[0-9]{2})? ?(?:pm|am)|on a (?:friday|saturday|sunday) (?:night|evening))\\b',
      ),
    },
    { re: rx('\\bthanks? (?:you )?(?:so much |a lot )?for nothing\\b') },
    {
      re: rx(
        '\\b(?:thanks|thank you|cheers)(?: so much| very much| a lot| a bunch| again)?,? for (?:wasting|ignoring|ghosting|stringing|leading me on|keeping me (?:waiting|hanging|in the dark)|finally|eventually|(?:the|this|that|a|your) (?:very |lovely |wonderful )?(?:generic|automated|canned|form|templated?|copy[- ]?paste(?:d)?|two-line|one-line|impersonal)|(?:absolutely )?nothing|the silence|(?:the )?(?:weeks|months) of (?:silence|nothing|waiting))',
      ),
    },
    {
      re: rx(
        '\\b(?:great|nice|lovely|good|wonderful|fantastic|brilliant|amazing|thrilled|delighted|love|loved|so glad|appreciate|what a treat|always a pleasure)\\b[^.?!\\n]{0,40}\\b(?:(?:to be|being|getting) (?:ghosted|ignored)|(?:weeks|months) of (?:silence|waiting|nothing)|form (?:letter|email|rejection)|generic (?:email|rejection|reply|response|message|note)|two-line|one-line|automated (?:email|rejection|reply|response|message)|canned (?:email|reply|response)|finally (?:hear|heard|get|got|getting|respond|responding|reply|replying|answer)|wasting|wasted|copy(?:ing)? and past(?:e|ing)|copy-?past(?:e|ed|ing))\\b',
      ),
    },
    {
      re: rx(
        '\\b(?:very|so|how|real|super|truly|really) professional(?: of you)?(?=\\s*[.!]|\\s*$)|\\b(?:truly|really|such) an? (?:great|wonderful|amazing|fantastic|stellar|delightful|lovely) (?:candidate |hiring |interview )?experience\\b|\\breally made me feel (?:valued|special|appreciated|welcome|wanted)\\b|\\bgreat job\\b|\\bwell done\\b|\\bkudos\\b|\\bbravo\\b|\\bgood for you\\b',
      ),
      when: hasGrievance,
    },
    {
      re: rx(
        '\\boh,? (?:sure|great|right|wonderful|perfect|brilliant|lovely|joy|yay|fantastic)(?=[,.!])',
      ),
    },
    {
      re: rx(
        "\\blet me guess\\b|\\bhow not to\\b|\\b(?:a|the) (?:masterclass|lesson|case study) in how\\b|\\b(?:loved|love|enjoyed|liked|appreciated) the (?:part|bit) where\\b|\\blove that for me\\b|\\bso glad I (?:took|spent|wasted|drove|flew|prepared|bothered|turned down|rearranged|cancelled|canceled|travelled|traveled)\\b|\\bwhat a (?:lovely|great|wonderful|fantastic|nice|brilliant|perfect) way to\\b|\\bbest (?:hiring|interview|recruitment|recruiting|candidate) (?:process|experience) ever\\b|\\b(?:your|the|a) (?:unicorn|purple squirrel)\\b|\\bI'll treasure (?:this|it|your)\\b|\\b(?:amazing|funny|interesting|incredible|remarkable|curious|nice|great|lovely|wonderful) how (?:you|they|the team|your team|the company|nobody|no one|someone)\\b|\\b(?:clearly|obviously|apparently|evidently),? (?:you|they|the team|your team|the company|whoever)\\b (?:weren't|were not|aren't|are not|didn't|did not|don't|do not|never|had no|have no|couldn't|can't|wanted|just|only)\\b",
      ),
    },
    {
      re: rx(
        "\\bthanks a lot\\b|^(?:very|how|so|really) (?:considerate|thoughtful|generous|helpful|classy|mature|respectful)(?: of you)?\\W*$|\\bcan't wait to hear\\b|\\bsuch a (?:pleasure|joy|treat|delight)\\b|\\bI'm sure (?:it|that) was (?:a |such a )?(?:very |really |so )?(?:difficult|tough|hard) (?:decision|choice|call)\\b|\\bI'm sure (?:they|he|she|the new (?:hire|person)|your new hire|whoever you (?:chose|picked|hired)|the other candidate)(?:'ll| will)? (?:be|is|are) (?:just )?(?:amazing|brilliant|wonderful|fantastic|great)\\b",
      ),
      when: hasGrievance,
    },
    {
      re: rx(
        "\\b(?:I've|I have) heard (?:that|this) (?:one |line )?before\\b|\\bwhat a (?:surprise|shock)\\b|\\b(?:big|no|what a) surprise there\\b|\\bsurprise,? surprise\\b|\\bshocker\\b|\\bcolou?r me (?:surprised|shocked)\\b|\\b(?:yeah|sure),? right\\b|\\bgood luck with that\\b|\\bgood luck finding (?:someone|anyone|somebody) (?:better|who|else)\\b",
      ),
    },
    {
      re: rx(
        '\\b(?:someone|somebody|the other (?:candidate|person|applicant)|they|he|she|your new hire|the new hire|the successful (?:candidate|applicant))\\b[^.?!\\n]{0,30}\\b(?:clearly|obviously|so much) (?:better|more (?:qualified|deserving|experienced|suited)|superior)\\b',
      ),
    },
    {
      re: rx(
        "\\bI'm sure (?:they|he|she|the new (?:hire|person)|your new hire|whoever you (?:chose|picked|hired)|the other candidate)(?:'ll| will)? (?:be|is|are) (?:just |absolutely )?(?:perfect|a dream|flawless)\\b",
      ),
    },
    {
      // A few words in scare quotes, holding the employer's own stock phrase: "'feedback'".
      re: rx(
        '(?<![A-Za-z0-9\\u00C0-\\u024F])[\'"](?:[A-Za-z-]+ ){0,4}?(?:feedback|values?|valued|opportunit(?:y|ies)|update|candidate experience|transparen(?:t|cy)|personal touch|strong (?:candidate|field|applicants?|pool)|close call|tough call|(?:difficult|hard) decision|future (?:opportunities|openings|roles|vacancies)|keep in touch|stay in touch|team player|family|culture|great fit|good fit|talent(?:ed)?|impressed|interview process|process|policy|priority|respect|honesty|best wishes|good luck|strong|internal|exceptional|perfect|ideal|fit|aligned|competitive|valued)(?: [A-Za-z-]+){0,4}[\'"](?![A-Za-z0-9])',
      ),
    },
    {
      // Praise in scare quotes: "your 'exceptional candidate'".
      re: rx(
        '(?<![A-Za-z0-9\\u00C0-\\u024F])[\'"][^"\\n]{0,40}?\\b(?:exceptional|perfect|best|ideal|right|stronger) (?:candidate|fit|person|match)|(?<![A-Za-z0-9\\u00C0-\\u024F])[\'"][^"\\n]{0,40}?\\b(?:keep (?:your|you) (?:cv|resume|résumé|details|application) on file|(?:a )?different direction|(?:many|other) (?:strong|qualified) (?:candidates|applicants)|(?:difficult|tough) decision|better (?:suited|fit|aligned)|culture fit|be in touch|high volume of applications)\\b[^"\\n]{0,20}?[\'"](?=[\\s.,!?;:]|$)',
      ),
    },
    {
      re: rx(
        '\\b(?:nice|kind|good|great|decent) of you to (?:finally|eventually|bother|let me know after)\\b|\\b(?:you|it) only took (?:you )?(?:[a-z0-9]+ ){0,2}(?:weeks|months)\\b|\\b(?:glad|nice|good) to (?:know|see|hear) (?:that )?(?:my|all my|the) (?:[a-z]+ ){0,3}(?:time|effort|experience|work|years) (?:meant|counts?|counted|mattered|was (?:worth|valued))\\b',
      ),
    },
    // Concepts, not phrases: praise pointed at the very thing that hurt.
    {
      // Praise in the same sentence as a slight (a delay, a template, too little): "What a
      // thoughtful touch to send the rejection from a no-reply address."
      re: rx(PRAISE_WORD),
      requires: SLIGHT,
      unlessBefore: NEGATED_BEFORE,
      unless: when(
        '\\b(?:despite|even though|although|though|in spite of|no matter)\\b|\\b(?:I know|I understand|I realise|I realize|I appreciate) (?:it|that|how|you|the)\\b',
      ),
    },
    {
      // Congratulating them on how they hired: "Congratulations on taking six weeks to reply."
      re: rx(
        '\\b(?:congratulations|congrats|well done|bravo|kudos|hats off|top marks|gold star)\\b[^.?!\\n]{0,30}\\b(?:on|for) (?:taking|finding (?:someone|somebody|a candidate)|hiring|filling|wasting|ghosting|picking|choosing|losing|ignoring|rejecting|missing|sending (?:a|an|the|that|this|me))\\b',
      ),
      unless: when(
        '\\b(?:promotion|launch|award|anniversary|funding|raise|round|milestone|new (?:role|job|position|office|baby)|wedding|retirement|graduat)',
      ),
    },
    {
      // Thanks or praise followed by a sting: "I'm touched that you remembered my name."
      re: rx(
        "\\b(?:touched|honou?red|flattered|moved|amazed|impressed|stunned|gratified) (?:that|you) (?:you )?(?:(?:even|actually|finally|eventually) )?(?:remembered|bothered|managed|found (?:the )?time|took the time|spelled|spelt|got my name|replied|wrote|noticed|read)\\b|\\byou (?:really )?shouldn't have(?=\\s*[.!]|\\s*$)|\\b(?:glad|happy|pleased|nice|good|great|delighted)\\b (?:that )?(?:my|I)\\b[^.?!\\n]{0,40}\\b(?:so |such )?(?:entertaining|amusing|fun|enjoyable|educational|a laugh|good for a laugh) (?:for|to) (?:you|your|them|the team|everyone)\\b|\\bso (?:detailed|helpful|thorough|personal|insightful|informative|thoughtful|generous|useful|warm|comprehensive)(?: that)? I (?:almost|nearly) (?:missed|didn't notice|overlooked|blinked)\\b|\\b(?:a|truly a|such a|what a|real|an absolute) masterclass\\b|\\btoo (?:good|qualified|smart|strong|experienced|talented|competent|much) for (?:you|your|them|the (?:role|team|company|job)|this (?:company|place|team))\\b|\\b(?:always|ever) (?:wanted|dreamed|dreamt|hoped|longed) (?:to|of) (?:be|being) (?:rejected|turned down|told no|ghosted|ignored|dumped|let down)\\b|\\bcounts? for (?:so |very )?(?:little|nothing)\\b|\\b(?:what|such) a (?:thoughtful|personal|nice|lovely|classy|professional|considerate|warm|human|generous|special|caring) (?:touch|gesture)\\b(?=[^.?!\\n]*\\b(?:reject|no-?reply|template|automated|form|generic|bot|weeks|months|friday|birthday|christmas|holiday))",
      ),
    },
    {
      // Feeling "so valued" next to a template or a long silence.
      re: rx(
        '\\b(?:feel|felt|feeling) (?:so |very |really |truly |incredibly |deeply )?(?:valued|special|appreciated|respected|wanted|important|cherished|seen|heard)\\b',
      ),
      when: (doc) => SLIGHT.test(doc.norm),
      unlessBefore: NEGATED_BEFORE,
    },
    {
      // "Funny how quickly you reply when…": aimed at them, with a sting after it.
      re: rx(
        '\\b(?:impressive|remarkable|astonishing|incredible|funny|amazing|interesting|curious|fascinating) (?:how|that) (?:quickly|fast|suddenly|easily|promptly|efficiently|speedily|readily|eagerly|soon|slowly|long)\\b',
      ),
      requires: when(
        '^(?=.*\\b(?:you|your|they|their|the (?:team|company|recruiter|panel|role|job))\\b)(?=.*\\b(?:when|once|as soon as|only|now that|after|but)\\b)',
      ),
    },
    {
      // "Lovely, another rejection…", "Really helpful." after a grievance.
      re: rx(
        '\\b(?:lovely|great|wonderful|fantastic|brilliant|perfect|super|marvell?ous|splendid|terrific|excellent|awesome|amazing),? (?:another|one more|yet another|more|a (?:template|form|generic|two-line|one-line|copy))\\b',
      ),
      atStart: true,
    },
    {
      re: rx(
        '(?:really|very|so|super|most|truly|extremely) (?:helpful|useful|informative|insightful|clear|thorough|personal|considerate|thoughtful|kind|generous|professional|enlightening|efficient|impressive|classy|inspiring)(?: of you| thanks| thank you)?',
      ),
      whole: true,
      when: hasGrievance,
    },
    {
      // Falling short of their own words: "doesn't live up to its own job ads".
      re: rx(
        "\\b(?:doesn't|does not|didn't|did not|don't|do not|fail(?:s|ed)? to|never) (?:live|lives|lived) up to (?:its|your|their|the company's) (?:own )?\\b|\\b(?:practi[cs]e|follow|live by) what (?:you|it|they) preach\\b",
      ),
    },
    {
      // "I'm sure the winner is a genius", "the lucky one".
      re: rx(
        "\\bI'm sure (?:the (?:winner|lucky (?:one|person|candidate|winner)|chosen one|successful (?:candidate|applicant|person))|whoever (?:got|won|you (?:chose|picked|hired|went with))|your (?:new )?(?:hire|star|favourite|favorite)|they|he|she) (?:is|are|will be|'ll be|was) (?:a |an |just |truly |absolutely )?(?:genius|star|rockstar|superstar|legend|unicorn|saint|perfect|flawless|visionary|marvel|wonder|dream)\\b",
      ),
    },
    {
      // Their own buzzwords in scare quotes: your 'collaborative' culture.
      re: rx(
        '\\b(?:your|their|the|so-called|supposed|alleged|apparent|this|that|a|an|such) [\'"](?:[a-z-]+ ){0,3}[a-z-]+[\'"](?= [a-z]|[\\s.,!?;:]|$)',
      ),
      requires: when(
        '\\b(?:culture|values?|family|team|opportunit(?:y|ies)|feedback|process|experience|policy|respect|transparen(?:t|cy)|collaborative|supportive|inclusive|dynamic|fast-paced|people-first|candidate-first|flexible|competitive|exciting|rockstar|ninja|fit|care|caring|human|personal|priority|commitment|mission|journey|passion|innovative|world-class|best-in-class|open-door|diverse|friendly|welcoming|rigorous|thorough|fair|update|decision|shortlist|pipeline|on file|touch|details|considered|valued|talent|strong|genuine|honest|seriously)\\b',
      ),
      unless: when(
        '\\b(?:not|should be|rather than|instead of|spell|spelt|spelled|typo|misspel|recruitment|correct|called|titled|named|entitled|book|article|talk|podcast|session|workshop|course|module|episode|series|project|product|feature|app)\\b',
      ),
      when: (doc) => GRIEVANCE.test(doc.norm) || TARGET.test(doc.norm),
    },
    {
      // "Nice to know where I stand" and its kin.
      re: rx(
        "\\b(?:good|nice|great|lovely|useful|helpful|glad|delighted|thrilled|pleased|happy) to (?:know|see|hear|learn|find out|discover|be reminded) (?:that )?(?:where (?:I|we) stand|how (?:you|much you|little you|the company|your company|they) (?:treat|value|see|think|care|respect|regard)|what you (?:really )?think of|my (?:[a-z'-]+ ){0,5}(?:counts?|counted|meant|means|matters?|mattered|was worth|is worth|didn't|doesn't|isn't|wasn't))\\b|\\b(?:delighted|thrilled|glad|happy|pleased|fascinated|interested|amused) to (?:learn|hear|know|see|find out|discover) that\\b[^.?!\\n]{0,60}\\b(?:wasn't|weren't|isn't|aren't|not|never|no one|nobody|didn't|couldn't|enough|only|already|lost|forgot)\\b",
      ),
    },
    {
      re: rx(
        '\\bthank(?:s| you)\\b[^.?!\\n]{0,20}\\bfor (?:finally|eventually|at last|bothering|remembering|noticing|deigning|gracing)\\b|\\b(?:oh|gosh|wow|well|ooh|golly|gee|whoa),? (?:a|an|another|the|so|how|what|look)\\b[^.?!\\n]{0,40}\\b(?:template|automated|form|generic|rejection|no-?reply|bot|copy|canned|silence|email|letter|again|surprise|original|personal|shock)\\b',
      ),
    },
    {
      // Mock kindness: "So kind of you to copy the whole shortlist", "I'm spoiled".
      re: rx(
        "\\b(?:so|how|very|too|really) (?:kind|thoughtful|considerate|generous|nice|sweet|lovely|gracious|decent) (?:of you )?to (?:reject|send|copy|tell|let me know|ghost|keep|leave|cc|email|reply|wait|inform)\\b|\\bI(?:'m| am| feel) (?:so |truly |really )?(?:spoiled|spoilt|blessed|honou?red|flattered)\\W*$|\\btop marks for\\b|\\bthe full (?:two|three|one) (?:sentences|lines|words|minutes)\\b|\\bbless (?:your|their|his|her) (?:heart|cotton socks)\\b|\\bworth a (?:form email|form letter|template|two-line|one-liner|one-line email|generic email)\\b|\\b(?:such a|what a) (?:relief|surprise|shock|treat) (?:that|to)\\b(?=[^.?!\\n]{0,60}\\b(?:finally|reject|rejection|ticks every box|template|form|before anyone|portal)\\b)",
      ),
    },
    {
      // Praise for the company's values or care, said to mean the opposite.
      re: rx(
        "\\b(?:values?|culture|mission|people-first|candidate experience|commitment to [a-z]+)\\b[^.?!\\n]{0,40}\\b(?:are|is) (?:just|only|clearly|obviously|apparently) (?:for|on) (?:the|your) (?:website|careers page|brochure|posters?|wall|show|linkedin|marketing)\\b|\\bjust for show\\b|\\bI hope (?:whoever|the person|the lucky|your new|they|he|she)\\b[^.?!\\n]{0,40}\\b(?:knows? what (?:they're|he's|she's|they are|he is|she is) getting into|enjoys? (?:it|the|working)|survives?|lasts? longer|can put up with)\\b|\\blet me guess\\b|\\bwhich (?:friday|monday|week|month|year) did you mean\\b|\\bmust be nice to (?:reject|ignore|turn down|decide|sit|never|not have to|just)\\b",
      ),
    },
  ],
};

export const detectSarcasm = phraseDetector(SARCASM);
