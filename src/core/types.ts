// Domain types shared by every layer. Plain data: no methods, no I/O.
import type { EmailLabel } from './email/types.js';
// Dates travel as ISO-8601 strings (UTC instants, or YYYY-MM-DD for calendar days) so the
// same values survive JSON, SQLite and PostgreSQL unchanged.

export type IsoInstant = string;
export type IsoDate = string;

/** The person acting. Every use case takes it first, even in single-user mode. */
export interface Actor {
  readonly userId: number;
}

export const APPLICATION_STATUSES = [
  'wishlist',
  'applied',
  'screening',
  'interviewing',
  'offer',
  'rejected',
  'ghosted',
  'withdrawn',
  'accepted',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Statuses in which an application still counts toward the active pipeline (R8). */
export const ACTIVE_STATUSES: readonly ApplicationStatus[] = [
  'applied',
  'screening',
  'interviewing',
  'offer',
];

export interface Application {
  id: number;
  company: string;
  role: string;
  url: string | null;
  source: string | null;
  appliedOn: IsoDate | null;
  status: ApplicationStatus;
  resumeVersion: string | null;
  notes: string | null;
  /** Something specific the user valued about the company or its culture (R2). */
  valued: string | null;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
}

export const CONTACT_KINDS = [
  'recruiter',
  'hr',
  'hiring_manager',
  'interviewer',
  'agency_recruiter',
  'referral',
  'friend',
  'family',
  'mentor',
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Kinds of contact who speak for the employer: a thank-you can go to them (R2). */
export const EMPLOYER_CONTACT_KINDS: readonly ContactKind[] = [
  'recruiter',
  'hr',
  'hiring_manager',
  'interviewer',
  'agency_recruiter',
];

/** Kinds of contact the user can lean on (R10). */
export const SUPPORT_CONTACT_KINDS: readonly ContactKind[] = ['friend', 'family', 'mentor'];

export interface Contact {
  id: number;
  name: string;
  email: string | null;
  title: string | null;
  company: string | null;
  kind: ContactKind;
  linkedinUrl: string | null;
  notes: string | null;
  createdAt: IsoInstant;
}

export const INTERVIEW_KINDS = [
  'screen',
  'technical',
  'behavioral',
  'hiring_manager',
  'panel',
  'case',
  'onsite',
  'other',
] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

export const INTERVIEW_MODES = ['in_person', 'video', 'phone'] as const;
export type InterviewMode = (typeof INTERVIEW_MODES)[number];

export interface InterviewQuestion {
  text: string;
  /** How well the user thinks they answered, 1 (poorly) to 5 (well); null when not rated. */
  rating: number | null;
}

export interface Interview {
  id: number;
  applicationId: number;
  at: IsoInstant;
  kind: InterviewKind;
  mode: InterviewMode;
  participantIds: number[];
  finalRound: boolean;
  notes: string | null;
  questions: InterviewQuestion[];
}

export const REJECTION_CHANNELS = ['email', 'call', 'letter', 'portal', 'silence'] as const;
export type RejectionChannel = (typeof REJECTION_CHANNELS)[number];

/** How far the application got before the rejection. */
export const STAGES = ['application', 'screen', 'interview', 'final'] as const;
export type Stage = (typeof STAGES)[number];

export const WORDINGS = ['template', 'vague', 'specific'] as const;
export type Wording = (typeof WORDINGS)[number];

export interface Rejection {
  id: number;
  applicationId: number;
  receivedAt: IsoInstant;
  channel: RejectionChannel;
  stage: Stage;
  wording: Wording;
  reasons: string[];
  senderName: string | null;
  senderEmail: string | null;
  /** True when the message came from an automated, no-reply address. */
  automatedSender: boolean;
  /** The contact who delivered the news, when known. */
  senderContactId: number | null;
  subject: string | null;
  emailText: string | null;
  messageId: string | null;
  createdAt: IsoInstant;
}

export interface Feedback {
  id: number;
  applicationId: number;
  receivedAt: IsoInstant;
  text: string;
  fromContactId: number | null;
  /** A non-answer ("we went in a different direction"): it triggers R4's single escalation. */
  vague: boolean;
  createdAt: IsoInstant;
}

export interface Reflection {
  id: number;
  applicationId: number;
  createdAt: IsoInstant;
  wentWell: string | null;
  wentBadly: string | null;
  pauseQuestions: string[];
  inControl: string | null;
  outOfControl: string | null;
  requirementsMatch: 'yes' | 'partly' | 'no' | null;
  missingQualifications: string[];
}

export const THEMES = [
  'skill_gap',
  'experience',
  'interview_performance',
  'culture_fit',
  'portfolio_resume',
  'overqualified',
  'outside_control',
  'unknown',
] as const;
export type Theme = (typeof THEMES)[number];

export interface ActionItem {
  id: number;
  applicationId: number | null;
  theme: Theme;
  title: string;
  dueOn: IsoDate | null;
  status: 'open' | 'done' | 'dropped';
  createdAt: IsoInstant;
}

export interface MoodCheckIn {
  id: number;
  at: IsoInstant;
  score: number;
  note: string | null;
}

export interface Profile {
  name: string | null;
  email: string | null;
  signature: string | null;
  openToFreelance: boolean;
}

export interface Settings {
  /** R8: nudge when fewer active applications than this. */
  targetActiveApplications: number;
  /** R1: no outgoing message is suggested before this many hours after the rejection. */
  coolOffHours: number;
  /** R2: the thank-you note is due this many days after the rejection. */
  thankYouDays: number;
  /** R5: the reflection is due this many days after the rejection. */
  reflectDays: number;
  /** R7: touch-base cadence with a warm lead. */
  touchBaseDays: number;
  /** R11: follow up after this many days of silence since the last interview. */
  followUpDays: number;
  /** R11: mark an application ghosted after this many days of silence. */
  ghostDays: number;
  /** R8: nudge when no new application was made in this many days. */
  staleSearchDays: number;
  /** R10: this many rejections within supportWindowDays suggests leaning on people. */
  supportThreshold: number;
  supportWindowDays: number;
  /** R3: 'live' counts in-person and video meetings with the hiring manager; 'in_person' only those. */
  feedbackStrictness: 'live' | 'in_person';
}

export const DEFAULT_SETTINGS: Settings = {
  targetActiveApplications: 5,
  coolOffHours: 12,
  thankYouDays: 2,
  reflectDays: 3,
  touchBaseDays: 90,
  followUpDays: 10,
  ghostDays: 30,
  staleSearchDays: 7,
  supportThreshold: 3,
  supportWindowDays: 30,
  feedbackStrictness: 'live',
};

export const DEFAULT_PROFILE: Profile = {
  name: null,
  email: null,
  signature: null,
  openToFreelance: false,
};

export const STEP_KINDS = [
  'check_in',
  'thank_you',
  'feedback_request',
  'escalate',
  'reflect',
  'action_plan',
  'connect',
  'touch_base',
  'follow_up',
  'pipeline',
  'support',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const STEP_STATUSES = ['pending', 'done', 'skipped', 'snoozed'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export type RuleId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10' | 'R11' | 'R12';

/** Kinds of step whose point is a message to someone. */
export const MESSAGE_STEP_KINDS: readonly StepKind[] = [
  'thank_you',
  'feedback_request',
  'escalate',
  'connect',
  'touch_base',
  'follow_up',
  'support',
];

export interface Draft {
  subject: string;
  body: string;
  /** Recipient, when the message is addressed to a known contact. */
  toContactId: number | null;
  toName: string | null;
  toEmail: string | null;
  /** A hard length limit for the channel (LinkedIn connection notes: 300 characters). */
  maxLength: number | null;
}

/** One step of a plan as the engine proposes it, before any user decision is merged in. */
export interface ProposedStep {
  /** Stable identity within the application, so regenerating a plan keeps user decisions. */
  key: string;
  kind: StepKind;
  rule: RuleId;
  dueAt: IsoInstant;
  /** Earliest moment the step should be acted on (the R1 cool-off for messages). */
  notBefore: IsoInstant | null;
  /** 'done' when the facts show it happened (a mood logged, a reflection written). */
  status: 'pending' | 'skipped' | 'done';
  rationale: string;
  skipReason: string | null;
  contactId: number | null;
  draft: Draft | null;
}

export interface PlanStep extends Omit<ProposedStep, 'status'> {
  id: number;
  applicationId: number;
  status: StepStatus;
  /** Who set the status: the engine, or the user (whose decisions regeneration keeps). */
  decidedBy: 'engine' | 'user';
  snoozedUntil: IsoInstant | null;
  completedAt: IsoInstant | null;
  /** True once the user edited the draft: regeneration keeps their text. */
  draftEdited: boolean;
}

/** A user decision on a step, carried across plan regenerations. */
export interface StepDecision {
  key: string;
  status: StepStatus;
  decidedBy: 'engine' | 'user';
  snoozedUntil: IsoInstant | null;
  completedAt: IsoInstant | null;
}

export type ReviewStatus = 'applied' | 'pending' | 'ignored';

/** A job-related email Rebound kept (all other mail is counted and forgotten). */
export interface JobEmail {
  id: number;
  messageKey: string;
  messageId: string | null;
  inReplyTo: string | null;
  fromName: string | null;
  fromEmail: string | null;
  subject: string;
  sentAt: IsoInstant | null;
  /** The newest text of the message (quoted history removed). */
  body: string;
  label: EmailLabel;
  confidence: number;
  reasons: string[];
  company: string | null;
  role: string | null;
  contactName: string | null;
  interviewAt: IsoInstant | null;
  applicationId: number | null;
  reviewStatus: ReviewStatus;
  origin: string | null;
  createdAt: IsoInstant;
}
