// R9 hostility: insults, contempt and swearing aimed at the reader or the company.
import { phraseDetector, rx, when } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';
import { NEGATED_BEFORE, SELF_BEFORE } from './fragments.js';

const INSULTS =
  '\\b(?:idiot(?:s|ic)?|stupid(?:ity)?|morons?|moronic|clowns?|clown show|circus|incompeten(?:t|ce)|pathetic|laughable|ridiculous|absurd|disgrace(?:ful)?|shameful|disgusting|garbage(?! collect)|trash|rubbish|crap(?:py)?|bullshit|sh[i*]tt?y?|shite|f[u*]c?k(?:ing|ed|ers?)?|f\\*+(?:k|ing)?|wtf|damn(?:ed)?|arrogant|clueless|amateur(?:s|ish)?|unprofessional|insulting|lousy|useless|joke of an?|an? (?:complete |total |bad |sick |absolute )?joke|sad excuse|dumb|jerks?|losers?|toxic|shambles|shambolic|farce|disrespectful|rude|condescending|patroni[sz]ing|worthless|scam|liars?|you lied|spineless|cowards?|cowardly|hypocrit(?:es?|ical)|petty|pompous|smug|snobs?|snobbish|unacceptable|appalling|outrageous|inexcusable|atrocious|abysmal|deplorable|sucks?|bozos?|muppets?|imbeciles?|numpties|dumpster fire|cesspool|clown car|nonsense|phon(?:e)?y|two-faced|pitiful|inept(?:itude)?|heartless|soulless|shady|dodgy|sleazy)\\b';

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
      unless: when(
        '\\b(?:of me|on my part|on my (?:side|end)|my (?:own )?(?:fault|mistake))\\b|\\b(?:sorry|apologi[sz]e|apologies) (?:for|about) (?:the|my|a|this|that)\\b',
      ),
    },
    {
      // Milder words only count when stressed and aimed at someone.
      re: rx(
        '\\b(?:so|very|really|how|incredibly|utterly|completely|totally|extremely|pretty|quite|just) (?:lazy|sloppy|careless|cold|cheap|dismissive|inept|shady|dodgy|embarrassing|insulting|disrespectful)\\b',
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
  ],
};

export const detectHostility = phraseDetector(HOSTILITY);
