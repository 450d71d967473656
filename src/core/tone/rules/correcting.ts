// R9 correcting: pointing out the employer's typos, grammar or factual slips.
import { phraseDetector, rx, when } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';
import { OWN_SLIP_CLEAR } from './fragments.js';

// Something of theirs that can carry a mistake.
const THEIR_THING =
  "(?:your|the|their|the company's) (?:[a-z']+ ){0,2}(?:email|e-mail|letter|message|advert|ad|posting|careers page|careers site|website|site|template|signature|invite|invitation|footer|system|records?|form|portal|page|job description|description|listing|offer|contract|subject line)";
// A sign the writer is setting them straight.
const CONTRADICTION = when(
  "\\b(?:not|actually|wrong|wrongly|incorrect(?:ly)?|should (?:be|read|say|have said)|rather than|instead of|in fact|mistaken(?:ly)?|but I (?:applied|interviewed|am|was|have|had|met)|it was (?:the|on|in|at|my|a)|that was (?:the|on|in|at)|it's (?:spelled|spelt|actually)|FYI|for the record|for accuracy)\\b",
);
// A genuine question or check, not a correction.
const CHECKING = when(
  '\\?|\\b(?:just to (?:check|confirm|be sure)|to confirm|is that (?:still )?(?:right|correct)|could you confirm|can you confirm|just checking|I think|I may have|I might have|if I (?:remember|recall))\\b',
);

// "I", "my" or "mine" in the sentence means the writer is fixing their own slip.
const OWN_SLIP = when("\\b(?:I|my|mine|I've|I'd)\\b");

export const CORRECTING: PhraseRule = {
  rule: 'correcting',
  scope: 'sentence',
  explanation:
    "Pointing out their mistake can sting even when you're right; letting it go leaves a warmer last word.",
  alternative: null,
  phrases: [
    {
      re: rx(
        '\\b(?:your|the) (?:job )?(?:ad|advert|posting|email|letter|website|description|listing|template)\\b (?:says|said|reads|has|had|spells|spelled|contains|still says)\\b[^.?!\\n]{0,10}[\'\\"]|\\bquick tip\\b|\\bpro tip\\b',
      ),
    },
    {
      re: rx(
        ",? not (?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof(?:essor)?)\\b\\.?|\\b(?:it's|it is|that's|I'm|I am) (?:actually )?(?:Dr|Prof(?:essor)?|Ms|Mx)\\.? [A-Z]",
      ),
    },
    {
      re: rx(
        "(?<!\\bI )(?<!\\bI've )(?<!\\bI had )\\b(?:misspel(?:l(?:ed|ing|s)?|t)|mis-spel(?:l(?:ed|ing)?|t))\\b",
      ),
    },
    {
      re: rx(
        "\\b(?:is|was|are|were) (?:spelled|spelt|written) (?:wrong|wrongly|incorrectly)\\b|\\bbefore you send (?:this|that|it|your|the) (?:template|email|letter|message|note)|\\b(?:might|may|you'll|you will|you'd|you) (?:want|need|wish) to (?:fix|correct|amend) (?:that|this|it|your|the)\\b|\\b(?:you|they|your [a-z]+) (?:got|had|have|put|listed|wrote) (?:the|my) (?:[a-z]+ ){0,4}(?:wrong|incorrect|mixed up)\\b|\\b(?:your|the) (?:[a-z]+ ){0,4}(?:name|signature|title|email|address|website|ad|advert|posting|letter|template|subject line|link|logo)\\b[^.?!\\n]{0,30}\\b(?:is|was|are|were) (?:misspelt|misspelled|spelled wrong|spelt wrong|out of date|outdated|broken)\\b|\\b(?:mixed|mixing) me up with\\b|\\bconfused me with\\b|\\bsent (?:this|it|that) to the wrong\\b|(?<![A-Za-z0-9])['\"][^'\"\\n]{1,25}['\"],? not ['\"][^'\"\\n]{1,25}['\"]|\\b(?:your|the) (?:email|letter|message|title|subject line|job title|posting|ad|advert|invite|calendar invite)\\b[^.?!\\n]{0,40}\\b(?:is|was|are|were|has|had) (?:incorrect|wrong|inaccurate|misspelled|misspelt|a typo|typos)\\b",
      ),
      // My own slip ("the link in my last email was broken"), or a calm ask to resend theirs.
      unless: when(
        '\\bI (?:sent|wrote|made|typed|shared|attached|gave|pasted)\\b|\\bmy (?:last |previous |earlier |first |own )?(?:email|message|note|application|cv|resume|reply|link|portfolio|website|site)\\b|\\b(?:could|can|would) you (?:please |kindly )?(?:resend|re-send|send (?:it|me|a|the)|share (?:it|a|the))\\b|\\bwould you mind (?:resending|sending)\\b',
      ),
    },
    {
      re: rx(
        '\\b(?:spelled|spelt|wrote|written|typed|got|had) (?:my|the|our) (?:[a-z]+ )?(?:name|surname|title|email|address|role|company|pronouns)(?: [a-z]+){0,3} (?:wrong|incorrectly|incorrect)\\b|\\b(?:my|the) (?:[a-z]+ )?(?:name|surname|title) (?:is|was) (?:spelled|spelt|written) (?:wrong|incorrectly)\\b',
      ),
    },
    {
      re: rx(
        '\\b(?:wrong|incorrect|outdated) (?:name|person|title|salary|date|link|role|position|company|candidate|email address|address|pronouns)\\b|\\b(?:broken|dead) links?\\b',
      ),
      unlessBefore: when('\\bI\\b[^.?!\\n]*$'),
    },
    {
      re: rx(
        '\\baddressed (?:it |the [a-z]+ |me )?(?:to|as) [\'"]|\\bmy name is (?:actually )?[A-Za-z\\u00C0-\\u024F]+,? not [A-Za-z\\u00C0-\\u024F]+\\b|\\b(?:and|but) my name is\\b',
      ),
    },
    {
      re: rx(
        '\\b(?:typos?|spelling (?:mistake|error)s?|grammar (?:mistake|error)s?|grammatical (?:mistake|error)s?|misprints?)\\b',
      ),
      unless: OWN_SLIP,
    },
    {
      re: rx(
        "(?<![A-Za-z0-9\\u00C0-\\u024F*])\\*[A-Za-z\\u00C0-\\u024F'][A-Za-z\\u00C0-\\u024F']*(?![A-Za-z\\u00C0-\\u024F*])",
      ),
      explanation:
        "A starred correction of their wording reads as marking their homework; it's kinder to let it go.",
    },
    { re: rx('\\[sic\\]|\\(sic\\)|\\bsic\\b(?=[\\]).,])') },
    {
      re: rx(
        "\\bshould (?:be|read|say|have (?:been|said)) [\"'*]|\\b(?:I think |I believe )?you meant (?:to (?:say|write) )?[\"'*]|\\bdid you mean [\"'*]|\\bthe correct (?:spelling|name|title|term|word|grammar|form|version) is\\b|\\byou wrote [\"']|\\bit's spelled\\b|\\bis spelled with\\b|\\b(?:spelled|spelt) with (?:an?|one|two|double) [a-z]\\b",
      ),
    },
    {
      re: rx(
        '\\b(?:should|might want to|may want to|need to|needs to|could|ought to|please) (?:[a-z]+ )?(?:proofread|proof-read|spell-?check|double-check (?:your|the|these|those)|check (?:your|the) (?:spelling|grammar|templates?|emails?))\\b|\\blearn (?:how )?to (?:spell|write)\\b|\\bproofread (?:these|this|your|them)\\b|\\b(?:your|the) (?:grammar|spelling|punctuation)\\b[^.?!\\n]{0,20}\\b(?:is|was) (?:off|wrong|incorrect|poor|bad|sloppy|atrocious)\\b',
      ),
    },
    // Concepts, not phrases: setting them straight about something of theirs.
    {
      // "Your email says the interview was on the 14th. It was the 12th."
      re: rx(
        `\\b${THEIR_THING}\\b[^.?!\\n]{0,20}\\b(?:says|said|states|stated|claims|claimed|lists|listed|spells|spelled|spelt|calls|called|reads|shows|showed|mentions|mentioned|has|had|gives|gave|addresses|addressed|refers to|names|puts)\\b`,
      ),
      requires: CONTRADICTION,
      unless: CHECKING,
      unlessBefore: OWN_SLIP_CLEAR,
    },
    {
      // …or the correction is the next, short sentence: "It was the 12th."
      re: rx(
        `\\b${THEIR_THING}\\b[^.?!\\n]{0,20}\\b(?:says|said|states|stated|claims|claimed|lists|listed|spells|spelled|spelt|calls|called|reads|shows|showed|mentions|mentioned|has|had|gives|gave|addresses|addressed|refers to|names|puts)\\b[^.?!\\n]*[.!]\\s+(?:it|that|this|the [a-z]+|my [a-z]+|I)(?:'s| is| was| am| were|'m) (?:actually |in fact |really )?(?:the |on |in |at |a |an )?[A-Za-z0-9][^.?!\\n]{0,25}[.!]`,
      ),
      unless: CHECKING,
      unlessBefore: OWN_SLIP_CLEAR,
    },
    {
      // Lead-ins that announce a correction, when it is about something of theirs.
      re: rx(
        "\\b(?:for accuracy|correction|a correction|minor point|a minor point|small note|a small note|just flagging|flagging|quick heads[- ]up|heads[- ]up|a heads[- ]up|by the way|btw|fyi|just so you(?:'re| are) aware|just so you know|for (?:your|the) (?:information|records?)|please note|note|one small thing|a small thing|one more thing|also|p\\.?s\\.?)\\b",
      ),
      atStart: true,
      requires: when(
        "\\b(?:your|yours|you've|you have|you wrote|you called|you listed|you sent|you attached|their|the company's|the (?:advert|ad|posting|email|letter|website|template|careers page|signature|system))\\b",
      ),
      unless: when(
        '\\?|\\b(?:my (?:side|part|end|mistake|error|typo|apologies|own)|I (?:wrote|sent|made|typed|attached|forgot|meant)|sorry)\\b|\\b(?:thank|thanks|appreciate|enjoyed|loved|congratulations|great|lovely|love)\\b',
      ),
    },
    {
      // Spelling lessons: "'accomodate' has two m's", "'there' should be 'their'".
      re: rx(
        "\\b(?:has|have|with|takes|needs|is spelled with|is spelt with|spelled with|spelt with) (?:two|double|one|a single|three|an extra|a missing) [a-z]'?s?\\b|['\"][^'\"\\n]{1,25}['\"],? (?:should (?:be|read|say)|needs to be|is meant to be|ought to be|is actually|is spelled|is spelt) ['\"]?|\\bin case (?:other|another|future|the next|more) (?:candidates?|applicants?|people|readers) (?:notice|see|spot|are confused)\\b|\\b(?:you may|you might|might|may) (?:want|wish|like) to (?:know|proofread|check|look into|fix|correct|update|amend|double-check|review)\\b[^.?!\\n]{0,40}\\b(?:your|the|it|this|that)\\b|\\b(?:which|something) you (?:may|might) (?:want|wish) to (?:look into|fix|check|correct)\\b|\\b(?:maybe|perhaps|might be worth|worth) (?:double-)?(?:check(?:ing)?|proofread(?:ing)?|look(?:ing)? (?:into|at)|updat(?:e|ing)|fix(?:ing)?|correct(?:ing)?) (?:your|the company's|their) (?:records|template|system|spelling|emails?|letters?|website|careers page|advert|ad|posting|signature|database|files|notes|details)\\b",
      ),
      unless: OWN_SLIP_CLEAR,
    },
    {
      // Their facts are wrong: "not five as your email states", "you've attached another CV".
      re: rx(
        `\\bnot [^,.;!?\\n]{1,30},? as (?:${THEIR_THING}|you) (?:states|stated|claims|claimed|says|said|suggests|suggested|has it|put it|wrote|seem to think|seems to think)\\b|\\bas ${THEIR_THING} (?:wrongly |incorrectly |mistakenly )?(?:claims|claimed|states|stated|suggests|suggested)\\b|\\b(?:you(?:'ve| have)?|your [a-z]+ (?:has|have)) (?:attached|sent|forwarded|included|linked|addressed|named|copied) (?:me )?(?:another|the wrong|someone else's|somebody else's|a different|an old|an outdated)\\b|\\b(?:written|spelt|spelled|typed|put|got|listed|recorded) (?:it|my name|my surname|that|this|my (?:title|email|address|details|dates?)) (?:down )?(?:wrong|incorrectly|wrongly)\\b|\\bin the wrong (?:currency|time ?zone|format|language|order|year|month|city|country)\\b|\\b(?:still )?(?:says|lists|shows|names)\\b[^.?!\\n]{0,40}\\b(?:who|which|that) (?:left|has left|no longer|hasn't worked)\\b|\\b(?:has|says|reads|starts with|begins with|opens with) ['"](?:dear|hi|hello) (?:\\[|\\{|<|candidate|applicant|first|name)`,
      ),
      unless: CHECKING,
      unlessBefore: OWN_SLIP_CLEAR,
    },
    {
      // "You've written my degree as Economics. It's Econometrics."
      re: rx(
        "\\b(?:you(?:'ve| have)?|your (?:[a-z]+ )?(?:team|recruiter|letter|email|system)(?: has)?) (?:written|spelt|spelled|put|listed|got|called|named|described|recorded|typed) (?:me|my|the|it|them)\\b[^.?!\\n]{0,30}\\b(?:as|wrong|incorrectly|wrongly)\\b",
      ),
      requires: when(
        "\\b(?:wrong|incorrect|not|it's|it is|it was|actually|rather|instead)\\b|\\bas [A-Z]",
      ),
      when: (doc) =>
        /[.;]\s*(?:it's|it is|it was|that's|that is|I|my)\b/i.test(doc.norm) ||
        CONTRADICTION.test(doc.norm),
      unless: CHECKING,
      unlessBefore: OWN_SLIP_CLEAR,
    },
    {
      re: rx(
        "\\bin case (?:no one|nobody|no-one|anyone hasn't|you haven't) (?:has |had )?(?:told|mentioned|noticed|flagged|spotted|pointed (?:it|this|that) out)\\b|\\bgot (?:them|it|that|this|my [a-z]+(?: [a-z]+)?) (?:all )?wrong\\b",
      ),
      unless: OWN_SLIP_CLEAR,
    },
  ],
};

export const detectCorrecting = phraseDetector(CORRECTING);
