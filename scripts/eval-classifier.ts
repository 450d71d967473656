// Evaluates the email classifier and extractor on the shared dev set, leave-one-source-out:
// for each source, train on every other source plus the project's written examples, then test on
// the held-out source. Also: k-fold on the written examples, a keyword baseline measured the same
// way, calibration (ECE), extraction accuracy and throughput.
// Usage: npm run eval:classifier [-- --set l2=0.05 --set minDf=3] [--skip-written]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyWith, extractEmail, EMAIL_LABELS, trainModel } from '../src/core/email/index.js';
import type {
  ClassifierModel,
  EmailLabel,
  TrainingExample,
  TrainOptions,
} from '../src/core/email/index.js';
import { foldOf } from '../src/core/email/train.js';

interface Row {
  id: string;
  source: string;
  subject: string;
  from: string;
  body: string;
  date?: string | null;
  label: EmailLabel;
  company: string | null;
  role: string | null;
  contact_name: string | null;
}

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const DEV_PATH = resolve(repo, '..', 'shared', 'data', 'emails', 'dev.jsonl');
const WRITTEN_DIR = resolve(repo, 'test', 'fixtures', 'emails', 'written');

function readJsonl(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as Row);
}

function readWritten(): Row[] {
  if (!existsSync(WRITTEN_DIR)) return [];
  return readdirSync(WRITTEN_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(join(WRITTEN_DIR, f)));
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

function parseOptions(argv: readonly string[]): Partial<TrainOptions> {
  const opts: Record<string, number> = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--set') {
      const [k, v] = (argv[i + 1] ?? '').split('=');
      if (k !== undefined && v !== undefined) opts[k] = Number(v);
      i++;
    }
  }
  return opts;
}

interface Prediction {
  row: Row;
  label: EmailLabel;
  confidence: number;
}

const KEYWORD_RULES: [RegExp, EmailLabel][] = [
  [
    /unfortunately|regret|not (?:be )?moving forward|other candidates|not been selected/i,
    'rejection',
  ],
  [/\boffer\b/i, 'offer'],
  [/assessment|\btest\b|challenge/i, 'assessment'],
  [/interview/i, 'interview'],
  [/application|applying|applied/i, 'application_received'],
  [/opportunity|your profile/i, 'recruiter_outreach'],
];

function keywordBaseline(r: Row): EmailLabel {
  const text = `${r.subject}\n${r.body}`;
  for (const [re, label] of KEYWORD_RULES) if (re.test(text)) return label;
  return 'other';
}

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length);
}
const pct = (x: number): string =>
  Number.isFinite(x) ? (x * 100).toFixed(1).padStart(5) : '  n/a';

function report(
  title: string,
  preds: readonly Prediction[],
  withCalibration: boolean,
): { acc: number; rejP: number; rejR: number } {
  console.log(`\n=== ${title} (${preds.length} emails) ===`);
  const labels = EMAIL_LABELS;
  const conf = labels.map(() => labels.map(() => 0));
  let correct = 0;
  for (const p of preds) {
    const gi = labels.indexOf(p.row.label);
    const pi = labels.indexOf(p.label);
    const rowArr = conf[gi];
    if (rowArr !== undefined) rowArr[pi] = (rowArr[pi] ?? 0) + 1;
    if (gi === pi) correct++;
  }
  console.log(`${pad('label', 22)} ${pad('prec', 6)} ${pad('recall', 6)} ${pad('F1', 6)} support`);
  let rejP = NaN;
  let rejR = NaN;
  labels.forEach((l, i) => {
    const tp = conf[i]?.[i] ?? 0;
    const support = (conf[i] ?? []).reduce((a, b) => a + b, 0);
    const predicted = conf.reduce((a, row) => a + (row[i] ?? 0), 0);
    const prec = predicted === 0 ? NaN : tp / predicted;
    const rec = support === 0 ? NaN : tp / support;
    const f1 =
      prec + rec === 0 || !Number.isFinite(prec + rec) ? NaN : (2 * prec * rec) / (prec + rec);
    if (l === 'rejection') {
      rejP = prec;
      rejR = rec;
    }
    console.log(`${pad(l, 22)} ${pct(prec)}  ${pct(rec)}  ${pct(f1)}  ${support}`);
  });
  const acc = preds.length === 0 ? NaN : correct / preds.length;
  console.log(`accuracy ${pct(acc)}%   rejection precision ${pct(rejP)}%  recall ${pct(rejR)}%`);
  console.log('confusion (rows = truth, columns = predicted):');
  const abbrev = labels.map((l) => l.slice(0, 6));
  console.log(`${pad('', 22)}${abbrev.map((a) => a.padStart(7)).join('')}`);
  labels.forEach((l, i) =>
    console.log(`${pad(l, 22)}${(conf[i] ?? []).map((n) => String(n).padStart(7)).join('')}`),
  );
  if (withCalibration) {
    const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, correct: 0 }));
    for (const p of preds) {
      const b = bins[Math.min(9, Math.floor(p.confidence * 10))];
      if (b === undefined) continue;
      b.n++;
      b.conf += p.confidence;
      if (p.label === p.row.label) b.correct++;
    }
    const ece = bins.reduce(
      (a, b) =>
        a + (b.n === 0 ? 0 : (Math.abs(b.correct / b.n - b.conf / b.n) * b.n) / preds.length),
      0,
    );
    const meanConf = preds.reduce((a, p) => a + p.confidence, 0) / Math.max(1, preds.length);
    console.log(`calibration: ECE ${(ece * 100).toFixed(1)}%  mean confidence ${pct(meanConf)}%`);
  }
  return { acc, rejP, rejR };
}

function norm(s: string | null | undefined): string {
  return (s ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function extractionReport(all: readonly Row[], what = 'dev'): void {
  let rows = all;
  let company = 0;
  let companyLenient = 0;
  let companyGold = 0;
  let companyGoldHit = 0;
  let vendorLeaks = 0;
  let role = 0;
  let roleGold = 0;
  let roleGoldHit = 0;
  let contact = 0;
  const misses: string[] = [];
  const roleMisses: string[] = [];
  const contactMisses: string[] = [];
  const vendors =
    /^(workday|greenhouse|lever|icims|smartrecruiters|linkedin|ashby|jobvite|taleo|successfactors|bamboohr|workable|indeed|ripplematch|myworkday)$/;
  // The product extracts only from job mail, so that is what is measured.
  rows = rows.filter((r) => r.label !== 'other');
  for (const r of rows) {
    const x = extractEmail(
      { subject: r.subject, from: r.from, body: r.body, date: r.date ?? null },
      r.label,
    );
    const c = norm(x.company);
    const g = norm(r.company);
    if (c === g) company++;
    if (c === g || (c.length > 2 && g.length > 2 && (c.includes(g) || g.includes(c))))
      companyLenient++;
    else
      misses.push(
        `  company ${r.id}: got ${JSON.stringify(x.company)} want ${JSON.stringify(r.company)}`,
      );
    if (norm(x.role) !== norm(r.role))
      roleMisses.push(
        `  role ${r.id}: got ${JSON.stringify(x.role)} want ${JSON.stringify(r.role)}`,
      );
    if (norm(x.contactName) !== norm(r.contact_name))
      contactMisses.push(
        `  contact ${r.id}: got ${JSON.stringify(x.contactName)} want ${JSON.stringify(r.contact_name)}`,
      );
    if (g.length > 0) {
      companyGold++;
      if (c === g) companyGoldHit++;
    }
    if (vendors.test(c)) vendorLeaks++;
    if (norm(x.role) === norm(r.role)) role++;
    if (norm(r.role).length > 0) {
      roleGold++;
      if (norm(x.role) === norm(r.role)) roleGoldHit++;
    }
    if (norm(x.contactName) === norm(r.contact_name)) contact++;
  }
  const n = rows.length;
  console.log(
    `\n=== Extraction on ${what}, job mail only (${n} emails; exact match after dropping case and punctuation) ===`,
  );
  console.log(
    `company: ${pct(company / n)}% (lenient, one contains the other: ${pct(companyLenient / n)}%; where a company is known: ${pct(companyGoldHit / Math.max(1, companyGold))}%)`,
  );
  console.log(`ATS vendor returned as company: ${vendorLeaks}`);
  console.log(
    `role: ${pct(role / n)}% (where a role is known: ${pct(roleGoldHit / Math.max(1, roleGold))}%)`,
  );
  console.log(`contact: ${pct(contact / n)}%`);
  if (process.argv.includes('--show-misses'))
    console.log([...misses, ...roleMisses, ...contactMisses].join('\n'));
}

function throughput(model: ClassifierModel, rows: readonly Row[]): void {
  // Fresh objects each round, as the ingest passes them; extraction only for job mail, as there.
  const inputs = rows.map((r) => ({
    subject: r.subject,
    from: r.from,
    body: r.body,
    date: r.date ?? null,
  }));
  const once = (extract: boolean): number => {
    let n = 0;
    for (const i of inputs) {
      const input = { ...i };
      const c = classifyWith(model, input);
      if (extract && c.label !== 'other') extractEmail(input, c.label);
      n++;
    }
    return n;
  };
  const measure = (extract: boolean): { cpu: number; wall: number } => {
    once(extract);
    let cpuBest = Infinity;
    let wallBest = Infinity;
    // CPU time, best of several rounds: wall time on a shared machine measures the neighbours.
    for (let k = 0; k < 6; k++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const n = once(extract);
      const cpu = process.cpuUsage(c0);
      cpuBest = Math.min(cpuBest, (cpu.user + cpu.system) / n);
      wallBest = Math.min(wallBest, ((performance.now() - t0) * 1000) / n);
    }
    return { cpu: cpuBest, wall: wallBest };
  };
  const cls = measure(false);
  const both = measure(true);
  const load = loadavg()[0] ?? 0;
  console.log(
    `\n=== Speed (one core, dev mix, best of 6 rounds; load average ${load.toFixed(1)} on ${cpus().length} cores) ===`,
  );
  console.log(
    `classify only:       ${cls.cpu.toFixed(0)} µs CPU per email = ${Math.round(1e6 / cls.cpu)} msgs/s (wall ${cls.wall.toFixed(0)} µs)`,
  );
  console.log(
    `classify + extract:  ${both.cpu.toFixed(0)} µs CPU per email = ${Math.round(1e6 / both.cpu)} msgs/s (wall ${both.wall.toFixed(0)} µs; extraction runs for job mail only)`,
  );
}

function main(): void {
  if (!existsSync(DEV_PATH)) {
    console.log(`skipped: dev set not found (${DEV_PATH})`);
    return;
  }
  const argv = process.argv.slice(2);
  const opts = parseOptions(argv);
  const dev = readJsonl(DEV_PATH);
  const written = readWritten();
  const writtenExamples = written.map(toExample);
  console.log(
    `dev: ${dev.length} emails; written examples: ${written.length}; options: ${JSON.stringify(opts)}`,
  );

  if (argv.includes('--extract-only')) {
    extractionReport(dev);
    if (written.length > 0) extractionReport(written, 'written examples');
    return;
  }
  if (argv.includes('--speed-only')) {
    throughput(
      trainModel([...dev.map(toExample), ...writtenExamples], { ...opts, calibrationFolds: 0 }),
      dev,
    );
    return;
  }
  const sources = [...new Set(dev.map((r) => r.source))].sort();
  const preds: Prediction[] = [];
  const baseline: Prediction[] = [];
  for (const s of sources) {
    const train = [...dev.filter((r) => r.source !== s).map(toExample), ...writtenExamples];
    const model = trainModel(train, opts);
    const test = dev.filter((r) => r.source === s);
    let ok = 0;
    for (const r of test) {
      const c = classifyWith(model, toExample(r).input);
      preds.push({ row: r, label: c.label, confidence: c.confidence });
      baseline.push({ row: r, label: keywordBaseline(r), confidence: 1 });
      if (c.label === r.label) ok++;
      else if (argv.includes('--show-errors')) {
        console.log(
          `  MISS ${r.id} want ${r.label} got ${c.label} (${c.confidence.toFixed(2)}) ${c.reasons.slice(0, 3).join(' | ')}`,
        );
      }
    }
    console.log(
      `held out ${pad(s, 32)} ${String(test.length).padStart(4)} emails  accuracy ${pct(ok / test.length)}%  (temperature ${model.temperature})`,
    );
  }
  const main = report('Leave-one-source-out, model', preds, true);
  const base = report('Leave-one-source-out, keyword baseline', baseline, false);
  console.log(
    `\nmodel vs baseline: accuracy ${pct(main.acc)}% vs ${pct(base.acc)}%; rejection P/R ${pct(main.rejP)}/${pct(main.rejR)} vs ${pct(base.rejP)}/${pct(base.rejR)}`,
  );

  if (written.length > 0 && !argv.includes('--skip-written')) {
    const folds = 5;
    const wPreds: Prediction[] = [];
    const wBase: Prediction[] = [];
    for (let f = 0; f < folds; f++) {
      const held = written.filter((r) => foldOf(r.id, folds) === f);
      const train = [
        ...dev.map(toExample),
        ...written.filter((r) => foldOf(r.id, folds) !== f).map(toExample),
      ];
      const model = trainModel(train, opts);
      for (const r of held) {
        const c = classifyWith(model, toExample(r).input);
        wPreds.push({ row: r, label: c.label, confidence: c.confidence });
        wBase.push({ row: r, label: keywordBaseline(r), confidence: 1 });
        if (c.label !== r.label && argv.includes('--show-errors')) {
          console.log(
            `  MISS ${r.id} want ${r.label} got ${c.label} (${c.confidence.toFixed(2)}) ${c.reasons.slice(0, 3).join(' | ')}`,
          );
        }
      }
    }
    report(`Written examples, ${folds}-fold (dev always in training), model`, wPreds, true);
    report('Written examples, keyword baseline', wBase, false);
  }

  extractionReport(dev);
  const full = trainModel([...dev.map(toExample), ...writtenExamples], opts);
  throughput(full, dev);
}

main();
