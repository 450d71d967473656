// Acting on a plan: mark steps done, skip or snooze them, and read or edit their drafts.
import { invalid, notFound, ReboundError } from '../../core/errors.js';
import { addDays } from '../../core/time.js';
import type { Actor, Draft, PlanStep } from '../../core/types.js';
import { nowIso, type Deps } from '../deps.js';
import { StepChangeInput, id, parseInput } from '../inputs.js';
import { z } from 'zod';
import { refreshPlan } from './plans.js';
import { mailCompose } from '../lazy.js';

const DraftEdit = z.object({
  subject: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(20000),
});

export function stepUseCases(d: Deps) {
  return {
    async getStep(actor: Actor, stepId: number): Promise<PlanStep> {
      const sid = parseInput(id, stepId);
      const s = await d.store.steps.get(actor.userId, sid);
      if (!s) throw notFound('step', sid);
      return s;
    },

    /** done | skip | snooze (default two days) | reopen; then the plan is regenerated. */
    async changeStep(actor: Actor, input: StepChangeInput): Promise<PlanStep> {
      const c = parseInput(StepChangeInput, input);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        const s = await tx.steps.get(actor.userId, c.stepId);
        if (!s) throw notFound('step', c.stepId);
        if (c.action === 'snooze' && c.until !== null && c.until <= now) {
          throw invalid('Snooze until a moment in the future.');
        }
        const change =
          c.action === 'done'
            ? { status: 'done' as const, snoozedUntil: null, completedAt: now }
            : c.action === 'skip'
              ? { status: 'skipped' as const, snoozedUntil: null, completedAt: null, skipReason: c.reason ?? 'Skipped by you.' }
              : c.action === 'snooze'
                ? { status: 'snoozed' as const, snoozedUntil: c.until ?? addDays(now, 2), completedAt: null }
                : { status: 'pending' as const, snoozedUntil: null, completedAt: null, skipReason: null };
        await tx.steps.setStatus(actor.userId, s.id, change, now);
        if (await tx.rejections.forApplication(actor.userId, s.applicationId)) {
          await refreshPlan(tx, actor, s.applicationId, now);
        }
        const after = await tx.steps.get(actor.userId, s.id);
        if (!after) throw notFound('step', s.id);
        return after;
      });
    },

    async getDraft(actor: Actor, stepId: number): Promise<{ step: PlanStep; draft: Draft }> {
      const sid = parseInput(id, stepId);
      const s = await d.store.steps.get(actor.userId, sid);
      if (!s) throw notFound('step', sid);
      if (!s.draft) {
        throw new ReboundError('unsupported', `Step ${sid} (${s.kind.replace('_', ' ')}) has no message to draft.`);
      }
      return { step: s, draft: s.draft };
    },

    /** The draft as an .eml: from the user, to the contact, replying to the stored rejection email. */
    async draftAsEml(actor: Actor, stepId: number): Promise<Buffer> {
      const { step, draft } = await this.getDraft(actor, stepId);
      const [{ profile }, rejection] = await Promise.all([
        d.store.profiles.get(actor.userId),
        d.store.rejections.forApplication(actor.userId, step.applicationId),
      ]);
      const replyTo = rejection?.messageId && draft.toEmail && draft.toEmail === rejection.senderEmail ? rejection.messageId : null;
      const { composeEml } = await mailCompose();
      return composeEml({
        from: { name: profile.name, address: profile.email },
        to: { name: draft.toName, address: draft.toEmail },
        subject: replyTo && rejection?.subject ? `Re: ${rejection.subject.replace(/^re:\s*/i, '')}` : draft.subject,
        text: draft.body,
        inReplyTo: replyTo,
        references: replyTo ? [replyTo] : [],
        date: d.clock.now(),
      });
    },

    /** Saves the user's own wording; later plan updates keep it. */
    async editDraft(actor: Actor, stepId: number, edit: { subject: string; body: string }): Promise<Draft> {
      const sid = parseInput(id, stepId);
      const e = parseInput(DraftEdit, edit);
      const s = await d.store.steps.get(actor.userId, sid);
      if (!s) throw notFound('step', sid);
      if (!s.draft) throw new ReboundError('unsupported', `Step ${sid} has no message to draft.`);
      const draft = { ...s.draft, subject: e.subject, body: e.body };
      await d.store.steps.writeDraft(sid, draft, true, nowIso(d));
      return draft;
    },
  };
}
