// What each kind of message may carry: its length budget and how the rules apply to it.
import type { ToneKind, ToneRule, ToneSeverity } from './types.js';

/** Words a kind usually needs, with room to spare; past this the note starts to sprawl. */
export const WORD_BUDGETS: Readonly<Record<ToneKind, number>> = {
  thank_you: 180,
  feedback_request: 180,
  escalate: 150,
  connect: 60,
  touch_base: 180,
  follow_up: 150,
  support: 300,
  other: 250,
};

/** LinkedIn cuts a connection note at 300 characters. */
export const CONNECT_CHAR_LIMIT = 300;

export const KIND_LABELS: Readonly<Record<ToneKind, string>> = {
  thank_you: 'a thank-you note',
  feedback_request: 'a feedback request',
  escalate: 'a short note to your interviewer',
  connect: 'a connection note',
  touch_base: 'a touch-base note',
  follow_up: 'a follow-up',
  support: 'a note to a friend or mentor',
  other: 'a note like this',
};

type Policy = Partial<Record<ToneRule, 'skip' | ToneSeverity>>;

// A note to a friend or mentor is where sadness, need and venting belong: only what could
// still travel back to an employer (a public post, an insult) is worth a word.
const SUPPORT_POLICY: Policy = {
  pleading: 'skip',
  negative_tone: 'skip',
  blame: 'skip',
  demanding_justification: 'skip',
  correcting: 'skip',
  hostility: 'info',
  sarcasm: 'info',
  passive_aggressive: 'skip',
  shouting: 'info',
};

export function policyFor(kind: ToneKind, rule: ToneRule): 'skip' | ToneSeverity | undefined {
  return kind === 'support' ? SUPPORT_POLICY[rule] : undefined;
}
