// R9 correcting: pointing out the employer's typos, grammar or factual slips.
import { phraseDetector, rx, when } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';

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
      unless: when('\\bI (?:sent|wrote|made|typed)\\b'),
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
  ],
};

export const detectCorrecting = phraseDetector(CORRECTING);
