// Keeping in touch (R7): cadences, their dates, reasons and drafts. Pure.
export * from './types.js';
export { addDaysTo, daysFrom, graceDays, latestDay, resolveCadence, cadenceFor, touchDates, isDueOn, isOverdueOn, isSnoozed, type ResolvedCadence } from './cadence.js';
export { pickReason, normalTag, anniversaryIn, ownNewsPhrase, rationalePhrase, DRAFT_SHAPE, type ReasonInput } from './reasons.js';
export { touchBaseFor, touchStateOn, type TouchContext, type PersonTouchBase } from './due.js';
export { touchBaseDraft, type TouchDraftFacts } from './draft.js';
