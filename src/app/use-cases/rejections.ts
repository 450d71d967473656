// Recording a rejection, and reading the plan that follows.
import { notFound } from '../../core/errors.js';
import { readRejection } from '../../core/rejection/analyze.js';
import { stageReached, supportStreaks } from '../../core/playbook/index.js';
import type { Actor, Contact, Rejection } from '../../core/types.js';
import { mailParse } from '../lazy.js';
import type { z } from 'zod';
import { nowIso, type Deps } from '../deps.js';
import { RecordRejectionInput, id, parseInput } from '../inputs.js';
import type { Repos } from '../../store/index.js';
import { assertNotFuture } from './applications.js';
import { refreshPlan, type PlanView } from './plans.js';

export interface EmailText {
  from: string;
  subject: string;
  text: string;
  date: string | null;
  messageId: string | null;
}

/** Reads a pasted message or an .eml into the fields a rejection needs. */
export async function readEmailText(raw: Buffer): Promise<EmailText> {
  const { parseEmail } = await mailParse();
  const m = await parseEmail(raw);
  const text = m.text || (m.html ? m.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() : '');
  return { from: m.from, subject: m.subject, text, date: m.date, messageId: m.messageId };
}

async function senderContact(
  tx: Repos,
  actor: Actor,
  company: string,
  name: string | null,
  email: string | null,
  now: string,
): Promise<Contact | null> {
  if (email) {
    const known = await tx.contacts.findByEmail(actor.userId, email);
    if (known) return known;
  }
  if (!name) return null;
  return tx.contacts.create(
    actor.userId,
    { name, email, title: null, company, kind: 'recruiter', linkedinUrl: null, notes: 'Added from a rejection email.' },
    now,
  );
}

type RejectionArgs = z.output<typeof RecordRejectionInput>;

/** Records a rejection inside an open transaction and rebuilds the plan (also used by ingest). */
export async function applyRejection(tx: Repos, actor: Actor, r: RejectionArgs, now: string): Promise<PlanView> {
  const app = await tx.applications.get(actor.userId, r.applicationId);
  if (!app) throw notFound('application', r.applicationId);
  const interviews = await tx.interviews.forApplication(actor.userId, app.id);
  const reading = r.email ? readRejection(r.email.from, `${r.email.subject}\n${r.email.text}`) : null;
  const receivedAt = r.receivedAt ?? (r.email?.date && Date.parse(r.email.date) <= Date.parse(now) ? r.email.date : now);
  assertNotFuture(receivedAt, now, 'The rejection date');

  let contact: Contact | null = null;
  if (reading && !reading.automated) {
    contact = await senderContact(tx, actor, app.company, reading.name, reading.email, now);
    if (contact) await tx.applications.linkContact(app.id, contact.id);
  }
  const reasons = [...new Set([...(reading?.reasons ?? []), ...r.reasons])];
  const rejection = await tx.rejections.upsert(
    actor.userId,
    {
      applicationId: app.id,
      receivedAt,
      channel: r.channel ?? 'email',
      stage: r.stage ?? stageReached(interviews),
      wording: r.reasons.length > 0 ? 'specific' : (reading?.wording ?? 'vague'),
      reasons,
      senderName: reading?.name ?? null,
      senderEmail: reading?.email ?? null,
      automatedSender: reading?.automated ?? false,
      senderContactId: contact?.id ?? null,
      subject: r.email?.subject || null,
      emailText: r.email?.text ?? null,
      messageId: r.email?.messageId ?? null,
    },
    now,
  );
  const updated = await tx.applications.update(
    actor.userId,
    app.id,
    { status: 'rejected', ...(r.valued !== null && { valued: r.valued }) },
    now,
  );
  const steps = await refreshPlan(tx, actor, app.id, now);
  await refreshNeighbours(tx, actor, [{ applicationId: app.id, receivedAt: rejection.receivedAt }], now);
  return { application: updated ?? app, rejection, steps };
}

/**
 * R10 keeps one support step per hard stretch, on the plan of its latest rejection (and one for a
 * low mood, on the most recent plan): rejections added can move the step, so the plans of other
 * rejections whose part in that changed are rebuilt (the added ones' own plans are the caller's).
 * Only those: rebuilding every neighbour would make a mailbox of rejections cost the square of
 * its size.
 */
export async function refreshNeighbours(
  tx: Repos,
  actor: Actor,
  added: ReadonlyArray<{ applicationId: number; receivedAt: string }>,
  now: string,
): Promise<void> {
  if (added.length === 0) return;
  const { settings } = await tx.profiles.get(actor.userId);
  const ids = new Set(added.map((a) => a.applicationId));
  const times = added.map((a) => Date.parse(a.receivedAt));
  const all = await tx.rejections.list(actor.userId);
  const others = all.filter((r) => !ids.has(r.applicationId)).map((r) => ({ applicationId: r.applicationId, at: Date.parse(r.receivedAt) }));
  const endsOf = (dates: number[]): Set<number> =>
    new Set(supportStreaks(dates, settings.supportWindowDays * 86_400_000, settings.supportThreshold).map((s) => s[s.length - 1] ?? 0));
  const before = endsOf(others.map((o) => o.at));
  const after = endsOf([...others.map((o) => o.at), ...times]);
  const latestBefore = Math.max(...others.map((o) => o.at));
  const newLatest = Math.max(...times) > latestBefore;
  for (const o of others) {
    if (before.has(o.at) !== after.has(o.at) || (newLatest && o.at === latestBefore)) await refreshPlan(tx, actor, o.applicationId, now);
  }
}

export function rejectionUseCases(d: Deps) {
  return {
    /** Records the rejection (reading the email for what it can) and returns the plan. */
    async recordRejection(actor: Actor, input: RecordRejectionInput & { rawEmail?: Buffer | null }): Promise<PlanView> {
      const { rawEmail, ...rest } = input;
      const email = rawEmail ? await readEmailText(rawEmail) : null;
      const r = parseInput(RecordRejectionInput, email ? { ...rest, email } : rest);
      const now = nowIso(d);
      return d.store.transaction((tx) => applyRejection(tx, actor, r, now));
    },

    async getPlan(actor: Actor, applicationId: number): Promise<PlanView> {
      const appId = parseInput(id, applicationId);
      const app = await d.store.applications.get(actor.userId, appId);
      if (!app) throw notFound('application', appId);
      const [rejection, steps] = await Promise.all([
        d.store.rejections.forApplication(actor.userId, appId),
        d.store.steps.forApplication(actor.userId, appId),
      ]);
      return { application: app, rejection: rejection ?? null, steps };
    },

    /** Everything about one application, for its timeline. */
    async getApplicationDetail(actor: Actor, applicationId: number) {
      const appId = parseInput(id, applicationId);
      const u = actor.userId;
      const app = await d.store.applications.get(u, appId);
      if (!app) throw notFound('application', appId);
      const [rejection, steps, interviews, contacts, feedback, reflections, emails] = await Promise.all([
        d.store.rejections.forApplication(u, appId),
        d.store.steps.forApplication(u, appId),
        d.store.interviews.forApplication(u, appId),
        d.store.contacts.forApplication(u, appId, app.company),
        d.store.journal.feedbackFor(u, appId),
        d.store.journal.reflectionsFor(u, appId),
        d.store.emails.list(u, { applicationId: appId }),
      ]);
      return { application: app, rejection: rejection ?? null, steps, interviews, contacts, feedback, reflections, emails };
    },

    async getRejection(actor: Actor, applicationId: number): Promise<Rejection | null> {
      return (await d.store.rejections.forApplication(actor.userId, parseInput(id, applicationId))) ?? null;
    },
  };
}
