// Sanity check of the committed model against the shared dev set it was trained on. The dev set
// lives outside the repository (../shared/data/emails/dev.jsonl) and is not shipped: where it is
// absent this file skips, saying so.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyEmail } from './index.js';
import type { EmailLabel } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const DEV = resolve(here, '..', '..', '..', '..', 'shared', 'data', 'emails', 'dev.jsonl');
const present = existsSync(DEV);
if (!present)
  console.warn(`skipped: dev set not found (${DEV}); the dev-set sanity check did not run`);

describe.skipIf(!present)(
  'the committed model on the dev set it was trained on (skipped when the dev set is absent)',
  () => {
    it('labels at least 95% of the dev emails right, with rejection precision and recall of at least 95%', () => {
      const rows = readFileSync(DEV, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map(
          (l) =>
            JSON.parse(l) as { subject: string; from: string; body: string; label: EmailLabel },
        );
      let right = 0;
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const r of rows) {
        const got = classifyEmail({ subject: r.subject, from: r.from, body: r.body }).label;
        if (got === r.label) right++;
        if (got === 'rejection' && r.label === 'rejection') tp++;
        else if (got === 'rejection') fp++;
        else if (r.label === 'rejection') fn++;
      }
      expect(right / rows.length).toBeGreaterThan(0.95);
      expect(tp / (tp + fp)).toBeGreaterThan(0.95);
      expect(tp / (tp + fn)).toBeGreaterThan(0.95);
    });
  },
);
