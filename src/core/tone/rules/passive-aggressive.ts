// R9 passive aggression: polite-sounding phrases that carry an edge.
import { phraseDetector, rx, when } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';

// A lead-in takes the rest of its clause up to a comma, so the replacement fits the sentence.
const TO_COMMA = '(?:[^,.;:!?\\n]{0,50},)?';

export const PASSIVE_AGGRESSIVE: PhraseRule = {
  rule: 'passive_aggressive',
  scope: 'phrase',
  explanation:
    'This phrase is polite on the surface but usually reads as irritation; plain words come across warmer.',
  alternative: null,
  phrases: [
    {
      re: rx(
        "\\bI'm used to it\\b|\\bused to (?:it|that) by now\\b|\\bfollowing up,? again\\b|\\band the one before (?:that|it)\\b|\\b(?:far|way|much) too busy to\\b|\\btoo busy to read\\b|\\bbut here goes\\b",
      ),
    },
    {
      re: rx(
        "\\bbump(?:ing)? (?:this|it|my (?:email|message|note))\\b[^.?!\\n]{0,30}\\bagain\\b|\\b(?:keeps?|keep) getting (?:lost|buried|missed|ignored)\\b|\\bseems to (?:keep )?(?:get(?:ting)? )?(?:lost|buried|missed|ignored)\\b|\\b(?:says|said|speaks) (?:a lot|volumes)\\b|\\btells you (?:everything|all you need)\\b|\\bI'll be sure to (?:mention|tell|share|let|pass)\\b|\\byour (?:responsiveness|promptness|communication skills|attention to detail)\\b",
      ),
    },
    {
      re: rx(
        `\\bas (?:I|I've|I have|I had) (?:already |previously |clearly |explicitly |repeatedly )(?:said|mentioned|stated|explained|noted|told you|pointed out|written|wrote|indicated)\\b${TO_COMMA}|\\bas (?:I|I've|I have) (?:said|mentioned|stated|explained|noted|told you|written|wrote|indicated) (?:before|previously|already|earlier|several times|multiple times|twice|repeatedly|more than once|in my (?:last|previous|earlier|first) (?:[a-z]+ )?(?:emails?|messages?|notes?|mails?))\\b${TO_COMMA}|\\bas (?:previously|already|earlier) (?:mentioned|stated|noted|said|explained|discussed|communicated|indicated)\\b${TO_COMMA}|\\bas (?:stated|noted|mentioned) (?:previously|before|earlier|in my (?:last|previous|earlier) (?:emails?|messages?|notes?))\\b${TO_COMMA}`,
      ),
      explanation:
        '"As I already said" tells them they weren\'t listening; just restating the point kindly works better.',
      alternative: "In case it's useful,",
    },
    {
      re: rx(
        `\\b(?:as )?per my (?:last|previous|earlier|prior) (?:emails?|messages?|notes?|mails?|correspondence)\\b${TO_COMMA}`,
      ),
      explanation:
        '"Per my last email" is widely read as a rebuke, even when you mean it neutrally.',
      alternative: 'Following up on my earlier note,',
    },
    {
      re: rx('\\bI (?:guess|suppose)\\b'),
      unless: when(
        "\\bI guess (?:my (?:real |main )?question|what I'm (?:asking|saying)|I'm asking)\\b",
      ),
      explanation:
        '"I guess" can read as a shrug with an edge; saying the thing plainly lands kinder.',
    },
    {
      re: rx('\\bmust be nice\\b'),
      explanation: '"Must be nice" reads as resentment, however lightly you meant it.',
    },
    {
      re: rx(
        "\\bfor (?:what (?:feels|seems) like )?the (?:third|fourth|fifth|sixth|tenth|hundredth|thousandth|millionth|umpteenth|nth|\\d+(?:rd|th)) time\\b|\\b(?:my|the) (?:last|previous) (?:two|three|four|five|several|few|many|\\d+) (?:emails|messages|notes|attempts|follow-ups)\\b|\\b(?:emailed|written|called|reached out|followed up|contacted you|messaged|chased)(?: you)? (?:[a-z]+ )?(?:several|multiple|numerous|countless|many|three|four|five) times\\b|\\b(?:just|simply) (?:checking|following up|circling back|writing) (?:in )?(?:yet again|once more|one more time)\\b|\\b(?:last|previous|earlier) (?:two|three|four|five|several|few|many|\\d+) (?:emails|messages|notes|attempts|follow-ups)\\b|\\byet again\\b|\\bonce again,? (?:I'm|I am|following|checking|writing)\\b",
      ),
      explanation:
        'Counting your follow-ups reads as a reproach; one fresh, friendly note is more likely to get a reply.',
      alternative: 'I wanted to check in on this.',
    },
    {
      re: rx(
        "\\bI'm sure you(?:'re| are) (?:very |so |extremely |incredibly |terribly )?busy\\b(?=\\s*(?:[.!]|,? but))|\\bI'm sure you had your reasons\\b|\\bnot that (?:it|you|anyone|anybody) (?:matters?|cares?|care|really matters)\\b|\\bwith all due respect\\b|\\bno offen[cs]e\\b(?! taken)|\\b(?:I'm )?just saying\\b|\\bfor the record\\b|\\bif (?:it's|that's|it is|that is) not too much to ask\\b|\\bthanks in advance for (?:actually|finally|bothering|your prompt)\\b|\\b(?:at least|at the very least) (?:you could|have the|a reply|reply|respond|acknowledge|let me know)\\b|\\bsome of us\\b|\\binteresting (?:choice|decision|approach)\\b|\\bhope you(?:'re| are) happy\\b|\\bhappy now\\b",
      ),
    },
    {
      re: rx(
        "\\bI'll (?:just )?(?:take that as|assume (?:that (?:means )?)?)(?:a )?no\\b|\\bI would have (?:thought|expected|hoped) (?:that )?(?:a company|someone|you|an organi[sz]ation|a team|a business)\\b|\\b(?:reply|response|update|heads-up|heads up|courtesy|email|call|answer|acknowledge?ment)\\b[^.?!\\n]{0,20}\\bwould have been (?:nice|appreciated|polite|courteous|the decent thing)\\b|\\bstill waiting (?:for|to hear|on)\\b|\\b(?:yet|still) to (?:hear|receive|get) (?:back|anything|a (?:reply|response|word))\\b|\\bsince you (?:didn't|did not|never|haven't|have not) (?:bother(?:ed)? to )?(?:reply|respond|answer|get back)\\b|\\bnot sure how (?:it|this|that|my [a-z]+|anything) (?:could have been|was|got|went) (?:missed|overlooked|lost|ignored)\\b|\\bwhat you(?:'ve| have)? missed out on\\b|\\bwhat you(?:'re| are) missing\\b|\\b(?:experience|loyalty|effort|hard work|qualifications|years of [a-z]+) (?:doesn't|does not|don't|do not|didn't|did not) (?:count|matter|mean) (?:for )?(?:much|anything)\\b",
      ),
    },
    {
      re: rx(
        "\\benjoy your (?:new hire|new (?:[a-z]+ )?(?:candidate|person|employee|colleague)|choice|decision)\\b|\\bhope you(?:'re| are) happy with\\b|\\b(?:some people|not everyone)\\b[^.?!\\n]{0,40}\\b(?:don't|doesn't|can't|cannot|value|afford|have the luxury)\\b|\\b(?:more|better) (?:respect|luck|courtesy)\\b[^.?!\\n]{0,20}\\bthan I (?:did|got|had)\\b|\\bhopefully (?:they're|they are|he's|she's|the new (?:hire|person) is|your new hire is) worth\\b|\\bI'll (?:just )?assume\\b|\\bI(?:'ll| will) take (?:your|that|the) silence as\\b|\\b(?:isn't|is not|wasn't|was not|not) (?:a|your|high on (?:your|the)) priority\\b|\\bit would be nice to (?:get|receive|hear|have)\\b|\\bused to being (?:ignored|ghosted|rejected|overlooked|let down)\\b|\\b(?:too|so) busy to (?:reply|respond|answer|send|write|acknowledge)\\b|\\bticks? all (?:your|the|of your) boxes\\b|\\b(?:hope|good luck|best of luck)\\b[^.?!\\n]{0,20}\\b(?:find|finding) (?:someone|somebody)\\b[^.?!\\n]{0,30}\\b(?:perfect|unicorn|better|all your)\\b|\\byour (?:valuable|precious) time\\b|\\bmy (?:third|fourth|fifth|sixth|umpteenth|\\d+(?:rd|th)) (?:email|message|attempt|follow-up|note)\\b|\\b(?:a reply|an answer|a response|an acknowledge?ment|any reply|any response) (?:of any kind|at all)\\b|\\bafter only (?:[a-z0-9]+ ){0,2}(?:weeks|months|days)\\b|\\bworth the (?:[a-z0-9-]+ )?wait\\b|\\bwhat more (?:(?:could|can|do|did|would) )?(?:you|they|anyone|the team) (?:(?:could|can|would) )?(?:possibly )?(?:want|ask|expect|need)\\b|\\bapparently\\b(?=[^.?!\\n]{0,40}\\b(?:isn't|aren't|doesn't|don't|wasn't|not|nothing|no one|nobody|never)\\b)",
      ),
    },
    {
      re: rx(
        "\\b(?:noted|duly noted|fine|typical|figures|classic|unbelievable|if you say so|whatever you say|k|ok then)\\b|\\binteresting(?=\\s*\\.)|\\bit's been (?:over |more than |almost |nearly )?(?:a|one|two|three|four|five|six|[0-9]+|several) (?:weeks?|months?)(?=\\s*[.!])",
      ),
      whole: true,
    },
  ],
};

export const detectPassiveAggressive = phraseDetector(PASSIVE_AGGRESSIVE);
