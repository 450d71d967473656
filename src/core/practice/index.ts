// The question bank (R5, R6): questions that gave pause, drilled with spaced repetition.
export { PRACTICE_RATINGS, PRACTICE_SOURCE_KINDS, type PracticeItem, type PracticeRating, type PracticeSource, type PracticeSourceKind } from './types.js';
export { MAX_INTERVAL_DAYS, NEW_SCHEDULE, addDaysToDay, isDue, localDay, review, schedule, type ScheduleState } from './schedule.js';
export { LOW_RATING, QUESTION_MAX, QUESTION_MIN, bankCandidates, newCandidates, normaliseQuestion, tidyQuestion, type BankCandidate } from './bank.js';
