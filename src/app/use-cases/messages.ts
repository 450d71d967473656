// Messages on their way out: the tone check (R9) and the calendar of pending steps.
// Nothing here sends anything; delivery only puts a message where the user sends mail.
import crypto from 'node:crypto';
import type { EventAttributes } from 'ics';
import { z } from 'zod';
import { notFound, ReboundError } from '../../core/errors.js';
import { TONE_KINDS, type ToneFinding, type ToneKind } from '../../core/tone/types.js';
import type { Actor, PlanStep } from '../../core/types.js';
import { nowIso, type Deps } from '../deps.js';
import { id, parseInput } from '../inputs.js';
import type { ImapAccount } from '../../mail/imap.js';
import type { SmtpAccount } from '../../mail/smtp.js';
import { icsLib, mailDrafts, mailSmtp, tone } from '../lazy.js';
import { stepUseCases } from './steps.js';
import { touchBasesAt } from './touch.js';

// Digests of equal length keep the comparison constant-time, whatever was sent.
const digest = (v: string): Buffer => crypto.createHash('sha256').update(v, 'utf8').digest();
const sameSecret = (given: string, secret: string): boolean => crypto.timingSafeEqual(digest(given), digest(secret));

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
  // The known words per user, kept while the store reports no change: a long search has
  // thousands of applications, and the tone check runs on every pause in the draft editor.
  const known = new Map<number, { token: string; words: string[] }>();

  /** Names the spelling check must accept: the user's contacts, companies and their own name. */
  async function knownWords(actor: Actor): Promise<string[]> {
    const token = await d.store.changeToken();
    const kept = known.get(actor.userId);
    if (kept && token !== null && kept.token === token) return kept.words;
    const [contacts, names, profile] = await Promise.all([
      d.store.contacts.list(actor.userId),
      d.store.applications.namesInUse(actor.userId),
      d.store.profiles.get(actor.userId),
    ]);
    const words = [
      ...contacts.map((c) => c.name),
      ...contacts.map((c) => c.company ?? ''),
      ...names,
      profile.profile.name ?? '',
      profile.profile.signature ?? '',
    ];
    const unique = [...new Set(words.flatMap((w) => w.split(/[^\p{L}\p{N}'-]+/u)).filter((w) => w.length > 1))];
    if (token !== null) known.set(actor.userId, { token, words: unique });
    return unique;
  }

  const messages = {
    /**
     * Loads the tone check's dictionary and the user's known words ahead of the first check
     * (`rebound serve` calls it once listening), so no request pays the second it takes.
     */
    async warmToneCheck(actor: Actor): Promise<void> {
      const { checkTone } = await tone();
      await checkTone('Thank you for your time.', { kind: 'other', knownWords: await knownWords(actor) });
    },

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

    /**
     * Pending and snoozed steps, and the touch-bases due with people you keep in touch with, as
     * calendar events; each links back to its step (the draft, or the application's plan).
     * `baseUrl` is where the web app answers (the feed passes the address it was fetched at).
     */
    async calendarIcs(actor: Actor, options: { baseUrl?: string } = {}): Promise<string> {
      const now = nowIso(d);
      const { settings } = await d.store.profiles.get(actor.userId);
      const [steps, apps, touches] = await Promise.all([
        d.store.steps.open(actor.userId),
        d.store.applications.list(actor.userId),
        touchBasesAt(d.store, actor, now, settings, d.locale, { all: true }),
      ]);
      const byId = new Map(apps.map((a) => [a.id, a]));
      const base = (options.baseUrl ?? 'http://127.0.0.1:5178').replace(/\/+$/, '');
      const day = (iso: string): [number, number, number] => {
        const when = new Date(iso.length === 10 ? `${iso}T12:00:00.000Z` : iso);
        return [when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate()];
      };
      const common = { duration: { days: 1 }, status: 'CONFIRMED', busyStatus: 'FREE', productId: 'rebound/ics', calName: 'Rebound' } as const;
      const events: EventAttributes[] = steps.map((s) => {
        const app = byId.get(s.applicationId);
        const who = s.draft?.toName ? ` (${s.draft.toName})` : '';
        return {
          ...common,
          uid: `rebound-step-${s.id}@rebound.local`,
          start: day(s.status === 'snoozed' && s.snoozedUntil ? s.snoozedUntil : s.dueAt),
          title: `${STEP_LABEL[s.kind]}${who}: ${app?.company ?? 'application'}`,
          description: `${s.rationale}\n\nIn Rebound: step ${s.id}${s.draft ? ` (rebound draft ${s.id})` : ''}.`,
          url: s.draft ? `${base}/steps/${s.id}/draft` : `${base}/applications/${s.applicationId}`,
          categories: ['Rebound', s.rule],
        };
      });
      // A touch-base that is a plan step is already above; the others come from cadences.
      for (const t of touches) {
        if (t.stepId !== null) continue;
        events.push({
          ...common,
          uid: `rebound-touch-${t.contact.id}-${t.idealOn}@rebound.local`,
          start: day(t.idealOn),
          title: `Touch base: ${t.contact.name}${t.contact.company ? `, ${t.contact.company}` : ''}`,
          description: `Every ${t.everyDays} days; best by ${t.latestOn}. Nothing is sent until you send it.`,
          url: `${base}/contacts`,
          categories: ['Rebound', 'R7'],
        });
      }
      if (events.length === 0) {
        return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:rebound/ics\r\nX-WR-CALNAME:Rebound\r\nEND:VCALENDAR\r\n';
      }
      const { createEvents } = await icsLib();
      const { error, value } = createEvents(events);
      if (error || !value) throw new ReboundError('invalid_input', `Could not build the calendar: ${error?.message ?? 'unknown error'}`);
      return value;
    },

    /**
     * The calendar feed's secret token (made on first use and kept with your settings); with
     * `rotate`, a new one replaces it and the old subscription link stops working.
     */
    async calendarFeedToken(actor: Actor, options: { rotate?: boolean } = {}): Promise<string> {
      return d.store.transaction(async (tx) => {
        const kept = options.rotate ? null : await tx.profiles.calendarToken(actor.userId);
        if (kept) return kept;
        const token = crypto.randomBytes(24).toString('base64url');
        await tx.profiles.setCalendarToken(actor.userId, token, nowIso(d));
        return token;
      });
    },

    /** The feed behind `token`, or null when it is not the current token (the server says 404). */
    async calendarFeed(actor: Actor, token: string, options: { baseUrl?: string } = {}): Promise<string | null> {
      const current = await d.store.profiles.calendarToken(actor.userId);
      if (current === null || !sameSecret(token, current)) return null;
      return messages.calendarIcs(actor, options);
    },
  };
  return messages;
}
