// Trains the email classifier on the shared dev set plus the project's written examples and writes
// src/core/email/model.json. Deterministic: the same inputs give a byte-identical file.
// Usage: npm run train:classifier [-- --check]   (--check: fail if model.json would change)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeModel, trainModel } from '../src/core/email/index.js';
import type { EmailLabel, TrainingExample } from '../src/core/email/index.js';

interface Row {
  id: string;
  source: string;
  subject: string;
  from: string;
  body: string;
  date?: string | null;
  label: EmailLabel;
}

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const DEV_PATH = resolve(repo, '..', 'shared', 'data', 'emails', 'dev.jsonl');
const WRITTEN_DIR = resolve(repo, 'test', 'fixtures', 'emails', 'written');
const MODEL_PATH = resolve(repo, 'src', 'core', 'email', 'model.json');

function readJsonl(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as Row);
}

function toExample(r: Row): TrainingExample {
  return {
    id: r.id,
    source: r.source,
    label: r.label,
    input: {
      subject: r.subject ?? '',
      from: r.from ?? '',
      body: r.body ?? '',
      date: r.date ?? null,
    },
  };
}

function main(): void {
  if (!existsSync(DEV_PATH)) {
    console.log(`skipped: dev set not found (${DEV_PATH}); the committed model is unchanged`);
    return;
  }
  const dev = readJsonl(DEV_PATH);
  const written = existsSync(WRITTEN_DIR)
    ? readdirSync(WRITTEN_DIR)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .flatMap((f) => readJsonl(join(WRITTEN_DIR, f)))
    : [];
  const examples = [...dev, ...written].map(toExample);
  const counts: Record<string, number> = {};
  for (const e of examples) counts[e.label] = (counts[e.label] ?? 0) + 1;
  const bySource: Record<string, number> = {};
  for (const e of examples) bySource[e.source] = (bySource[e.source] ?? 0) + 1;
  const started = performance.now();
  // The model file records only counts, never content from the training mail.
  const model = trainModel(
    examples,
    {},
    { trainedOn: { emails: examples.length, bySource, byLabel: counts } },
  );
  const text = serializeModel(model);
  const previous = existsSync(MODEL_PATH) ? readFileSync(MODEL_PATH, 'utf8') : '';
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (process.argv.includes('--check')) {
    if (previous !== text) {
      console.error('model.json is out of date: run npm run train:classifier');
      process.exitCode = 1;
    } else console.log('model.json is up to date');
    return;
  }
  writeFileSync(MODEL_PATH, text);
  console.log(
    `trained on ${examples.length} emails (${JSON.stringify(counts)}) in ${seconds}s: ` +
      `${model.features.length} features, temperature ${model.temperature}, ${(text.length / 1024).toFixed(0)} KiB` +
      (previous === text ? ' (unchanged)' : ''),
  );
}

main();
