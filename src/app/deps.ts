// What every use case needs: the store and the clock. Built once by the composition root.
import type { Clock } from '../core/time.js';
import type { Store } from '../store/index.js';

export interface Deps {
  store: Store;
  clock: Clock;
  locale: string;
}

export const nowIso = (d: Deps): string => d.clock.now().toISOString();
