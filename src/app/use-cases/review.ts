// The review queue: job mail the classifier or the matcher was unsure about. Nothing changed
// automatically; the user accepts, relabels, links or ignores, and Rebound remembers the choice
// for the next mail from the same sender and template.
import { z } from 'zod';
import { EMAIL_LABELS } from '../../core/email/types.js';
import { classifyEmail, extractEmail } from '../../core/email/index.js';
import { invalid, notFound } from '../../core/errors.js';
import { correctionPattern } from '../../core/matching/match.js';
import type { Actor, JobEmail } from '../../core/types.js';
import { mailParse } from '../lazy.js';
import { nowIso, type Deps } from '../deps.js';
import { id, parseInput } from '../inputs.js';
import { applyEmail } from './ingest.js';

export const ReviewInput = z.object({
  emailId: id,
  action: z.enum(['accept', 'relabel', 'link', 'ignore']),
  label: z.enum(EMAIL_LABELS).nullish().transform((v) => v ?? null),
  applicationId: id.nullish().transform((v) => v ?? null),
});
export type ReviewInput = z.input<typeof ReviewInput>;

export interface ClassifyInput {
  subject: string;
  from: string;
  body: string;
  date?: string | null;
  html?: string | null;
}

export interface Verdict {
  label: string;
  confidence: number;
  company: string | null;
  role: string | null;
  contact_name: string | null;
  reasons: string[];
}

export function verdictFor(input: ClassifyInput): Verdict {
  const cls = classifyEmail(input);
  const ext = cls.label === 'other' ? null : extractEmail(input, cls.label);
  return {
    label: cls.label,
    confidence: Math.round(cls.confidence * 1000) / 1000,
    company: ext?.company ?? null,
    role: ext?.role ?? null,
    contact_name: ext?.contactName ?? null,
    reasons: cls.reasons,
  };
}

export function reviewUseCases(d: Deps) {
  return {
    async listReview(actor: Actor): Promise<JobEmail[]> {
      return d.store.emails.list(actor.userId, { reviewStatus: 'pending' });
    },

    async listEmails(actor: Actor, applicationId?: number): Promise<JobEmail[]> {
      return d.store.emails.list(actor.userId, applicationId !== undefined ? { applicationId } : {});
    },

    async reviewEmail(actor: Actor, input: ReviewInput): Promise<JobEmail> {
      const r = parseInput(ReviewInput, input);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        const u = actor.userId;
        const e = await tx.emails.get(u, r.emailId);
        if (!e) throw notFound('email', r.emailId);
        const pattern = correctionPattern(e.fromEmail, e.subject, e.company, e.role);
        if (r.action === 'ignore') {
          await tx.emails.update(u, e.id, { reviewStatus: 'ignored' });
          await tx.emails.saveCorrection(u, pattern, { label: 'other', applicationId: null }, now);
          return { ...e, reviewStatus: 'ignored' as const };
        }
        if (r.action === 'relabel' && !r.label) throw invalid('Say which label: --label rejection, interview, …');
        if (r.action === 'link' && r.applicationId === null) throw invalid('Say which application to link to: --app ID');
        const label = r.label ?? e.label;
        let appId = r.applicationId ?? e.applicationId;
        if (appId === null && label !== 'other' && label !== 'recruiter_outreach') {
          if (!e.company) throw invalid('This email names no company: link it to an application with --app ID.');
          const created = await tx.applications.create(
            u,
            { company: e.company, role: e.role ?? 'Unknown role', url: null, source: 'email', appliedOn: (e.sentAt ?? now).slice(0, 10), status: 'applied', resumeVersion: null, notes: null, valued: null },
            now,
          );
          appId = created.id;
        }
        const app = appId !== null ? await tx.applications.get(u, appId) : undefined;
        if (appId !== null && !app) throw notFound('application', appId);
        await tx.emails.update(u, e.id, { label, applicationId: appId, reviewStatus: 'applied' });
        if (r.action !== 'accept') await tx.emails.saveCorrection(u, pattern, { label, applicationId: r.action === 'link' ? appId : null }, now);
        const updated = { ...e, label, applicationId: appId, reviewStatus: 'applied' as const };
        if (app && label !== 'other') await applyEmail(tx, actor, updated, app, now);
        return updated;
      });
    },

    /** The classifier's verdict on one message, with its reasons (nothing is stored). */
    async classifyRaw(_actor: Actor, raw: Buffer): Promise<Verdict> {
      const { parseEmail } = await mailParse();
      const m = await parseEmail(raw);
      return verdictFor({ subject: m.subject, from: m.from, body: m.text, html: m.html, date: m.date });
    },

    classifyText(_actor: Actor, input: ClassifyInput): Verdict {
      return verdictFor(input);
    },
  };
}
