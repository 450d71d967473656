// What every use case needs: the store and the clock. Built once by the composition root.
import type { Clock } from '../core/time.js';
import type { Store } from '../store/index.js';

export interface Deps {
  store: Store;
  clock: Clock;
  locale: string;
}

// Formatting an instant shows up in profiles of busy reads (npm run bench:api): requests within
// the same millisecond share one string.
let lastMs = Number.NaN;
let lastIso = '';

/** An instant as ISO-8601 UTC, e.g. 2026-11-22T06:19:10.123Z. */
export function isoOf(date: Date): string {
  const ms = date.getTime();
  if (ms !== lastMs) {
    lastIso = date.toISOString();
    lastMs = ms;
  }
  return lastIso;
}

export const nowIso = (d: Deps): string => isoOf(d.clock.now());
