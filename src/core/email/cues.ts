// Hand-written phrase cues: the strong, general signals for each label (cue-match.ts finds them).
// Each cue becomes a model feature whose weight starts from a prior and is tuned by training, so
// rare classes (offers, outreach) are recognised even where training mail has few examples.
// Cues run on normalizeText() output: lower case, contractions expanded ("won't" → "will not").
import type { EmailLabel } from './types.js';

export interface Cue {
  id: string;
  label: EmailLabel;
  /** Prior log-odds boost toward `label`; training starts from and is pulled back to it. */
  prior: number;
  /** Sticky: tried only where a token that can start it begins (see CUE_INDEX). */
  re: RegExp;
  /** Skip when a negation ("not", "unable") sits just before the phrase in its sentence. */
  negatable: boolean;
  /** Model feature id: `c:<id>`. */
  feature: string;
}

export interface CueHit {
  cue: Cue;
  /** The matched words, for explanations. */
  phrase: string;
  /** The phrase sits in a condition ("if we decide not to move forward…"): not a statement. */
  hypothetical: boolean;
}

/** Feature id for cue phrases stated only as a condition (a confirmation's small print). */
export const HYPOTHETICAL_FEATURE = 'c:hypothetical';
/** Feature id for "unfortunately we cannot reply to every applicant"-style disclaimers. */
export const VOLUME_FEATURE = 'c:volume_disclaimer';

const c = (
  id: string,
  label: EmailLabel,
  prior: number,
  source: string,
  negatable = false,
): Cue => ({
  id,
  label,
  prior,
  re: new RegExp(source, 'y'),
  negatable,
  feature: `c:${id}`,
});

const MOVE =
  '(?:moving|move|proceeding|proceed|progressing|progress|continuing|continue|advancing|advance|going|taking|take|pursuing|pursue)';

export const CUES: readonly Cue[] = [
  // Rejection: statements that the application ends here.
  c(
    'rej_regret',
    'rejection',
    3,
    '\\bregret(?:fully)? to (?:inform|advise|tell|let you know|say|share|notify|communicate)|(?<=\\bwe (?:must |do )?)regret\\b|\\bregrettably\\b|\\bwith regret\\b',
  ),
  c(
    'rej_not_moving',
    'rejection',
    3,
    `\\b(?:not|no longer|unable to|cannot|can not)\\s(?:be\\s)?(?:able\\sto\\s)?${MOVE}\\s(?:forward|further|ahead)\\b`,
  ),
  c(
    'rej_not_with_you',
    'rejection',
    3,
    `\\b(?:not|no longer)\\s(?:be\\s)?${MOVE}\\s(?:with\\s)?(?:your|you|it|this|them)\\b(?!\\s(?:soon|shortly|in the coming))`,
  ),
  c(
    'rej_not_next',
    'rejection',
    3,
    '\\bnot (?:be )?(?:moving|move|progressing|advancing|inviting|invite|selected to move|selected to advance) (?:you |your application )?(?:forward )?to the next (?:step|stage|round|phase)',
  ),
  c(
    'rej_others',
    'rejection',
    2.5,
    '\\b(?:move|moving|proceed|proceeding|go|going|continue|continuing|progress|progressing|forward) (?:forward )?with (?:other|another|others|different|a different|more qualified|stronger|someone else)\\b',
  ),
  c(
    'rej_pursue_others',
    'rejection',
    3,
    '\\b(?:pursue|pursuing|consider|considering|focus on|focusing on|prioriti[sz]e|prioriti[sz]ing|interview|interviewing) (?:other|another|different) (?:candidates|applicants|profiles|individuals|candidate|applicant)\\b',
  ),
  c(
    'rej_selected_other',
    'rejection',
    3,
    '\\b(?:selected|chosen|chose|hired|identified|gone with|went with|going with|go with|decided on|offered (?:the|this) (?:[\\w-]+ ){1,4}?to|offer (?:the|this) (?:[\\w-]+ ){1,4}?to|extended an offer to|made an offer to|filled the (?:role|position) with) (?:a |an )?(?:different|another|other|internal|more experienced|stronger|more suitable|someone)\\b',
  ),
  c(
    'rej_filled',
    'rejection',
    3,
    "\\b(?:position|role|job|vacancy|opening|requisition|req|posting|search|opportunity)s?,? (?:[\\w,'()-]+ ){0,8}?(?:has|have|had|was|were|is|are) (?:now |since |already |recently )?(?:been )?(?:filled|closed|cancell?ed|put on hold|withdrawn|removed|discontinued)\\b",
  ),
  c(
    'rej_no_longer_hiring',
    'rejection',
    3,
    "\\bno longer (?:recruiting|hiring|accepting applications|available|open|reviewing (?:applicants|applications|candidates)|looking to fill|needed)\\b|(?<=\\bwe (?:have |had |have now |are |already )?)(?:filled|closed|closing|cancell?ed) (?:the|this|our) (?:[\\w,'()-]+ ){0,8}?(?:position|role|requisition|opening|search|vacancy|job|post)\\b",
  ),
  c(
    'rej_made_selection',
    'rejection',
    2,
    '\\b(?:made|have made|completed) (?:a|our|the) (?:final )?(?:selection|hiring decision|hire|decision) (?:for|on) (?:this|the) (?:position|role|opening|job)',
  ),
  c(
    'rej_not_selected',
    'rejection',
    3,
    '\\bnot (?:been )?(?:selected|chosen|shortlisted|successful|progressed|advanced)\\b|\\bunsuccessful\\b',
  ),
  c(
    'rej_no_longer_considered',
    'rejection',
    3,
    '\\bno longer (?:being |be )?(?:considered|under consideration|in consideration|in the running|a candidate|active)\\b|\\bwill not be considered\\b|\\bremoved? (?:you |your application )?from (?:further )?consideration\\b|\\bnot (?:be )?considered further\\b',
  ),
  c(
    'rej_unable_offer',
    'rejection',
    3,
    '\\b(?:unable|not able|not in a position) to (?:offer|extend|move|progress|proceed|advance|invite|take|consider you|consider your)\\b|\\bwill not be (?:offering|extending|inviting|able to offer|scheduling|pursuing)\\b|\\b(?:cannot|can not) offer you\\b',
  ),
  c(
    'rej_not_fit',
    'rejection',
    2,
    '\\b(?:not|no longer) (?:quite )?(?:a |the |an )?(?:right |good |strong |close |best |great |suitable |ideal |perfect )?(?:fit|match)\\b|\\bdo not see (?:a |an )?(?:fit|match|alignment)\\b|\\bnot (?:the )?most qualified\\b|\\bnot (?:fully |entirely |quite )?convinced\\b|\\b(?:does|do|did) not (?:fully )?meet (?:our|the|all)\\b',
  ),
  c('rej_direction', 'rejection', 2.5, '\\b(?:different|another|other) direction\\b'),
  c(
    'rej_more_closely',
    'rejection',
    1.5,
    '\\b(?:more closely|more directly|better|more strongly|more fully) (?:match|matches|matched|align|aligns|aligned|suit|suits|suited|fit|fits|meet|meets|reflect)\\b|\\b(?:matched|match|matches|aligned|align|aligns|fit|fits|suited) (?:more closely|better|more directly)\\b|\\bbetter suited\\b|\\bstronger match\\b',
  ),
  c(
    'rej_decided_not',
    'rejection',
    2,
    '\\b(?:decided|decision|chosen|opted|elected) (?:not to|to not)\\b|\\b(?:decided|decision) to (?:decline|close your|pass)\\b|\\bdeclin(?:e|ed|ing) your (?:application|candidacy)\\b',
  ),
  c(
    'rej_rejected',
    'rejection',
    3,
    '\\b(?:application|candidacy|profile) (?:was|has been|is) (?:rejected|declined|not approved)\\b|\\bstatus\\b[^.\\n]{0,40}\\b(?:rejected|not selected|declined|unsuccessful|no longer under consideration)\\b',
  ),
  c(
    'rej_pass',
    'rejection',
    2,
    '(?<=\\b(?:decided to|going to|have to|will) )pass(?: on (?:your (?:application|candidacy|profile)|you|this one|moving forward)| for now| this time|[.,;!]|$)|\\bpass(?:ing)? on (?:your|you|moving)\\b',
  ),
  c(
    'rej_someone',
    'rejection',
    3,
    '\\b(?:hired|selected|chose|chosen|found|offered the (?:role|position|job) to|offer the (?:role|position|job) to|went with|gone with|going with|go with|ended up hiring) (?:someone|somebody)\\b|\\bhiring someone (?:else|internally)\\b|(?<=\\b(?:already|have|has|we) )found (?:a|another|the right|someone|somebody|our)\\b|(?<=\\b(?:decided to|chose to|going to|had to|have to) )hire (?:someone|somebody)\\b',
  ),
  c(
    'rej_internal',
    'rejection',
    1.5,
    '\\binternal(?:ly)? (?:candidate|applicant|hire|promotion|fill|filled)\\b',
  ),
  c(
    'rej_disappointing',
    'rejection',
    1.5,
    '\\b(?:this|the) (?:news|decision|outcome) (?:is|may be|will be|might be) disappointing\\b|\\b(?:difficult|tough|hard) decision\\b|\\bnot the news you\\b|\\bnot the (?:answer|outcome) you\\b',
  ),
  c(
    'rej_closed_file',
    'rejection',
    1.5,
    '\\b(?:closed|closing|archived|archiving|withdrawn) (?:out )?your (?:application|candidacy|file)\\b',
  ),
  c(
    'rej_unfortunately',
    'rejection',
    1,
    '\\bunfortunately\\b|\\bsadly\\b|(?<=\\b(?:i am|we are) )sorry to\\b|(?<=\\b(?:i am|we are) )afraid\\b|\\bafraid (?:that )?(?:we|you|this)\\b',
  ),
  c(
    'rej_competitive',
    'rejection',
    0.7,
    '\\b(?:highly|extremely|very|incredibly|particularly|exceptionally) competitive\\b|\\bcompetitive (?:candidate|applicant) pool\\b|\\bmany (?:highly |other |strong )?qualified (?:candidates|applicants)\\b|\\bstrong (?:field|pool) of (?:candidates|applicants)\\b',
  ),
  c(
    'rej_good_luck',
    'rejection',
    0.7,
    '\\b(?:wish|wishing) you (?:the )?(?:very )?(?:best|success|all the best|luck|every success|continued success|well)\\b[^.\\n]{0,30}\\b(?:search|career|future|endeavou?rs|journey|hunt)\\b|\\bbest of luck (?:in|with) your\\b|\\bfuture endeavou?rs\\b',
  ),
  c(
    'rej_future_roles',
    'rejection',
    0.7,
    '\\b(?:encourage|invite|welcome) you to (?:re-?apply|apply again|apply for (?:other|future)|apply to (?:other|future)|keep an eye|check back|visit our career)',
  ),
  c(
    'rej_keep_on_file',
    'rejection',
    0.4,
    '\\bkeep (?:your )?(?:resume|cv|details|information|profile|application)s? on (?:file|record)\\b',
  ),

  // A few cues in other languages of European inboxes (German, French, Spanish, Dutch, Portuguese, Italian).
  c(
    'rej_other_language',
    'rejection',
    2.5,
    '\\b(?:leider|absage|malheureusement|lamentablemente|desafortunadamente|helaas|infelizmente|purtroppo)\\b|\\bnicht (?:weiter )?berücksichtig|\\banderen? (?:kandidat|bewerber)|\\b(?:pas|non) (?:été )?retenue?s?\\b|\\bne pas donner suite\\b|\\bno (?:ha|has) sido seleccionad|\\bniet (?:verder|geselecteerd)\\b|\\bnão (?:foi|foste) selecionad',
  ),
  c(
    'app_other_language',
    'application_received',
    2.5,
    '\\b(?:eingangsbestätigung|empfangsbestätigung)\\b|\\b(?:ihre|deine) bewerbung (?:ist|wurde) (?:bei uns )?(?:eingegangen|erhalten)|\\b(?:nous avons bien reçu|avons reçu) votre candidature|\\b(?:hemos recibido|recibimos) (?:tu|su) (?:candidatura|solicitud|postulación)|\\b(?:wij hebben|we hebben) (?:je|uw) sollicitatie (?:ontvangen|in goede orde)|\\brecebemos (?:a sua|sua|tua) candidatura|\\babbiamo ricevuto la (?:tua|sua) candidatura',
  ),

  // Application received: the employer acknowledges and will review.
  c(
    'app_received',
    'application_received',
    2.5,
    '(?<=\\b(?:we|have|just|did|successfully) )(?:received|got|receive) your (?:job |online |recent |completed )?(?:application|resume|cv|submission|information|candidacy|materials|profile|details|interest)\\b',
  ),
  c(
    'app_was_received',
    'application_received',
    2.5,
    '\\b(?:application|resume|cv|submission|candidacy)(?: for [^.\\n]{1,80}?)? (?:has|have|was|is) (?:been )?(?:successfully )?(?:received|submitted|sent|forwarded|completed|delivered|in)\\b',
  ),
  c(
    'app_confirm_receipt',
    'application_received',
    2.5,
    '\\b(?:confirm|confirming|acknowledge|acknowledging|confirmation of|acknowledgement of|acknowledgment of) (?:the )?(?:receipt|that we have received|that your application|your application|your submission)',
  ),
  c(
    'app_subject',
    'application_received',
    1.5,
    '\\bapplication (?:received|confirmation|submitted|acknowledge?ment|complete)\\b|\\bthank(?:s| you) for (?:applying|your application)\\b',
  ),
  c(
    'app_will_review',
    'application_received',
    1.5,
    '\\b(?:will be|is being|are being|will now be) (?:carefully |closely )?(?:reviewed|considered|evaluated|assessed|read)\\b|(?<=\\b(?:we will|we are|team will|will be|we are currently|currently|will now|we will now|is currently|are now|will carefully) (?:now |carefully |be )?)(?:reviewing|review|assess|assessing|evaluating|evaluate|considering|consider) (?:your|all|the|each|applications|candidates)\\b',
  ),
  c(
    'app_under_review',
    'application_received',
    2,
    '\\b(?:under|in) (?:review|consideration|process)\\b|\\bbeing reviewed\\b',
  ),
  c(
    'app_if_match_contact',
    'application_received',
    2,
    '\\b(?:if|should|once|when)\\b[^.\\n]{0,100}\\b(?:match|matches|fit|selected|align|aligns|interested|qualified|shortlisted|suitable|move forward|next step)\\b[^.\\n]{0,80}\\b(?:contact|reach out|be in touch|hear from|get in touch|notify|let you know|reach back|follow up)',
  ),
  c(
    'app_will_contact',
    'application_received',
    1,
    '(?<=\\b(?:will|going to|may) )(?:be in touch|contact you|reach out|get back to you|follow up|let you know|notify you|update you)\\b',
  ),
  c(
    'app_track',
    'application_received',
    1,
    '\\b(?:track|check|view|monitor|see) (?:the )?(?:status of )?your (?:application|candidacy)\\b|\\bcandidate (?:home|portal|profile)\\b',
  ),
  c(
    'app_next_process',
    'application_received',
    0.8,
    '\\b(?:what happens next|next steps in (?:our|the) (?:hiring|recruitment) process|our (?:hiring|recruitment|selection) process)\\b',
  ),

  // Interview: an invitation, scheduling, or confirmation of a conversation.
  c(
    'int_invite',
    'interview',
    3,
    '\\b(?:invite|inviting|invitation|invited) (?:you )?(?:to|for) (?:a |an |the |your |our )?(?:[\\w-]+ ){0,3}?(?:interview|interviews|conversation|call|chat|meeting|screen|screening|discussion|onsite|on-site|meet)\\b',
    true,
  ),
  c(
    'int_schedule',
    'interview',
    2.5,
    '\\b(?:schedule|scheduling|arrange|arranging|set up|book|coordinate|line up|find a time for)\\b (?:a |an |the |your |some |our )?(?:[\\w-]+ ){0,3}?(?:interview|call|chat|conversation|meeting|phone screen|video call|zoom|time to (?:talk|chat|speak|meet|connect))\\b',
    true,
  ),
  c(
    'int_kind',
    'interview',
    2,
    '\\b(?:phone|video|technical|tech|onsite|on-site|virtual|final|first|second|third|panel|hiring manager|in-person|in person|initial|screening|behavioral|behavioural|follow-up|final-round|recruiter) (?:round |stage )?(?:interview|interviews|screen|round)\\b',
    true,
  ),
  c(
    'int_confirmed',
    'interview',
    3,
    '\\binterviews? (?:for [^.\\n]{1,80}? )?(?:is|has been|was) (?:now )?(?:scheduled|confirmed|booked|set)\\b|\\binvitation: (?:[\\w-]+ ){0,2}?interview\\b|\\b(?:sent|send|sending|sent you) (?:you )?(?:the|an|a) (?:calendar |meeting )?invite\\b|\\binterviews? (?:invitation|invite|confirmation|confirmed|scheduled|request|details|reminder|slot|time|schedule)\\b|\\b(?:confirm|confirming|confirmed) (?:your |the |our )?(?:interview|meeting|call)\\b|\\b(?:interview|call|meeting) (?:is|has been) (?:scheduled|confirmed|booked|set)\\b',
    true,
  ),
  c(
    'int_availability',
    'interview',
    1.5,
    '\\b(?:your|the) availability\\b|\\bwhat (?:times?|days?) (?:work|works|would work)\\b|\\bare you (?:free|available)\\b|\\b(?:these|the following|any of these) (?:times?|slots?|dates?)\\b|\\btime ?slots?\\b|\\bworks? (?:best )?for (?:you|us|me)\\b|\\b(?:do you have|have you got|got) (?:\\d+|a few|some|ten|fifteen|twenty|thirty|half an hour)(?: minutes| mins)?\\b',
    true,
  ),
  c(
    'int_meeting_tool',
    'interview',
    1.5,
    '\\b(?:calendly|goodtime|zoom|google meet|microsoft teams|teams meeting|meeting id|dial-in|passcode|webex|meet\\.google|calendar invite|calendar invitation)\\b',
  ),
  c(
    'int_next_round',
    'interview',
    2,
    '\\b(?:move|moving|advance|advancing|advanced|progress|progressing|proceed|proceeding|selected to move) (?:you |your application |your candidacy )?(?:forward )?to the (?:next|final) (?:step|stage|round|phase)\\b|\\bshortlisted\\b',
    true,
  ),
  c(
    'int_meet_you',
    'interview',
    1,
    '\\b(?:looking forward to|look forward to) (?:speaking|meeting|talking|chatting|connecting) (?:with )?you\\b|\\b(?:would like|would love|like|love|want|happy|excited|pleased) to (?:interview you|speak with you|talk with you|meet you|meet with you|learn more about you|get to know you)\\b',
    true,
  ),
  c(
    'int_come_in',
    'interview',
    2,
    '(?<!for )\\b(?:come|coming|pop|stop|swing|bring you|have you) (?:back )?(?:in|by|over)\\b[^.\\n?]{0,40}\\b(?:chat|interview|meet|talk|conversation)\\b',
    true,
  ),
  c(
    'int_meet_team',
    'interview',
    1.5,
    '\\b(?:meet|speak|talk) with (?:the |our )?(?:hiring manager|team|panel|director|head of|cto|ceo|founder)',
    true,
  ),

  // Assessment: a test, exercise or questionnaire to complete.
  c(
    'asm_kind',
    'assessment',
    2.5,
    '\\b(?:online|coding|technical|skills?|take-home|take home|cognitive|aptitude|personality|behavioral|behavioural|numerical|logical|written|pre-employment|psychometric|programming|game-based|situational judgement|situational judgment|verbal reasoning|work sample|language|typing|editing|design|sql|writing|math|mechanical|timed|screening) (?:assessment|assessments|test|tests|challenge|exercise|assignment|evaluation|questionnaire|task)\\b',
    true,
  ),
  c(
    'asm_vendor',
    'assessment',
    2.5,
    '\\b(?:hackerrank|codility|codesignal|hirevue|testgorilla|pymetrics|mettl|coderbyte|harver|vervoe|canditech|alooba|wonderlic|talogy|saville|cappfinity|sova|criteria corp|shl)\\b',
  ),
  c(
    'asm_complete',
    'assessment',
    2.5,
    '\\b(?:complete|take|start|finish|submit|attempt) (?:the |an |a |your |our |this |these |two |2 )?(?:[\\w-]+ ){0,2}?(?:assessment|assessments|test|tests|challenge|questionnaire|exercise|assignment|case study|evaluation)\\b',
    true,
  ),
  c(
    'asm_one_way',
    'assessment',
    2.5,
    '\\b(?:one-way|one way|recorded|asynchronous|on-demand|pre-recorded|self-recorded) (?:video )?(?:interview|video|questions|responses)\\b',
    true,
  ),
  c(
    'asm_materials',
    'assessment',
    1.5,
    "\\b(?:find|attached|enclosed|here is|here's|below)\\b[^.\\n]{0,30}\\b(?:case study|task|assignment|exercise|challenge|brief)\\b|\\b(?:case study|task|assignment|exercise|challenge) (?:is )?(?:attached|below|enclosed)\\b",
  ),
  c('asm_word', 'assessment', 1, '\\bassessment\\b', true),

  // Offer: the job is being offered.
  c(
    'off_pleased',
    'offer',
    4,
    '\\b(?:pleased|delighted|happy|thrilled|excited|glad|honou?red) to (?:formally )?(?:offer you|extend (?:you )?(?:an|a|the|this|our) (?:formal |verbal |written |conditional |official )?(?:offer|job offer)|present (?:you )?(?:with )?(?:an|a|the) offer|make you an offer|offer you the (?:position|role|job))',
    true,
  ),
  c(
    'off_like_offer',
    'offer',
    3.5,
    '(?<=\\b(?:would like|would love|like|want|are able|able|can) to )offer you\\b|(?<=\\b(?:can|could) )offer (?:you )?(?:[$£€]|r\\$|eur |usd |gbp )?\\s?\\d|\\b(?:would|would love|love|want|like) (?:you|to have you) (?:to join|as our|on (?:the|our) team|join)\\b|\\bwant you (?:as|on|to join)\\b',
    true,
  ),
  c(
    'off_letter',
    'offer',
    2.5,
    '\\boffer (?:letter|of employment|package|details|terms)\\b|\\b(?:formal|verbal|written|conditional|contingent|official|employment) offer\\b|(?<=\\byour )offer\\b',
    true,
  ),
  c(
    'off_terms',
    'offer',
    1.5,
    '\\b(?:base salary|annual salary|sign-on bonus|signing bonus|equity grant|stock options|compensation package|start date|starting salary|relocation package|annual base|per annum|hourly rate of|per year|a year|per month|per hour)\\b',
  ),
  c(
    'off_accept',
    'offer',
    2.5,
    '\\b(?:accept|accepting|sign|signing|countersign|review and sign|e-sign|decision on) (?:the |this |your |our )?(?:formal )?(?:offer|offer letter|employment agreement|contract)\\b',
    true,
  ),
  c(
    'off_welcome',
    'offer',
    1.2,
    '\\bwelcome (?:to the team|aboard)\\b|\\bjoin (?:us|our team) as\\b',
    true,
  ),
  c(
    'off_onboarding',
    'offer',
    1,
    '\\bbackground check\\b|\\bonboarding\\b|\\byour first day\\b|\\bright to work\\b|\\bi-9\\b',
  ),

  // Recruiter outreach: someone reaching out before any application.
  c(
    'out_found_profile',
    'recruiter_outreach',
    3,
    '\\b(?:came across|found|saw|noticed|reviewed|was impressed by|was looking at|stumbled upon|spotted|read through) your (?:profile|background|resume|cv|experience|linkedin|github|portfolio|work|talk|blog|post)\\b',
  ),
  c(
    'out_i_am_recruiter',
    'recruiter_outreach',
    2,
    '\\b(?:i am|my name is [a-z]+(?: [a-z]+)?(?: and i am| - i am|, i am| and i)?) (?:a |an |the )?(?:[\\w-]+ ){0,3}?(?:recruiter|talent partner|sourcer|headhunter|recruitment consultant|talent acquisition (?:partner|specialist|manager|lead)|recruiting (?:partner|manager|lead))\\b',
  ),
  c(
    'out_open_to',
    'recruiter_outreach',
    2,
    '\\b(?:open to|interested in|considering|thinking about|curious about|up for) (?:new |a new |exploring |hearing about |discussing |a |an |learning more about |a quick |a short |a brief |a confidential |a discreet )?(?:[\\w-]+ )?(?:opportunit|role|position|conversation|chat|move|change|job|call|talk)',
    true,
  ),
  c(
    'out_client',
    'recruiter_outreach',
    2.5,
    '\\b(?:my|our) client\\b|\\bon behalf of (?:my|our|a) client\\b|\\bclient of (?:ours|mine)\\b|\\b(?:my|our) (?:client|partner) company\\b',
  ),
  c(
    'out_would_you',
    'recruiter_outreach',
    1.5,
    '\\b(?:would you be|are you|if you are|if you would be|if you might be|if you may be) (?:at all )?(?:open|interested|up for|keen)\\b|\\bfancy a (?:chat|call|coffee)\\b',
    true,
  ),
  c(
    'out_reaching',
    'recruiter_outreach',
    1.5,
    '\\b(?:wanted|want|like|thought i would) to (?:reach out|get in touch|introduce myself|connect with you|reach out personally)\\b|\\bi am helping (?:a|an|our|my) \\b|\\bi (?:have got|have) (?:a|an) (?:great |new |exciting |interesting )?(?:[\\w-]+ ){0,3}?(?:role|position|opening|opportunity) (?:with|at|for)\\b|\\b(?:reaching out|getting in touch|contacting you|writing to you|wanted to connect) (?:to you )?(?:about|regarding|because|as|with|to see|to gauge|to share|to introduce|on behalf)\\b',
  ),
  c(
    'out_opportunity',
    'recruiter_outreach',
    1,
    '\\b(?:exciting|great|unique|interesting|fantastic|amazing) (?:new )?(?:opportunity|role|position|opening)\\b',
  ),
  c(
    'out_good_fit',
    'recruiter_outreach',
    2,
    '(?<=\\b(?:i|we) )(?:think|believe|thought) you (?:would|could|might|may) be (?:a )?(?:great|strong|good|perfect|excellent|ideal)? ?(?:fit|match|candidate)\\b|(?<=\\byour )(?:background|experience|profile) (?:looks|seems|would be|stood out|caught)\\b',
  ),
  c(
    'out_hiring_for',
    'recruiter_outreach',
    1,
    '(?<=\\b(?:we are|i am) (?:currently )?)(?:hiring|looking|searching|recruiting) for (?:a |an |several |multiple |our )',
  ),
  c('out_inmail', 'recruiter_outreach', 1, '\\binmail\\b|\\bsent you a (?:message|note)\\b'),

  // Other: everything that is not part of an application process.
  c(
    'oth_unsubscribe',
    'other',
    1.2,
    '\\bunsubscribe\\b|\\bmanage (?:your )?(?:preferences|subscriptions|email preferences|notifications)\\b|\\bview (?:this email )?in (?:your |a )?browser\\b|\\bemail preferences\\b',
  ),
  c(
    'oth_commerce',
    'other',
    0.8,
    '\\b(?:your order|order (?:number|confirmation|#)|receipt|invoice|payment|shipped|shipping|tracking number|subscription|purchase|refund|billing|been charged|delivery)\\b',
  ),
  c(
    'oth_account',
    'other',
    1.5,
    '\\b(?:password|verification code|verify your (?:email|account)|confirm your email|sign-in attempt|login attempt|security alert|two-factor|one-time (?:code|passcode)|reset your|activate your account|account (?:created|activation))\\b',
  ),
  c(
    'oth_promo',
    'other',
    0.8,
    '\\b(?:webinar|newsletter|digest|rsvp|register now|save the date|sale|discount|promo|limited time|deal)\\b',
  ),
  c(
    'oth_job_alert',
    'other',
    2,
    '\\bjob alerts?\\b|\\brecommended jobs\\b|\\bnew jobs (?:for you|matching|that match|match)\\b|\\bjobs matching\\b|\\bjobs based on your\\b|\\bnew jobs? (?:posted|near you)\\b',
  ),
  c(
    'oth_survey',
    'other',
    1,
    '\\bsurvey\\b|\\b(?:rate|tell us about) your (?:candidate )?experience\\b|\\bhow did we do\\b',
  ),
  c(
    'oth_personal',
    'other',
    0.8,
    '\\b(?:birthday|dinner|weekend|movie|cinema|party|mom|dad|grandma|vacation|holiday plans|brunch|bbq)\\b',
  ),
];

/** Stand-in cue for volume disclaimers, so explanations can name them. */
export const VOLUME_CUE: Cue = {
  id: 'volume_disclaimer',
  label: 'application_received',
  prior: 1.5,
  re: /$^/g,
  negatable: false,
  feature: 'c:volume_disclaimer',
};

/** Stand-in cue for conditional rejection/interview wording ("if we decide not to…"). */
export const HYPOTHETICAL_CUE: Cue = {
  id: 'hypothetical',
  label: 'application_received',
  prior: 1,
  re: /$^/g,
  negatable: false,
  feature: 'c:hypothetical',
};

/** Every cue feature id with its prior label and weight, for training. */
export function cuePriors(): { feature: string; label: EmailLabel; prior: number }[] {
  const out = CUES.map((q) => ({ feature: `c:${q.id}`, label: q.label, prior: q.prior }));
  out.push({ feature: VOLUME_FEATURE, label: VOLUME_CUE.label, prior: VOLUME_CUE.prior });
  out.push({
    feature: HYPOTHETICAL_FEATURE,
    label: HYPOTHETICAL_CUE.label,
    prior: HYPOTHETICAL_CUE.prior,
  });
  // Who sent it says something on its own: a testing platform or a scheduling tool.
  out.push({ feature: 'f:assessment_vendor', label: 'assessment', prior: 2 });
  out.push({ feature: 'f:scheduler', label: 'interview', prior: 1.5 });
  return out;
}
