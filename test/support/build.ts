// Vitest global setup: compiles the CLI once (tsc -p tsconfig.build.json, then the bundle of
// scripts/build-cli.mjs) so the end-to-end tests run the real `rebound` binary against fresh
// code. A failed build stops the run loudly: testing a stale dist/ would pass or fail for the
// wrong reasons.
//
// The build goes to a folder of this run's own (test-artifacts/e2e-build-<pid>/, with a copy of
// bin/rebound.js beside its dist/), not to the shared dist/: another `npm run build` in the same
// tree, half-way through rewriting dist/, must not break a test run, nor the other way round.
// It sits inside the repository so the compiled code finds node_modules/ as it would in dist/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The launcher of this run's build: <build>/bin/rebound.js, importing <build>/dist/bundle/main.js. */
    reboundBin: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const buildDir = path.join(root, 'test-artifacts', `e2e-build-${process.pid}`);

/** Runs one build step with Node; a failure stops the test run, saying which step and why. */
function step(what: string, args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    const output = [r.stdout, r.stderr, r.error?.message].filter(Boolean).join('\n').trim();
    fs.rmSync(buildDir, { recursive: true, force: true });
    throw new Error(
      `${what} exited ${String(r.status)}, so the end-to-end tests cannot run:\n${output}`,
    );
  }
}

export function setup(project: TestProject): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const started = Date.now();
  fs.rmSync(buildDir, { recursive: true, force: true });
  const outDir = path.join(buildDir, 'dist');
  step('The build (tsc -p tsconfig.build.json)', [
    tsc,
    '-p',
    'tsconfig.build.json',
    '--outDir',
    outDir,
    '--sourceMap',
    'false',
  ]);
  // The launcher runs the bundled CLI, as users do.
  step('Bundling the CLI (scripts/build-cli.mjs)', [
    path.join(root, 'scripts', 'build-cli.mjs'),
    outDir,
  ]);
  fs.mkdirSync(path.join(buildDir, 'bin'), { recursive: true });
  const bin = path.join(buildDir, 'bin', 'rebound.js');
  fs.copyFileSync(path.join(root, 'bin', 'rebound.js'), bin);
  project.provide('reboundBin', bin);
  process.stdout.write(
    `built the CLI for the end-to-end tests in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

export function teardown(): void {
  fs.rmSync(buildDir, { recursive: true, force: true });
}
