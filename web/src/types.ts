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
import type { PracticeItem } from '../../src/core/practice/types.js';
import type {
  Cadence,
  ContactEvent,
  Interaction,
  TouchReason,
} from '../../src/core/touch/types.js';

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

/** A step as the agenda lists it: its draft gives only subject and recipient (the text is GET /api/steps/:id/draft). */
export type AgendaStep = Omit<PlanStep, 'draft'> & { draft: Pick<Draft, 'subject' | 'toName'> | null };

export interface AgendaItem {
  step: AgendaStep;
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
  /** calm, nudge, or loud while an interview process is under way (R8). */
  level?: 'calm' | 'nudge' | 'loud';
}

export interface Agenda {
  now: string;
  due: AgendaItem[];
  upcoming: AgendaItem[];
  pipeline: PipelineHealth;
  lastMood: MoodCheckIn | null;
  /** Practice questions due today or earlier. */
  practiceDue?: number;
  /** Touch-bases due now or this week, soonest first (R7). */
  touchBases?: TouchBase[];
  /** Applications gone quiet after an interview (R11). */
  ghosting?: Ghosting[];
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

export type {
  Insights,
  DecisionsSection,
  FunnelSection,
  MoodSection,
  RejectionStagesSection,
  ResponsesSection,
  ResumesSection,
  SourcesSection,
  ThemesSection,
} from '../../src/core/insights/index.js';
export type { Theme } from '../../src/core/types.js';
export type {
  PracticeItem,
  PracticeRating,
  PracticeSource,
} from '../../src/core/practice/types.js';

export interface PracticeList {
  /** The user's local day the answer was computed for, YYYY-MM-DD. */
  today: string;
  /** Questions due today or earlier. */
  dueCount: number;
  items: PracticeItem[];
}

export type {
  Cadence,
  ContactEvent,
  ContactEventKind,
  Interaction,
  InteractionKind,
  Milestone,
  SavedArticle,
  TouchReason,
} from '../../src/core/touch/types.js';

/** One person's page: cadence, tags, what you did together, their news (docs/API.md). */
export interface ContactDetail {
  contact: Contact;
  tags: string[];
  cadence: Cadence | null;
  /** True when the user turned touch-bases off for them. */
  cadenceOff: boolean;
  /** Newest first. */
  interactions: Interaction[];
  /** Newest first. */
  events: ContactEvent[];
}

/** A touch-base due now or this week, with its reason and draft. */
export interface TouchBase {
  contact: Pick<Contact, 'id' | 'name' | 'company' | 'title'>;
  everyDays: number;
  source: Cadence['source'];
  idealOn: string;
  latestOn: string;
  dueNow: boolean;
  overdue: boolean;
  reason: Pick<TouchReason, 'kind' | 'text'> & Partial<TouchReason>;
  draft: Draft;
  stepId: number | null;
}

/** An application gone quiet after an interview (R11). */
export interface Ghosting {
  application: Pick<Application, 'id' | 'company' | 'role'>;
  lastInterviewAt: string;
  daysSilent: number;
  state: 'follow_up' | 'ghosted';
  followUpStepId: number | null;
  ghostsOn: string;
  text: string;
}

export interface TagCadenceView {
  tag: string;
  everyDays: number;
  contacts: number;
}

/** One entry of GET /api/reflections: a reflection with the application it belongs to. */
export type ReflectionEntry = Reflection & {
  application: Pick<Application, 'id' | 'company' | 'role'> | null;
};
