// R9 sarcasm: thanks or praise that means the opposite.
import { phraseDetector, rx } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';
import { GRIEVANCE } from './fragments.js';

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
  ],
};

export const detectSarcasm = phraseDetector(SARCASM);
