// R9 demanding justification: asking them to defend the decision rather than inviting advice.
import { phraseDetector, rx, when } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';
import { POLITE } from './fragments.js';

const OUTCOME =
  '(?:rejected|turned down|passed over|overlooked|dismissed|declined|unsuccessful|not (?:selected|chosen|picked|hired|considered|shortlisted|successful|good enough|enough|offered)|good enough|get (?:it|the job|the role|the position|an offer|through|hired)|make it|chosen|selected|picked|hired)';

// Words about the decision; with them, "explain how" asks for a defence, not directions.
const OUTCOME_WORDS = when(
  "\\b(?:rejected|rejection|chosen|preferred|selected|decided|decision|unsuccessful|over me|instead of me|not me|the other (?:candidate|person|applicant)|the successful|someone else|less experience|outcome|assessed|scored|judged|hired|turned down|passed over|didn't|did not|I did not|I didn't|wrong|fell short|fall short|short of|lacking|lacked|failed|weak|where I)\\b",
);

// The decision, or a "why", in the same sentence.
const OUTCOME_OR_WHY = when(
  '\\b(?:why|how|reason|decision|rejected|unsuccessful|deemed|judged|unsuitable|chosen|selected)\\b',
);

// The decision or its reasons, for the wider demand patterns.
const OUTCOME_WORDS_WIDE = when(
  '\\b(?:outcome|decision|rejected|rejection|criteria|reason|reasons|explain|explanation|justify|rounds?|unsuccessful|chosen|preferred|assessed|scored|minimum|the panel|wrong|template)\\b',
);

// "Could you explain to me how the probation period works?" asks about the job, not the decision.
const POLITE_OR_HOW_IT_WORKS = new RegExp(
  `${POLITE.source}|${when('\\bexplain to me how (?:the|a|an|your|this|that|my) (?:[a-z-]+ ){0,3}(?:works?|is (?:set up|calculated|structured|organi[sz]ed|handled|paid)|would work|runs?|happens)\\b').source}`,
  'i',
);

export const DEMANDING: PhraseRule = {
  rule: 'demanding_justification',
  scope: 'sentence',
  explanation:
    "Asking them to justify the decision puts them on the defensive; many employers can't share reasons at all, so an open, optional question gets more.",
  alternative:
    "If you're able to share anything I could work on for roles like this, I'd be grateful.",
  phrases: [
    {
      re: rx(
        '\\b(?:explain|tell me|clarify) what [^.?!\\n]{0,40}\\bactually means\\b|\\bcan (?:someone|anyone|somebody) (?:please )?explain\\b|\\bwhat did I do wrong\\b|\\ba straight answer\\b',
      ),
      unless: POLITE,
    },
    {
      re: rx(
        '\\bexplain to me\\b|\\b(?:beat|beaten|chosen over|picked over|preferred over|over) (?:me and )?(?:my )?(?:[a-z]+ )?(?:years|decades) of (?:experience|work)\\b',
      ),
      unless: POLITE_OR_HOW_IT_WORKS,
    },
    {
      re: rx(
        "\\bwhy (?:wasn't|was not|weren't|were not|didn't|did not|haven't|have not|hasn't|has not|couldn't|could not|wouldn't|would not|won't|isn't)\\b (?:[a-z]+ )?(?:I|you|my|me|the team|they)\\b",
      ),
      unless: /\bwhy (?:didn't|did not) I (?:think|ask|check|realise|realize)\b/i,
    },
    {
      re: rx(
        `\\bwhy (?:was|were|did|would|have|has) (?:I|my|you|they|the team)\\b[^.?!\\n]{0,40}\\b(?:${OUTCOME}|(?:reject|pick|choose|chose|hire|select|prefer|preferred) (?:someone|somebody|him|her|them|another|the other)|go with (?:someone|another|the other)|went with)\\b`,
      ),
    },
    {
      re: rx(
        `\\bwhy (?:I|my [a-z]+(?: [a-z]+)?) (?:was|wasn't|was not|were|didn't|did not|am|got|'m)\\b[^.?!\\n]{0,25}\\b${OUTCOME}\\b`,
      ),
      unless: POLITE,
    },
    {
      re: rx(
        "\\bI(?: deserve| am owed|'m owed| am entitled to|'m entitled to| have (?:a|the) right to)[^.?!\\n]{0,20}\\b(?:explanation|reason|answer|know|understand|feedback|response|better|clarity|justification)\\b|\\bowe (?:me|us) (?:an?|some|the)? ?(?:explanation|answer|reason)\\b|\\bI (?:demand|insist)\\b|\\bthe least (?:you|they) (?:could|can) do\\b|\\bon what (?:basis|grounds)\\b",
      ),
    },
    {
      re: rx(
        '\\b(?:explain|justify) (?:to me )?(?:your (?:decision|choice|reasoning|rationale|thinking)|the (?:decision|rejection|reasoning|rationale|outcome)|this (?:decision|rejection|outcome)|why|how (?:you|the team) (?:decided|chose|came to|reached))\\b',
      ),
      unless: POLITE,
      unlessBefore: when('\\bthank(?:s| you)\\b[^.?!\\n]{0,40}$'),
    },
    {
      re: rx(
        '\\b(?:give|provide|send) (?:me|us) (?:a|an|the|your|some|any)? ?(?:[a-z]+ )?(?:reason|explanation|justification|breakdown|rationale)\\b',
      ),
      unless: POLITE,
    },
    {
      re: rx(
        '\\bI (?:expect|require|want|need)\\b (?:an?|the|some|your|to know|to understand|to hear)?\\b[^.?!\\n]{0,25}\\b(?:explanation|reason|answer|justification|response|breakdown|rationale)\\b',
      ),
      unless: POLITE,
    },
    {
      re: rx(
        "\\bI (?:want|need|demand|expect|insist)(?: to)? (?:know|understand|hear)\\b (?:exactly |precisely )?(?:why|what (?:went wrong|happened|was wrong|I did wrong|the other|they had|he had|she had)|how (?:you|the team|they) (?:decided|chose|could)|on what)\\b|\\bI(?:'d| would) like to know (?:exactly |precisely )?(?:why|on what|how you (?:decided|could|came)|what (?:went wrong|was wrong|I did wrong|the other))\\b",
      ),
      unless: POLITE,
    },
    {
      re: rx(
        "\\bI want answers\\b|\\bexplain yourselves?\\b|\\bwhat(?:'s| is| was) the (?:real|actual|true) reason\\b|\\bwho (?:exactly )?(?:did you|have you|did they) (?:hire|pick|choose|select|go with|give it to)\\b|\\binstead of me\\b(?=[^.!\\n]*\\?)|\\b(?:written|formal|full|detailed|complete) (?:explanation|justification|reasons?|account)\\b(?! (?:is|isn't|wasn't) (?:needed|necessary|possible))|\\bwho got the (?:job|role|position|offer)\\b|\\bwas it something I (?:said|did|wrote|wore)\\b|\\bI need to understand (?:this|it|why|what|how)\\b|\\b(?:speak|talk) (?:to|with) (?:your|the|a|someone) (?:manager|supervisor|boss|superior|more senior|senior)\\b|\\brequest a (?:meeting|call) to (?:discuss|review|go over) (?:the|this|your|my) (?:decision|outcome|rejection)\\b|\\b(?:what|why|how)\\b[^.?!\\n]{0,40}\\b(?:wasn't|was not|weren't|were not|isn't|not) (?:good|strong|qualified|experienced|senior) enough\\b",
      ),
    },
    {
      re: rx(
        "\\b(?:provide|send|share|forward|give) (?:me )?(?:with )?(?:the|my|a copy of|copies of|your|all) (?:[a-z']+ ){0,3}(?:notes|scores?|scoring|scorecards?|evaluations?|results|rankings?|rubric|assessment)\\b|\\b(?:breakdown|details?|copy) of (?:how|why) I was (?:scored|assessed|evaluated|rated|ranked|marked|judged|rejected)\\b|\\bhow I was (?:scored|rated|ranked|marked)\\b|\\bsubject access request\\b|\\bI (?:hereby |formally |officially )?request (?:an?|the|that|all|my)\\b",
      ),
      unless: POLITE,
    },
    {
      re: rx(
        "\\b(?:had|has|have|offered|brought) that I (?:don't|didn't|do not|did not|lack|lacked|couldn't)\\b",
      ),
      unless: /\b(?:understand|fair|makes sense|appreciate)\b/i,
    },
    {
      re: rx(
        '\\bwhat (?:exactly |specifically )?(?:was|is) (?:so )?wrong with (?:me|my)\\b|\\bwhat (?:exactly|more) (?:do|did|does) (?:you|they|the team|your team|the company) (?:want|expect)\\b|\\bwhat do you (?:even )?(?:want|expect)(?: from (?:me|candidates|people))?\\s*\\?|\\bhow could (?:you|they|the team|anyone)\\b (?:[a-z]+ ){0,2}(?:choose|pick|reject|hire|pass|turn|not|go|ignore|overlook|prefer)\\b',
      ),
    },
    {
      re: rx(
        '\\b(?:tell|show) me (?:exactly |honestly |specifically )?(?:why|what went wrong|what I did wrong|the (?:real )?reason)\\b|\\b(?:a|an) (?:proper|real|actual|full|detailed|straight|honest|clear|specific) (?:reason|explanation|answer|justification|response)\\b',
      ),
      unless: POLITE,
      unlessBefore: when(
        '\\b(?:could|can|would|will) you (?:please |kindly |possibly |be (?:willing|able|happy|open) to )?$',
      ),
      requires: OUTCOME_WORDS,
    },
    // Concepts, not phrases: requiring them to account for the decision.
    {
      // Imperatives that require an account: "Tell me what…", "Walk me through how…".
      re: rx(
        "\\b(?:tell|show|walk|talk) me (?:through )?(?:exactly |precisely |specifically |honestly )?(?:what|why|how|who|which)\\b|\\bI(?:'d| would) like you to (?:explain|walk me through|tell me|justify|set out|show me|account for|confirm why)\\b",
      ),
      requires: OUTCOME_WORDS,
      unless: POLITE,
      unlessBefore: when(
        '\\b(?:could|can|would|will) you (?:please |kindly |possibly |perhaps |be (?:willing|able|happy|open) to |mind )?$|\\b(?:willing|able|happy|open) to $|\\b(?:if you can|happy to|feel free to)\\b[^.?!\\n]{0,20}$',
      ),
    },
    {
      re: rx(
        "\\b(?:I'm|I am|I'd like to|I would like to|I wish to|I hereby|I must|I will be) (?:formally |officially )?request(?:ing)? (?:a|an|the|all|my|copies|a copy|that|full|written|formal)\\b|\\bhow (?:exactly |precisely )?(?:was|were) (?:I|my [a-z]+) (?:assessed|scored|evaluated|judged|ranked|marked|rated|compared|chosen|rejected|screened|graded|measured)\\b|\\band by whom\\b|\\bwho (?:exactly )?(?:made|took|signed off|approved|is responsible for) (?:this|the|that) decision\\b|\\bthe names of (?:the|everyone|all|each|your)\\b[^.?!\\n]{0,30}\\b(?:panel|interviewers?|people|decision-?makers?|assessors)\\b|\\b(?:notes|comments|scores|marks) (?:they|you|the panel|the interviewers?|the assessors|each (?:interviewer|person)) (?:took|made|wrote|gave|recorded|kept)\\b|\\bwhat (?:exactly |specifically |precisely )?(?:was|is) (?:the|your|my) (?:problem|issue|objection|concern) (?:with me|with my|here)?\\s*\\?|\\bwhat (?:exactly )?was it about (?:me|my [a-z]+)\\b|\\bwhen I (?:met|meet|matched|ticked|fulfilled|exceeded|had) (?:every|all|each|all of)(?: (?:the|your))? (?:criteri(?:a|on)|requirements?|boxes|box|qualifications?)\\b|\\b(?:is|was) (?:it|that) (?:really )?too much to ask\\b|\\bin writing\\b(?=[^.?!\\n]{0,40}\\b(?:why|reasons?|explanation|decision|rejected|criteria)\\b)|\\b(?:I want|I need|I expect|I demand|I require|I'd like) (?:it|this|that|the (?:reasons?|explanation|decision)) in writing\\b",
      ),
      unless: POLITE,
    },
    { re: rx('\\bwhy me\\b'), whole: true },
    {
      re: rx(
        "\\b(?:remain|am still|I'm still|still) (?:unclear|confused|puzzled|baffled|at a loss|in the dark|none the wiser) (?:as to |about )?(?:why|how|what|on what)\\b|\\b(?:deemed|judged|considered|found|assessed as) (?:unsuitable|not suitable|inadequate|unqualified|insufficient|not good enough|not strong enough|lacking)\\b",
      ),
      requires: OUTCOME_OR_WHY,
      unless: POLITE,
    },
    {
      // Formal demands: "Please advise, by return, the specific shortcomings…"
      re: rx(
        '\\b(?:specific|exact|precise|detailed|particular|full) (?:shortcomings|failings|weaknesses|deficiencies|deficits|grounds|criteria|reasons?|points?|gaps|areas) (?:identified|found|noted|cited|used|relied on|that led|which led|behind|for (?:my|the|this) (?:rejection|decision))\\b|\\bby return\\b|\\b(?:advise|state|confirm|list|set out|specify|identify|detail|outline) (?:to me )?(?:the|all|each|every) (?:specific |exact |precise )?(?:shortcomings|failings|weaknesses|deficiencies|grounds|criteria|reasons?)\\b',
      ),
      unless: POLITE,
    },
    {
      // A deadline on their answer: "I will need an answer by the end of the week."
      re: rx(
        "\\bI (?:will |'ll |shall )?(?:need|expect|require|want|must have|insist on|demand)\\b[^.?!\\n]{0,25}\\b(?:answer|reply|response|explanation|decision|update|feedback|justification)\\b[^.?!\\n]{0,30}\\b(?:by|within|before|no later than|today|tomorrow|immediately|at once|asap|this week|end of|promptly|to each|to every|point by point)\\b|\\bI expect (?:a|an|your) (?:full |detailed |prompt |proper |written |complete |formal |immediate )?(?:response|reply|answer|explanation|justification|apology)\\b",
      ),
      unless: POLITE,
    },
    {
      // "Why was I invited to a final round if you had no intention of hiring me?"
      re: rx(
        "\\bwhy (?:was|were|did|would|have|has|bother) (?:I|you|they|the [a-z]+|anyone)\\b[^.?!\\n]{0,60}\\bif (?:you|they|the [a-z]+|nobody|no one) (?:had no|never|weren't|were not|didn't|did not|already|wasn't|was not|had already)\\b|\\bwhat (?:exactly |more )?(?:did|does|do) (?:the other|the successful|the chosen|your chosen|that) (?:candidate|person|applicant|one)\\b[^.?!\\n]{0,30}\\b(?:have|do|offer|bring|say)\\b",
      ),
    },
    {
      re: rx(
        '\\b(?:explain|justify|account for|defend|set out|spell out)\\b (?:to me )?(?:exactly |precisely |in detail |in writing )?(?:how|why|what|the (?:decision|choice|reasoning|outcome|rejection|fact|criteria)|your (?:decision|choice|reasoning|criteria))\\b',
      ),
      requires: OUTCOME_WORDS,
      unless: POLITE,
      unlessBefore: when(
        '\\b(?:could|can|would) you (?:please |kindly |possibly |be (?:willing|able|happy|open) to )?$|\\b(?:willing|able|happy|open) to $|\\bthank(?:s| you)\\b[^.?!\\n]{0,40}$',
      ),
    },
    {
      re: rx(
        '\\b(?:you )?owes? (?:me|us|candidates|applicants|people)\\b[^.?!\\n]{0,40}\\b(?:reason|explanation|answer|reply|response|feedback|courtesy|apology|decency|that much|at least)\\b',
      ),
    },
    {
      // "I'd like to understand, in detail, what criteria led to this outcome."
      re: rx(
        '\\b(?:understand|know|see|hear|learn)\\b,? (?:in (?:detail|full|writing),? |exactly |precisely |specifically )(?:what|why|how|which|who)\\b|\\bwho (?:exactly )?(?:was|were) on the (?:panel|committee|interview panel)\\b|\\b(?:is|would be|was) the (?:bare )?(?:minimum|least (?:you|they|anyone) (?:could|can) do)\\b|\\bpoint by point\\b|\\bI expect (?:a|an) (?:call|meeting|email|letter|reply|phone call)\\b[^.?!\\n]{0,40}\\b(?:explain|justify|account|discuss (?:the|this|your) decision)\\b|\\bnot the template\\b|\\bthe real reason\\b',
      ),
      requires: OUTCOME_WORDS_WIDE,
      unless: POLITE,
    },
    {
      // Asking them to defend the decision: "which part of my ten years did you find lacking",
      // "what exactly did they have that I didn't", "I'll need more than 'we went another way'".
      re: rx(
        "\\bwhich (?:part|bit|aspect) of my\\b[^.?!\\n]{0,40}\\b(?:you|your team|the panel|they) (?:found|find|considered|thought|deemed) (?:lacking|wanting|insufficient|not enough|weak)\\b|\\bwhat (?:exactly )?did (?:the (?:successful|other|chosen) (?:person|candidate|applicant)|they|he|she|the winner) have that I (?:didn't|did not|don't|do not)\\b|\\b(?:going to|gonna) need (?:a lot )?more than ['\"]|\\byou owe me (?:at least )?(?:an? )?(?:explanation|answer|reason|call|reply)\\b|\\b(?:was it|is it) (?:my|because of my) (?:age|accent|gender|race|religion|disability|name|background|nationality)\\b[^.?!\\n]{0,10}\\?|\\? (?:be honest|tell me straight|be straight with me)\\b|\\bsomething doesn't add up\\b|\\bstruggling to understand how (?:you|your team|the panel|they) (?:reached|came to|arrived at|made)\\b",
      ),
    },
    {
      re: rx('\\bexplain to me how\\b'),
      atStart: true,
    },
  ],
};

export const detectDemanding = phraseDetector(DEMANDING);
