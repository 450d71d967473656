// What each route accepts: path, query and body schemas. They reuse the zod contracts of
// src/app/inputs.ts (the same ones behind the CLI flags); only the HTTP shape differs, e.g. the
// application id comes from the path instead of the body.
import { z } from 'zod';
import {
  ApplicationPatchInput,
  FeedbackInput,
  MoodInput,
  NewApplicationInput,
  NewContactInput,
  NewInterviewInput,
  ProfileInput,
  RecordRejectionInput,
  ReflectionInput,
  StepChangeInput,
  day,
} from '../app/inputs.js';
import { ReviewInput } from '../app/use-cases/review.js';
import { TONE_KINDS } from '../core/tone/index.js';
import { APPLICATION_STATUSES } from '../core/types.js';

/** A record id in the path; the message names what is wrong in words, not in zod's terms. */
const pathId = z.coerce
  .number('must be a positive whole number')
  .int('must be a positive whole number')
  .positive('must be a positive whole number')
  .meta({ description: 'A record id (a positive whole number).' });

export const IdParams = z.object({ id: pathId });

/** An empty query value (`?status=`) means "no filter", as a plain HTML form would send it. */
const blankAsMissing = <T extends z.ZodType>(schema: T) =>
  z.union([z.literal(''), schema]).optional().transform((v) => (v === '' ? undefined : (v as z.output<T> | undefined)));

export const ApplicationsQuery = z.object({
  status: blankAsMissing(z.enum(APPLICATION_STATUSES)).meta({ description: 'Only applications with this status.' }),
  search: blankAsMissing(z.string().trim().max(200)).meta({ description: 'Company or role contains this text (any case).' }),
});

export const MoodsQuery = z.object({
  days: z.coerce.number().int().min(1).max(3650).default(90).meta({ description: 'How many days back; default 90.' }),
});

const DAY = 'A calendar day, YYYY-MM-DD (a full ISO date-time is cut to its day).';
const INSTANT = 'YYYY-MM-DD (midday UTC) or an ISO date-time.';

/** Adds descriptions to some fields for the reference; validation stays exactly the same. */
function described<S extends z.ZodObject>(schema: S, notes: Partial<Record<keyof S['shape'], string>>): S {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, description] of Object.entries(notes)) {
    const field = (schema.shape as Record<string, z.ZodType | undefined>)[key];
    if (field && typeof description === 'string') shape[key] = field.meta({ description });
  }
  return schema.extend(shape) as unknown as S;
}

export const NewApplicationBody = described(NewApplicationInput, {
  valued: 'Something you valued about the company or its culture; the thank-you note can mention it.',
}).extend({
  // Kept apart from null here: left out means today, while null or "" means not known.
  appliedOn: z
    .union([z.literal(''), day])
    .transform((v) => (v === '' ? null : v))
    .nullish()
    .meta({ description: `${DAY} Left out: today (none on the wishlist). Null or "": not known, left empty.` }),
});
export const ApplicationPatchBody = described(ApplicationPatchInput, { appliedOn: `${DAY} Null or "" clears it.` });
export const NewInterviewBody = described(NewInterviewInput.omit({ applicationId: true }), {
  at: INSTANT,
  participantIds: 'Contact ids of the people met.',
});
export const NewContactBody = described(NewContactInput, { applicationId: 'Links the contact to this application.' });
export const FeedbackBody = described(FeedbackInput.omit({ applicationId: true }), {
  receivedAt: `${INSTANT} Default: now.`,
  vague: 'Whether it is a non-answer; worked out from the text when left out.',
});
export const ReflectionBody = ReflectionInput.omit({ applicationId: true });
export const MoodBody = MoodInput;
export const ProfileBody = ProfileInput;
export const StepChangeBody = described(StepChangeInput.omit({ stepId: true }), {
  until: `Snooze until then: ${INSTANT} Default: two days from now.`,
  reason: 'Why you skip it, kept with the step.',
});
export const ReviewBody = ReviewInput.omit({ emailId: true });

const RejectionFields = described(RecordRejectionInput.omit({ applicationId: true, email: true }), {
  receivedAt: `${INSTANT} Default: the email's date, or now.`,
  channel: 'How it arrived. Default: email.',
  stage: 'How far you got. Default: worked out from the interviews logged.',
  reasons: 'Reasons they gave, if any.',
});

export const RejectionBody = RejectionFields.extend({
  email: z
    .string()
    .nullish()
    .meta({
      description:
        'The rejection message: text pasted from a mail client (with or without its From/Subject lines) or a whole raw .eml. Read for the sender, the date and the wording; kept as plain text only.',
    }),
});

/** The same limits as the draft editor's use case: a subject line and a body. */
export const DraftBody = z.object({
  subject: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(20000),
});

export const ClassifyBody = z.object({
  subject: z.string().max(2000).default(''),
  from: z.string().max(2000).default(''),
  body: z.string().max(2_000_000),
  date: z.string().max(200).nullish().transform((v) => v ?? null),
});

export const ToneBody = z.object({
  text: z.string().max(50_000),
  kind: z.enum(TONE_KINDS).nullish().meta({ description: 'Who the message is for; changes the length budget and which rules apply. Default: other.' }),
});
