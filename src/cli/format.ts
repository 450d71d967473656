// Human-readable views of applications, plans and the agenda. Calm, short lines.
import type { Agenda, AgendaItem, AgendaStep, PlanView } from '../app/index.js';
import type { Application, Contact, PlanStep } from '../core/types.js';
import type { Style } from './output.js';
import { formatTouchSections } from './commands/contacts-touch.js';

const TITLE: Record<PlanStep['kind'], (who: string | null) => string> = {
  check_in: () => 'Check in with yourself',
  thank_you: (who) => (who ? `Thank ${who}` : 'Thank-you note'),
  feedback_request: (who) => (who ? `Ask ${who} for feedback` : 'Ask for feedback'),
  escalate: (who) => (who ? `One short note to ${who}` : 'One short follow-up on the feedback'),
  reflect: () => 'Reflect',
  action_plan: () => 'Action plan',
  connect: (who) => (who ? `Connect with ${who}` : 'Connect'),
  touch_base: (who) => (who ? `Touch base with ${who}` : 'Touch base'),
  follow_up: (who) => (who ? `Follow up with ${who}` : 'Follow up on the silence'),
  pipeline: () => 'Back to the search',
  support: (who) => (who ? `Talk to ${who}` : 'Lean on someone'),
};

const MARK: Record<PlanStep['status'], string> = { pending: '○', done: '✓', skipped: '–', snoozed: '◔' };

export const day = (iso: string | null): string => (iso ? iso.slice(0, 10) : '—');

function when(step: PlanStep | AgendaStep, now: string): string {
  if (step.status === 'done') return `done ${day(step.completedAt)}`;
  if (step.status === 'skipped') return 'skipped';
  if (step.status === 'snoozed') return `snoozed to ${day(step.snoozedUntil)}`;
  const dueDay = day(step.dueAt);
  const today = day(now);
  if (dueDay < today) return `was due ${dueDay}`;
  if (dueDay === today) return 'due today';
  return `due ${dueDay}`;
}

export function stepTitle(step: PlanStep | AgendaStep): string {
  const who = step.draft?.toName?.split(/\s+/)[0] ?? null;
  return TITLE[step.kind](who);
}

export function formatStep(step: PlanStep | AgendaStep, now: string, s: Style): string {
  const head = `${s.dim(`#${step.id}`.padStart(5))}  ${MARK[step.status]} ${s.bold(stepTitle(step))}  ${s.dim(`${when(step, now)} · ${step.rule}`)}`;
  const lines = [head];
  const why = step.status === 'skipped' && step.skipReason ? step.skipReason : step.rationale;
  lines.push(`         ${why}`);
  if (step.status === 'pending' && step.notBefore && step.notBefore > now) {
    lines.push(s.dim(`         Give it until ${step.notBefore.slice(0, 16).replace('T', ' ')} UTC before sending anything.`));
  }
  if (step.draft && step.status !== 'skipped') lines.push(s.dim(`         Draft: rebound draft ${step.id}`));
  return lines.join('\n');
}

export function formatPlan(view: PlanView, now: string, s: Style): string {
  const a = view.application;
  const lines = [s.bold(`${a.company} · ${a.role}`) + s.dim(`  (application ${a.id}, ${a.status})`)];
  const r = view.rejection;
  if (r) {
    const from = r.senderName ? ` from ${r.senderName}` : r.automatedSender ? ' from an automated address' : '';
    lines.push(s.dim(`Heard ${day(r.receivedAt)} by ${r.channel}${from}; reached the ${r.stage} stage.`));
    if (r.reasons.length > 0) lines.push(s.dim(`Reasons given: ${r.reasons.join('; ')}.`));
  }
  if (view.steps.length === 0) {
    lines.push('', 'No plan yet. When a decision comes, record it with: rebound reject ' + String(a.id));
    return lines.join('\n');
  }
  lines.push('');
  for (const st of view.steps) lines.push(formatStep(st, now, s));
  lines.push('', s.dim('Nothing is sent until you send it. Mark steps with: rebound step done|skip|snooze ID'));
  return lines.join('\n');
}

export function formatApplication(a: Application, s: Style): string {
  const bits = [a.status, a.appliedOn ? `applied ${a.appliedOn}` : null, a.source].filter(Boolean).join(' · ');
  return `${s.dim(`#${a.id}`.padStart(5))}  ${s.bold(a.company)} · ${a.role}  ${s.dim(bits)}`;
}

export function formatContact(c: Contact, s: Style): string {
  const bits = [c.kind.replace('_', ' '), c.title, c.company, c.email].filter(Boolean).join(' · ');
  return `${s.dim(`#${c.id}`.padStart(5))}  ${s.bold(c.name)}  ${s.dim(bits)}`;
}

function agendaLine(i: AgendaItem, now: string, s: Style): string {
  const wait = !i.readyNow && i.step.notBefore ? s.dim(` (after ${i.step.notBefore.slice(0, 16).replace('T', ' ')} UTC)`) : '';
  return `${formatStep(i.step, now, s).split('\n')[0] ?? ''}${wait}\n         ${s.dim(`${i.application.company} · ${i.application.role}`)} — ${i.step.rationale}`;
}

export function formatAgenda(a: Agenda, s: Style): string {
  const lines: string[] = [s.bold(`Today, ${day(a.now)}`)];
  if (a.due.length === 0) {
    lines.push('Nothing is due today. ' + (a.upcoming.length ? 'Here is what is coming.' : 'Take the day.'));
  } else {
    for (const i of a.due) lines.push(agendaLine(i, a.now, s));
  }
  // R7 touch-bases (one per person) and R11 silence.
  lines.push(...formatTouchSections(a, s));
  if (a.upcoming.length > 0) {
    lines.push('', s.bold('Coming up this week'));
    for (const i of a.upcoming) lines.push(agendaLine(i, a.now, s));
  }
  const p = a.pipeline;
  lines.push('', s.bold('Your search'));
  lines.push(`${p.active} active application${p.active === 1 ? '' : 's'} (target ${p.target})` + (p.daysSinceLastApplication !== null ? `, last one ${p.daysSinceLastApplication} day${p.daysSinceLastApplication === 1 ? '' : 's'} ago.` : '.'));
  // R8 speaks louder while an interview process is under way.
  if (p.nudge) lines.push(p.level === 'loud' ? s.bold(p.nudge) : p.nudge);
  if (a.practiceDue > 0) {
    lines.push('', `${a.practiceDue} practice question${a.practiceDue === 1 ? '' : 's'} due: rebound practice, ten minutes is enough.`);
  }
  if (!a.lastMood || a.lastMood.at.slice(0, 10) !== a.now.slice(0, 10)) {
    lines.push('', s.dim('How are you today? rebound mood 1..5 (1 = rough, 5 = good)'));
  }
  return lines.join('\n');
}

/** "about 2 min left" from the time spent and the share done; an honest "working out time left" until there is a basis. */
export function timeLeft(seconds: number, fraction: number | null): string {
  if (fraction === null || fraction <= 0 || seconds < 1) return 'working out time left';
  if (fraction >= 1) return 'almost done';
  const left = (seconds * (1 - fraction)) / fraction;
  if (left < 60) return `about ${Math.max(1, Math.round(left))} s left`;
  if (left < 3600) return `about ${Math.round(left / 60)} min left`;
  return `about ${(left / 3600).toFixed(1)} h left`;
}
