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

export const NewApplicationBody = NewApplicationInput;
export const ApplicationPatchBody = ApplicationPatchInput;
export const NewInterviewBody = NewInterviewInput.omit({ applicationId: true });
export const NewContactBody = NewContactInput;
export const FeedbackBody = FeedbackInput.omit({ applicationId: true });
export const ReflectionBody = ReflectionInput.omit({ applicationId: true });
export const MoodBody = MoodInput;
export const ProfileBody = ProfileInput;
export const StepChangeBody = StepChangeInput.omit({ stepId: true });
export const ReviewBody = ReviewInput.omit({ emailId: true });

export const RejectionBody = RecordRejectionInput.omit({ applicationId: true, email: true }).extend({
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
