// Keeps what the user already decided when a plan is regenerated from new facts.
import type { ProposedStep, StepDecision, StepStatus } from '../types.js';

export interface MergedStep extends Omit<ProposedStep, 'status'> {
  status: StepStatus;
  decidedBy: 'engine' | 'user';
  snoozedUntil: string | null;
  completedAt: string | null;
}

/** A decision as stored; the user's own skip reason comes along when the caller has it. */
export type PriorDecision = StepDecision & { skipReason?: string | null };

/** Shown on a step the user skipped when they gave no reason of their own. */
export const USER_SKIP_REASON = 'Skipped by you.';

/**
 * A user's done, skipped or snoozed stands over the engine's new proposal, with one exception:
 * a snoozed step the facts now show as done (a mood logged, a reflection written) is done.
 * Engine-made statuses are recomputed, so a step skipped for lack of a contact comes back when
 * one is added. A skip reason is kept only on a skipped step.
 */
export function mergeDecisions(proposed: readonly ProposedStep[], previous: readonly PriorDecision[], now: string): MergedStep[] {
  const prior = new Map(previous.map((p) => [p.key, p]));
  return proposed.map((s) => {
    const p = prior.get(s.key);
    if (p && p.decidedBy === 'user' && !(p.status === 'snoozed' && s.status === 'done')) {
      const skipReason = p.status === 'skipped' ? p.skipReason || s.skipReason || USER_SKIP_REASON : null;
      return { ...s, status: p.status, decidedBy: 'user', snoozedUntil: p.snoozedUntil, completedAt: p.completedAt, skipReason };
    }
    const completedAt = s.status === 'done' ? (p?.status === 'done' && p.completedAt ? p.completedAt : now) : null;
    return { ...s, decidedBy: 'engine', snoozedUntil: null, completedAt };
  });
}
