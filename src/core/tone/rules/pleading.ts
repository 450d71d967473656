// R9 pleading: begging or bargaining to reverse a decision already made.
import { phraseDetector, rx, when } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';

export const PLEADING: PhraseRule = {
  rule: 'pleading',
  scope: 'sentence',
  explanation:
    'Asking them to undo a decision puts them in an awkward spot; leaving the door open kindly gives you a better chance next time.',
  alternative: "If anything changes, or a similar role opens up, I'd be glad to hear from you.",
  phrases: [
    {
      re: rx(
        '\\bplead(?:ing)? with\\b|\\bI plead\\b|\\bplease,? (?:please )?(?:look|read|consider|check) (?:at )?my (?:application|cv|resume|portfolio) again\\b|\\brunning out of (?:money|savings|time|options|hope)\\b|\\b(?:looking|searching|applying) for (?:over |almost |nearly |more than )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+|several|many) (?:months?|years?)\\b(?=[^.?!\\n]{0,60}\\b(?:please|savings|money|desperate|need|struggling|anything)\\b)|\\bI just need a chance\\b',
      ),
    },
    {
      re: rx(
        '\\bgive me (?:one more|another|a second|a further|one last) (?:interview|round|meeting|conversation|look|call)\\b|\\bit would mean (?:everything|the world|so much|a lot) to me\\b|\\bit would mean (?:everything|the world)\\b',
      ),
    },
    {
      re: rx('\\breconsider(?:ing|ed|ation)?\\b'),
      unlessBefore: when("\\b(?:I|I'll|I'd|I will|I might|I may|I would)\\s*$"),
      unless: when('\\bif (?:you|the team|the company) ever\\b'),
    },
    {
      re: rx(
        "\\bchange (?:your|the team's|their) (?:mind|minds|decision)\\b|\\b(?:reverse|revisit|overturn|rethink) (?:your|the|this|that) (?:decision|choice)\\b|\\b(?:you|the team|they) (?:please )?(?:revisit|re-?review|take another look at|look again at|reopen) my (?:application|candidacy)\\b|\\bmake an exception\\b|\\bany (?:way|chance) (?:you|the team|I) (?:could|might|can|would) (?:still )?(?:change|reconsider|make|hire|take|consider me|keep me in the running|find)\\b|\\bkeep me in the running\\b|\\bstill (?:be )?(?:hired|considered) for (?:this|the|that) (?:role|position|job)\\b",
      ),
    },
    {
      re: rx(
        '\\bI (?:really |truly |desperately |badly |seriously |so )?need (?:this|the|a|that|any) (?:job|role|position|opportunity|offer|chance|income|work|paycheck|break)\\b|\\bI need this\\b(?! to)|\\bI (?:really |truly |so |desperately )?want this (?:job|role|position|opportunity) (?:so badly|more than anything)|\\bwant(?:ed)? (?:this|it|the job|the role) (?:so badly|more than anything)\\b',
      ),
      explanation:
        'Telling them how much you need it can make them uneasy rather than moved; your strengths are the better note to end on.',
    },
    { re: rx('\\b(?:begging|beg you|I beg|beseech|implore)\\b|\\bdesperate(?:ly)?\\b') },
    {
      re: rx(
        "\\bappeal(?:ing)? (?:the|this|your|against)\\b|\\b(?:application|decision|candidacy) (?:be |to be )?(?:reviewed|reconsidered|looked at|re-?evaluated) again\\b|\\b(?:formal )?review of (?:the|this|your|my) (?:decision|application|rejection)\\b|\\b(?:unpaid|free) (?:trial|internship|work)\\b|\\b(?:can|could|may) I (?:at least |still |please )?(?:do|have|get|try) (?:a|an|another|one more|a second) (?:trial|interview|round|chance|go|try)\\b|\\b(?:let me|I'll|I will|I'm happy to|I am happy to|I'm willing to) (?:do|take|sit) (?:another|one more|a second|a further|an extra) (?:interview|round|test|task|assessment)\\b",
      ),
    },
    {
      // Months out of work is worth saying to a friend; to an employer, next to a plea, it reads as pressure.
      re: rx(
        '\\b(?:out of work|unemployed|without a job|job hunting|job-hunting) for (?:over |almost |nearly |more than )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+|several|many) (?:months?|years?)\\b',
      ),
      when: (doc) => /\b(?:please|need|desperate|anything|help|struggling)\b/i.test(doc.norm),
    },
    {
      re: rx(
        '\\b(?:give|grant|offer) me (?:another|a second|one more|just one|one last|just a|a|the) (?:chance|shot|try|go|opportunity)\\b|\\b(?:one more|one last|a second|just one) chance\\b',
      ),
      unless: when('\\bthank(?:s| you) for (?:giving|the)\\b'),
    },
    {
      re: rx(
        "\\bI(?:'ll|'d| will| would| can| could)? (?:do|give) (?:absolutely )?anything\\b|\\bI(?:'ll|'d| will| would| can| could| am willing to|'m willing to|'m happy to| am happy to)? (?:take|accept|work for|settle for|start at) (?:a )?(?:lower|less|reduced|any|a pay cut|minimum wage|free|nothing|half|a cut)\\b|\\bwork for free\\b|\\bI'll take anything\\b|\\bany (?:role|position|job|opening|vacancy|thing) at all\\b",
      ),
    },
    {
      re: rx(
        "\\bplease,? (?:please|don't (?:pass|give up|overlook|reject|forget about|ignore|turn|say no)|I (?:beg|need|'m begging)|help me|just give|consider me again|give me|let me (?:prove|show|try))\\b",
      ),
    },
    {
      re: rx(
        "\\b(?:my|our) (?:family|kids|children|wife|husband|partner|rent|bills|mortgage|landlord)\\b[^.?!\\n]{0,25}\\b(?:depend(?:s|ing)? on|rel(?:y|ies|ying) on|counting on|need me)\\b|\\bI can(?:'t|not) afford (?:to|another|this)\\b|\\b(?:my|our) (?:last|only) (?:hope|chance|option)\\b|\\byou(?:'re| are) my (?:last|only) (?:hope|chance|option)\\b|\\bI have no (?:other )?(?:options|choice|savings|money)\\b|\\bis there (?:really )?(?:nothing|no way) (?:I|else I|you|we|the team) can (?:do|say)\\b|\\bI have nothing else\\b|\\btoo late to (?:change|reverse|reconsider|revisit|be considered|undo)\\b|\\bdon't close the door\\b|\\b(?:willing|happy|prepared|ready) to (?:start|work|begin) (?:on|with|under) (?:a )?(?:probation|trial)|\\bunpaid (?:week|day|period|shift|placement)\\b|\\bis there anything (?:at all |else )?(?:I|we) can (?:do|say)(?= ?[?.!]| ?$)|\\bplease,? is there\\b|\\bI can't let (?:it|this) go\\b|\\b(?:already )?told (?:my )?(?:family|parents|wife|husband|partner|friends|everyone) (?:that )?I (?:got|had|was getting)\\b|\\bwhat can I do to change\\b",
      ),
      explanation:
        'It makes sense that money and family weigh on you; an employer usually responds better to what you offer than to what you need.',
    },
  ],
};

export const detectPleading = phraseDetector(PLEADING);
