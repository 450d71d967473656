// Test fixture only: builders for the records the insights read, with a fixed clock. Production
// code must never import this file; the insights tests do.
import type {
  Application,
  Feedback,
  Interview,
  IsoInstant,
  MoodCheckIn,
  Rejection,
  StepKind,
} from '../types.js';
import type { InsightsData, StepOutcome } from './data.js';

/** The fixed "now" of the insights tests: Tuesday 10 March 2026, 09:00 UTC. */
export const NOW: IsoInstant = '2026-03-10T09:00:00.000Z';

export function application(id: number, over: Partial<Application> = {}): Application {
  return {
    id,
    company: `Company ${String(id)}`,
    role: 'Product Designer',
    url: null,
    source: null,
    appliedOn: '2026-01-05',
    status: 'applied',
    resumeVersion: null,
    notes: null,
    valued: null,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    ...over,
  };
}

let interviewId = 0;
export function interview(applicationId: number, over: Partial<Interview> = {}): Interview {
  interviewId += 1;
  return {
    id: interviewId,
    applicationId,
    at: '2026-01-20T14:00:00.000Z',
    kind: 'screen',
    mode: 'video',
    participantIds: [],
    finalRound: false,
    notes: null,
    questions: [],
    ...over,
  };
}

export function rejection(applicationId: number, over: Partial<Rejection> = {}): Rejection {
  return {
    id: applicationId,
    applicationId,
    receivedAt: '2026-02-01T10:00:00.000Z',
    channel: 'email',
    stage: 'application',
    wording: 'template',
    reasons: [],
    senderName: null,
    senderEmail: null,
    automatedSender: false,
    senderContactId: null,
    subject: null,
    emailText: null,
    messageId: null,
    createdAt: '2026-02-01T10:00:00.000Z',
    ...over,
  };
}

let feedbackId = 0;
export function feedback(
  applicationId: number,
  receivedAt: IsoInstant,
  text: string,
  vague = false,
): Feedback {
  feedbackId += 1;
  return {
    id: feedbackId,
    applicationId,
    receivedAt,
    text,
    fromContactId: null,
    vague,
    createdAt: receivedAt,
  };
}

export function mood(at: IsoInstant, score: number): MoodCheckIn {
  return { id: 0, at, score, note: null };
}

export function step(
  applicationId: number,
  kind: StepKind,
  completedAt: IsoInstant | null,
  decidedBy: 'engine' | 'user' = 'user',
): StepOutcome {
  return {
    applicationId,
    kind,
    status: completedAt === null ? 'pending' : 'done',
    decidedBy,
    completedAt,
  };
}

export function data(over: Partial<InsightsData> = {}): InsightsData {
  return {
    applications: [],
    interviews: [],
    rejections: [],
    feedback: [],
    steps: [],
    moods: [],
    ...over,
  };
}

/** Feedback texts and the themes the R6 sorter reads from them (checked in themes.test.ts). */
export const SAYS = {
  rambling: 'Your answers ran long and the story of each project got lost.',
  unprepared: 'You seemed a little unprepared for the questions about measuring impact.',
  nervous: 'You came across as nervous in the portfolio deep-dive.',
  experience: 'We chose a candidate with more experience in healthcare products.',
  figma: 'We wanted more hands-on experience with Figma.',
  internal: 'We have decided to fill the role internally.',
  culture: 'We felt the culture fit was not quite there.',
  vague:
    'We decided to move forward with candidates whose experience more closely matches our needs.',
  nothing: 'Thank you for coming in to meet the team last week.',
} as const;
