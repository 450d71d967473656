// The composition root: wires config, store, clock and mail into the use cases every face calls.
import fs from 'node:fs';
import { fixedClock, type Clock } from '../core/time.js';
import type { Actor } from '../core/types.js';
import { openSqliteStore, type Store } from '../store/index.js';
import { databaseFile, type Config } from './config.js';
import { isoOf, type Deps } from './deps.js';
import { applicationUseCases } from './use-cases/applications.js';
import { demoUseCases } from './use-cases/demo.js';
import { ingestUseCases } from './use-cases/ingest.js';
import { insightUseCases } from './use-cases/insights.js';
import { journalUseCases } from './use-cases/journal.js';
import { messageUseCases } from './use-cases/messages.js';
import { practiceUseCases } from './use-cases/practice.js';
import { profileUseCases } from './use-cases/profile.js';
import { rejectionUseCases } from './use-cases/rejections.js';
import { reviewUseCases } from './use-cases/review.js';
import { stepUseCases } from './use-cases/steps.js';
import { todayUseCases } from './use-cases/today.js';
import { touchUseCases } from './use-cases/touch.js';
import { transferUseCases } from './use-cases/transfer.js';

export const systemClock: Clock = { now: () => new Date() };

/** Single-user mode acts as the one local user. */
export const LOCAL_USER: Actor = { userId: 1 };

export function makeUseCases(d: Deps) {
  return {
    ...applicationUseCases(d),
    ...rejectionUseCases(d),
    ...stepUseCases(d),
    ...journalUseCases(d),
    ...profileUseCases(d),
    ...todayUseCases(d),
    ...demoUseCases(d),
    ...ingestUseCases(d),
    ...reviewUseCases(d),
    ...messageUseCases(d),
    ...transferUseCases(d),
    ...insightUseCases(d),
    ...touchUseCases(d),
    ...practiceUseCases(d),
  };
}
export type UseCases = ReturnType<typeof makeUseCases>;

export interface App {
  useCases: UseCases;
  config: Config;
  store: Store;
  /** The current instant from the app's clock (fixed by REBOUND_NOW). */
  now(): string;
  close(): Promise<void>;
}

export interface OpenOptions {
  clock?: Clock;
  onBackup?: (path: string) => void;
}

export async function openApp(config: Config, options: OpenOptions = {}): Promise<App> {
  fs.mkdirSync(config.dataDir, { recursive: true });
  const store = await openSqliteStore({
    file: databaseFile(config),
    ...(options.onBackup && { onBackup: options.onBackup }),
  });
  const clock = options.clock ?? (config.now ? fixedClock(config.now) : systemClock);
  const useCases = makeUseCases({ store, clock, locale: config.locale });
  return { useCases, config, store, now: () => isoOf(clock.now()), close: () => store.close() };
}

/** For tests: an app over an in-memory store and a fixed clock. */
export async function openMemoryApp(clock: Clock): Promise<Omit<App, 'config'>> {
  const store = await openSqliteStore({ file: ':memory:' });
  return {
    useCases: makeUseCases({ store, clock, locale: 'en-US' }),
    store,
    now: () => clock.now().toISOString(),
    close: () => store.close(),
  };
}

export { loadConfig, databaseFile, CONFIG_DOCS, type Config } from './config.js';
export type { Agenda, AgendaItem, AgendaStep, PipelineHealth } from './use-cases/today.js';
export type { PlanView } from './use-cases/plans.js';
export { readEmailText } from './use-cases/rejections.js';
export { verdictFor, type Verdict } from './use-cases/review.js';
export type { IngestSummary, IngestProgress, RawMessage } from './use-cases/ingest.js';
export type { ToneReport } from './use-cases/messages.js';
export type { ContactDetail, TagCadenceView, TouchBase, TouchReasonView, Ghosting } from './use-cases/touch.js';
export type { PracticeList } from './use-cases/practice.js';
export type { ImapAccount } from '../mail/imap.js';
export type { SmtpAccount } from '../mail/smtp.js';
