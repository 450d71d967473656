// The ingest machinery the use cases load on first use (see lazy.ts): reading, parsing and
// classifying mail is heavy, and most commands never need it.
export { inlinePreparer, workerPreparer } from './pool.js';
export { prepareMessages } from './prepare.js';
export { runSlices } from './schedule.js';
export { SeenDigests, SeenKeys } from './seen-digests.js';
export { planSlices } from '../../mail/slices.js';
export { detectMailboxKind } from '../../mail/mailbox.js';
