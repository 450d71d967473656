// R9 threats: legal or public consequences, and posting an employer's rejection in public.
import { phraseDetector, rx, when } from '../phrase.js';
import type { PhraseRule } from '../phrase.js';
import { NEGATED_BEFORE, OWN_PROFESSION } from './fragments.js';

// "As a former regulator", "I'm a journalist": who the writer is, right before the word.
const OWN_ROLE = when(
  "\\b(?:I am|I'm|I was|as|former|trainee|worked as|work as|studying to be)\\s+(?:an?\\s+)?(?:[a-z]+\\s+)?$",
);

const INTENT =
  "(?:I'll|I will|I'm going to|I am going to|I'm gonna|I plan to|I'm planning (?:to|on)|I intend to|I'm thinking (?:of|about)|I am thinking (?:of|about)|I'm considering|I am considering|I might|I may|I could|I should|going to|don't be surprised|expect to see|you'll see|watch out for|wait (?:till|until) (?:you see|everyone))";
const SPREAD =
  '(?:post|posting|share|sharing|publish|publishing|tweet|tweeting|write|writing|leave|leaving|put|putting|blog|blogging|screenshot|screenshotting|expose|exposing|call(?:ing)? (?:you|them|this) out|review|reviewing|rate|rating|tell|telling|warn|warning|let (?:everyone|people|others) know)';
const VENUE =
  '(?:linkedin|twitter|x\\.com|reddit|glassdoor|indeed|facebook|instagram|tiktok|threads|mastodon|bluesky|blog|online|the internet|social media|my (?:followers|network|audience|newsletter|channel|podcast)|publicly|in public|everyone|the world|other candidates|the community)';

const ABOUT_THEM =
  '(?:this|that|it|about|your|you|them|their|how|what happened|everything|the (?:experience|process|email|rejection|interview|company|recruiter|exchange|letter|whole))';

// A lawyer reading a contract or an offer is ordinary care, not a warning.
const CONTRACT_CARE = when(
  '\\b(?:contract|offer letter|the offer|my offer|agreement|terms and conditions|nda|clause|non-compete|non-solicitation|ip|intellectual property|notice period|probation|visa|immigration|right to work)\\b|' +
    '\\b(?:review(?:ing|ed|s)?|look(?:ing|ed|s)? (?:at|over)|read(?:ing|s)? (?:over|through)|check(?:ing|ed|s)?|go(?:ing|es)? (?:over|through)|draft(?:ing|ed|s)?|advis(?:e|ing|ed) (?:me )?on)\\b[^.?!\\n]{0,25}\\b(?:the|my|your|this|an|a) (?:contract|offer|agreement|terms|nda|paperwork|letter|documents?|non-compete|clause)\\b',
);

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
      unless: CONTRACT_CARE,
      unlessBefore: OWN_PROFESSION,
    },
    {
      re: rx(
        "\\bmy (?:union(?: rep(?:resentative)?)?|rep|representative|advocate|mp|councillor|congressman|congresswoman|senator)\\b|\\b(?:candidate |employee |company )?reviews? (?:section|site|page|platform)\\b|\\bso (?:that )?(?:others|other candidates|other applicants|future candidates|people|job seekers) (?:can|know|are|will|don't|do not)\\b",
      ),
      explanation: PUBLIC,
      // "My union rep suggested I ask about overtime" is advice, not a warning.
      unless: when(
        '\\b(?:suggested|mentioned|recommended|advised|told me|said) (?:that )?I (?:should |could |might |ought to )?(?:ask|check|confirm|find out|look into|query)\\b|\\bmy (?:union|rep|representative)[^.?!\\n]{0,30}\\b(?:membership|meeting|newsletter)\\b',
      ),
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
      unless: CONTRACT_CARE,
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
      unless: when(
        "\\b(?:how (?:great|lovely|kind|much)|recommend|open roles|openings|vacanc)|\\bmy (?:own )?(?:career change|career|journey|portfolio|project|learning|course|new role|progress|side project)\\b|\\b(?:would you mind|with your permission|if (?:you're|you are) (?:ok|okay|happy|comfortable))\\b",
      ),
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
        "\\b(?:won't|will not|wouldn't|never|can't|cannot) (?:be )?recommend(?:ing)? (?:you|your|this company|the company|working|anyone to)\\b|\\b(?:tell|telling|warn|warning|advise|advising)\\b (?:all )?(?:my )?(?:friends|everyone|everybody|people|my network|others|colleagues|contacts) (?:not to|to avoid|to stay away)\\b|\\bstay away from (?:you|your|this company|the company)\\b|\\bboycott\\b|\\bone[- ]star\\b|\\b(?:forward|forwarding|send|sending|share|sharing|pass|passing|leak|leaking)\\b[^.?!\\n]{0,40}\\b(?:journalists?|reporters?|the press|the media|newspapers?|a paper|my (?:contact|friend|source)s? at|the news ?desk|news outlets?)\\b|\\breaders would be interested\\b|\\b(?:a|my) (?:[a-z]+ )?(?:post|article|blog(?: post)?|thread|story|video|tiktok|review|write-up|piece) (?:about|on|describing) (?:my experience (?:with|at) |how )?(?:you|your|this company|the company|the (?:process|interview|experience|recruiter|hiring))\\b",
      ),
      explanation: PUBLIC,
    },
    {
      re: rx(
        "\\b(?:cc'?(?:ing|ed|d)?|copied|copying|looping in|loop in|forwarded|forwarding)\\b[^.?!\\n]{0,20}\\b(?:your|the) (?:ceo|boss|founder|board|director|head of|vp|president|legal department)\\b|\\b(?:escalate|escalating|take|taking) (?:this|it|the matter) (?:further|higher|up)\\b|\\bescalat(?:e|ing) this\\b|\\b(?:inform|informing|tell|telling|notify|notifying|write to|writing to|email|emailing|contact|contacting|complain to|complaining to|raise (?:this|it) with|raising (?:this|it) with) (?:your|the) (?:ceo|boss|founder|board|director|managing director|vp|president|senior leadership|leadership team|hr director|manager's manager|head of [a-z]+)\\b|\\byour (?:customers|clients|investors|shareholders|users|board)\\b[^.?!\\n]{0,30}\\b(?:would|will|might|should|deserve to)\\b[^.?!\\n]{0,15}\\b(?:know|hear|find out|learn|see)\\b|\\b(?:seeking|seek|sought|take|taking|get|getting|obtain|obtaining) (?:independent )?legal (?:advice|counsel|help|representation)\\b|\\b(?:complaint|complain|complaining|report|reporting) (?:to|with) (?:the |your |a )?(?:[a-z']+ ){0,3}(?:regulator|ombudsman|authority|commission|watchdog|trade body|professional body)\\b|\\b(?:honest|full|detailed|public|frank) (?:account|write-up|review|story|thread) of (?:this|the|your|my experience)\\b|\\b(?:the )?last you(?:'ll| will) hear from me\\b|\\bexpect to hear from (?:me|my)\\b|\\bI have (?:the )?(?:screenshots|receipts|evidence|proof|records)\\b",
      ),
    },
    {
      re: rx(
        "\\byou(?:'ll| will) (?:regret|be sorry|pay for|be hearing from)\\b|\\bmark my words\\b|\\bthis (?:isn't|is not|won't be) (?:over|the end of this)\\b|\\b(?:contact|email|call|write to|escalate (?:this )?to|go over (?:your|their) head to) (?:your|their|the) (?:ceo|boss|board|founder|investors|clients|customers)\\b|\\bhear from my\\b|\\byou(?:'ve| have) been warned\\b|\\bwatch your back\\b",
      ),
    },
    // Concepts, not phrases: consequences held over them, public, official or vague.
    {
      // Telling an audience: "I'll be letting my 20,000 followers know how this went".
      re: rx(
        "\\b(?:let|letting|tell|telling|inform|informing|update|updating|show|showing|warn|warning|alert|alerting)\\b[^.?!\\n]{0,30}\\b(?:followers|subscribers|readers|audience|connections|network|contacts|friends in the (?:industry|sector|business)|everyone I know|the whole (?:industry|sector|city|community|internet|world))\\b|\\b(?:my|[0-9,.]+k?|thousands of|hundreds of) (?:followers|subscribers|readers|audience|connections|network|contacts)\\b[^.?!\\n]{0,40}\\b(?:will|would|'ll|are going to|is going to|deserve to|should|might)\\b[^.?!\\n]{0,20}\\b(?:hear|hearing|know|learn|find out|see|be interested|love (?:to (?:hear|know|see|read)|hearing|reading|seeing)|want to (?:know|hear)|enjoy(?: hearing| reading| seeing)?|read)\\b",
      ),
      unlessBefore: NEGATED_BEFORE,
      unless: when(
        '\\b(?:open roles?|openings?|vacanc|job (?:ad|advert|posting|post)|the (?:role|posting|ad|advert)|hiring|how (?:great|lovely|kind|much I (?:enjoyed|learned|learnt|appreciated))|recommend|congratulat|your (?:launch|product|talk|article|book|event))',
      ),
      explanation: PUBLIC,
    },
    {
      // Where it will be read: "you'll be reading about this on Glassdoor", "expect a review".
      re: rx(
        "\\byou(?:'ll| will|'re going to| are going to)? (?:be )?(?:reading|read|see|seeing|find|finding|hear|hearing) (?:about )?(?:this|it|yourselves|yourself|your company|your name|all about it)\\b[^.?!\\n]{0,30}\\b(?:on|in)\\b|\\bgoing (?:straight )?(?:on|onto|to|up on) (?:glassdoor|linkedin|twitter|reddit|tiktok|x|social media|the internet|my blog|my channel|indeed|trustpilot|facebook|instagram)\\b|\\b(?:expect|look out for|watch (?:out )?for|keep an eye out for|wait for|you'll see|you will see)\\b (?:a|an|my)\\b[^.?!\\n]{0,25}\\b(?:review|post|article|thread|write-up|video|story|rating|piece|blog)\\b|\\b(?:honest|frank|candid|detailed|scathing|brutal|full|public) (?:review|account|write-up|rating)\\b(?=[^.?!\\n]{0,30}\\b(?:from me|I'll|I will|coming|soon|expect|glassdoor|online|indeed|linkedin)\\b)|\\b(?:glassdoor|trustpilot|indeed reviews?)\\b",
      ),
      unlessBefore: NEGATED_BEFORE,
      unless: when(
        '\\b(?:read|saw|seen|looked at|checked|according to|good|great|positive|glowing|lovely|helpful|recommend)\\b[^.?!\\n]{0,30}\\b(?:glassdoor|reviews?|trustpilot)\\b',
      ),
      explanation: PUBLIC,
    },
    { re: rx('\\bthink (?:very )?(?:carefully|twice|hard) (?:about|before)\\b'), atStart: true },
    {
      // Going over their head: "I will be following up with your HR director about this."
      re: rx(
        "\\b(?:follow(?:ing)? (?:this )?up|take (?:this|it|the matter) up|taking (?:this|it|the matter) up|rais(?:e|ing) (?:this|it|the matter)|discuss(?:ing)? (?:this|it|the matter)) with (?:your|the) (?:hr director|head of (?:hr|people|talent|recruitment)|ceo|boss|director|managing director|manager's manager|board|founder|leadership|senior (?:leadership|management|team)|chief [a-z]+ officer|vp|president|owner|superiors?)\\b",
      ),
      unless: when('\\b(?:happy|glad|if (?:you|helpful)|would you like|should I|can I|may I)\\b'),
    },
    {
      // "On my blog" is a threat when it is about them, not about the writer's own work.
      re: rx(
        '\\bon my (?:blog|channel|podcast|newsletter|substack|youtube|tiktok|instagram|feed)\\b',
      ),
      unless: when(
        '\\bmy (?:own )?(?:portfolio|project|work|research|journey|learning|side project|career change|progress|course|thesis|art|writing|designs?)\\b|\\b(?:your|the) (?:talk|webinar|article|book|launch|product|event|podcast)\\b|\\b(?:feature|interview|invite|recommend|thank|celebrate|congratulat)',
      ),
      explanation: PUBLIC,
    },
    {
      // Spreading their private words: "I'll be sharing the recording of our call".
      re: rx(
        '\\b(?:shar|forward|send|post|publish|circulat|pass|show|play|leak)(?:e|es|ing|ed|s)?\\b (?:on |around |out )?(?:the |your |our |this |that |a |all |every )?(?:[a-z]+ )?(?:recording|transcript|screenshots?|emails?|messages?|correspondence|voicemail|letter|rejection|texts|dms?|chat logs?)\\b[^.?!\\n]{0,40}\\b(?:with|to) (?:anyone|everyone|everybody|people|others|the world|my (?:network|followers|friends|contacts|community|readers|audience)|whoever|all)\\b',
      ),
      unlessBefore: NEGATED_BEFORE,
      explanation: PUBLIC,
    },
    {
      // Vague consequences: "This won't end well for you", "I won't forget this".
      re: rx(
        "\\b(?:won't|will not|isn't going to|is not going to|doesn't|does not|never) end(?:s)? well\\b|\\b(?:don't|do not) (?:think|imagine|assume|believe) (?:this|that|it) (?:ends|is over|is finished|will go away|goes away|is the end|stops here|ends here)\\b|\\b(?:this|it) (?:is|isn't|is not) (?:far )?from over\\b|\\bnot the end of (?:this|it|the matter)\\b|\\bI (?:won't|will not|shan't|will never|'ll never|shall not) forget (?:this|it|that|how|what|you)\\b|\\bneither will (?:my|the|anyone|others|people|everyone)\\b|\\bword (?:travels|gets around|spreads|gets out|will get around|will spread)\\b|\\bpeople (?:in|around|across) (?:this|the|our|my) (?:industry|sector|city|town|field|business|world) (?:talk|know|will hear|listen)\\b|\\b(?:plenty of|lots of|a lot of|many) people (?:in|around|across) (?:this|the) (?:city|town|industry|sector|field) know (?:me|who I am)\\b|\\b(?:I have|I've got|with) (?:a lot of|lots of|plenty of|considerable|significant|real) (?:influence|connections|contacts|pull|sway|clout)\\b|\\b(?:it|that) would be a (?:shame|pity) if\\b|\\bconsider this (?:a|an|my) (?:formal |final |official |friendly |last )?(?:warning|notice|complaint)\\b|\\b(?:not|never) afraid to use (?:them|it|this|these)\\b|\\b(?:you|your company|the company) (?:will|'ll|shall|are going to) (?:regret|pay|answer for|be sorry|live to regret)\\b|\\b(?:I'd|I would|you'd|you should|you might want to|you may want to|better|I suggest you|I'd advise you to) think (?:very )?(?:carefully|twice|hard) (?:about|before)\\b|\\b(?:writing|posting|putting together|recording|filming|making|drafting|publishing) (?:a|an|my) (?:[a-z]+ )?(?:thread|post|video|blog(?: post)?|article|tiktok|review|reel|story|piece|newsletter) (?:about|on) (?:this|you|your|the company|how|what happened|my experience)\\b|\\bnaming (?:and shaming )?(?:the|your|their) (?:hiring manager|recruiter|interviewers?|company|panel|manager|ceo|team)\\b|\\bshare (?:my|this|the) (?:experience|story|treatment)\\b[^.?!\\n]{0,40}\\b(?:association|body|network|members|community|others|group|forum|union|followers|readers|peers|industry)\\b|\\b(?:others|other (?:members|candidates|applicants|people|job ?seekers)|people|everyone|the public) (?:should|ought to|need to|deserve to|have a right to) (?:be aware|know|be warned|hear about|be told)\\b",
      ),
      unlessBefore: NEGATED_BEFORE,
      explanation:
        'Even a hint of "you will be sorry" closes the door for good, whatever happened; it is kinder to yourself to leave it out.',
    },
    {
      // Official channels: "I'll be reporting this to the labour inspectorate".
      re: rx(
        '\\b(?:report|reporting|reported|complain|complaining|file|filing|raise|raising|escalate|escalating|lodge|lodging|take|taking|contact|contacting|inform|informing|alert|alerting|notify|notifying|refer|referring|write to|writing to)\\b[^.?!\\n]{0,40}\\b(?:regulators?|inspectorate|(?<!hiring )authorit(?:y|ies)|(?:equality|human rights|employment|fair work|labou?r|civil rights|equal opportunit(?:y|ies)|federal trade) commission|ombudsman|tribunal|police|watchdog|labou?r (?:board|office|department|inspector)|ministry of labou?r|department of labou?r|trading standards|data protection (?:authority|office|regulator)|information commissioner|eeoc|acas|professional body|bar association|licensing body|my union)\\b|\\b(?:regulators?|inspectorate|authorities|ombudsman|watchdog|commission|tribunal|the press|journalists?|reporters?|the media|my union)\\b[^.?!\\n]{0,30}\\b(?:would|might|will|could|may)\\b[^.?!\\n]{0,15}\\b(?:be (?:very )?interested|love|want|like|care|take)\\b|\\b(?:take|taking|took|considering|pursue|pursuing) (?:further|formal|legal|appropriate|necessary|other|serious|official) (?:steps|action|measures|routes|options)\\b',
      ),
      unlessBefore: OWN_ROLE,
      unless: when(
        "\\b(?:I work|I worked|I volunteer|I'm (?:a )?member of|I am (?:a )?member of|I'm registered|I am registered|I've been registered|I'm studying|I am studying|my role at|in my job)\\b",
      ),
      explanation:
        "If you believe you were treated unfairly, raising it properly with an adviser is your right; announcing it here won't get you a fair hearing.",
    },
    {
      // Press and people in high places: "I have friends at the trade paper", "your CEO will…".
      re: rx(
        "\\b(?:friends?|contacts?|people|someone|a mate|mates|colleagues?) (?:at|in|on|who (?:work|write) (?:at|for|on)) (?:the )?(?:[a-z]+ )?(?:paper|press|newspapers?|magazines?|news ?desk|media|news)\\b|\\bI know (?:a few |some |several |plenty of |lots of |many )?(?:journalists|reporters|editors|bloggers|influencers|people (?:at|in) the (?:press|media|news))\\b|\\b(?:love|enjoy|want|like|run) (?:this|that|the) story\\b|\\b(?:your|the) (?:ceo|board|founder|co-?founder|managing director|chair(?:man|woman|person)?|boss|investors|head of hr|hr director|owner|shareholders|clients|customers)\\b[^.?!\\n]{0,20}\\b(?:will|'ll|shall|is going to|are going to|would|might)\\b (?:be )?(?:getting|get|receiving|receive|hearing|hear|seeing|see|reading|read|know|knowing|informed|copied|cc'd|learning|learn|finding out|find out)\\b|\\b(?:if|once|when) (?:your|the) (?:clients|customers|investors|board|ceo|boss|public|press|users|partners|funders|shareholders) (?:found|find|finds|hear|heard|knew|know|saw|see|learn|learned|learnt) (?:out|about|how|what)\\b|\\b(?:your|the) (?:customers|clients|investors|board|shareholders|ceo|public|users|partners|funders)\\b[^.?!\\n]{0,30}\\b(?:would|might|will|could)\\b[^.?!\\n]{0,20}\\b(?:say|think|feel|react|know|hear|see|find out|learn|be interested)\\b[^.?!\\n]{0,30}\\b(?:if|how|about|what)\\b|\\b(?:will|'ll|shall|is going to|are going to|is gonna) (?:be )?hear(?:ing)? (?:about|of) (?:this|it|that|you|how)\\b|\\b(?:sits|is|serves) on (?:your|the) board\\b",
      ),
      unlessBefore: OWN_ROLE,
      unless: when('\\b(?:open roles?|openings|vacanc|congratulat|launch|great news|award)\\b'),
    },
    {
      // Keeping a file on them: "I've saved every email", "I'm keeping a record of everything".
      re: rx(
        "\\b(?:I've|I have|I am|I'm|I)\\b (?:also )?(?:saved|kept|keeping|got|screenshotted|screenshot|recorded|recording|documented|documenting|logged|logging|archived|noted down) (?:a record of |records of |copies of |a copy of |screenshots of |proof of |evidence of )?(?:every|all|each|everything|the whole)\\b[^.?!\\n]{0,30}\\b(?:email|message|call|conversation|correspondence|exchange|thing|everything|of it|said|that)|\\bkeeping (?:a )?(?:careful |detailed |full )?records? of\\b|\\bbe (?:aware|advised) (?:that )?(?:I|I'm|I've|I have|my)\\b",
      ),
      unless: when(
        '\\b(?:helpful|useful|grateful|thank|notes to (?:learn|improve)|to learn|to improve|for my (?:own )?records)\\b',
      ),
      explanation:
        'If something happened that you need to act on, keep your notes and talk to an adviser; saying it here reads as a threat.',
    },
    {
      // Warning others off: "I shall be advising others accordingly".
      re: rx(
        "\\b(?:advis|warn|tell|inform|alert|caution|notify)(?:e|es|ing|ed|s)? (?:others|other (?:candidates|applicants|people|job ?seekers)|people|everyone|everybody|my (?:network|friends|contacts|followers|colleagues|peers|community)|anyone (?:who asks|thinking|considering)|future (?:candidates|applicants))\\b[^.?!\\n]{0,30}\\b(?:accordingly|about (?:you|this|your|the company|how)|to (?:avoid|stay away|steer clear|think twice)|what (?:happened|you|it's like)|not to|how you)\\b",
      ),
      unlessBefore: NEGATED_BEFORE,
      explanation: PUBLIC,
    },
    {
      // Conditional and veiled: "ready to post if I don't get an answer", "if I were you…".
      re: rx(
        "\\bready to (?:post|publish|share|go public|send (?:it|them|this) (?:to|out))\\b|\\b(?:end|ends|ended) up (?:in front of|with|on the desk of|in the hands of) (?:your|the) (?:investors|board|ceo|press|clients|customers|regulator|shareholders|funders|partners)\\b|\\bI(?:'ll| will| shall) remember (?:this|that|it|how you)\\b|\\bif I were you\\b[^.?!\\n]{0,40}\\b(?:careful|think|watch|reconsider|rethink)\\b|\\b(?:be|I'd be|I would be) (?:very )?careful (?:how|what) you (?:reply|respond|say|write)\\b|\\b(?:law firm|lawyer|solicitor|attorney|legal team)\\b[^.?!\\n]{0,40}\\b(?:read|seen|has a copy of|looked at|reviewing|gone through|going through) (?:your|the|this) (?:email|letter|message|correspondence|rejection)\\b|\\b(?:trade association|industry body|professional association|equality body|human rights body)\\b",
      ),
      unless: CONTRACT_CARE,
      unlessBefore: OWN_ROLE,
    },
    {
      re: rx("\\bif I (?:don't|do not) (?:get|hear|receive|see)\\b"),
      requires: when(
        '\\b(?:post|publish|share|tell|escalate|go to|report|contact|lawyer|review|public|linkedin|glassdoor|ceo|press|further)\\b',
      ),
    },
    {
      // Going public, named without the word "post": a drafted piece, a paper looking for
      // stories, people who will be interested to hear, one-star reviews.
      re: rx(
        '\\b(?:drafted|written|writing|prepared|preparing|started|working on) (?:a|an|my) (?:post|article|thread|review|blog ?post|piece|write-?up|op-?ed)\\b[^.?!\\n]{0,60}\\b(?:about|on) (?:this|you|your|my experience with|what happened|how)\\b|\\b(?:drafted|written|writing|prepared) (?:a|an) (?:post|article|thread|review|piece|write-?up) about (?:this|it|you)\\b|\\bwhether to (?:publish|post|share|send) it\\b|\\b(?:paper|press|papers|journalists?|reporters?|media|news(?:desk)?)\\b[^.?!\\n]{0,30}\\b(?:always|would be|will be|are|is) (?:looking for|interested in|keen on|hungry for) (?:stories|a story|this)\\b|\\bone-?star reviews?\\b|\\bthink (?:twice|carefully|hard) before (?:you|your|anyone)\\b|\\b(?:with|to) anyone who asks (?:me )?about (?:you|your|the company)\\b|\\bcopying (?:in )?your (?:ceo|boss|manager|director|founder|board|head of)\\b',
      ),
      unlessBefore: NEGATED_BEFORE,
    },
    {
      re: rx(
        '\\b(?:people|candidates|others|everyone|the industry) (?:will|would|might) (?:be )?(?:very )?(?:interested|curious|keen|surprised) to (?:hear|know|learn|read)\\b',
      ),
      requires: when(
        '\\b(?:treat|handl|behav|dealt|deal with|the way you|this process|what happened|how you)',
      ),
      unlessBefore: NEGATED_BEFORE,
    },
  ],
};

export const detectThreat = phraseDetector(THREAT);
