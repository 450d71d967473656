// The playbook engine: facts + settings + now -> an ordered plan. Pure and deterministic, so a
// plan can be regenerated whenever the facts change and explained step by step.
import type { Interview, IsoInstant, ProposedStep, Stage } from '../types.js';
import { addDays, addHours } from '../time.js';
import type { PlanFacts } from './facts.js';
import { settleLateSteps } from './late.js';
import { findPeople } from './people.js';
import {
  actionPlan,
  checkIn,
  connect,
  escalate,
  feedbackEligibility,
  feedbackRequest,
  followUp,
  pipeline,
  reflect,
  support,
  thankYou,
  touchBase,
  type RuleContext,
} from './rules.js';

export interface Plan {
  stage: Stage;
  steps: ProposedStep[];
  /** R11: the silence has lasted long enough to call the application ghosted. */
  ghosted: boolean;
}

/** How far an application got, read from its interviews. */
export function stageReached(interviews: readonly Interview[]): Stage {
  if (interviews.length === 0) return 'application';
  if (interviews.some((i) => i.finalRound)) return 'final';
  if (interviews.every((i) => i.kind === 'screen')) return 'screen';
  return 'interview';
}

/** The same instant in one spelling (UTC, milliseconds), so dates compare and print alike. */
function normal(iso: IsoInstant): IsoInstant {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString();
}

function lastInterviewAt(f: PlanFacts): string | null {
  return [...f.interviews].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0]?.at ?? null;
}

/** Plans for an application with no rejection yet: only silence (R11) can apply. */
function silencePlan(f: PlanFacts): Plan {
  const stage = stageReached(f.interviews);
  const last = lastInterviewAt(f);
  const open = ['applied', 'screening', 'interviewing'].includes(f.application.status);
  if (!last || !open) return { stage, steps: [], ghosted: false };
  const ghosted = Date.parse(f.now) >= Date.parse(addDays(last, f.settings.ghostDays));
  const follow = followUp(f);
  return { stage, steps: follow ? [follow] : [], ghosted };
}

export function buildPlan(f: PlanFacts): Plan {
  const r = f.rejection;
  if (!r) return silencePlan(f);

  const stage = r.stage;
  const receivedAt = normal(r.receivedAt);
  const ctx: RuleContext = {
    f,
    people: findPeople(f),
    stage,
    receivedAt,
    coolOffEnds: addHours(receivedAt, f.settings.coolOffHours),
  };

  if (r.channel === 'silence') {
    // R11: the lighter plan after being ghosted: a follow-up if one was made, reflect, stay in
    // touch, back to the search.
    const follow = followUp(f);
    const sup = support(ctx);
    const steps = [
      ...(follow && f.previous.some((p) => p.key === 'follow_up') ? [follow] : []),
      ...(sup ? [sup] : []),
      reflect(ctx),
      ...connect(ctx),
      pipeline(ctx),
    ];
    return { stage, steps, ghosted: false };
  }

  const eligibility = feedbackEligibility(ctx);
  const thanks = thankYou(ctx, eligibility.eligible);
  const steps: ProposedStep[] = [checkIn(ctx)];
  const sup = support(ctx);
  if (sup) steps.push(sup);
  steps.push(thanks, feedbackRequest(ctx, eligibility, thanks));
  const esc = escalate(ctx);
  if (esc) steps.push(esc);
  steps.push(reflect(ctx), actionPlan(ctx), ...connect(ctx), ...touchBase(ctx), pipeline(ctx));
  // Recorded long after it came: no pile of overdue steps (late.ts).
  return { stage, steps: settleLateSteps(steps, r), ghosted: false };
}
