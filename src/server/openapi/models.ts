// The shapes the API answers with, as zod schemas for the OpenAPI document. They describe the
// domain types of src/core/types.ts; the type checks at the bottom fail the build if the two
// drift apart. Nothing validates responses at run time.
import { z } from 'zod';
import type {
  Agenda as AgendaT,
  AgendaItem as AgendaItemT,
  PipelineHealth as PipelineHealthT,
  PlanView as PlanViewT,
  PracticeList as PracticeListT,
  ContactDetail as ContactDetailT,
  Ghosting as GhostingT,
  TagCadenceView as TagCadenceT,
  TouchBase as TouchBaseT,
  UseCases,
  Verdict as VerdictT,
} from '../../app/index.js';
import { EMAIL_LABELS } from '../../core/email/types.js';
import { PRACTICE_RATINGS, PRACTICE_SOURCE_KINDS, type PracticeItem as PracticeItemT } from '../../core/practice/index.js';
import { TONE_KINDS, TONE_RULES, type ToneFinding as ToneFindingT } from '../../core/tone/index.js';
import {
  CONTACT_EVENT_KINDS,
  INTERACTION_KINDS,
  TOUCH_REASON_KINDS,
  type ContactEvent as ContactEventT,
  type Interaction as InteractionT,
  type Milestone as MilestoneT,
  type SavedArticle as SavedArticleT,
} from '../../core/touch/types.js';
import {
  APPLICATION_STATUSES,
  CONTACT_KINDS,
  INTERVIEW_KINDS,
  INTERVIEW_MODES,
  REJECTION_CHANNELS,
  STAGES,
  STEP_KINDS,
  STEP_STATUSES,
  WORDINGS,
  type Application as ApplicationT,
  type Contact as ContactT,
  type Draft as DraftT,
  type Feedback as FeedbackT,
  type Interview as InterviewT,
  type JobEmail as JobEmailT,
  type MoodCheckIn as MoodCheckInT,
  type PlanStep as PlanStepT,
  type Profile as ProfileT,
  type Reflection as ReflectionT,
  type Rejection as RejectionT,
  type Settings as SettingsT,
} from '../../core/types.js';

/**
 * A named model: it becomes components/schemas/ID in the OpenAPI document. The id lives in zod's
 * global registry beside `.meta()` descriptions, so one conversion sees both.
 */
function model<T extends z.ZodType>(id: string, description: string, schema: T): T {
  return schema.meta({ id, description });
}

/** The model id of a schema, if it is one. */
export const modelId = (schema: z.ZodType): string | undefined => {
  const id = z.globalRegistry.get(schema)?.id;
  return typeof id === 'string' ? id : undefined;
};

const instant = z.string().meta({ format: 'date-time', description: 'An ISO-8601 instant in UTC.' });
const day = z.string().meta({ format: 'date', description: 'A calendar day, YYYY-MM-DD.' });
const text = z.string();
const nullableText = z.string().nullable();
const intId = z.number().int();

export const Application = model(
  'Application',
  'A job applied for (or on the wishlist), and where it stands.',
  z.object({
    id: intId,
    company: text,
    role: text,
    url: nullableText,
    source: nullableText,
    appliedOn: day.nullable(),
    status: z.enum(APPLICATION_STATUSES),
    resumeVersion: nullableText,
    notes: nullableText,
    valued: nullableText.meta({ description: 'Something the user valued about the company or its culture (R2).' }),
    createdAt: instant,
    updatedAt: instant,
  }),
);

export const Contact = model(
  'Contact',
  'Someone met during the search: a recruiter, a hiring manager, a friend or mentor.',
  z.object({
    id: intId,
    name: text,
    email: nullableText,
    title: nullableText,
    company: nullableText,
    kind: z.enum(CONTACT_KINDS),
    linkedinUrl: nullableText,
    notes: nullableText,
    createdAt: instant,
  }),
);

export const Interview = model(
  'Interview',
  'One interview of an application, with who was there and the questions asked.',
  z.object({
    id: intId,
    applicationId: intId,
    at: instant,
    kind: z.enum(INTERVIEW_KINDS),
    mode: z.enum(INTERVIEW_MODES),
    participantIds: z.array(intId),
    finalRound: z.boolean(),
    notes: nullableText,
    questions: z.array(z.object({ text, rating: z.number().int().min(1).max(5).nullable() })),
  }),
);

export const Rejection = model(
  'Rejection',
  'How a rejection arrived and what it said. `emailText` is the message as plain text: never HTML, so show it as text.',
  z.object({
    id: intId,
    applicationId: intId,
    receivedAt: instant,
    channel: z.enum(REJECTION_CHANNELS),
    stage: z.enum(STAGES),
    wording: z.enum(WORDINGS),
    reasons: z.array(text),
    senderName: nullableText,
    senderEmail: nullableText,
    automatedSender: z.boolean(),
    senderContactId: intId.nullable(),
    subject: nullableText,
    emailText: nullableText.meta({ description: 'Plain text only (HTML parts are reduced to text before storing). Render as text.' }),
    messageId: nullableText,
    createdAt: instant,
  }),
);

export const Draft = model(
  'Draft',
  'A message Rebound drafted for a step. Nothing is sent: the user copies or downloads it.',
  z.object({
    subject: text,
    body: text.meta({ description: 'Plain text.' }),
    toContactId: intId.nullable(),
    toName: nullableText,
    toEmail: nullableText,
    maxLength: z.number().int().nullable().meta({ description: 'A hard length limit for the channel (LinkedIn notes: 300).' }),
  }),
);

export const PlanStep = model(
  'PlanStep',
  'One step of a recovery plan, with why it is there and what the user decided.',
  z.object({
    id: intId,
    applicationId: intId,
    key: text.meta({ description: 'Stable within the application across plan updates.' }),
    kind: z.enum(STEP_KINDS),
    rule: z.enum(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12']),
    dueAt: instant,
    notBefore: instant.nullable().meta({ description: 'Earliest moment to act (the cool-off after a rejection).' }),
    status: z.enum(STEP_STATUSES),
    decidedBy: z.enum(['engine', 'user']),
    rationale: text.meta({ description: 'One line saying why this step is suggested.' }),
    skipReason: nullableText,
    contactId: intId.nullable(),
    snoozedUntil: instant.nullable(),
    completedAt: instant.nullable(),
    draft: Draft.nullable(),
    draftEdited: z.boolean(),
  }),
);

export const Feedback = model(
  'Feedback',
  'Feedback received after a rejection.',
  z.object({
    id: intId,
    applicationId: intId,
    receivedAt: instant,
    text,
    fromContactId: intId.nullable(),
    vague: z.boolean().meta({ description: 'A non-answer ("we went in a different direction").' }),
    createdAt: instant,
  }),
);

export const Reflection = model(
  'Reflection',
  "The user's own notes on what went well and what to change.",
  z.object({
    id: intId,
    applicationId: intId,
    createdAt: instant,
    wentWell: nullableText,
    wentBadly: nullableText,
    pauseQuestions: z.array(text),
    inControl: nullableText,
    outOfControl: nullableText,
    requirementsMatch: z.enum(['yes', 'partly', 'no']).nullable(),
    missingQualifications: z.array(text),
  }),
);

export const JournalReflection = model(
  'JournalReflection',
  'A reflection in the journal, with the application it is about.',
  Reflection.extend({ application: z.object({ id: intId, company: text, role: text }) }),
);

export const MoodCheckIn = model(
  'MoodCheckIn',
  'A mood check-in, 1 (low) to 5 (good).',
  z.object({ id: intId, at: instant, score: z.number().int().min(1).max(5), note: nullableText }),
);

export const JobEmail = model(
  'JobEmail',
  'A job-related email Rebound kept. `body` is plain text (quoted history removed): never HTML, so show it as text.',
  z.object({
    id: intId,
    messageKey: text,
    messageId: nullableText,
    inReplyTo: nullableText,
    fromName: nullableText,
    fromEmail: nullableText,
    subject: text,
    sentAt: instant.nullable(),
    body: text.meta({ description: 'Plain text only. Render as text.' }),
    label: z.enum(EMAIL_LABELS),
    confidence: z.number(),
    reasons: z.array(text),
    company: nullableText,
    role: nullableText,
    contactName: nullableText,
    interviewAt: instant.nullable(),
    applicationId: intId.nullable(),
    reviewStatus: z.enum(['applied', 'pending', 'ignored']),
    origin: nullableText,
    createdAt: instant,
  }),
);

const Profile = z.object({
  name: nullableText,
  email: nullableText,
  signature: nullableText,
  openToFreelance: z.boolean(),
});

const Settings = z.object({
  targetActiveApplications: z.number().int(),
  coolOffHours: z.number().int(),
  thankYouDays: z.number().int(),
  reflectDays: z.number().int(),
  touchBaseDays: z.number().int(),
  followUpDays: z.number().int(),
  ghostDays: z.number().int(),
  staleSearchDays: z.number().int(),
  supportThreshold: z.number().int(),
  supportWindowDays: z.number().int(),
  feedbackStrictness: z.enum(['live', 'in_person']),
});

export const ProfileRecord = model(
  'ProfileRecord',
  "The user's profile (name and signature for drafts) and the plan settings (cadences, thresholds).",
  z.object({ profile: Profile, settings: Settings }),
);

export const PlanView = model(
  'PlanView',
  "An application's plan: the application, its rejection (if any) and the steps.",
  z.object({ application: Application, rejection: Rejection.nullable(), steps: z.array(PlanStep) }),
);

export const ApplicationDetail = model(
  'ApplicationDetail',
  'Everything about one application, for its timeline.',
  z.object({
    application: Application,
    rejection: Rejection.nullable(),
    steps: z.array(PlanStep),
    interviews: z.array(Interview),
    contacts: z.array(Contact),
    feedback: z.array(Feedback),
    reflections: z.array(Reflection),
    emails: z.array(JobEmail),
  }),
);

const AgendaStep = model(
  'AgendaStep',
  "A plan step as the agenda lists it: a PlanStep whose draft gives only its subject and recipient's name. GET /api/steps/{id}/draft has the text.",
  PlanStep.omit({ draft: true }).extend({
    draft: z.object({ subject: text, toName: nullableText }).nullable(),
  }),
);

const AgendaItem = z.object({
  step: AgendaStep,
  application: z.object({ id: intId, company: text, role: text }),
  readyNow: z.boolean().meta({ description: 'False while a message waits out the cool-off (R1).' }),
});

const PipelineHealth = z.object({
  active: z.number().int(),
  target: z.number().int(),
  daysSinceLastApplication: z.number().int().nullable(),
  interviewsUnderway: z.boolean(),
  nudge: nullableText.meta({ description: "R8's nudge, or null when the pipeline is healthy." }),
  level: z.enum(['calm', 'nudge', 'loud']).meta({
    description: 'calm when healthy; nudge when below target or stale; loud when that happens while an interview process is under way.',
  }),
});

// ---- Keeping in touch (R7) and silence (R11) ----------------------------------------------

export const Interaction = model(
  'Interaction',
  'Something you did with a person; it resets their cadence.',
  z.object({ id: intId, contactId: intId, on: day, kind: z.enum(INTERACTION_KINDS), note: nullableText, createdAt: instant }),
);

export const ContactEvent = model(
  'ContactEvent',
  'News you noted about a person. For a work anniversary, `on` is the day they started.',
  z.object({ id: intId, contactId: intId, kind: z.enum(CONTACT_EVENT_KINDS), on: day, note: nullableText, createdAt: instant }),
);

export const Cadence = model(
  'Cadence',
  'The cadence that applies to a person and the dates of the next touch-base.',
  z.object({
    everyDays: z.number().int(),
    source: z.enum(['contact', 'tag', 'default']),
    tag: nullableText.meta({ description: 'The tag the cadence comes from, when source is tag.' }),
    lastContactOn: day,
    idealOn: day,
    latestOn: day,
    snoozedUntil: day.nullable(),
  }),
);

export const ContactDetail = model(
  'ContactDetail',
  'A contact with tags, cadence, interactions and news (newest first).',
  z.object({
    contact: Contact,
    tags: z.array(text),
    cadence: Cadence.nullable(),
    cadenceOff: z.boolean().meta({ description: 'True when you turned touch-bases off for this person.' }),
    interactions: z.array(Interaction),
    events: z.array(ContactEvent),
  }),
);

export const TagCadence = model(
  'TagCadence',
  'A cadence for everyone carrying a tag.',
  z.object({ tag: text, everyDays: z.number().int(), contacts: z.number().int() }),
);

export const SavedArticle = model(
  'SavedArticle',
  'An article saved to share; its tags decide whom it suits.',
  z.object({ id: intId, url: text, title: text, note: nullableText, tags: z.array(text), savedOn: day, createdAt: instant }),
);

export const Milestone = model(
  'Milestone',
  'Your own news: a new skill, a course finished, a project shipped.',
  z.object({ id: intId, title: text, on: day, createdAt: instant }),
);

const TouchReason = z.object({
  kind: z.enum(TOUCH_REASON_KINDS),
  text: text.meta({ description: 'One line for you: why this reason.' }),
  articleId: intId.optional(),
  eventId: intId.optional(),
  milestoneId: intId.optional(),
});

export const TouchBase = model(
  'TouchBase',
  'A touch-base with one person (R7): dates, the most concrete reason on record, and a draft.',
  z.object({
    contact: z.object({ id: intId, name: text, company: nullableText, title: nullableText }),
    everyDays: z.number().int(),
    source: z.enum(['contact', 'tag', 'default']),
    idealOn: day,
    latestOn: day,
    dueNow: z.boolean(),
    overdue: z.boolean(),
    reason: TouchReason,
    draft: Draft,
    stepId: intId.nullable().meta({ description: "The plan's R7 touch-base step for this person, when there is one." }),
  }),
);

export const Ghosting = model(
  'Ghosting',
  'An application gone quiet after an interview (R11): time for one follow-up, or already marked ghosted.',
  z.object({
    application: z.object({ id: intId, company: text, role: text }),
    lastInterviewAt: instant,
    daysSilent: z.number().int(),
    state: z.enum(['follow_up', 'ghosted']),
    followUpStepId: intId.nullable(),
    ghostsOn: day,
    text,
  }),
);

export const Agenda = model(
  'Agenda',
  'Today: steps due now across every plan, the week ahead, pipeline health and the last mood.',
  z.object({
    now: instant,
    due: z.array(AgendaItem),
    upcoming: z.array(AgendaItem),
    pipeline: PipelineHealth,
    lastMood: MoodCheckIn.nullable(),
    practiceDue: z.number().int().meta({ description: 'Practice questions due today or earlier (see PracticeList).' }),
    touchBases: z.array(TouchBase).meta({ description: 'Touch-bases due now or in the week ahead (R7); not repeated under due/upcoming.' }),
    ghosting: z.array(Ghosting).meta({ description: 'Silence after interviews (R11).' }),
  }),
);

export const StepDraft = model('StepDraft', 'A step and its draft.', z.object({ step: PlanStep, draft: Draft }));

export const Verdict = model(
  'Verdict',
  "The classifier's verdict on one email, with its reasons. Nothing is stored.",
  z.object({
    label: text.meta({ description: `One of ${EMAIL_LABELS.join(', ')}.` }),
    confidence: z.number(),
    company: nullableText,
    role: nullableText,
    contact_name: nullableText,
    reasons: z.array(text),
  }),
);

export const ToneFinding = model(
  'ToneFinding',
  'One passage that may land badly (R9), with a calmer wording.',
  z.object({
    rule: z.enum(TONE_RULES),
    ruleId: z.literal('R9'),
    severity: z.enum(['warning', 'info']),
    start: z.number().int().meta({ description: 'Offset into the text (UTF-16 code units).' }),
    end: z.number().int().meta({ description: 'End offset, exclusive.' }),
    excerpt: text,
    explanation: text,
    alternative: nullableText,
  }),
);

export const ToneReport = z.object({ findings: z.array(ToneFinding) });
export const ToneKind = z.enum(TONE_KINDS);

export const PracticeItem = model(
  'PracticeItem',
  'A question in the practice bank (R5, R6): where it came from, the latest answer outline and the next review day.',
  z.object({
    id: intId,
    question: text,
    source: z.object({
      kind: z.enum(PRACTICE_SOURCE_KINDS).meta({ description: 'interview: rated 2 or lower; reflection: it gave pause; manual: added by hand.' }),
      applicationId: intId.nullable(),
      company: nullableText,
      role: nullableText,
    }),
    outline: nullableText.meta({ description: "The user's latest answer outline." }),
    rating: z.enum(PRACTICE_RATINGS).nullable().meta({ description: 'The last self-rating; null before the first review.' }),
    reviews: z.number().int(),
    dueOn: day.meta({ description: "The next review, a calendar day in the user's local time zone." }),
    lastReviewedAt: instant.nullable(),
    createdAt: instant,
  }),
);

export const PracticeList = model(
  'PracticeList',
  'The questions due today (or all of them), and how many are due.',
  z.object({
    today: day.meta({ description: "The user's local day the answer was computed for." }),
    dueCount: z.number().int(),
    items: z.array(PracticeItem),
  }),
);

export const Health = z.object({ ok: z.literal(true), now: instant.meta({ description: "The server's clock." }) });
export const DemoLoaded = z.object({ applications: z.number().int() });

export const ErrorBody = model(
  'Error',
  'Every error answer. `code` is stable; `message` is one line for a person.',
  z.object({
    error: z.object({
      code: text,
      message: text,
      field: text.optional().meta({ description: 'For `invalid_input`: the member at fault, as a dotted path (`questions.0.text`), when known.' }),
    }),
  }),
);

// Compile-time checks: each schema's output must be the domain type it documents.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;
type Detail = Awaited<ReturnType<UseCases['getApplicationDetail']>>;
export type ModelChecks = [
  Expect<Same<z.output<typeof Application>, ApplicationT>>,
  Expect<Same<z.output<typeof Contact>, ContactT>>,
  Expect<Same<z.output<typeof Interview>, InterviewT>>,
  Expect<Same<z.output<typeof Rejection>, RejectionT>>,
  Expect<Same<z.output<typeof Draft>, DraftT>>,
  Expect<Same<z.output<typeof PlanStep>, PlanStepT>>,
  Expect<Same<z.output<typeof Feedback>, FeedbackT>>,
  Expect<Same<z.output<typeof Reflection>, ReflectionT>>,
  Expect<Same<z.output<typeof MoodCheckIn>, MoodCheckInT>>,
  Expect<Same<z.output<typeof JobEmail>, JobEmailT>>,
  Expect<Same<z.output<typeof Profile>, ProfileT>>,
  Expect<Same<z.output<typeof Settings>, SettingsT>>,
  Expect<Same<z.output<typeof PlanView>, PlanViewT>>,
  Expect<Same<z.output<typeof ApplicationDetail>, Detail>>,
  Expect<Same<z.output<typeof AgendaItem>, AgendaItemT>>,
  Expect<Same<z.output<typeof PipelineHealth>, PipelineHealthT>>,
  Expect<Same<z.output<typeof Agenda>, AgendaT>>,
  Expect<Same<z.output<typeof Verdict>, VerdictT>>,
  Expect<Same<z.output<typeof ToneFinding>, ToneFindingT>>,
  Expect<Same<z.output<typeof PracticeItem>, PracticeItemT>>,
  Expect<Same<z.output<typeof PracticeList>, PracticeListT>>,
  Expect<Same<z.output<typeof Interaction>, InteractionT>>,
  Expect<Same<z.output<typeof ContactEvent>, ContactEventT>>,
  Expect<Same<z.output<typeof ContactDetail>, ContactDetailT>>,
  Expect<Same<z.output<typeof TagCadence>, TagCadenceT>>,
  Expect<Same<z.output<typeof SavedArticle>, SavedArticleT>>,
  Expect<Same<z.output<typeof Milestone>, MilestoneT>>,
  Expect<Same<z.output<typeof TouchBase>, TouchBaseT>>,
  Expect<Same<z.output<typeof Ghosting>, GhostingT>>,
];
