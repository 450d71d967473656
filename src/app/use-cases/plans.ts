// Regenerates an application's plan from the facts in the store, keeping user decisions.
import { notFound } from '../../core/errors.js';
import { buildPlan, mergeDecisions, type PlanFacts } from '../../core/playbook/index.js';
import { addDays } from '../../core/time.js';
import type { Actor, Application, PlanStep, Rejection, StepDecision } from '../../core/types.js';
import { ACTIVE_STATUSES, SUPPORT_CONTACT_KINDS } from '../../core/types.js';
import type { Repos } from '../../store/index.js';

export async function gatherFacts(tx: Repos, actor: Actor, app: Application, now: string): Promise<PlanFacts> {
  const u = actor.userId;
  const [rejection, interviews, contacts, supportContacts, feedback, reflections, all, rejections, moods, profile, steps] =
    await Promise.all([
      tx.rejections.forApplication(u, app.id),
      tx.interviews.forApplication(u, app.id),
      tx.contacts.forApplication(u, app.id, app.company),
      tx.contacts.byKinds(u, SUPPORT_CONTACT_KINDS),
      tx.journal.feedbackFor(u, app.id),
      tx.journal.reflectionsFor(u, app.id),
      tx.applications.list(u),
      tx.rejections.list(u),
      tx.journal.moodsSince(u, addDays(now, -30)),
      tx.profiles.get(u),
      tx.steps.forApplication(u, app.id),
    ]);
  const others = all.filter((a) => a.id !== app.id);
  const applied = all.map((a) => a.appliedOn).filter((d): d is string => d !== null).sort();
  const lastApplied = applied[applied.length - 1] ?? null;
  return {
    application: app,
    rejection: rejection ?? null,
    interviews,
    contacts,
    supportContacts,
    feedback,
    reflections,
    pipeline: {
      activeCount: all.filter((a) => ACTIVE_STATUSES.includes(a.status)).length,
      lastAppliedOn: lastApplied ? `${lastApplied}T12:00:00.000Z` : null,
      interviewsUnderway: others.some((a) => a.status === 'interviewing'),
    },
    rejectionDates: rejections.map((r) => r.receivedAt),
    moods,
    profile: profile.profile,
    settings: profile.settings,
    previous: steps.map(toDecision),
    now,
  };
}

/** A stored decision, with the user's own skip reason so a regenerated plan keeps it. */
const toDecision = (s: PlanStep): StepDecision & { skipReason: string | null } => ({
  key: s.key,
  status: s.status,
  decidedBy: s.decidedBy,
  snoozedUntil: s.snoozedUntil,
  completedAt: s.completedAt,
  skipReason: s.skipReason,
});

/** Builds and saves the plan. R11: an interview followed by long silence becomes ghosted. */
export async function refreshPlan(tx: Repos, actor: Actor, applicationId: number, now: string): Promise<PlanStep[]> {
  let app = await tx.applications.get(actor.userId, applicationId);
  if (!app) throw notFound('application', applicationId);
  let facts = await gatherFacts(tx, actor, app, now);
  let plan = buildPlan(facts);
  if (plan.ghosted) {
    const last = [...facts.interviews].sort((a, b) => b.at.localeCompare(a.at))[0];
    await tx.rejections.upsert(
      actor.userId,
      {
        applicationId,
        receivedAt: addDays(last?.at ?? now, facts.settings.ghostDays),
        channel: 'silence',
        stage: plan.stage,
        wording: 'template',
        reasons: [],
        senderName: null,
        senderEmail: null,
        automatedSender: false,
        senderContactId: null,
        subject: null,
        emailText: null,
        messageId: null,
      },
      now,
    );
    app = (await tx.applications.update(actor.userId, applicationId, { status: 'ghosted' }, now)) ?? app;
    facts = await gatherFacts(tx, actor, app, now);
    plan = buildPlan(facts);
  }
  const merged = mergeDecisions(plan.steps, facts.previous, now);
  await tx.steps.savePlan(actor.userId, applicationId, merged, now);
  return tx.steps.forApplication(actor.userId, applicationId);
}

export interface PlanView {
  application: Application;
  rejection: Rejection | null;
  steps: PlanStep[];
}
