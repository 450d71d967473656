// R9 pleading: begging or bargaining to reverse a decision already made.
import { phraseDetector, rx, when } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';

// "One more look" at a corrected link or file is housekeeping, not a plea.
const RESENT = when(
  "\\b(?:link|attachment|file|version|copy|pdf|document)\\b[^.?!\\n]{0,40}\\b(?:broken|wrong|corrected|updated|fixed|missing|didn't work|did not work|outdated|old one)\\b|\\b(?:broken|wrong|corrected|updated|fixed|new) (?:link|attachment|file|version|copy|pdf)\\b",
);

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
        "\\b(?:my|our) (?:family|kids|children|wife|husband|partner|rent|bills|mortgage|landlord)\\b[^.?!\\n]{0,25}\\b(?:depend(?:s|ing)? on|rel(?:y|ies|ying) on|counting on|need me)\\b|\\bI can(?:'t|not) afford (?:to|another|this)\\b|\\b(?:my|our) (?:last|only) (?:hope|chance|option)\\b|\\byou(?:'re| are| were|'ve been| have been) my (?:last|only|best) (?:hope|chance|option)\\b|\\bI have no (?:other )?(?:options|choice|savings|money)\\b|\\bis there (?:really |truly |honestly |genuinely |absolutely )?(?:nothing|no way|anything) (?:(?:else )?(?:I|you|we|the team)) (?:can|could) (?:do|say)\\b(?=[^.?!\\n]{0,30}\\b(?:change|reverse|make|convince|persuade|get|fix|still)|\\s*\\?)|\\bI have nothing else\\b|\\btoo late to (?:change|reverse|reconsider|revisit|be considered|undo)\\b|\\bdon't close the door\\b|\\b(?:willing|happy|prepared|ready) to (?:start|work|begin) (?:on|with|under) (?:a )?(?:probation|trial)|\\bunpaid (?:week|day|period|shift|placement)\\b|\\bis there anything (?:at all |else )?(?:I|we) can (?:do|say)(?= ?[?.!]| ?$)|\\bplease,? is there\\b|\\bI can't let (?:it|this) go\\b|\\b(?:already )?told (?:my )?(?:family|parents|wife|husband|partner|friends|everyone) (?:that )?I (?:got|had|was getting)\\b|\\bwhat can I do to change\\b",
      ),
      explanation:
        'It makes sense that money and family weigh on you; an employer usually responds better to what you offer than to what you need.',
    },
    // Concepts, not phrases: asking them to undo it, or leaning on need.
    {
      // Another go: "one more shot", "squeeze me in", "find a place for me".
      re: rx(
        "\\b(?:one more|another|a second|one last|just one more|a final) (?:shot|chance|try|go|interview|look|round|opportunity|meeting|conversation|call|hearing)\\b|\\bsqueeze me in\\b|\\b(?:find|make) (?:a place|a spot|room|space|a role|a position|something|anything) for me\\b|\\bput in a (?:good )?word\\b|\\b(?:don't|do not|please don't) (?:make (?:this|it) final|close (?:the door|my application|this)|give (?:up on me|the (?:job|role|position) to)|rule me out|write me off)\\b|\\blet me (?:try|have a go|do it|interview|come in|present|prove|show)(?: (?:it|that|this))? (?:again|once more|one more time)\\b|\\b(?:look|think|consider|go) (?:at (?:it|this|me|my [a-z]+) |about (?:it|this|me) |it over )?(?:again|one more time|once more)\\b",
      ),
      when: (doc) => !RESENT.test(doc.norm),
      unlessBefore: when(
        "\\b(?:I|I'll|I will|I'd|I would|I need to|I want to|I'm going to|we|we'll)(?: (?:also|just|have to|probably|definitely))? ?$|\\b(?:thank(?:s| you)|grateful|glad|happy) (?:for|to)\\b[^.?!\\n]{0,30}$",
      ),
      unless: when(
        '\\b(?:question|questions|chat|call about|feedback|advice|tips?|pointers?|suggestions?)\\b|\\bif (?:you|the team|the company|anything|(?:a|another|any) (?:similar|new|future|suitable|relevant|related)(?: role| position| job| opening| vacancy)?) (?:ever |is |are )?(?:changes|opens|comes|arises|becomes|opened|advertised|posted)\\b|\\b(?:chance|opportunity) to (?:re-?apply|apply again|apply in (?:the )?future)\\b|\\b(?:thank(?:s| you)|grateful) for (?:the|giving|this|another|a second)\\b|\\b(?:next|in the future|future|next year|another time|reapply|apply again)\\b',
      ),
    },
    {
      // Anything, any role, any terms: "I'll take any role, even something junior."
      re: rx(
        "\\b(?:I(?:'ll| will|'d| would| can)?|happy to|willing to|ready to|glad to) (?:take|accept|do|try) (?:any|anything|whatever)\\b(?! (?:feedback|advice|suggestions?|tips|pointers))|\\bany (?:role|position|job|opening|vacancy|contract|shift|post)s? (?:at all|you have|going|available|you like|you need|you can offer|whatsoever)\\b|\\beven (?:something )?(?:junior|part[- ]time|temporary|unpaid|an? (?:junior|entry-level|temporary|temp|part-time|lower) (?:role|position|job|post)|an internship|as an intern)\\b|\\bwhatever (?:you want|it takes|you need|you say|you like|you can offer|the terms)\\b|\\b(?:on|at) (?:any|whatever) (?:terms|salary|contract|rate|wage)\\b|\\bfor (?:less|lower|reduced|half|no) (?:money|pay|salary|wages?)\\b|\\bwithout pay\\b|\\bfor free(?: for a (?:week|month|while|trial))?\\b(?=[^.?!\\n]{0,40}\\b(?:prove|show|trial|week|chance|anything|myself)\\b)|\\b(?:come in|intern|volunteer|start|work) for free\\b",
      ),
      unless: when(
        '\\b(?:freelance|open source|volunteer(?:ing)? (?:at|with|for) (?:a|the) (?:charity|shelter|club))\\b',
      ),
      explanation:
        'Offering to take anything, or to work for less, undersells you; they will remember your strengths better than your terms.',
      alternative: "If a role that fits my experience opens up, I'd be glad to hear from you.",
    },
    {
      // Need and despair: "I don't know what I'll do", "this job would fix everything".
      re: rx(
        "\\b(?:don't|do not) know what (?:I'll|I will|I'm going to|I am going to|I would|I'd|else to) do\\b|\\b(?:was going to|would|could|will|was meant to) (?:fix|change|save|solve|turn around|transform) (?:everything|my life|my (?:whole )?situation|my family's li(?:fe|ves)|things for (?:me|us))\\b|\\b(?:counting|relying|depending|banking) on (?:this|the|that|your) (?:job|role|offer|position|income|salary)\\b|\\b(?:rent|mortgage|bills?|loan|debt|payment)s? (?:is|are) (?:due|overdue|piling up|behind)\\b|\\b(?:savings|money) (?:is|are|have|has) (?:gone|run out|running out|almost gone|nearly gone)\\b|\\bbehind on (?:my )?(?:rent|bills|payments|mortgage)\\b|\\bbaby on the way\\b|\\b(?:feed|support|provide for) my (?:family|kids|children)\\b|\\bon my knees\\b|\\bforever (?:grateful|indebted|in your debt)\\b|\\b(?:my|this (?:is|was)) (?:last|only|final) (?:hope|chance|shot)\\b|\\b(?:I promise|I swear|I guarantee)\\b[^.?!\\n]{0,40}\\b(?:let you down|disappoint|regret|work (?:hard|harder)|prove myself)\\b|\\bwon't let (?:you|the team|anyone) down (?:this time|again)\\b|\\bI (?:can|will|'ll|could) (?:improve|change|fix|learn|work on) (?:anything|whatever|everything)\\b|\\b(?:been )?rejected (?:from|by) (?:[0-9]+|dozens of|so many|forty|thirty|twenty|fifty|a hundred) (?:jobs|roles|companies|places|applications)\\b",
      ),
      explanation:
        'It makes sense that this weighs on you; an employer usually responds better to what you offer than to what you need, and a friend is a better place for the rest.',
    },
    {
      // Asking them to reverse it: "please think again", "I'm asking you to reconsider".
      re: rx(
        "\\b(?:please|would you|could you|can you|I beg you to|I'm begging you to|I am begging you to|I'm asking you to|I am asking you to|I ask you to|I urge you to|I implore you to)\\b[^.?!\\n]{0,20}\\b(?:think again|think (?:about it|it over) (?:again|once more)|look again|take another look|change your mind|overturn|undo|reverse|revisit|rethink)\\b|\\b(?:overturn|undo|reverse) (?:this|it|that|the decision|your decision)\\b|\\b(?:let me|chance to|opportunity to|a way to) (?:prove|show) (?:myself|you (?:what|that|I)|what I can do|my worth|I'm|I am|I can)\\b(?=[^.?!\\n]{0,60}\\b(?:please|again|one more|another|still|this time|if you)\\b)",
      ),
      unless: when(
        '\\b(?:next time|future|another (?:role|time|opening)|similar role|reapply|apply again)\\b',
      ),
    },
    {
      // Holding on and lowering the price: "I'm not ready to give up on this".
      re: rx(
        "\\bnot (?:ready|going|willing|prepared) to give up on (?:this|the role|the job|you|it|this (?:role|job|opportunity))\\b|\\b(?:any|another|some) (?:other )?(?:team|department|role|position|opening|project|branch) (?:that |which )?(?:could|might|can|would) (?:use|take|have|fit|hire) me\\b|\\b(?:I have|I've got|with) (?:a family|kids|children|a baby|two kids|three kids|a mortgage|bills|debts|rent) to (?:support|feed|pay|think about|look after)\\b|\\b(?:accept|take|settle for|happy with|fine with|live with) (?:the |a )?(?:junior|lower|reduced|entry-level|smaller) (?:title|pay|salary|rate|wage|role|grade|package)\\b|\\b(?:don't|do not) care about the (?:salary|pay|money|title|hours|package) any ?more\\b|\\bI (?:just |really |desperately )?need (?:to be working|a job|any job|an income|to work(?! (?:on|with|through|out|together|hard|harder|towards|in|at|for)))\\b|\\b(?:please )?(?:don't|do not) let (?:it|this) end (?:here|like this|this way)\\b|\\b(?:intern|volunteer|shadow|work) (?:for (?:free|nothing|a few (?:weeks|months))|first|unpaid)\\b(?=[^.?!\\n]{0,40}\\b(?:if|helps|chance|prove|get in)\\b)",
      ),
      unless: when('\\b(?:freelance|open source)\\b'),
    },
    {
      // Need laid on the reader: rent due, nothing else lined up, "one human to another".
      re: rx(
        "\\bas one (?:human|person|parent|professional) to another\\b|\\b(?:I've|I have) (?:got )?nothing else (?:lined up|left|going on)\\b|\\b(?:rent|the mortgage|my bills?) (?:is|are) due\\b|\\b(?:please )?(?:don't|do not) close the door on me\\b|\\bjust (?:tell me|let me) (?:and )?(?:let me )?try again\\b|\\bI(?:'m| am) not fussy\\b|\\bI just need (?:anything|a job|a yes|a chance|work|this job)\\b|\\b(?:can't|cannot) face another (?:no|rejection)\\b|\\bI (?:can't|cannot) sleep\\b|\\b(?:match|undercut|beat) whatever (?:the other|they|he|she)\\b|\\blower if (?:needed|necessary|you like)\\b",
      ),
    },
  ],
};

export const detectPleading = phraseDetector(PLEADING);
