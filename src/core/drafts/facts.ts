// The facts a template may use, read once from a DraftContext and tidied, plus the phrases built
// from them ("our video call", "the Designer role at Acme"). Templates only ever say what is in
// here, so a draft never claims something the user did not tell us.
import type { ContactKind, InterviewMode } from '../types.js';
import type { DraftContext } from './types.js';
import { clean, firstToken, listNames, midSentence, dayOfMonth } from './text.js';

/** How a touch-base reason reads, so it can sit naturally in a sentence (R7). */
export type ReasonShape = 'congrats' | 'occasion' | 'share' | 'own_news' | 'other';

export interface TouchReason {
  shape: ReasonShape;
  /** The reason as a mid-sentence phrase ("your promotion to Director of Engineering"). */
  text: string;
}

export interface Facts {
  /** The recipient's first name, when known. */
  first: string | null;
  recipientKind: ContactKind | null;
  company: string | null;
  role: string | null;
  valued: string | null;
  /** Mode of the last interview, when there was one. */
  mode: InterviewMode | null;
  /** True when the recipient took part in the last interview. */
  met: boolean;
  /** People met in the last interview, other than the recipient, as the context names them. */
  others: string[];
  finalRound: boolean;
  interviewCount: number;
  /** Calendar day of the last interview ("March 3"), when known. */
  interviewDay: string | null;
  freelance: boolean;
  feedbackAsk: boolean;
  reason: TouchReason | null;
  /** The gist of a vague reply, as a clause ("the team decided to go another way"). */
  vagueGist: string | null;
  /** Signature when set, else the sender's name; null when neither is known. */
  signOff: string | null;
  senderFirst: string | null;
}

function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const xs = x.split(' ');
  const ys = y.split(' ');
  // "Dana" matches "Dana Lee"; "Dana Smith" does not match "Dana Lee".
  return (xs.length === 1 || ys.length === 1) && xs[0] === ys[0];
}

const CONGRATS_PREFIX = /^congratulations (on|for) /i;
const OCCASION =
  /\b(holidays?|new year|christmas|hanukkah|diwali|eid|thanksgiving|lunar new year|festive|season'?s greetings|the season)\b/i;
const SHARE =
  /^(an? |the |this |that |some )?(short |recent |new |great |good |interesting )?(article|post|blog post|talk|piece|link|report|paper|essay|book|podcast|video|newsletter|thread|study|guide|case study)\b/i;

export function classifyReason(raw: string | null | undefined): TouchReason | null {
  const text = midSentence(raw);
  if (text === null) return null;
  if (CONGRATS_PREFIX.test(text)) {
    const rest = midSentence(text.replace(CONGRATS_PREFIX, ''));
    return rest === null ? null : { shape: 'congrats', text: rest };
  }
  if (/^I(\s|'|’)/.test(text)) return { shape: 'own_news', text };
  if (/^your\s/i.test(text)) return { shape: 'congrats', text };
  if (SHARE.test(text)) return { shape: 'share', text };
  if (OCCASION.test(text)) return { shape: 'occasion', text };
  return { shape: 'other', text };
}

/** The touch-base reason: shaped as the caller says, else classified from its wording. */
function readReason(raw: string | null | undefined, shape: ReasonShape | null): TouchReason | null {
  if (shape === null) return classifyReason(raw);
  const text = midSentence(raw);
  return text === null ? null : { shape, text };
}

/**
 * The gist of a non-answer, said kindly and in the third person, never quoted back. Null when
 * the reply does not match a familiar pattern: templates then speak of "the decision".
 */
export function vagueGist(reply: string | null | undefined): string | null {
  const text = clean(reply)?.toLowerCase() ?? null;
  if (text === null) return null;
  if (/different direction|another direction|other direction/.test(text)) {
    return 'the team decided to go another way';
  }
  if (/(position|role|job|vacancy) (has been|was|is now|had been) (filled|closed)/.test(text)) {
    return 'the role has been filled';
  }
  if (
    /(another|other|different) (candidate|applicant)|(closer|better|stronger) (match|fit)|more closely match/.test(
      text,
    )
  ) {
    return 'the team chose another candidate';
  }
  if (
    /not (be )?(moving|move|going) (forward|ahead)|not to (proceed|move forward)|won'?t be (moving|proceeding)/.test(
      text,
    )
  ) {
    return "the team won't be moving ahead with my application";
  }
  return null;
}

export function readFacts(ctx: DraftContext): Facts {
  const recipientName = clean(ctx.recipient.name);
  const interview = ctx.lastInterview;
  const participants = (interview?.participantNames ?? [])
    .map((n) => clean(n))
    .filter((n): n is string => n !== null);
  const met = recipientName !== null && participants.some((p) => sameName(p, recipientName));
  const others =
    recipientName === null ? participants : participants.filter((p) => !sameName(p, recipientName));
  const name = clean(ctx.sender.name);
  const signature = ctx.sender.signature?.trim() ? ctx.sender.signature.trim() : null;
  return {
    first: firstToken(recipientName),
    recipientKind: ctx.recipient.kind,
    company: clean(ctx.company),
    role: clean(ctx.role),
    valued: midSentence(ctx.valued),
    mode: interview?.mode ?? null,
    met,
    others,
    finalRound: interview?.finalRound ?? false,
    interviewCount: Math.max(ctx.interviewCount, interview ? 1 : 0),
    interviewDay: dayOfMonth(interview?.at),
    freelance: ctx.sender.openToFreelance,
    feedbackAsk: ctx.includeFeedbackAsk,
    reason: readReason(ctx.touchBaseReason, ctx.touchBaseShape ?? null),
    vagueGist: vagueGist(ctx.vagueReply),
    signOff: signature ?? name,
    senderFirst: firstToken(name) ?? firstToken(signature?.split('\n')[0]),
  };
}

// ---- Phrases built from the facts -------------------------------------------------------

const ROLE_NOUN = /\b(role|position|job|opening|internship|opportunity)$/i;

/** "the Product Designer role", or "the role" when the role is unknown. */
export function theRole(f: Facts): string {
  if (f.role === null) return 'the role';
  return ROLE_NOUN.test(f.role) ? `the ${f.role}` : `the ${f.role} role`;
}

/** "the Product Designer role at Acme", dropping whichever part is unknown. */
export function roleAtCompany(f: Facts): string {
  return f.company === null ? theRole(f) : `${theRole(f)} at ${f.company}`;
}

/** The company by name, or a fallback such as "your team". */
export function companyOr(f: Facts, fallback: string): string {
  return f.company ?? fallback;
}

/** "the hiring process at Acme" / "the hiring process". */
export function hiringProcess(f: Facts): string {
  return f.company === null ? 'the hiring process' : `the hiring process at ${f.company}`;
}

export function interviewed(f: Facts): boolean {
  return f.interviewCount > 0;
}

/**
 * Object of "I enjoyed ..." / "I appreciated ...": "meeting you in person", "our video call",
 * "talking with Priya and Tom by phone". Null when there was no interview.
 */
export function enjoyedObject(f: Facts): string | null {
  if (f.mode === null) {
    if (f.interviewCount === 0) return null;
    return f.interviewCount === 1 ? 'the interview' : 'the interviews';
  }
  const others = f.others.length > 0 ? listNames(f.others) : null;
  if (f.met) {
    const who = others === null ? 'you' : `you and ${others}`;
    if (f.mode === 'in_person') return `meeting ${who} in person`;
    if (others === null) return f.mode === 'video' ? 'our video call' : 'our phone call';
    return f.mode === 'video' ? `talking with ${who} over video` : `talking with ${who} by phone`;
  }
  if (others !== null) {
    if (f.mode === 'in_person') return `meeting ${others} in person`;
    return f.mode === 'video'
      ? `talking with ${others} over video`
      : `talking with ${others} by phone`;
  }
  if (f.mode === 'in_person') return 'the in-person interview';
  return f.mode === 'video' ? 'the video interview' : 'the phone interview';
}

/**
 * Object of "Thank you for ...": "meeting with me in person", "our video call", "your time
 * during the hiring process at Acme", or "considering my application" without an interview.
 */
export function thanksObject(f: Facts): string {
  if (f.met && f.mode !== null) {
    if (f.mode === 'in_person') return 'meeting with me in person';
    return f.mode === 'video' ? 'our video call' : 'our phone call';
  }
  if (!interviewed(f)) return 'considering my application';
  return `your time during ${hiringProcess(f)}`;
}

/**
 * A noun phrase for the last interview, for "since ..." or "after ...": "our video call",
 * "my final-round interview with Priya", optionally "on March 3". Falls back to "my
 * application" when there was no interview.
 */
export function meetingNoun(f: Facts, opts: { final?: boolean; day?: boolean } = {}): string {
  const final = opts.final === true && f.finalRound;
  const day = opts.day === true && f.interviewDay !== null ? ` on ${f.interviewDay}` : '';
  if (f.mode === null) {
    if (f.interviewCount === 0) return 'my application';
    return f.interviewCount === 1 ? 'my interview' : 'my interviews';
  }
  const kind =
    f.mode === 'in_person'
      ? final
        ? 'final-round interview'
        : 'in-person interview'
      : `${final ? 'final-round ' : ''}${f.mode === 'video' ? 'video call' : 'phone call'}`;
  if (f.met) return `our ${kind}${day}`;
  if (f.others.length > 0) return `my ${kind} with ${listNames(f.others)}${day}`;
  return `my ${kind}${day}`;
}
