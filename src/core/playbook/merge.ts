// Keeps what the user already decided when a plan is regenerated from new facts.
import type { ProposedStep, StepDecision, StepStatus } from '../types.js';

export interface MergedStep extends Omit<ProposedStep, 'status'> {
  status: StepStatus;
  decidedBy: 'engine' | 'user';
  snoozedUntil: string | null;
  completedAt: string | null;
}

/**
 * A user's done, skipped or snoozed stands over the engine's new proposal. Engine-made
 * statuses are recomputed, so a step skipped for lack of a contact comes back when one is added.
 */
export function mergeDecisions(proposed: readonly ProposedStep[], previous: readonly StepDecision[], now: string): MergedStep[] {
  const prior = new Map(previous.map((p) => [p.key, p]));
  return proposed.map((s) => {
    const p = prior.get(s.key);
    if (p && p.decidedBy === 'user') {
      return { ...s, status: p.status, decidedBy: 'user', snoozedUntil: p.snoozedUntil, completedAt: p.completedAt };
    }
    const completedAt = s.status === 'done' ? (p?.status === 'done' ? p.completedAt : now) : null;
    return { ...s, decidedBy: 'engine', snoozedUntil: null, completedAt };
  });
}
