// The JSON shapes of the HTTP API (docs/API.md). Domain records are the types of
// src/core/types.ts, imported as types only: nothing from src/ reaches the bundle.
import type {
  Application,
  Contact,
  Draft,
  Feedback,
  Interview,
  MoodCheckIn,
  PlanStep,
  Profile,
  Reflection,
  Rejection,
  Settings,
  JobEmail,
} from '../../src/core/types.js';
import type { ToneFinding } from '../../src/core/tone/types.js';

export type {
  Application,
  ApplicationStatus,
  Contact,
  ContactKind,
  Draft,
  Feedback,
  Interview,
  InterviewKind,
  InterviewMode,
  JobEmail,
  MoodCheckIn,
  PlanStep,
  Profile,
  Reflection,
  Rejection,
  RejectionChannel,
  Settings,
  Stage,
  StepKind,
  StepStatus,
} from '../../src/core/types.js';
export type { ToneFinding } from '../../src/core/tone/types.js';

export interface AgendaItem {
  step: PlanStep;
  application: Pick<Application, 'id' | 'company' | 'role'>;
  /** False while a message waits out the cool-off. */
  readyNow: boolean;
}

export interface PipelineHealth {
  active: number;
  target: number;
  daysSinceLastApplication: number | null;
  interviewsUnderway: boolean;
  nudge: string | null;
}

export interface Agenda {
  now: string;
  due: AgendaItem[];
  upcoming: AgendaItem[];
  pipeline: PipelineHealth;
  lastMood: MoodCheckIn | null;
}

export interface ApplicationDetail {
  application: Application;
  rejection: Rejection | null;
  steps: PlanStep[];
  interviews: Interview[];
  contacts: Contact[];
  feedback: Feedback[];
  reflections: Reflection[];
  emails: JobEmail[];
}

export interface PlanView {
  application: Application;
  rejection: Rejection | null;
  steps: PlanStep[];
}

export interface ProfileView {
  profile: Profile;
  settings: Settings;
}

export interface DraftView {
  step: PlanStep;
  draft: Draft;
}

export interface Classification {
  label: string;
  confidence: number;
  company: string | null;
  role: string | null;
  contact_name: string | null;
  reasons: string[];
}

export interface ToneResult {
  findings: ToneFinding[];
}
