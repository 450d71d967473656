// What the insights read (plain records from the store), and the per-application facts every
// section builds on: how far each application got, and whether it ended.
import { stageReached } from '../playbook/engine.js';
import type {
  Application,
  Feedback,
  Interview,
  IsoInstant,
  MoodCheckIn,
  Rejection,
  Stage,
  StepKind,
  StepStatus,
} from '../types.js';

/** The funnel: how far an application got, from applying to an offer. */
export const FUNNEL_STAGES = ['applied', 'screen', 'interview', 'final', 'offer'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** A plan step's outcome, as the response rates need it. */
export interface StepOutcome {
  applicationId: number;
  kind: StepKind;
  status: StepStatus;
  decidedBy: 'engine' | 'user';
  completedAt: IsoInstant | null;
}

/** Everything the insights read: one user's whole search. */
export interface InsightsData {
  applications: readonly Application[];
  interviews: readonly Interview[];
  rejections: readonly Rejection[];
  feedback: readonly Feedback[];
  steps: readonly StepOutcome[];
  moods: readonly MoodCheckIn[];
}

/** One application, read for the insights. */
export interface AppFacts {
  app: Application;
  /** The furthest stage reached, from interviews, the rejection's stage and the status. */
  furthest: FunnelStage;
  rejection: Rejection | null;
  /** A no (or a silence): a rejection is recorded, or the status says rejected or ghosted. */
  ended: boolean;
  /** It ended in silence rather than an answer. */
  ghosted: boolean;
}

const RANK: Record<FunnelStage, number> = {
  applied: 0,
  screen: 1,
  interview: 2,
  final: 3,
  offer: 4,
};
const FROM_STAGE: Record<Stage, FunnelStage> = {
  application: 'applied',
  screen: 'screen',
  interview: 'interview',
  final: 'final',
};

export const reached = (f: AppFacts, stage: FunnelStage): boolean =>
  RANK[f.furthest] >= RANK[stage];

/** The stage an ended application stopped at, in the words a rejection uses. */
export function stageOf(f: FunnelStage): Stage {
  if (f === 'applied') return 'application';
  if (f === 'offer') return 'final';
  return f;
}

function furthestOf(
  app: Application,
  interviews: readonly Interview[],
  rejection: Rejection | null,
): FunnelStage {
  let rank = interviews.length > 0 ? RANK[FROM_STAGE[stageReached(interviews)]] : 0;
  if (rejection) rank = Math.max(rank, RANK[FROM_STAGE[rejection.stage]]);
  // Statuses speak for applications whose interviews were never logged (imported ones, say).
  if (app.status === 'screening') rank = Math.max(rank, RANK.screen);
  if (app.status === 'interviewing' && interviews.length === 0)
    rank = Math.max(rank, RANK.interview);
  if (app.status === 'offer' || app.status === 'accepted') rank = RANK.offer;
  return FUNNEL_STAGES[rank] ?? 'applied';
}

/** Every application the user applied for (wishlist ones are not applications yet). */
export function applicationFacts(data: InsightsData): AppFacts[] {
  const interviews = groupBy(data.interviews, (i) => i.applicationId);
  const rejections = new Map(data.rejections.map((r) => [r.applicationId, r]));
  return data.applications
    .filter((a) => a.status !== 'wishlist')
    .map((app) => {
      const rejection = rejections.get(app.id) ?? null;
      return {
        app,
        furthest: furthestOf(app, interviews.get(app.id) ?? [], rejection),
        rejection,
        ended: rejection !== null || app.status === 'rejected' || app.status === 'ghosted',
        ghosted: rejection?.channel === 'silence' || app.status === 'ghosted',
      };
    });
}

export function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** A share as a fraction with two decimals (0.71), or null when there is nothing to divide. */
export const rate = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((100 * part) / whole) / 100;

/** The same share as a whole percentage, for sentences. */
export const percent = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((100 * part) / whole);

export const round1 = (x: number): number => Math.round(x * 10) / 10;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const hi = s[mid] ?? 0;
  return s.length % 2 === 1 ? hi : ((s[mid - 1] ?? hi) + hi) / 2;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

const DAY = 86_400_000;

/** Whole calendar days from one day (YYYY-MM-DD) to the UTC day of an instant. */
export const calendarDays = (fromDay: string, to: IsoInstant): number =>
  Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00.000Z`) -
      Date.parse(`${fromDay.slice(0, 10)}T00:00:00.000Z`)) /
      DAY,
  );

/** The month of an instant or day, YYYY-MM (UTC). */
export const monthOf = (iso: string): string => iso.slice(0, 7);

/** The Monday (YYYY-MM-DD, UTC) of the week an instant or day falls in. */
export function weekOf(iso: string): string {
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00.000Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(t - weekday * DAY).toISOString().slice(0, 10);
}

/** Months from `first` to `last` inclusive, YYYY-MM. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  while (out.length < 600) {
    const key = `${String(y)}-${String(m).padStart(2, '0')}`;
    if (key > last) break;
    out.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Mondays from the week of `first` to the week of `last` inclusive. */
export function weeksBetween(first: string, last: string): string[] {
  const out: string[] = [];
  const end = weekOf(last);
  for (let t = Date.parse(`${weekOf(first)}T00:00:00.000Z`); out.length < 1000; t += 7 * DAY) {
    const key = new Date(t).toISOString().slice(0, 10);
    if (key > end) break;
    out.push(key);
  }
  return out;
}
