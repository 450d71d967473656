// R9 threats: legal or public consequences, and posting an employer's rejection in public.
import { phraseDetector, rx, when } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';
import { NEGATED_BEFORE } from './fragments.js';

const INTENT =
  "(?:I'll|I will|I'm going to|I am going to|I'm gonna|I plan to|I'm planning (?:to|on)|I intend to|I'm thinking (?:of|about)|I am thinking (?:of|about)|I'm considering|I am considering|I might|I may|I could|I should|going to|don't be surprised|expect to see|you'll see|watch out for|wait (?:till|until) (?:you see|everyone))";
const SPREAD =
  "(?:post|posting|share|sharing|publish|publishing|tweet|tweeting|write|writing|leave|leaving|put|putting|blog|blogging|screenshot|screenshotting|expose|exposing|call(?:ing)? (?:you|them|this) out|review|reviewing|rate|rating|tell|telling|warn|warning|let (?:everyone|people|others) know)";
const VENUE =
  "(?:linkedin|twitter|x\\.com|reddit|glassdoor|indeed|facebook|instagram|tiktok|threads|mastodon|bluesky|blog|online|the internet|social media|my (?:followers|network|audience|newsletter|channel|podcast)|publicly|in public|everyone|the world|other candidates|the community)";

const ABOUT_THEM =
  "(?:this|that|it|about|your|you|them|their|how|what happened|everything|the (?:experience|process|email|rejection|interview|company|recruiter|exchange|letter|whole))";

const PUBLIC_REJECTION =
  'Posting a rejection in public tends to follow you to the next employer who looks you up; keep it between you and people you trust.';
const PUBLIC =
  'A public post about an employer is easy to find later and hard to take back; it may be the one thing they remember.';

export const THREAT: PhraseRule = {
  rule: 'threat',
  scope: 'sentence',
  explanation: 'A warning like this closes the door for good, whatever happened; it is kinder to yourself to leave it out.',
  alternative: null,
  phrases: [
    {
      re: rx(
        `\\b(?:post|posting|share|sharing|publish|publishing|tweet|tweeting|screenshot(?:ting)?)\\b[^.?!\\n]{0,30}\\b(?:rejection|your email|their email|the email|this email|your message|the message|your letter|their letter)\\b[^.?!\\n]{0,40}\\b${VENUE}\\b|\\bscreen-?shot(?:s|ted|ting)?\\b|\\bscreen grab\\b`,
      ),
      explanation: PUBLIC_REJECTION,
      unlessBefore: NEGATED_BEFORE,
    },
    {
      re: rx(
        "\\b(?:my|a|an|our) (?:lawyer|attorney|solicitor|legal (?:team|counsel|representative|advisor|adviser))s?\\b|\\blegal (?:action|steps|proceedings|recourse|claim|case)\\b|\\b(?:take|taking) (?:you|this|them|your company|it) to (?:court|a tribunal)\\b|\\bsee you in court\\b|\\bsu(?:e|ing) (?:you|them|your company|the company)\\b|\\blawsuit\\b|\\btribunal\\b|\\b(?:file|filing|lodge|lodging|raise|submit|make) (?:a|an|my) (?:formal )?(?:complaint|claim|grievance|charge)\\b|\\breport (?:you|this|your company|the company|the recruiter|them|it) to\\b|\\b(?:eeoc|acas|labou?r board|ombudsman)\\b",
      ),
      explanation:
        "If you believe you were treated unlawfully, that's worth raising properly with an adviser, not as a warning in this note.",
    },
    {
      re: rx(
        "\\bdiscriminat(?:ion|ory|ed|ing)\\b|\\b(?:racist|sexist|ageist|ableist|homophobic|transphobic|bigoted)\\b",
      ),
      explanation:
        "If you believe you were discriminated against, that matters and deserves a proper channel; an accusation in this note is unlikely to get you a fair hearing.",
    },
    {
      // Only when what is spread is about them ("this", "the process"), not "my availability".
      re: rx(
        `\\b${INTENT}\\b[^.?!\\n]{0,20}\\b${SPREAD}\\b[^.?!\\n]{0,30}\\b${ABOUT_THEM}\\b[^.?!\\n]{0,40}\\b${VENUE}\\b`,
      ),
      unlessBefore: NEGATED_BEFORE,
      unless: when("\\b(?:how (?:great|lovely|kind|much)|recommend|open roles|openings|vacanc)"),
      explanation: PUBLIC,
    },
    {
      re: rx(
        "\\b(?:my|a|an|honest|bad|negative|one-star|1-star) (?:[a-z]+ )?(?:review|rating)\\b[^.?!\\n]{0,30}\\b(?:glassdoor|indeed|google|online|linkedin)\\b|\\b(?:glassdoor|indeed)\\b[^.?!\\n]{0,30}\\b(?:my|a|an) (?:[a-z]+ )?(?:review|rating)\\b|\\b(?:leave|leaving|write|writing|post|posting) (?:a|an|my)? ?(?:[a-z-]+ )?(?:review|rating)\\b",
      ),
      unlessBefore: NEGATED_BEFORE,
      explanation: PUBLIC,
    },
    {
      re: rx(
        "\\b(?:everyone|everybody|people|the whole (?:[a-z]+ )?(?:industry|community|world|city|sector)|others|other candidates|the world|the industry)\\b[^.?!\\n]{0,40}\\b(?:will|should|deserve to|need to|are going to|is going to|'ll|gonna) (?:know|hear|find out|learn|see|be warned|know about)\\b|\\bname and shame\\b|\\bexpos(?:e|ing) (?:you|them|your|this|the company)\\b|\\bwarn (?:others|other candidates|people|everyone|job seekers)\\b|\\b(?:I'll|I will|I'm going to|I'm|I am)? ?(?:make|making) sure (?:everyone|everybody|people|others|other candidates|nobody|no one)\\b(?! (?:knows how (?:much|great|kind)))|\\b(?:go|going) public\\b|\\bmake (?:this|it) public\\b|\\bgo viral\\b",
      ),
      explanation: PUBLIC,
    },
    {
      re: rx(
        "\\byou(?:'ll| will) (?:regret|be sorry|pay for|be hearing from)\\b|\\bmark my words\\b|\\bthis (?:isn't|is not|won't be) (?:over|the end of this)\\b|\\b(?:contact|email|call|write to|escalate (?:this )?to|go over (?:your|their) head to) (?:your|their|the) (?:ceo|boss|board|founder|investors|clients|customers)\\b|\\bhear from my\\b|\\byou(?:'ve| have) been warned\\b|\\bwatch your back\\b",
      ),
    },
  ],
};

export const detectThreat = phraseDetector(THREAT);
