// Words and dates as the person reads them: plain labels for codes, calm relative dates.
import { nowMs } from './api';
import type {
  ApplicationStatus,
  ContactKind,
  InterviewKind,
  InterviewMode,
  PlanStep,
  RejectionChannel,
  Stage,
  StepKind,
} from './types';

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  wishlist: 'Wishlist',
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Not this time',
  ghosted: 'No reply',
  withdrawn: 'Withdrawn',
  accepted: 'Accepted',
};

/** Longer words for a select, where "Closed" alone would hide what happened. */
export const STATUS_OPTION_LABELS: Record<ApplicationStatus, string> = {
  ...STATUS_LABELS,
  rejected: 'Not this time (turned down)',
  ghosted: 'No reply (gone quiet)',
};

export const STATUSES: ApplicationStatus[] = [
  'wishlist',
  'applied',
  'screening',
  'interviewing',
  'offer',
  'rejected',
  'ghosted',
  'withdrawn',
  'accepted',
];

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  recruiter: 'Recruiter',
  hr: 'HR',
  hiring_manager: 'Hiring manager',
  interviewer: 'Interviewer',
  agency_recruiter: 'Agency recruiter',
  referral: 'Referral',
  friend: 'Friend',
  family: 'Family',
  mentor: 'Mentor',
};
export const CONTACT_KINDS = Object.keys(CONTACT_KIND_LABELS) as ContactKind[];

export const INTERVIEW_KIND_LABELS: Record<InterviewKind, string> = {
  screen: 'Screening call',
  technical: 'Technical',
  behavioral: 'Behavioural',
  hiring_manager: 'With the hiring manager',
  panel: 'Panel',
  case: 'Case study',
  onsite: 'On-site',
  other: 'Other',
};
export const INTERVIEW_KINDS = Object.keys(INTERVIEW_KIND_LABELS) as InterviewKind[];

/** How an interview reads as a timeline title. */
export const INTERVIEW_TITLES: Record<InterviewKind, string> = {
  screen: 'Screening call',
  technical: 'Technical interview',
  behavioral: 'Behavioural interview',
  hiring_manager: 'Interview with the hiring manager',
  panel: 'Panel interview',
  case: 'Case study interview',
  onsite: 'On-site interview',
  other: 'Interview',
};

export const INTERVIEW_MODE_PHRASES: Record<InterviewMode, string> = {
  in_person: 'in person',
  video: 'by video',
  phone: 'by phone',
};

export const INTERVIEW_MODE_LABELS: Record<InterviewMode, string> = {
  in_person: 'In person',
  video: 'Video',
  phone: 'Phone',
};
export const INTERVIEW_MODES = Object.keys(INTERVIEW_MODE_LABELS) as InterviewMode[];

export const CHANNEL_LABELS: Record<RejectionChannel, string> = {
  email: 'An email',
  call: 'A phone call',
  letter: 'A letter',
  portal: 'A portal update',
  silence: 'Silence',
};

export const STAGE_LABELS: Record<Stage, string> = {
  application: 'The application (no interview)',
  screen: 'A screening call',
  interview: 'Interviews',
  final: 'The final round',
};

const STEP_TITLES: Record<StepKind, (name: string | null) => string> = {
  check_in: () => 'Check in with yourself',
  thank_you: (n) => (n ? `Send a thank-you to ${n}` : 'Send a thank-you note'),
  feedback_request: (n) => (n ? `Ask ${n} for feedback` : 'Ask for feedback'),
  escalate: (n) => (n ? `One brief note to ${n}` : 'One brief follow-up note'),
  reflect: () => 'Reflect on how it went',
  action_plan: () => 'Turn what you learnt into next steps',
  connect: (n) => (n ? `Connect with ${n}` : 'Stay connected'),
  touch_base: (n) => (n ? `Touch base with ${n}` : 'Touch base'),
  follow_up: (n) => (n ? `Follow up with ${n}` : 'Send a polite follow-up'),
  pipeline: () => 'Back to the search',
  support: () => 'Reach out to someone you trust',
};

export function stepTitle(step: Pick<PlanStep, 'kind'> & { draft: { toName: string | null } | null }): string {
  return STEP_TITLES[step.kind](step.draft?.toName ?? null);
}

export const RULE_TOPICS: Record<string, string> = {
  R1: 'Breathe first',
  R2: 'Thank-you note',
  R3: 'Feedback',
  R4: 'One polite follow-up',
  R5: 'Reflect',
  R6: 'Plan from feedback',
  R7: 'Stay in touch',
  R8: 'Keep the search going',
  R9: 'Tone',
  R10: 'Lean on people',
  R11: 'Silence',
  R12: 'Door reopening',
};

const DAY = 86_400_000;

function startOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Whole calendar days from today (by the server's clock) to `iso`. */
export function daysFromToday(iso: string): number {
  return Math.round((startOfDay(Date.parse(iso)) - startOfDay(nowMs())) / DAY);
}

const dayFmt = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
const dayYearFmt = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const timeFmt = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** "Thu 12 Mar", or with the year when it is not this year. */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso.length === 10 ? `${iso}T12:00:00` : iso);
  if (!Number.isFinite(ms)) return iso;
  const sameYear = new Date(ms).getFullYear() === new Date(nowMs()).getFullYear();
  return sameYear ? dayFmt.format(ms) : dayYearFmt.format(ms);
}

export function formatDayTime(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  return `${formatDay(iso)}, ${timeFmt.format(ms)}`;
}

/** "today at 7:00 PM", "tomorrow at 9:00 AM", or a dated time further out. */
export function formatWhen(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const n = daysFromToday(iso);
  if (n === 0) return `today at ${timeFmt.format(ms)}`;
  if (n === 1) return `tomorrow at ${timeFmt.format(ms)}`;
  return formatDayTime(iso);
}

/** "today", "tomorrow", "in 3 days", "2 days ago" — never an alarm. */
export function relativeDay(iso: string): string {
  const n = daysFromToday(iso.length === 10 ? `${iso}T12:00:00` : iso);
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  if (n > 1 && n < 14) return `in ${n} days`;
  if (n < -1 && n > -14) return `${-n} days ago`;
  return formatDay(iso);
}

/** The due line of a step, calm even when the date has passed. */
export function dueLabel(step: Pick<PlanStep, 'status' | 'completedAt' | 'snoozedUntil' | 'dueAt'>): string {
  if (step.status === 'done')
    return step.completedAt ? `Done ${relativeDay(step.completedAt)}` : 'Done';
  if (step.status === 'skipped') return 'Skipped';
  if (step.status === 'snoozed' && step.snoozedUntil)
    return `Snoozed until ${formatDay(step.snoozedUntil)}`;
  const n = daysFromToday(step.dueAt);
  if (n < 0) return `Was due ${formatDay(step.dueAt)}: whenever you can`;
  if (n === 0) return 'Due today';
  if (n === 1) return 'Due tomorrow';
  return `Due ${formatDay(step.dueAt)}`;
}

/** YYYY-MM-DD for today (or `offsetDays` from today) by the server's clock, in local time. */
export function todayInput(offsetDays = 0): string {
  const d = new Date(nowMs());
  d.setDate(d.getDate() + offsetDays);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const isMessageStep = (kind: StepKind): boolean =>
  [
    'thank_you',
    'feedback_request',
    'escalate',
    'connect',
    'touch_base',
    'follow_up',
    'support',
  ].includes(kind);
