// R9 passive aggression: polite-sounding phrases that carry an edge.
import { phraseDetector, rx, when } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';

// A lead-in takes the rest of its clause up to a comma, so the replacement fits the sentence.
const TO_COMMA = "(?:[^,.;:!?\\n]{0,50},)?";

export const PASSIVE_AGGRESSIVE: PhraseRule = {
  rule: 'passive_aggressive',
  scope: 'phrase',
  explanation:
    'This phrase is polite on the surface but usually reads as irritation; plain words come across warmer.',
  alternative: null,
  phrases: [
    {
      re: rx(
        `\\bas (?:I|I've|I have|I had) (?:already |previously |clearly |explicitly |repeatedly )(?:said|mentioned|stated|explained|noted|told you|pointed out|written|wrote|indicated)\\b${TO_COMMA}|\\bas (?:I|I've|I have) (?:said|mentioned|stated|explained|noted|told you|written|wrote|indicated) (?:before|previously|already|earlier|several times|multiple times|twice|repeatedly|more than once|in my (?:last|previous|earlier|first) (?:[a-z]+ )?(?:emails?|messages?|notes?|mails?))\\b${TO_COMMA}|\\bas (?:previously|already|earlier) (?:mentioned|stated|noted|said|explained|discussed|communicated|indicated)\\b${TO_COMMA}|\\bas (?:stated|noted|mentioned) (?:previously|before|earlier|in my (?:last|previous|earlier) (?:emails?|messages?|notes?))\\b${TO_COMMA}`,
      ),
      explanation: '"As I already said" tells them they weren\'t listening; just restating the point kindly works better.',
      alternative: "In case it's useful,",
    },
    {
      re: rx(`\\b(?:as )?per my (?:last|previous|earlier|prior) (?:emails?|messages?|notes?|mails?|correspondence)\\b${TO_COMMA}`),
      explanation: '"Per my last email" is widely read as a rebuke, even when you mean it neutrally.',
      alternative: 'Following up on my earlier note,',
    },
    {
      re: rx("\\bI guess\\b"),
      unless: when("\\bI guess (?:my (?:real |main )?question|what I'm (?:asking|saying)|I'm asking)\\b"),
      explanation: '"I guess" can read as a shrug with an edge; saying the thing plainly lands kinder.',
    },
    {
      re: rx("\\bmust be nice\\b"),
      explanation: '"Must be nice" reads as resentment, however lightly you meant it.',
    },
    {
      re: rx(
        "\\bfor the (?:third|fourth|fifth|sixth|umpteenth|nth|\\d+(?:rd|th)) time\\b|\\b(?:my|the) (?:last|previous) (?:two|three|four|five|several|few|many|\\d+) (?:emails|messages|notes|attempts|follow-ups)\\b|\\b(?:emailed|written|called|reached out|followed up|contacted you|messaged|chased)(?: you)? (?:[a-z]+ )?(?:several|multiple|numerous|countless|many|three|four|five) times\\b|\\b(?:just|simply) (?:checking|following up|circling back|writing) (?:in )?(?:again|once more|yet again)\\b|\\byet again\\b|\\bonce again,? (?:I'm|I am|following|checking|writing)\\b",
      ),
      explanation: 'Counting your follow-ups reads as a reproach; one fresh, friendly note is more likely to get a reply.',
      alternative: 'I wanted to check in on this.',
    },
    {
      re: rx(
        "\\bI'm sure you(?:'re| are) (?:very |so |extremely |incredibly |terribly )?busy\\b(?=\\s*(?:[.!]|,? but))|\\bI'm sure you had your reasons\\b|\\bnot that (?:it|you|anyone|anybody) (?:matters?|cares?|care|really matters)\\b|\\bwith all due respect\\b|\\bno offen[cs]e\\b|\\b(?:I'm )?just saying\\b|\\bfor the record\\b|\\bif (?:it's|that's|it is|that is) not too much to ask\\b|\\bthanks in advance for (?:actually|finally|bothering|your prompt)\\b|\\bcommon courtesy\\b|\\bthe courtesy of\\b|\\b(?:at least|at the very least) (?:you could|have the|a reply|reply|respond|acknowledge|let me know)\\b|\\bsome of us\\b|\\binteresting (?:choice|decision|approach)\\b|\\bhope you(?:'re| are) happy\\b|\\bhappy now\\b",
      ),
    },
    {
      re: rx(
        "\\bI'll (?:just )?(?:take that as|assume (?:that (?:means )?)?)(?:a )?no\\b|\\bI would have (?:thought|expected|hoped) (?:that )?(?:a company|someone|you|an organi[sz]ation|a team|a business)\\b|\\b(?:reply|response|update|heads-up|heads up|courtesy|email|call|answer|acknowledge?ment)\\b[^.?!\\n]{0,20}\\bwould have been (?:nice|appreciated|polite|courteous|the decent thing)\\b|\\bstill waiting (?:for|to hear|on)\\b|\\b(?:yet|still) to (?:hear|receive|get) (?:back|anything|a (?:reply|response|word))\\b|\\bsince you (?:didn't|did not|never|haven't|have not) (?:bother(?:ed)? to )?(?:reply|respond|answer|get back)\\b|\\bnot sure how (?:it|this|that|my [a-z]+|anything) (?:could have been|was|got|went) (?:missed|overlooked|lost|ignored)\\b|\\bwhat you(?:'ve| have)? missed out on\\b|\\bwhat you(?:'re| are) missing\\b|\\b(?:experience|loyalty|effort|hard work|qualifications|years of [a-z]+) (?:doesn't|does not|don't|do not|didn't|did not) (?:count|matter|mean) (?:for )?(?:much|anything)\\b",
      ),
    },
    { re: rx("\\b(?:noted|duly noted|fine)\\b"), whole: true },
  ],
};

export const detectPassiveAggressive = phraseDetector(PASSIVE_AGGRESSIVE);
