// Checks the browser tests run on every screen: a full-page screenshot kept as a test artifact,
// and axe-core's serious and critical findings.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { AXE_SOURCE, SHOTS } from './web.js';

// The callbacks given to page.evaluate() run in the browser; the tests' tsconfig has no DOM
// library, so the little they touch is declared here, for this file only.
interface AxeResult {
  violations: Array<{
    id: string;
    impact: string | null;
    help: string;
    nodes: Array<{ target: unknown[] }>;
  }>;
}
declare const window: { axe?: { run(context: unknown, options: unknown): Promise<AxeResult> } };
declare const document: unknown;

/** A full-page screenshot in test-artifacts/screenshots/NAME.png. */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** axe-core in the page (evaluated, so the page's strict CSP stays on), serious and critical only. */
export async function axeViolations(page: Page): Promise<string[]> {
  const hasAxe = await page.evaluate(() => window.axe !== undefined);
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const r = await window.axe!.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`);
}
