// What a draft template needs to know. Built by the playbook engine from the facts of one
// application; templates never look anything up themselves.
import type { ContactKind, InterviewMode, IsoInstant, Profile } from '../types.js';
import type { ReasonShape } from './facts.js';

export const DRAFT_KINDS = [
  'thank_you',
  'feedback_request',
  'escalate',
  'connect',
  'touch_base',
  'follow_up',
  'support',
] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export interface DraftRecipient {
  contactId: number | null;
  name: string | null;
  email: string | null;
  kind: ContactKind | null;
  title: string | null;
}

export interface DraftInterview {
  at: IsoInstant;
  mode: InterviewMode;
  /** First names or full names of the people met, in meeting order. */
  participantNames: string[];
  finalRound: boolean;
}

export interface DraftContext {
  kind: DraftKind;
  company: string;
  role: string;
  recipient: DraftRecipient;
  sender: Profile;
  /** Something specific the user valued about the company or its culture (R2). */
  valued: string | null;
  /** The most recent interview, when there was one. */
  lastInterview: DraftInterview | null;
  interviewCount: number;
  /** Thank-you only: fold a positive, specific feedback ask into the note (R3). */
  includeFeedbackAsk: boolean;
  /** Touch-base only: the concrete reason for getting in touch (R7). */
  touchBaseReason: string | null;
  /**
   * Touch-base only: how the reason reads (congratulations, an occasion, something to share, the
   * user's own news), when the caller knows; otherwise it is read from the wording.
   */
  touchBaseShape?: ReasonShape | null;
  /** Escalate only: the feedback reply that was a non-answer. */
  vagueReply: string | null;
  /** Used to vary phrasing deterministically between companies and people. */
  seed: string;
}
