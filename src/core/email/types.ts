// Shapes shared by the email classifier and extractor: inputs, outputs and the model file.
import type { Wording } from '../types.js';

export const EMAIL_LABELS = [
  'rejection',
  'interview',
  'application_received',
  'assessment',
  'offer',
  'recruiter_outreach',
  'other',
] as const;
export type EmailLabel = (typeof EMAIL_LABELS)[number];

export interface EmailInput {
  subject: string;
  /** The From header as received: `Display Name <address>`, a bare address, or empty. */
  from: string;
  /** Plain-text body; may be empty when only `html` is known. */
  body: string;
  /** When the message was sent (ISO-8601); anchors weekday-only interview dates. */
  date?: string | null;
  /** HTML body, used when `body` is empty. */
  html?: string | null;
}

export interface Classification {
  label: EmailLabel;
  /** Calibrated probability of `label`, in [0, 1]. */
  confidence: number;
  scores: Record<EmailLabel, number>;
  /** Human-readable phrases and features that decided the label, strongest first. */
  reasons: string[];
}

export interface Extraction {
  /** The hiring company, never the applicant-tracking vendor that sent the mail. */
  company: string | null;
  role: string | null;
  /** A named person who wrote or signed the mail; null for no-reply and team signatures. */
  contactName: string | null;
  /** ISO-8601 date-time (or date) of an interview the mail proposes or confirms. */
  interviewAt: string | null;
  /** For rejections: how the message is worded. */
  wording?: Wording;
  /** For rejections: reasons the employer gave, if any. */
  reasons?: string[];
}

/**
 * The committed linear model: one weight row per feature, one column per label.
 * Plain arrays keep the imported JSON cheap to type-check.
 */
export interface ClassifierModel {
  version: number;
  labels: readonly string[];
  /** Softmax temperature fitted on held-out folds; probabilities use logits / temperature. */
  temperature: number;
  bias: readonly number[];
  features: readonly string[];
  weights: readonly (readonly number[])[];
  meta?: Record<string, unknown>;
}
