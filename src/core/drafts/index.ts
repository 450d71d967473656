// Draft templates: every message a recovery plan suggests, written from the facts of one
// application. Pure: the same context always gives the same text. Nothing here sends anything.
import type { Draft } from '../types.js';
import type { DraftContext, DraftKind } from './types.js';
import { CONNECT, CONNECT_MAX_LENGTH, CONNECT_SUBJECT, renderConnect } from './connect.js';
import { ESCALATE } from './escalate.js';
import type { Facts } from './facts.js';
import { readFacts } from './facts.js';
import { FEEDBACK_REQUEST } from './feedback-request.js';
import { FOLLOW_UP } from './follow-up.js';
import { pickIndex } from './hash.js';
import type { Phrasing } from './render.js';
import { assemble } from './render.js';
import { SUPPORT } from './support.js';
import { THANK_YOU } from './thank-you.js';
import { TOUCH_BASE } from './touch-base.js';
import { clean } from './text.js';

type EmailKind = Exclude<DraftKind, 'connect'>;

const EMAIL_PHRASINGS: Record<EmailKind, readonly Phrasing[]> = {
  thank_you: THANK_YOU,
  feedback_request: FEEDBACK_REQUEST,
  escalate: ESCALATE,
  touch_base: TOUCH_BASE,
  follow_up: FOLLOW_UP,
  support: SUPPORT,
};

export const PHRASINGS_PER_KIND: Record<DraftKind, number> = {
  thank_you: THANK_YOU.length,
  feedback_request: FEEDBACK_REQUEST.length,
  escalate: ESCALATE.length,
  connect: CONNECT.length,
  touch_base: TOUCH_BASE.length,
  follow_up: FOLLOW_UP.length,
  support: SUPPORT.length,
};

/** Word budgets for a draft's body, greeting and sign-off included (connect is capped in characters). */
export const BODY_WORD_BUDGET: Record<EmailKind, number> = {
  thank_you: 170,
  feedback_request: 120,
  escalate: 100,
  touch_base: 120,
  follow_up: 100,
  support: 130,
};

/** The key the phrasing choice hashes: two drafts to one company differ by kind and person. */
export function phrasingKey(ctx: DraftContext): string {
  return `${ctx.seed}|${ctx.kind}|${clean(ctx.recipient.name) ?? ''}`;
}

/** Which phrasing composeDraft uses for this context, in [0, PHRASINGS_PER_KIND[kind]). */
export function phrasingIndex(ctx: DraftContext): number {
  return pickIndex(phrasingKey(ctx), PHRASINGS_PER_KIND[ctx.kind]);
}

function render(ctx: DraftContext, f: Facts, index: number): Draft {
  const base = {
    toContactId: ctx.recipient.contactId,
    toName: clean(ctx.recipient.name),
    toEmail: clean(ctx.recipient.email),
  };
  if (ctx.kind === 'connect') {
    const phrasing = CONNECT[index % CONNECT.length] ?? CONNECT[0];
    return {
      ...base,
      subject: CONNECT_SUBJECT,
      body: phrasing === undefined ? '' : renderConnect(f, phrasing),
      maxLength: CONNECT_MAX_LENGTH,
    };
  }
  const list = EMAIL_PHRASINGS[ctx.kind];
  const phrasing = list[index % list.length] ?? list[0];
  if (phrasing === undefined) {
    return { ...base, subject: '', body: '', maxLength: null };
  }
  const message = phrasing(f);
  return {
    ...base,
    subject: message.subject,
    // Friends and family get a first name, not an email signature block.
    body: assemble(f, message, ctx.kind === 'support' ? (f.senderFirst ?? f.signOff) : f.signOff),
    maxLength: null,
  };
}

/** The draft for ctx.kind, in one phrasing chosen from ctx.seed, the kind and the recipient. */
export function composeDraft(ctx: DraftContext): Draft {
  return render(ctx, readFacts(ctx), phrasingIndex(ctx));
}

/** Every phrasing of ctx.kind, in a fixed order (for tests and the tone check). */
export function composeAllPhrasings(ctx: DraftContext): Draft[] {
  const f = readFacts(ctx);
  return Array.from({ length: PHRASINGS_PER_KIND[ctx.kind] }, (_, i) => render(ctx, f, i));
}

/** A connection note for the recipient, at most 300 characters including the greeting (R7). */
export function connectionNote(ctx: DraftContext): string {
  return composeDraft({ ...ctx, kind: 'connect' }).body;
}

export { CONNECT_MAX_LENGTH } from './connect.js';
export type { DraftContext, DraftKind, DraftRecipient, DraftInterview } from './types.js';
export { DRAFT_KINDS } from './types.js';
