// Regenerates an application's plan from the facts in the store, keeping user decisions.
import { notFound } from '../../core/errors.js';
import { buildPlan, mergeDecisions, type PlanFacts } from '../../core/playbook/index.js';
import { addDays } from '../../core/time.js';
import type { Actor, Application, PlanStep, Rejection, StepDecision } from '../../core/types.js';
import { SUPPORT_CONTACT_KINDS } from '../../core/types.js';
import type { Repos } from '../../store/index.js';

/**
 * The locale of the occasions a plan's touch-base may name. Plans are built where the configured
 * locale is not at hand; today's agenda uses REBOUND_LOCALE (docs/adr/0003).
 */
export const PLAN_LOCALE = 'en-US';

export async function gatherFacts(tx: Repos, actor: Actor, app: Application, now: string): Promise<PlanFacts> {
  const u = actor.userId;
  const [rejection, interviews, contacts, supportContacts, feedback, reflections, pipeline, rejectionDates, moods, profile, steps] =
    await Promise.all([
      tx.rejections.forApplication(u, app.id),
      tx.interviews.forApplication(u, app.id),
      tx.contacts.forApplication(u, app.id, app.company),
      tx.contacts.byKinds(u, SUPPORT_CONTACT_KINDS),
      tx.journal.feedbackFor(u, app.id),
      tx.journal.reflectionsFor(u, app.id),
      // Three index lookups, not a read of every application (10,000 in npm run bench:api).
      tx.applications.pipeline(u, app.id),
      tx.rejections.receivedDates(u),
      tx.journal.moodsSince(u, addDays(now, -30)),
      tx.profiles.get(u),
      tx.steps.forApplication(u, app.id),
    ]);
  // R7: cadences, last contact and reasons on record for this application's people.
  const [people, articles, milestones] = await Promise.all([
    tx.touch.people(u, contacts),
    tx.touch.articles(u),
    tx.touch.milestones(u),
  ]);
  return {
    application: app,
    rejection: rejection ?? null,
    interviews,
    contacts,
    supportContacts,
    feedback,
    reflections,
    pipeline: {
      activeCount: pipeline.active,
      lastAppliedOn: pipeline.lastAppliedOn ? `${pipeline.lastAppliedOn}T12:00:00.000Z` : null,
      interviewsUnderway: pipeline.interviewsUnderway,
    },
    rejectionDates,
    moods,
    profile: profile.profile,
    settings: profile.settings,
    previous: steps.map(toDecision),
    now,
    touch: { locale: PLAN_LOCALE, people, articles, milestones },
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
