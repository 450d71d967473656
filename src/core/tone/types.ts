// Public shapes of the tone check (R9): what a finding looks like and what a caller can tune.

export const TONE_RULES = [
  'hostility',
  'sarcasm',
  'blame',
  'correcting',
  'demanding_justification',
  'pleading',
  'threat',
  'passive_aggressive',
  'shouting',
  'too_long',
  'spelling',
  'negative_tone',
] as const;
export type ToneRule = (typeof TONE_RULES)[number];

export type ToneSeverity = 'warning' | 'info';

export const TONE_KINDS = [
  'thank_you',
  'feedback_request',
  'escalate',
  'connect',
  'touch_base',
  'follow_up',
  'support',
  'other',
] as const;
export type ToneKind = (typeof TONE_KINDS)[number];

export interface ToneFinding {
  rule: ToneRule;
  ruleId: 'R9';
  /** 'warning' could cost the relationship; 'info' is polish. */
  severity: ToneSeverity;
  /** Character offsets into the text as given (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  excerpt: string;
  /** One warm sentence saying why this may land badly. */
  explanation: string;
  /** A calmer wording to use in place of the excerpt, or null when the kindest edit is to cut it. */
  alternative: string | null;
}

export interface ToneOptions {
  /** Who the message is for. Unknown or absent means an employer-facing message. */
  kind?: ToneKind;
  /** Overrides the word budget for the kind (a connection note otherwise counts characters). */
  maxWords?: number;
  /** Names, companies and terms the spelling check must accept as written. */
  knownWords?: string[];
}
