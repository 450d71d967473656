// Test fixture only: builders for PlanFacts and the records inside them, with a fixed clock.
// Production code must never import this file; the playbook tests do.
import type {
  Application,
  Contact,
  ContactKind,
  Feedback,
  Interview,
  IsoInstant,
  MoodCheckIn,
  ProposedStep,
  Reflection,
  Rejection,
  Settings,
  StepDecision,
} from '../types.js';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS } from '../types.js';
import { addDays, addHours } from '../time.js';
import type { PlanFacts } from './facts.js';

/** When the rejection arrived in most tests: a Monday morning. */
export const RECEIVED: IsoInstant = '2025-03-10T09:00:00.000Z';
/** The fixed "now" of most tests: two hours after the rejection. */
export const NOW: IsoInstant = addHours(RECEIVED, 2);
/** An instant `days` before the rejection arrived (negative: after). */
export const daysBefore = (days: number): IsoInstant => addDays(RECEIVED, -days);

export const APP_ID = 7;

export function application(over: Partial<Application> = {}): Application {
  return {
    id: APP_ID,
    company: 'Northwind',
    role: 'Product Designer',
    url: null,
    source: null,
    appliedOn: '2025-02-01',
    status: 'rejected',
    resumeVersion: null,
    notes: null,
    valued: null,
    createdAt: daysBefore(40),
    updatedAt: RECEIVED,
    ...over,
  };
}

export function contact(id: number, name: string, kind: ContactKind, over: Partial<Contact> = {}): Contact {
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '.');
  return {
    id,
    name,
    email: `${slug}@northwind.example`,
    title: null,
    company: 'Northwind',
    kind,
    linkedinUrl: null,
    notes: null,
    createdAt: daysBefore(30),
    ...over,
  };
}

/** The cast most tests share: a hiring manager, an interviewer, a recruiter. */
export const DANA = contact(1, 'Dana Whitfield', 'hiring_manager');
export const OMAR = contact(2, 'Omar Haddad', 'interviewer');
export const SAM = contact(3, 'Sam Ortega', 'recruiter');
export const PRIYA = contact(4, 'Priya Raman', 'agency_recruiter', { company: 'Bright Talent' });
export const LENA = contact(5, 'Lena Brooks', 'friend', { company: null });
export const MARCO = contact(6, 'Marco Ilic', 'mentor', { company: null });
export const JO = contact(8, 'Jo Park', 'family', { company: null });

let interviewIds = 100;

export function interview(over: Partial<Interview> & Pick<Interview, 'participantIds'>): Interview {
  interviewIds += 1;
  return {
    id: interviewIds,
    applicationId: APP_ID,
    at: daysBefore(7),
    kind: 'hiring_manager',
    mode: 'video',
    finalRound: false,
    notes: null,
    questions: [],
    ...over,
  };
}

export function rejection(over: Partial<Rejection> = {}): Rejection {
  return {
    id: 50,
    applicationId: APP_ID,
    receivedAt: RECEIVED,
    channel: 'email',
    stage: 'interview',
    wording: 'vague',
    reasons: [],
    senderName: null,
    senderEmail: null,
    automatedSender: false,
    senderContactId: null,
    subject: 'Your application',
    emailText: null,
    messageId: null,
    createdAt: RECEIVED,
    ...over,
  };
}

/** A rejection sent by a person the user knows. */
export const fromPerson = (c: Contact, over: Partial<Rejection> = {}): Rejection =>
  rejection({ senderName: c.name, senderEmail: c.email, senderContactId: c.id, ...over });

/** A rejection from a no-reply address with no person behind it. */
export const fromNoReply = (over: Partial<Rejection> = {}): Rejection =>
  rejection({
    senderName: 'Northwind Careers',
    senderEmail: 'no-reply@northwind.example',
    automatedSender: true,
    wording: 'template',
    ...over,
  });

let feedbackIds = 200;

export function feedback(text: string, over: Partial<Feedback> = {}): Feedback {
  feedbackIds += 1;
  return {
    id: feedbackIds,
    applicationId: APP_ID,
    receivedAt: addDays(RECEIVED, 3),
    text,
    fromContactId: null,
    vague: false,
    createdAt: addDays(RECEIVED, 3),
    ...over,
  };
}

export const vagueFeedback = (over: Partial<Feedback> = {}): Feedback =>
  feedback('Thanks for asking. We decided to go in a different direction.', { vague: true, ...over });

export function reflection(over: Partial<Reflection> = {}): Reflection {
  return {
    id: 300,
    applicationId: APP_ID,
    createdAt: addDays(RECEIVED, 1),
    wentWell: 'The portfolio walk-through',
    wentBadly: null,
    pauseQuestions: [],
    inControl: null,
    outOfControl: null,
    requirementsMatch: null,
    missingQualifications: [],
    ...over,
  };
}

let moodIds = 400;

export function mood(score: number, at: IsoInstant, note: string | null = null): MoodCheckIn {
  moodIds += 1;
  return { id: moodIds, at, score, note };
}

export function decision(key: string, over: Partial<StepDecision> = {}): StepDecision {
  return {
    key,
    status: 'done',
    decidedBy: 'user',
    snoozedUntil: null,
    completedAt: NOW,
    ...over,
  };
}

export type FactsOverrides = Partial<Omit<PlanFacts, 'settings'>> & { settings?: Partial<Settings> };

/**
 * Facts for one rejected application. By default: a video interview with Dana (hiring manager)
 * and Omar, a rejection from Sam (recruiter) two hours ago, nothing else logged yet.
 */
export function facts(over: FactsOverrides = {}): PlanFacts {
  const { settings, ...rest } = over;
  return {
    application: application(),
    rejection: fromPerson(SAM),
    interviews: [interview({ participantIds: [DANA.id, OMAR.id] })],
    contacts: [DANA, OMAR, SAM],
    supportContacts: [],
    feedback: [],
    reflections: [],
    pipeline: { activeCount: 6, lastAppliedOn: daysBefore(2), interviewsUnderway: false },
    rejectionDates: [RECEIVED],
    moods: [],
    profile: { ...DEFAULT_PROFILE, name: 'Alex Moreau' },
    settings: { ...DEFAULT_SETTINGS, ...settings },
    previous: [],
    now: NOW,
    ...rest,
  };
}

/** The step with `key`, or a failure that lists the keys there are. */
export function stepIn(steps: readonly ProposedStep[], key: string): ProposedStep {
  const found = steps.find((s) => s.key === key);
  if (!found) throw new Error(`No step "${key}" in: ${steps.map((s) => s.key).join(', ')}`);
  return found;
}

export const keysOf = (steps: readonly { key: string }[]): string[] => steps.map((s) => s.key);

/** Milliseconds since the epoch, for comparing instants whatever their ISO spelling. */
export const ms = (iso: IsoInstant | null): number => (iso === null ? Number.NaN : Date.parse(iso));
