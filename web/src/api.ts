// A small typed client for Rebound's HTTP API (docs/API.md). Every failure becomes an ApiError
// whose message is one line a person can act on: the server's own message when it sent one.
import type {
  Agenda,
  Application,
  ApplicationDetail,
  ApplicationStatus,
  Classification,
  Contact,
  ContactDetail,
  ContactEvent,
  ContactEventKind,
  ContactKind,
  Draft,
  DraftView,
  Feedback,
  Insights,
  Interview,
  InterviewKind,
  InterviewMode,
  Interaction,
  InteractionKind,
  Milestone,
  MoodCheckIn,
  PlanStep,
  PlanView,
  PracticeItem,
  PracticeList,
  PracticeRating,
  ProfileView,
  Reflection,
  ReflectionEntry,
  RejectionChannel,
  SavedArticle,
  Settings,
  Stage,
  TagCadenceView,
  ToneResult,
  TouchBase,
} from './types';

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status: number) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
  get notFound(): boolean {
    return this.status === 404;
  }
}

const OFFLINE =
  "Rebound's local server isn't answering. Check that `rebound serve` is still running, then try again.";

function friendly(status: number): string {
  if (status === 404) return 'That could not be found. It may have been removed.';
  if (status === 413) return 'That is too large to upload (the limit is 10 MB).';
  if (status >= 500)
    return 'Something went wrong on our side. Try again; if it keeps happening, restart `rebound serve`.';
  return 'That did not work. Check the form and try again.';
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers:
        body === undefined
          ? { Accept: 'application/json' }
          : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError('offline', OFFLINE, 0);
  }
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const err = (data as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const code = typeof err?.code === 'string' ? err.code : `http_${res.status}`;
    const message =
      typeof err?.message === 'string' && err.message.trim()
        ? oneLine(err.message)
        : friendly(res.status);
    throw new ApiError(code, message, res.status);
  }
  return data as T;
}

/** Error messages are shown on one line. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The message to show for any thrown value. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error && e.message) return oneLine(e.message);
  return 'Something unexpected happened. Try again.';
}

const get = <T>(url: string) => request<T>('GET', url);
const post = <T>(url: string, body: unknown = {}) => request<T>('POST', url, body);
const qs = (params: Record<string, string | number | undefined | null>): string => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

export interface NewApplication {
  company: string;
  role: string;
  url?: string | null;
  source?: string | null;
  appliedOn?: string | null;
  status?: ApplicationStatus;
  resumeVersion?: string | null;
  notes?: string | null;
  valued?: string | null;
}

export interface NewContact {
  name: string;
  kind: ContactKind;
  email?: string | null;
  title?: string | null;
  company?: string | null;
  linkedinUrl?: string | null;
  notes?: string | null;
  applicationId?: number | null;
}

export interface NewInterview {
  at: string;
  kind: InterviewKind;
  mode: InterviewMode;
  participantIds?: number[];
  finalRound?: boolean;
  notes?: string | null;
  questions?: { text: string; rating: number | null }[];
}

export interface NewRejection {
  receivedAt?: string | null;
  channel?: RejectionChannel | null;
  stage?: Stage | null;
  reasons?: string[];
  valued?: string | null;
  /** Pasted text or a raw .eml. */
  email?: string;
}

export interface NewFeedback {
  text: string;
  receivedAt?: string | null;
  fromContactId?: number | null;
  vague?: boolean | null;
}

export interface NewReflection {
  wentWell?: string | null;
  wentBadly?: string | null;
  pauseQuestions?: string[];
  inControl?: string | null;
  outOfControl?: string | null;
  requirementsMatch?: 'yes' | 'partly' | 'no' | null;
  missingQualifications?: string[];
}

export type StepAction = 'done' | 'skip' | 'snooze' | 'reopen';

export type ProfilePatch = Partial<{
  name: string | null;
  email: string | null;
  signature: string | null;
  openToFreelance: boolean;
}> &
  Partial<Settings>;

/** The server's clock (REBOUND_NOW in tests), learnt from the agenda; null until known. */
let serverNow: { at: number; learnt: number } | null = null;

/** Now, by the server's clock when known: relative dates and date defaults use it. */
export function nowMs(): number {
  if (!serverNow) return Date.now();
  return serverNow.at + (Date.now() - serverNow.learnt);
}

let clockSync: Promise<void> | null = null;

/**
 * Learns the server's clock once, before the first screen renders, so date defaults and
 * relative dates follow it. A failure falls back to this computer's clock.
 */
export function syncClock(): Promise<void> {
  clockSync ??= api.today().then(
    () => undefined,
    () => undefined,
  );
  return clockSync;
}

export const api = {
  health: () => get<{ ok: boolean }>('/api/health'),
  async today(): Promise<Agenda> {
    const a = await get<Agenda>('/api/today');
    const at = Date.parse(a.now);
    if (Number.isFinite(at)) serverNow = { at, learnt: Date.now() };
    return a;
  },
  applications: (filter: { status?: string; search?: string } = {}) =>
    get<Application[]>(`/api/applications${qs(filter)}`),
  addApplication: (input: NewApplication) => post<Application>('/api/applications', input),
  application: (id: number | string) =>
    get<ApplicationDetail>(`/api/applications/${encodeURIComponent(String(id))}`),
  updateApplication: (id: number, patch: Partial<NewApplication>) =>
    request<Application>('PATCH', `/api/applications/${id}`, patch),
  addInterview: (applicationId: number, input: NewInterview) =>
    post<Interview>(`/api/applications/${applicationId}/interviews`, input),
  recordRejection: (applicationId: number, input: NewRejection) =>
    post<PlanView>(`/api/applications/${applicationId}/rejection`, input),
  plan: (applicationId: number) => get<PlanView>(`/api/applications/${applicationId}/plan`),
  addFeedback: (applicationId: number, input: NewFeedback) =>
    post<Feedback>(`/api/applications/${applicationId}/feedback`, input),
  addReflection: (applicationId: number, input: NewReflection) =>
    post<Reflection>(`/api/applications/${applicationId}/reflections`, input),
  contacts: () => get<Contact[]>('/api/contacts'),
  addContact: (input: NewContact) => post<Contact>('/api/contacts', input),
  changeStep: (
    stepId: number,
    action: StepAction,
    extra: { until?: string; reason?: string } = {},
  ) => post<PlanStep>(`/api/steps/${stepId}`, { action, ...extra }),
  draft: (stepId: number | string) =>
    get<DraftView>(`/api/steps/${encodeURIComponent(String(stepId))}/draft`),
  saveDraft: (stepId: number, edit: { subject: string; body: string }) =>
    request<Draft>('PUT', `/api/steps/${stepId}/draft`, edit),
  draftEmlUrl: (stepId: number) => `/api/steps/${stepId}/draft.eml`,
  moods: (days = 90) => get<MoodCheckIn[]>(`/api/moods${qs({ days })}`),
  logMood: (score: number, note?: string | null) =>
    post<MoodCheckIn>('/api/moods', { score, note: note ?? null }),
  profile: () => get<ProfileView>('/api/profile'),
  updateProfile: (patch: ProfilePatch) => request<ProfileView>('PATCH', '/api/profile', patch),
  loadDemo: () => post<{ applications: number }>('/api/demo'),
  classify: (input: { subject: string; from: string; body: string; date?: string | null }) =>
    post<Classification>('/api/classify', input),
  insights: () => get<Insights>('/api/insights'),
  practice: (all = false) => get<PracticeList>(`/api/practice${all ? '?all=true' : ''}`),
  addPractice: (question: string, applicationId?: number | null) =>
    post<PracticeItem>('/api/practice', {
      question,
      ...(applicationId ? { applicationId } : {}),
    }),
  reviewPractice: (id: number, rating: PracticeRating, outline?: string) =>
    post<PracticeItem>(`/api/practice/${id}/review`, {
      rating,
      ...(outline !== undefined ? { outline } : {}),
    }),
  removePractice: (id: number) => request<PracticeItem>('DELETE', `/api/practice/${id}`),
  reflections: () => get<ReflectionEntry[]>('/api/reflections'),
  contact: (id: number) => get<ContactDetail>(`/api/contacts/${id}`),
  logInteraction: (
    id: number,
    input: { kind: InteractionKind; on?: string; note?: string | null },
  ) => post<Interaction>(`/api/contacts/${id}/interactions`, input),
  removeInteraction: (id: number) => request<Interaction>('DELETE', `/api/interactions/${id}`),
  setCadence: (id: number, everyDays: number | null) =>
    request<ContactDetail>('PUT', `/api/contacts/${id}/cadence`, { everyDays }),
  resetCadence: (id: number) => request<ContactDetail>('DELETE', `/api/contacts/${id}/cadence`),
  setTags: (id: number, tags: string[]) =>
    request<ContactDetail>('PUT', `/api/contacts/${id}/tags`, { tags }),
  snooze: (id: number, until: string) =>
    post<ContactDetail>(`/api/contacts/${id}/snooze`, { until }),
  unsnooze: (id: number) => request<ContactDetail>('DELETE', `/api/contacts/${id}/snooze`),
  addEvent: (id: number, input: { kind: ContactEventKind; on: string; note?: string | null }) =>
    post<ContactEvent>(`/api/contacts/${id}/events`, input),
  removeEvent: (id: number) => request<ContactEvent>('DELETE', `/api/contact-events/${id}`),
  tagCadences: () => get<TagCadenceView[]>('/api/cadences/tags'),
  setTagCadence: (tag: string, everyDays: number) =>
    request<TagCadenceView>('PUT', `/api/cadences/tags/${encodeURIComponent(tag)}`, { everyDays }),
  removeTagCadence: (tag: string) =>
    request<TagCadenceView>('DELETE', `/api/cadences/tags/${encodeURIComponent(tag)}`),
  touchBases: () => get<TouchBase[]>('/api/touch-bases'),
  articles: () => get<SavedArticle[]>('/api/articles'),
  addArticle: (input: { url: string; title: string; note?: string | null; tags?: string[] }) =>
    post<SavedArticle>('/api/articles', input),
  removeArticle: (id: number) => request<SavedArticle>('DELETE', `/api/articles/${id}`),
  milestones: () => get<Milestone[]>('/api/milestones'),
  addMilestone: (input: { title: string; on?: string }) =>
    post<Milestone>('/api/milestones', input),
  removeMilestone: (id: number) => request<Milestone>('DELETE', `/api/milestones/${id}`),
  tone: (text: string, kind?: string) =>
    post<ToneResult>('/api/tone', { text, ...(kind ? { kind } : {}) }),
};
