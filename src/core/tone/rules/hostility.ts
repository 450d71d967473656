// R9 hostility: insults, contempt and swearing aimed at the reader or the company.
import { phraseDetector, rx, when } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';
import { NEGATED_BEFORE, SELF_BEFORE } from './fragments.js';

const INSULTS =
  "\\b(?:idiot(?:s|ic)?|stupid(?:ity)?|morons?|moronic|clowns?|clown show|circus|incompeten(?:t|ce)|pathetic|laughable|ridiculous|absurd|disgrace(?:ful)?|shameful|disgusting|garbage(?! collect)|trash|rubbish|crap(?:py)?|bullshit|sh[i*]tt?y?|shite|f[u*]c?k(?:ing|ed|ers?)?|f\\*+(?:k|ing)?|wtf|damn(?:ed)?|arrogant|clueless|amateur(?:s|ish)?|unprofessional|insulting|lousy|useless|joke of an?|an? (?:complete |total |bad |sick |absolute )?joke|sad excuse|dumb|jerks?|losers?|toxic|shambles|shambolic|farce|disrespectful|rude|condescending|patroni[sz]ing|worthless|scam|liars?|you lied|spineless|cowards?|cowardly|hypocrit(?:es?|ical)|petty|pompous|smug|snobs?|snobbish|a mess)\\b";

export const HOSTILITY: PhraseRule = {
  rule: 'hostility',
  scope: 'sentence',
  explanation:
    "It's fair to feel this, but words like these are what they'll remember about you, long after the role is filled.",
  alternative: 'Thank you for letting me know about the decision.',
  phrases: [
    {
      re: rx(INSULTS),
      unlessBefore: SELF_BEFORE,
      unless: when("\\b(?:of me|on my part|my (?:own )?(?:fault|mistake))\\b"),
    },
    { re: rx("\\b(?:what|why|who|how|where) the hell\\b|\\bthe hell\\b|\\bto hell\\b|\\bhell no\\b") },
    {
      re: rx(
        "\\b(?:(?:complete|total|utter|huge) )?waste of (?!your )(?:[a-z']+ ){0,2}time\\b|\\bwast(?:ed|ing) (?:(?:my|our|everyone's|everybody's|so much|all that|three|two|four|five|six|several|many|hours|weeks|days|months|of) ){1,3}(?:time|weeks|days|months|hours|effort|energy)\\b",
      ),
      unlessBefore: when("\\b(?:not|isn't|wasn't|never|hope|didn't want to|don't want to)\\b[^.?!\\n]{0,20}$"),
      explanation: 'Telling them it was a waste of time closes the door, and the time you gave still counts for you.',
    },
    {
      re: rx(
        "\\bdon't (?:ever )?(?:bother|contact me|email me|call me)\\b|\\bgood riddance\\b|\\bget lost\\b|\\bscrew (?:you|this|that|them|your)\\b|\\bshame on (?:you|them|your)\\b|\\bhow dare (?:you|they)\\b|\\bgo to hell\\b|\\byou people\\b|\\bpeople like (?:you|that|them|this|him|her)\\b|\\bI'm done with (?:you|your|this)\\b|\\bare you (?:serious|kidding|joking|for real)\\b|\\bwhat a joke\\b|\\bwho do you think\\b|\\bget a clue\\b|\\bgrow up\\b|\\bdrop dead\\b|\\bI hope (?:you|they|the company|your company) (?:fail|go under|go bust|struggle|never find)\\b",
      ),
    },
    { re: rx("\\bforget it\\b"), unlessBefore: NEGATED_BEFORE },
    { re: rx("\\bwhatever\\b"), whole: true },
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
  ],
};

export const detectHostility = phraseDetector(HOSTILITY);
