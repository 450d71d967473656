// Table shapes as the database sees them. Rows are not domain types: repositories map them.
// Columns use portable types only (integer, text, real) so the PostgreSQL dialect reads the
// same schema; booleans are 0/1 integers, lists are JSON text, instants are ISO-8601 text.
import type { Generated } from 'kysely';

export interface UsersTable {
  id: Generated<number>;
  name: string;
  created_at: string;
}

export interface ProfilesTable {
  user_id: number;
  name: string | null;
  email: string | null;
  signature: string | null;
  open_to_freelance: number;
  settings_json: string;
  updated_at: string;
  /** The calendar feed's secret (migration 0007); null until the feed is asked for. */
  calendar_token: string | null;
}

export interface ApplicationsTable {
  id: Generated<number>;
  user_id: number;
  company: string;
  role: string;
  url: string | null;
  source: string | null;
  applied_on: string | null;
  status: string;
  resume_version: string | null;
  notes: string | null;
  valued: string | null;
  created_at: string;
  updated_at: string;
}

export interface ContactsTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  email: string | null;
  title: string | null;
  company: string | null;
  kind: string;
  linkedin_url: string | null;
  notes: string | null;
  created_at: string;
}

export interface ApplicationContactsTable {
  application_id: number;
  contact_id: number;
}

export interface InterviewsTable {
  id: Generated<number>;
  user_id: number;
  application_id: number;
  at: string;
  kind: string;
  mode: string;
  final_round: number;
  notes: string | null;
  created_at: string;
}

export interface InterviewParticipantsTable {
  interview_id: number;
  contact_id: number;
}

export interface InterviewQuestionsTable {
  id: Generated<number>;
  interview_id: number;
  position: number;
  text: string;
  rating: number | null;
}

export interface RejectionsTable {
  id: Generated<number>;
  user_id: number;
  application_id: number;
  received_at: string;
  channel: string;
  stage: string;
  wording: string;
  reasons_json: string;
  sender_name: string | null;
  sender_email: string | null;
  automated_sender: number;
  sender_contact_id: number | null;
  subject: string | null;
  email_text: string | null;
  message_id: string | null;
  created_at: string;
}

export interface FeedbackTable {
  id: Generated<number>;
  user_id: number;
  application_id: number;
  received_at: string;
  text: string;
  from_contact_id: number | null;
  vague: number;
  created_at: string;
}

export interface ReflectionsTable {
  id: Generated<number>;
  user_id: number;
  application_id: number;
  created_at: string;
  went_well: string | null;
  went_badly: string | null;
  pause_questions_json: string;
  in_control: string | null;
  out_of_control: string | null;
  requirements_match: string | null;
  missing_json: string;
}

export interface ActionItemsTable {
  id: Generated<number>;
  user_id: number;
  application_id: number | null;
  theme: string;
  title: string;
  due_on: string | null;
  status: string;
  created_at: string;
}

export interface MoodsTable {
  id: Generated<number>;
  user_id: number;
  at: string;
  score: number;
  note: string | null;
}

export interface PlanStepsTable {
  id: Generated<number>;
  user_id: number;
  application_id: number;
  key: string;
  position: number;
  kind: string;
  rule: string;
  due_at: string;
  not_before: string | null;
  status: string;
  decided_by: string;
  rationale: string;
  skip_reason: string | null;
  contact_id: number | null;
  snoozed_until: string | null;
  completed_at: string | null;
  /** 0 once the engine no longer proposes the step (facts changed); kept for history. */
  current: number;
  created_at: string;
  updated_at: string;
}

export interface DraftsTable {
  step_id: number;
  subject: string;
  body: string;
  to_contact_id: number | null;
  to_name: string | null;
  to_email: string | null;
  max_length: number | null;
  edited: number;
  updated_at: string;
}

export interface EmailsTable {
  id: Generated<number>;
  user_id: number;
  message_key: string;
  message_id: string | null;
  in_reply_to: string | null;
  from_name: string | null;
  from_email: string | null;
  subject: string;
  sent_at: string | null;
  body: string;
  label: string;
  confidence: number;
  reasons_json: string;
  company: string | null;
  role: string | null;
  contact_name: string | null;
  interview_at: string | null;
  application_id: number | null;
  /** applied: acted on automatically or accepted; pending: waits in review; ignored. */
  review_status: string;
  origin: string | null;
  created_at: string;
}

/** Append-only: a key may repeat only if two ingests ran at once, which is harmless. */
export interface IngestSeenTable {
  id: Generated<number>;
  user_id: number;
  message_key: string;
}

export interface ImapStateTable {
  user_id: number;
  account: string;
  folder: string;
  uid_validity: string;
  last_uid: number;
  updated_at: string;
}

export interface EmailCorrectionsTable {
  user_id: number;
  pattern: string;
  label: string;
  application_id: number | null;
  created_at: string;
}

/** The question bank (R5, R6); a removed question keeps its row so it is not brought back. */
export interface PracticeItemsTable {
  id: Generated<number>;
  user_id: number;
  question: string;
  /** The normalised question: one entry per question, however it is written. */
  question_key: string;
  source_kind: string;
  application_id: number | null;
  outline: string | null;
  rating: string | null;
  reviews: number;
  streak: number;
  interval_days: number;
  ease: number;
  due_on: string;
  last_reviewed_at: string | null;
  removed_at: string | null;
  created_at: string;
}

/** Keeping in touch (R7): something the user did with a person; it resets their cadence. */
export interface ContactInteractionsTable {
  id: Generated<number>;
  user_id: number;
  contact_id: number;
  on_day: string;
  kind: string;
  note: string | null;
  created_at: string;
}

/** News the user noted about a person (a promotion, a work anniversary's start day, a new role). */
export interface ContactEventsTable {
  id: Generated<number>;
  user_id: number;
  contact_id: number;
  kind: string;
  on_day: string;
  note: string | null;
  created_at: string;
}

export interface ContactTagsTable {
  user_id: number;
  contact_id: number;
  tag: string;
}

/** A person's own cadence (every_days), touch-bases off (off = 1), and a snooze. */
export interface ContactCadencesTable {
  contact_id: number;
  user_id: number;
  every_days: number | null;
  off: Generated<number>;
  snoozed_until: string | null;
  updated_at: string;
}

export interface TagCadencesTable {
  user_id: number;
  tag: string;
  every_days: number;
  updated_at: string;
}

export interface SavedArticlesTable {
  id: Generated<number>;
  user_id: number;
  url: string;
  title: string;
  note: string | null;
  tags_json: Generated<string>;
  saved_on: string;
  created_at: string;
}

export interface MilestonesTable {
  id: Generated<number>;
  user_id: number;
  title: string;
  on_day: string;
  created_at: string;
}

export interface Database {
  emails: EmailsTable;
  ingest_seen: IngestSeenTable;
  imap_state: ImapStateTable;
  email_corrections: EmailCorrectionsTable;
  users: UsersTable;
  profiles: ProfilesTable;
  applications: ApplicationsTable;
  contacts: ContactsTable;
  application_contacts: ApplicationContactsTable;
  interviews: InterviewsTable;
  interview_participants: InterviewParticipantsTable;
  interview_questions: InterviewQuestionsTable;
  rejections: RejectionsTable;
  feedback: FeedbackTable;
  reflections: ReflectionsTable;
  action_items: ActionItemsTable;
  moods: MoodsTable;
  plan_steps: PlanStepsTable;
  drafts: DraftsTable;
  practice_items: PracticeItemsTable;
  contact_interactions: ContactInteractionsTable;
  contact_events: ContactEventsTable;
  contact_tags: ContactTagsTable;
  contact_cadences: ContactCadencesTable;
  tag_cadences: TagCadencesTable;
  saved_articles: SavedArticlesTable;
  milestones: MilestonesTable;
}
