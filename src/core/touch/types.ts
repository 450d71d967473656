// Keeping in touch (R7): the facts about people Rebound keeps a cadence for, and what it derives
// from them. Plain data; days are YYYY-MM-DD, instants ISO-8601 UTC.
import type { IsoDate, IsoInstant } from '../types.js';

export const INTERACTION_KINDS = ['email', 'call', 'meeting', 'message', 'other'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/** Something the user did with a person: any interaction resets that person's cadence. */
export interface Interaction {
  id: number;
  contactId: number;
  on: IsoDate;
  kind: InteractionKind;
  note: string | null;
  createdAt: IsoInstant;
}

export const CONTACT_EVENT_KINDS = ['promotion', 'work_anniversary', 'new_role', 'other'] as const;
export type ContactEventKind = (typeof CONTACT_EVENT_KINDS)[number];

/** News about a person the user noted: a reason to get in touch. */
export interface ContactEvent {
  id: number;
  contactId: number;
  kind: ContactEventKind;
  /** When it happened; for a work anniversary, the day they started (it recurs every year). */
  on: IsoDate;
  note: string | null;
  createdAt: IsoInstant;
}

/** An article the user saved to share with the right person. */
export interface SavedArticle {
  id: number;
  url: string;
  title: string;
  note: string | null;
  /** Lower-case; matched against a contact's tags and company. */
  tags: string[];
  savedOn: IsoDate;
  createdAt: IsoInstant;
}

/** The user's own news: a new skill, a course finished, a project shipped. */
export interface Milestone {
  id: number;
  title: string;
  on: IsoDate;
  createdAt: IsoInstant;
}

export type CadenceSource = 'contact' | 'tag' | 'default';

/** A contact-level choice: a cadence of its own, touch-bases off, or follow the tags and default. */
export type CadenceOverride = { kind: 'every'; days: number } | { kind: 'off' } | { kind: 'inherit' };

export interface TagCadence {
  tag: string;
  everyDays: number;
}

/** Everything the cadence and reason logic reads about one person. */
export interface PersonTouch {
  contactId: number;
  tags: string[];
  override: CadenceOverride;
  /** Cadences set on the person's tags. */
  tagCadences: TagCadence[];
  /** Latest of: interactions, touch-bases done, interviews with them, rejections they were part of. */
  lastContactOn: IsoDate;
  snoozedUntil: IsoDate | null;
  events: ContactEvent[];
}

/** The cadence that applies to a person, with its dates. */
export interface Cadence {
  everyDays: number;
  source: CadenceSource;
  /** The tag the cadence comes from (source 'tag'), else null. */
  tag: string | null;
  lastContactOn: IsoDate;
  idealOn: IsoDate;
  latestOn: IsoDate;
  snoozedUntil: IsoDate | null;
}

export const TOUCH_REASON_KINDS = [
  'promotion',
  'work_anniversary',
  'new_role',
  'news',
  'article',
  'milestone',
  'holiday',
  'check_in',
] as const;
export type TouchReasonKind = (typeof TOUCH_REASON_KINDS)[number];

/** Why this touch-base, now: shown to the user, and carried into the draft. */
export interface TouchReason {
  kind: TouchReasonKind;
  /** One line for the user. */
  text: string;
  /** The reason as the draft says it, mid-sentence ("your promotion"); null for a plain check-in. */
  draftText: string | null;
  articleId?: number;
  eventId?: number;
  milestoneId?: number;
}

/** What the playbook engine reads about keeping in touch, for the people of one application. */
export interface TouchFacts {
  /** Picks the occasions for holiday reasons (REBOUND_LOCALE). */
  locale: string;
  people: PersonTouch[];
  articles: SavedArticle[];
  milestones: Milestone[];
}
