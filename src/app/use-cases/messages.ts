// Messages on their way out: the tone check (R9) and the calendar of pending steps.
// Nothing here sends anything; delivery only puts a message where the user sends mail.
import type { EventAttributes } from 'ics';
import { z } from 'zod';
import { notFound, ReboundError } from '../../core/errors.js';
import { TONE_KINDS, type ToneFinding, type ToneKind } from '../../core/tone/types.js';
import type { Actor, PlanStep } from '../../core/types.js';
import { type Deps } from '../deps.js';
import { id, parseInput } from '../inputs.js';
import type { ImapAccount } from '../../mail/imap.js';
import type { SmtpAccount } from '../../mail/smtp.js';
import { icsLib, mailDrafts, mailSmtp, tone } from '../lazy.js';
import { stepUseCases } from './steps.js';

export const ToneInput = z.object({
  text: z.string().min(1, 'is empty').max(50_000),
  kind: z.enum(TONE_KINDS).nullish().transform((v) => v ?? null),
});
export type ToneInput = z.input<typeof ToneInput>;

export interface ToneReport {
  findings: ToneFinding[];
  /** True when a finding could cost the relationship. */
  bridgeBurning: boolean;
}

const STEP_TONE_KIND: Partial<Record<PlanStep['kind'], ToneKind>> = {
  thank_you: 'thank_you',
  feedback_request: 'feedback_request',
  escalate: 'escalate',
  connect: 'connect',
  touch_base: 'touch_base',
  follow_up: 'follow_up',
  support: 'support',
};

const STEP_LABEL: Record<PlanStep['kind'], string> = {
  check_in: 'Check in with yourself',
  thank_you: 'Send a thank-you',
  feedback_request: 'Ask for feedback',
  escalate: 'One short note on the feedback',
  reflect: 'Reflect',
  action_plan: 'Make an action plan',
  connect: 'Connect',
  touch_base: 'Touch base',
  follow_up: 'Follow up',
  pipeline: 'Back to the search',
  support: 'Talk to someone you trust',
};

export function messageUseCases(d: Deps) {
  const steps = stepUseCases(d);
  /** Names the spelling check must accept: the user's contacts, companies and their own name. */
  async function knownWords(actor: Actor): Promise<string[]> {
    const [contacts, apps, profile] = await Promise.all([
      d.store.contacts.list(actor.userId),
      d.store.applications.list(actor.userId),
      d.store.profiles.get(actor.userId),
    ]);
    const words = [
      ...contacts.map((c) => c.name),
      ...contacts.map((c) => c.company ?? ''),
      ...apps.flatMap((a) => [a.company, a.role]),
      profile.profile.name ?? '',
      profile.profile.signature ?? '',
    ];
    return [...new Set(words.flatMap((w) => w.split(/[^\p{L}\p{N}'-]+/u)).filter((w) => w.length > 1))];
  }

  return {
    /** R9: findings for any text the user means to send to an employer (or anyone). */
    async checkMessageTone(actor: Actor, input: ToneInput): Promise<ToneReport> {
      const t = parseInput(ToneInput, input);
      const { checkTone, isBridgeBurning } = await tone();
      const findings = await checkTone(t.text, { kind: t.kind ?? 'other', knownWords: await knownWords(actor) });
      return { findings, bridgeBurning: isBridgeBurning(findings) };
    },

    /** R9 on a step's draft as it stands (the user may have edited it). */
    async checkDraftTone(actor: Actor, stepId: number): Promise<ToneReport> {
      const sid = parseInput(id, stepId);
      const s = await d.store.steps.get(actor.userId, sid);
      if (!s) throw notFound('step', sid);
      if (!s.draft) throw new ReboundError('unsupported', `Step ${sid} has no message to check.`);
      const text = `${s.draft.subject}\n\n${s.draft.body}`;
      const { checkTone, isBridgeBurning } = await tone();
      const findings = await checkTone(text, { kind: STEP_TONE_KIND[s.kind] ?? 'other', knownWords: await knownWords(actor) });
      return { findings, bridgeBurning: isBridgeBurning(findings) };
    },

    /** Puts the draft in the account's Drafts folder, flagged \\Draft: the user sends it from their own client. */
    async draftToImap(actor: Actor, stepId: number, account: ImapAccount): Promise<{ mailbox: string; uid: number | null }> {
      const eml = await steps.draftAsEml(actor, stepId);
      const { appendToDrafts } = await mailDrafts();
      return appendToDrafts(account, eml);
    },

    /**
     * Sends the draft over SMTP. Only ever called after the user confirmed this exact message on a
     * terminal (the CLI asks); nothing in Rebound calls it on a schedule.
     */
    async sendDraftNow(actor: Actor, stepId: number, account: SmtpAccount): Promise<{ messageId: string | null; accepted: string[] }> {
      const { draft } = await steps.getDraft(actor, stepId);
      const { profile } = await d.store.profiles.get(actor.userId);
      if (!draft.toEmail) throw new ReboundError('invalid_input', 'This draft has no recipient address; add an email to the contact first.');
      if (!profile.email) throw new ReboundError('invalid_input', 'Set your own address first: rebound profile set --email YOU@EXAMPLE.COM');
      const eml = await steps.draftAsEml(actor, stepId);
      const { sendSmtp } = await mailSmtp();
      return sendSmtp(account, eml, { from: profile.email, to: [draft.toEmail] });
    },

    /** Pending and snoozed steps as calendar events (each links back to its step). */
    async calendarIcs(actor: Actor, options: { baseUrl?: string } = {}): Promise<string> {
      const [steps, apps] = await Promise.all([d.store.steps.open(actor.userId), d.store.applications.list(actor.userId)]);
      const byId = new Map(apps.map((a) => [a.id, a]));
      const base = options.baseUrl ?? 'http://127.0.0.1:5178';
      const events: EventAttributes[] = steps.map((s) => {
        const when = new Date(s.status === 'snoozed' && s.snoozedUntil ? s.snoozedUntil : s.dueAt);
        const app = byId.get(s.applicationId);
        const who = s.draft?.toName ? ` (${s.draft.toName})` : '';
        return {
          uid: `rebound-step-${s.id}@rebound.local`,
          start: [when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate()],
          duration: { days: 1 },
          title: `${STEP_LABEL[s.kind]}${who}: ${app?.company ?? 'application'}`,
          description: `${s.rationale}\n\nIn Rebound: step ${s.id}${s.draft ? ` (rebound draft ${s.id})` : ''}.`,
          url: `${base}/#/steps/${s.id}`,
          categories: ['Rebound', s.rule],
          status: 'CONFIRMED',
          busyStatus: 'FREE',
          productId: 'rebound/ics',
          calName: 'Rebound',
        };
      });
      if (events.length === 0) {
        return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:rebound/ics\r\nX-WR-CALNAME:Rebound\r\nEND:VCALENDAR\r\n';
      }
      const { createEvents } = await icsLib();
      const { error, value } = createEvents(events);
      if (error || !value) throw new ReboundError('invalid_input', `Could not build the calendar: ${error?.message ?? 'unknown error'}`);
      return value;
    },
  };
}
