// R9 threats: legal or public consequences, and posting an employer's rejection in public.
import { phraseDetector, rx, when } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';
import { NEGATED_BEFORE, OWN_PROFESSION } from './fragments.js';

const INTENT =
  "(?:I'll|I will|I'm going to|I am going to|I'm gonna|I plan to|I'm planning (?:to|on)|I intend to|I'm thinking (?:of|about)|I am thinking (?:of|about)|I'm considering|I am considering|I might|I may|I could|I should|going to|don't be surprised|expect to see|you'll see|watch out for|wait (?:till|until) (?:you see|everyone))";
const SPREAD =
  '(?:post|posting|share|sharing|publish|publishing|tweet|tweeting|write|writing|leave|leaving|put|putting|blog|blogging|screenshot|screenshotting|expose|exposing|call(?:ing)? (?:you|them|this) out|review|reviewing|rate|rating|tell|telling|warn|warning|let (?:everyone|people|others) know)';
const VENUE =
  '(?:linkedin|twitter|x\\.com|reddit|glassdoor|indeed|facebook|instagram|tiktok|threads|mastodon|bluesky|blog|online|the internet|social media|my (?:followers|network|audience|newsletter|channel|podcast)|publicly|in public|everyone|the world|other candidates|the community)';

const ABOUT_THEM =
  '(?:this|that|it|about|your|you|them|their|how|what happened|everything|the (?:experience|process|email|rejection|interview|company|recruiter|exchange|letter|whole))';

const PUBLIC_REJECTION =
  'Posting a rejection in public tends to follow you to the next employer who looks you up; keep it between you and people you trust.';
const PUBLIC =
  'A public post about an employer is easy to find later and hard to take back; it may be the one thing they remember.';

export const THREAT: PhraseRule = {
  rule: 'threat',
  scope: 'sentence',
  explanation:
    'A warning like this closes the door for good, whatever happened; it is kinder to yourself to leave it out.',
  alternative: null,
  phrases: [
    {
      re: rx(
        '\\b(?:solicitors?|lawyers?|attorneys?|barristers?|legal counsel)\\b|\\b(?:journalists?|reporters?|the press|the media|newspapers?)\\b(?=[^.?!\\n]{0,60}\\b(?:interested|story|this|hear|know|about)\\b)|\\binterested in this story\\b',
      ),
      unlessBefore: OWN_PROFESSION,
    },
    {
      re: rx(
        "\\bmy (?:union(?: rep(?:resentative)?)?|rep|representative|advocate|mp|councillor|congressman|congresswoman|senator)\\b|\\b(?:candidate |employee |company )?reviews? (?:section|site|page|platform)\\b|\\bso (?:that )?(?:others|other candidates|other applicants|future candidates|people|job seekers) (?:can|know|are|will|don't|do not)\\b",
      ),
      explanation: PUBLIC,
    },
    {
      re: rx(
        `\\b(?:post|posting|share|sharing|publish|publishing|tweet|tweeting|screenshot(?:ting)?)\\b[^.?!\\n]{0,30}\\b(?:rejection|your email|their email|the email|this email|your message|the message|your letter|their letter)\\b[^.?!\\n]{0,40}\\b${VENUE}\\b|\\bscreen-?shot(?:s|ted|ting)?\\b|\\bscreen grab\\b`,
      ),
      explanation: PUBLIC_REJECTION,
      unlessBefore: NEGATED_BEFORE,
    },
    {
      re: rx(
        '\\bmy (?:lawyer|attorney|solicitor|legal (?:team|counsel|representative|advisor|adviser))s?\\b|\\b(?:speak|speaking|talk|talking|consult|consulting|contact|contacting|get|getting|hire|hiring|call|calling|see|seeing|go|going) (?:to |with )?(?:a|an) (?:employment )?(?:lawyer|attorney|solicitor)\\b|\\blegal (?:action|steps|proceedings|recourse|claim|case)\\b|\\b(?:take|taking) (?:you|this|them|your company|it) to (?:court|a tribunal)\\b|\\bsee you in court\\b|\\bsu(?:e|ing) (?:you|them|your company|the company)\\b|\\blawsuit\\b|\\btribunal\\b|\\b(?:file|filing|lodge|lodging|raise|submit|make) (?:a|an|my) (?:formal )?(?:complaint|claim|grievance|charge)\\b|\\breport (?:you|this|your company|the company|the recruiter|them|it) to\\b|\\b(?:eeoc|acas|labou?r board|ombudsman)\\b',
      ),
      explanation:
        "If you believe you were treated unlawfully, that's worth raising properly with an adviser, not as a warning in this note.",
    },
    {
      re: rx(
        "\\bdiscriminat(?:ion|ory|ed|ing)\\b|\\b(?:illegal|unlawful|against the law)\\b|\\bwas it (?:because|due to) (?:I'm|I am|of my|my) (?:over|a woman|a man|pregnant|disabled|black|older|too old|age|gender|race|religion|accent|name|nationality|disability|pregnancy|ethnicity)\\b|\\b(?:racist|sexist|ageist|ableist|homophobic|transphobic|bigoted)\\b",
      ),
      explanation:
        'If you believe you were discriminated against, that matters and deserves a proper channel; an accusation in this note is unlikely to get you a fair hearing.',
    },
    {
      // Only when what is spread is about them ("this", "the process"), not "my availability".
      re: rx(
        `\\b${INTENT}\\b[^.?!\\n]{0,20}\\b${SPREAD}\\b[^.?!\\n]{0,30}\\b${ABOUT_THEM}\\b[^.?!\\n]{0,40}\\b${VENUE}\\b`,
      ),
      unlessBefore: NEGATED_BEFORE,
      unless: when('\\b(?:how (?:great|lovely|kind|much)|recommend|open roles|openings|vacanc)'),
      explanation: PUBLIC,
    },
    {
      re: rx(
        '\\b(?:my|a|an|honest|bad|negative|one-star|1-star) (?:[a-z]+ )?(?:review|rating)\\b[^.?!\\n]{0,30}\\b(?:glassdoor|indeed|google|online|linkedin)\\b|\\b(?:glassdoor|indeed)\\b[^.?!\\n]{0,30}\\b(?:my|a|an) (?:[a-z]+ )?(?:review|rating)\\b|\\b(?:leave|leaving|write|writing|post|posting) (?:a|an|my) (?:[a-z-]+ )?(?:review|rating) (?:of|about|for|on) (?:you|your|the company|this company|the process|this process|glassdoor|indeed|google)\\b',
      ),
      unlessBefore: NEGATED_BEFORE,
      explanation: PUBLIC,
    },
    {
      re: rx(
        "\\b(?:everyone|everybody|people|the whole (?:[a-z]+ )?(?:industry|community|world|city|sector)|others|other candidates|the world|the industry)\\b[^.?!\\n]{0,40}\\b(?:will|should|deserve to|need to|are going to|is going to|'ll|gonna) (?:know|hear|find out|learn|see|be warned|know about)\\b|\\bname and shame\\b|\\bexpos(?:e|ing) (?:you|them|your|this|the company)\\b|\\bwarn (?:others|other candidates|people|everyone|job seekers|my)\\b|\\b(?:I'll|I will|I'm going to|I'm|I am)? ?(?:make|making) sure (?:everyone|everybody|people|others|other candidates|nobody|no one)\\b(?! (?:knows how (?:much|great|kind)))|\\b(?:go|going) public\\b|\\bmake (?:this|it) public\\b|\\bgo viral\\b",
      ),
      explanation: PUBLIC,
    },
    {
      re: rx(
        "\\b(?:won't|will not|wouldn't|never|can't|cannot) (?:be )?recommend(?:ing)? (?:you|your|this company|the company|working|anyone to)\\b|\\b(?:tell|telling|warn|warning|advise|advising)\\b (?:all )?(?:my )?(?:friends|everyone|everybody|people|my network|others|colleagues|contacts) (?:not to|to avoid|to stay away)\\b|\\bstay away from (?:you|your|this company|the company)\\b|\\bboycott\\b|\\bone[- ]star\\b|\\b(?:forward|forwarding|send|sending|share|sharing|pass|passing|leak|leaking)\\b[^.?!\\n]{0,40}\\b(?:journalists?|reporters?|the press|the media|newspapers?|a paper|my (?:contact|friend|source)s? at|the news)\\b|\\breaders would be interested\\b|\\b(?:a|my) (?:[a-z]+ )?(?:post|article|blog(?: post)?|thread|story|video|tiktok|review|write-up|piece) (?:about|on|describing) (?:my experience (?:with|at) |how )?(?:you|your|this company|the company|the (?:process|interview|experience|recruiter|hiring))\\b",
      ),
      explanation: PUBLIC,
    },
    {
      re: rx(
        "\\b(?:cc'?(?:ing|ed|d)?|copied|copying|looping in|loop in|forwarded|forwarding)\\b[^.?!\\n]{0,20}\\b(?:your|the) (?:ceo|boss|founder|board|director|head of|vp|president|legal department)\\b|\\b(?:escalate|escalating|take|taking) (?:this|it|the matter) (?:further|higher|up)\\b|\\bescalat(?:e|ing) this\\b|\\b(?:inform|informing|tell|telling|notify|notifying|write to|writing to|email|emailing|contact|contacting|complain to|complaining to|raise (?:this|it) with|raising (?:this|it) with) (?:your|the) (?:ceo|boss|founder|board|director|managing director|vp|president|senior leadership|leadership team|hr director|manager's manager|head of [a-z]+)\\b|\\byour (?:customers|clients|investors|shareholders|users|board)\\b[^.?!\\n]{0,30}\\b(?:would|will|might|should|deserve to)\\b[^.?!\\n]{0,15}\\b(?:know|hear|find out|learn|see)\\b|\\b(?:seeking|seek|sought|take|taking|get|getting|obtain|obtaining) (?:independent )?legal (?:advice|counsel|help|representation)\\b|\\b(?:complaint|complain|complaining|report|reporting) (?:to|with) (?:the |your |a )?(?:[a-z']+ ){0,3}(?:regulator|ombudsman|authority|commission|watchdog|trade body|professional body)\\b|\\bon my (?:blog|channel|podcast|newsletter|substack|youtube|tiktok|instagram|feed)\\b|\\b(?:honest|full|detailed|public|frank) (?:account|write-up|review|story|thread) of (?:this|the|your|my experience)\\b|\\b(?:the )?last you(?:'ll| will) hear from me\\b|\\bexpect to hear from (?:me|my)\\b|\\bI have (?:the )?(?:screenshots|receipts|evidence|proof|records)\\b",
      ),
    },
    {
      re: rx(
        "\\byou(?:'ll| will) (?:regret|be sorry|pay for|be hearing from)\\b|\\bmark my words\\b|\\bthis (?:isn't|is not|won't be) (?:over|the end of this)\\b|\\b(?:contact|email|call|write to|escalate (?:this )?to|go over (?:your|their) head to) (?:your|their|the) (?:ceo|boss|board|founder|investors|clients|customers)\\b|\\bhear from my\\b|\\byou(?:'ve| have) been warned\\b|\\bwatch your back\\b",
      ),
    },
  ],
};

export const detectThreat = phraseDetector(THREAT);
