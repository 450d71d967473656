// A rejection recorded long after it came (an old row imported from a tracker, a date typed in
// from months back) needs no pile of overdue steps. The time-bound ones are skipped with the
// reason; reflecting and the lessons stay, dated from when it was recorded.
import { addDays, daysBetween, maxInstant } from '../time.js';
import type { IsoInstant, ProposedStep, Rejection, StepKind } from '../types.js';

/**
 * Past this many days between the rejection and its recording, its moment has passed: R2's
 * thank-you is due within days, R3–R4 follow it, R10 looks back 30 days and R11 calls 30 days of
 * silence ghosting.
 */
export const LATE_RECORD_DAYS = 30;

/** Steps whose point is their timing: after a month or more they would come out of the blue. */
const TIME_BOUND: readonly StepKind[] = ['check_in', 'thank_you', 'feedback_request', 'escalate', 'follow_up', 'connect', 'support', 'pipeline'];

/** Steps still worth doing late, due again from the day the rejection was recorded. */
const STILL_USEFUL: readonly StepKind[] = ['reflect', 'action_plan'];

/** How long ago, in words: "over a month", "about 3 months", "over a year". */
export function howLongAgo(days: number): string {
  if (days >= 365) return 'over a year';
  if (days < 60) return 'over a month';
  return `about ${Math.round(days / 30)} months`;
}

/** True when the rejection was recorded more than LATE_RECORD_DAYS after it came. */
export function recordedLate(r: Pick<Rejection, 'receivedAt' | 'createdAt'>): boolean {
  return daysBetween(r.receivedAt, r.createdAt) > LATE_RECORD_DAYS;
}

function skipReason(kind: StepKind, ago: string): string {
  const when = `This was ${ago} before you recorded it`;
  switch (kind) {
    case 'check_in':
      return `${when}, so there is nothing to check in about now.`;
    case 'support':
      return `${when}. If the search feels heavy today, talking to someone you trust still helps; reopen this step any time.`;
    case 'pipeline':
      return `${when}, and your search has moved on since.`;
    default:
      return `${when}: a note about it now would come out of the blue. Reopen it if you are still in touch.`;
  }
}

/** The plan of a late-recorded rejection: time-bound steps overdue on recording are skipped with the reason, the rest re-dated. */
export function settleLateSteps(steps: readonly ProposedStep[], r: Pick<Rejection, 'receivedAt' | 'createdAt'>): ProposedStep[] {
  if (!recordedLate(r)) return [...steps];
  const ago = howLongAgo(daysBetween(r.receivedAt, r.createdAt));
  const recorded: IsoInstant = r.createdAt;
  return steps.map((s) => {
    // Only what was already overdue when it was recorded: a low mood logged since still counts (R10).
    if (TIME_BOUND.includes(s.kind) && s.status === 'pending' && s.dueAt < recorded) {
      return { ...s, status: 'skipped', skipReason: skipReason(s.kind, ago), notBefore: null };
    }
    if (STILL_USEFUL.includes(s.kind)) {
      // The same allowance as usual, counted from the day it was recorded.
      const allowance = daysBetween(r.receivedAt, s.dueAt);
      return { ...s, dueAt: maxInstant(s.dueAt, addDays(recorded, allowance)) };
    }
    return s;
  });
}
