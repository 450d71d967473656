// Vitest global setup: compiles the CLI once (tsc -p tsconfig.build.json) so the end-to-end
// tests run the real `rebound` binary against fresh code. A failed build stops the run loudly:
// testing yesterday's dist/ would pass or fail for the wrong reasons.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function setup(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const started = Date.now();
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    const output = [r.stdout, r.stderr, r.error?.message].filter(Boolean).join('\n').trim();
    throw new Error(
      `The build failed (tsc -p tsconfig.build.json exited ${String(r.status)}), so the end-to-end tests cannot run:\n${output}`,
    );
  }
  process.stdout.write(`built dist/ for the end-to-end tests in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
