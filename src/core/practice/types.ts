// The question bank's domain shapes: a question worth preparing, where it came from, and when
// it comes back for another look.
import type { IsoDate, IsoInstant } from '../types.js';

/** How the answer went this time, from the user's own view. */
export const PRACTICE_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type PracticeRating = (typeof PRACTICE_RATINGS)[number];

/** Where a question came from: an interview answer rated low, a reflection, or typed in. */
export const PRACTICE_SOURCE_KINDS = ['interview', 'reflection', 'manual'] as const;
export type PracticeSourceKind = (typeof PRACTICE_SOURCE_KINDS)[number];

export interface PracticeSource {
  kind: PracticeSourceKind;
  applicationId: number | null;
  company: string | null;
  role: string | null;
}

export interface PracticeItem {
  id: number;
  question: string;
  source: PracticeSource;
  /** The user's latest answer outline: notes to speak from, not a script. */
  outline: string | null;
  /** The last self-rating; null before the first review. */
  rating: PracticeRating | null;
  /** How many times the question was reviewed. */
  reviews: number;
  /** The next review, a calendar day in the user's local time zone. */
  dueOn: IsoDate;
  lastReviewedAt: IsoInstant | null;
  createdAt: IsoInstant;
}
