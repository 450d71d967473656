// Input contracts of the use cases, shared by every face (CLI flags, HTTP bodies).
// Validation lives here once; a failure becomes one readable line naming the field.
import { z } from 'zod';
import { invalid } from '../core/errors.js';
import { innermost, problem, valueAt } from './input-words.js';
import { parseDateInput, parseDayInput } from '../core/time.js';
import {
  APPLICATION_STATUSES,
  CONTACT_KINDS,
  INTERVIEW_KINDS,
  INTERVIEW_MODES,
  REJECTION_CHANNELS,
  STAGES,
} from '../core/types.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

/** A calendar day, YYYY-MM-DD (a full ISO instant is accepted and cut to its day). */
export const day = z.string().transform((v, ctx) => {
  const d = parseDayInput(v);
  if (d === null) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a date; use YYYY-MM-DD` });
    return z.NEVER;
  }
  return d;
});

/** An instant: YYYY-MM-DD (midday UTC) or an ISO date-time. */
export const instant = z.string().transform((v, ctx) => {
  const d = parseDateInput(v);
  if (d === null) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a date; use YYYY-MM-DD or an ISO date-time` });
    return z.NEVER;
  }
  return d;
});

/** A day that may be left empty, as a cleared date field sends it: "" means not known (null). */
// One transform rather than a union, so a bad date keeps its own message ("… is not a date").
const dayOrEmpty = z.string().transform((v, ctx): string | null => {
  if (v.trim() === '') return null;
  const d = parseDayInput(v);
  if (d === null) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a date; use YYYY-MM-DD` });
    return z.NEVER;
  }
  return d;
});

const url = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\/\S+$/i.test(v), 'must start with http:// or https://')
  .nullish()
  .transform((v) => v ?? null);

export const id = z.coerce.number().int().positive();

export const NewApplicationInput = z.object({
  company: text(200),
  role: text(200),
  url,
  source: optText(100),
  /** Left out: today (none on the wishlist), see addApplication. Empty or null: not known. */
  appliedOn: dayOrEmpty.nullish().transform((v) => v ?? null),
  status: z.enum(APPLICATION_STATUSES).default('applied'),
  resumeVersion: optText(100),
  notes: optText(5000),
  valued: optText(500),
});
export type NewApplicationInput = z.input<typeof NewApplicationInput>;

export const ApplicationPatchInput = z
  .object({
    company: text(200),
    role: text(200),
    url,
    source: optText(100),
    appliedOn: dayOrEmpty.nullable(),
    status: z.enum(APPLICATION_STATUSES),
    resumeVersion: optText(100),
    notes: optText(5000),
    valued: optText(500),
  })
  .partial();
export type ApplicationPatchInput = z.input<typeof ApplicationPatchInput>;

export const NewContactInput = z.object({
  name: text(200),
  email: z
    .string()
    .trim()
    .refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'is not an email address')
    .nullish()
    .transform((v) => v?.toLowerCase() ?? null),
  title: optText(200),
  company: optText(200),
  kind: z.enum(CONTACT_KINDS),
  linkedinUrl: url,
  notes: optText(5000),
  applicationId: id.nullish().transform((v) => v ?? null),
});
export type NewContactInput = z.input<typeof NewContactInput>;

export const NewInterviewInput = z.object({
  applicationId: id,
  at: instant,
  kind: z.enum(INTERVIEW_KINDS),
  mode: z.enum(INTERVIEW_MODES),
  participantIds: z.array(id).default([]),
  finalRound: z.boolean().default(false),
  notes: optText(5000),
  questions: z
    .array(z.object({ text: text(500), rating: z.number().int().min(1).max(5).nullable().default(null) }))
    .default([]),
});
export type NewInterviewInput = z.input<typeof NewInterviewInput>;

export const RecordRejectionInput = z.object({
  applicationId: id,
  receivedAt: instant.nullish().transform((v) => v ?? null),
  channel: z.enum(REJECTION_CHANNELS).nullish().transform((v) => v ?? null),
  stage: z.enum(STAGES).nullish().transform((v) => v ?? null),
  reasons: z.array(text(300)).default([]),
  valued: optText(500),
  /** The message as received, already parsed by the mail layer. */
  email: z
    .object({
      from: z.string().default(''),
      subject: z.string().default(''),
      text: z.string(),
      date: z.string().nullish().transform((v) => v ?? null),
      messageId: z.string().nullish().transform((v) => v ?? null),
    })
    .nullish()
    .transform((v) => v ?? null),
});
export type RecordRejectionInput = z.input<typeof RecordRejectionInput>;

export const FeedbackInput = z.object({
  applicationId: id,
  text: text(20000),
  receivedAt: instant.nullish().transform((v) => v ?? null),
  fromContactId: id.nullish().transform((v) => v ?? null),
  vague: z.boolean().nullish().transform((v) => v ?? null),
});
export type FeedbackInput = z.input<typeof FeedbackInput>;

const list = z.array(text(500)).default([]);
export const ReflectionInput = z.object({
  applicationId: id,
  wentWell: optText(5000),
  wentBadly: optText(5000),
  pauseQuestions: list,
  inControl: optText(5000),
  outOfControl: optText(5000),
  requirementsMatch: z.enum(['yes', 'partly', 'no']).nullish().transform((v) => v ?? null),
  missingQualifications: list,
});
export type ReflectionInput = z.input<typeof ReflectionInput>;

export const MoodInput = z.object({
  score: z.coerce.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
  note: optText(2000),
});
export type MoodInput = z.input<typeof MoodInput>;

export const StepChangeInput = z.object({
  stepId: id,
  action: z.enum(['done', 'skip', 'snooze', 'reopen']),
  until: instant.nullish().transform((v) => v ?? null),
  reason: optText(300),
});
export type StepChangeInput = z.input<typeof StepChangeInput>;

export const ProfileInput = z
  .object({
    name: optText(200),
    email: z
      .string()
      .trim()
      .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'is not an email address')
      .nullish()
      .transform((v) => (v ? v : null)),
    signature: optText(1000),
    openToFreelance: z.boolean(),
    targetActiveApplications: z.coerce.number().int().min(1).max(100),
    coolOffHours: z.coerce.number().int().min(0).max(24 * 14),
    thankYouDays: z.coerce.number().int().min(1).max(30),
    reflectDays: z.coerce.number().int().min(1).max(30),
    touchBaseDays: z.coerce.number().int().min(7).max(730),
    followUpDays: z.coerce.number().int().min(1).max(90),
    ghostDays: z.coerce.number().int().min(2).max(365),
    staleSearchDays: z.coerce.number().int().min(1).max(90),
    supportThreshold: z.coerce.number().int().min(1).max(50),
    supportWindowDays: z.coerce.number().int().min(1).max(365),
    feedbackStrictness: z.enum(['live', 'in_person']),
  })
  .partial();
export type ProfileInput = z.input<typeof ProfileInput>;

/** Validates `input`, turning the first problem into one line that names the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  if (!first) throw invalid('input: is not valid.', { field: 'input' });
  const issue = innermost(first);
  const field = issue.path.length ? issue.path.map(String).join('.') : 'input';
  throw invalid(`${field}: ${problem(issue, valueAt(input, issue.path))}.`, { field });
}
