// npm run bench:api — how fast is today's agenda with a long search behind it?
//
// Builds a store of 10,000 applications over three years (a few hundred rejected with plans,
// most of their steps long handled, some neglected), starts the built server (createServer +
// listen from dist/, as `rebound serve` runs it; `npm run build` first) in a child process on
// 127.0.0.1, and runs autocannon against
// GET /api/today and the trivial GET /api/health in the same run. Targets (issue 4): p99 under
// 25 ms at 100 connections, and the agenda at least a third of health's throughput.
//
// Usage: npm run bench:api [-- --duration 10 --connections 100 --neglect 0.01 --keep | --store DIR]
//        [--identity] [--etag] [--profile DIR]
// --keep leaves the store behind; --store DIR measures a store kept earlier instead of building one;
// `npm run bench:api -- --build DIR` only builds one.
// Both endpoints are asked with the Accept-Encoding a browser sends (--identity: without it);
// --etag adds a run of conditional requests (If-None-Match), as a polling client makes them.
// --neglect: the share of old plans' steps never marked done or skipped (they stay due on the
// agenda); 0.05 makes a cluttered agenda of ~140 overdue items. --profile DIR writes the server's
// CPU profile there.
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_USER, loadConfig, openApp, type App } from '../src/app/index.js';
import type { Repos } from '../src/store/index.js';
import type { ApplicationStatus, StepStatus } from '../src/core/types.js';

// The server runs the built product, as `rebound serve` does: `npm run build` first.
const CHILD = fileURLToPath(new URL('./bench/api-child.mjs', import.meta.url));
if (!fs.existsSync(fileURLToPath(new URL('../dist/server/index.js', import.meta.url)))) {
  process.stderr.write('bench:api measures the built server: run `npm run build` first.\n');
  process.exit(2);
}

// autocannon ships no types; this is the part of its API used here.
interface Histogram {
  average: number;
  p50: number;
  p99: number;
  max: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
  throughput: Histogram;
  statusCodeStats?: Record<string, { count: number }>;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const APPLICATIONS = 10_000;
const REJECTIONS_WITH_PLANS = 300;
const RECENT_REJECTIONS = 12;
const TARGET_P99_MS = 25;
const TARGET_RATIO = 1 / 3;

const DAY = 86_400_000;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v >= 0 ? v : fallback;
}

/** A small seeded generator, so every run builds the same store. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = prng(20261120);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const iso = (t: number): string => new Date(t).toISOString();

const PREFIX = ['North', 'Blue', 'Kestrel', 'Orchard', 'Lumen', 'Harbor', 'Field', 'Granite', 'Willow', 'Copper', 'Signal', 'Atlas'];
const SUFFIX = ['wind', 'fin', 'stone', 'works', 'labs', 'health', 'bank', 'studio', 'logic', 'forge', 'grove', 'point'];
const ROLES = ['UX Designer', 'Product Designer', 'Data Engineer', 'Frontend Engineer', 'UX Researcher', 'Design Lead', 'Analyst', 'Product Manager'];
const SOURCES = ['LinkedIn', 'Referral', 'Company site', 'Recruiter', 'Job board'];
const FIRST = ['Priya', 'Dana', 'Tom', 'Mei', 'Ravi', 'Sam', 'Lena', 'Omar', 'Jo', 'Ines'];
const LAST = ['Shah', 'Okafor', 'Berg', 'Tanaka', 'Menon', 'Patel', 'Novak', 'Haddad', 'Lee', 'Costa'];

interface Seeded {
  id: number;
  appliedAt: number;
  status: ApplicationStatus;
  company: string;
}

/** 10,000 applications (newest last), some interviews and three years of mood check-ins, in one transaction. */
async function seedBulk(tx: Repos, now: number): Promise<Seeded[]> {
  const created = iso(now);
  const apps: Seeded[] = [];
  for (let i = 0; i < APPLICATIONS; i++) {
    const ageDays = Math.floor(((APPLICATIONS - i) / APPLICATIONS) * 3 * 365);
    const appliedAt = now - ageDays * DAY - Math.floor(rand() * 8) * 3_600_000;
    const status: ApplicationStatus =
      ageDays <= 45 ? pick(['applied', 'applied', 'applied', 'screening', 'interviewing'] as const) : pick(['rejected', 'rejected', 'ghosted', 'ghosted', 'withdrawn'] as const);
    const company = `${pick(PREFIX)}${pick(SUFFIX)} ${i % 97}`;
    const a = await tx.applications.create(
      LOCAL_USER.userId,
      { company, role: pick(ROLES), url: null, source: pick(SOURCES), appliedOn: iso(appliedAt).slice(0, 10), status, resumeVersion: null, notes: null, valued: null },
      created,
    );
    apps.push({ id: a.id, appliedAt, status, company });
    // About one in eight got as far as an interview.
    if (status === 'interviewing' || rand() < 0.12) {
      const at = Math.min(now - DAY, appliedAt + (7 + Math.floor(rand() * 14)) * DAY);
      await tx.interviews.create(
        LOCAL_USER.userId,
        { applicationId: a.id, at: iso(at), kind: pick(['screen', 'hiring_manager', 'technical'] as const), mode: pick(['video', 'phone', 'in_person'] as const), participantIds: [], finalRound: rand() < 0.2, notes: null, questions: [] },
        created,
      );
    }
  }
  for (let t = now - 3 * 365 * DAY; t < now - DAY; t += 3 * DAY) {
    await tx.journal.addMood(LOCAL_USER.userId, { at: iso(t), score: 1 + Math.floor(rand() * 5), note: null });
  }
  return apps;
}

const humanEmail = (company: string): string => {
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const address = `${name.toLowerCase().replace(' ', '.')}@${company.toLowerCase().replace(/\W+/g, '')}.example`;
  return `From: ${name} <${address}>\nSubject: Your application at ${company}\n\nHi Alex,\n\nThank you for your time with us. I'm sorry to say we have decided to move ahead with another candidate. It was a close call.\n\nBest,\n${name.split(' ')[0] ?? ''}`;
};
const automatedEmail = (company: string): string =>
  `From: ${company} Careers <no-reply@careers.example>\nSubject: Update on your application\n\nDear candidate,\n\nAfter careful review we will not be moving forward with your application at this time.\n\nThis mailbox is not monitored.`;

/** A few hundred rejections through the real use case, so each gets a real plan. */
async function seedRejections(app: App, apps: Seeded[], now: number): Promise<void> {
  const twoYears = now - 2 * 365 * DAY;
  const older = apps.filter((a) => a.status === 'rejected' && a.appliedAt > twoYears);
  const recent = apps.filter((a) => a.status !== 'rejected' && a.appliedAt > now - 40 * DAY && a.appliedAt < now - 5 * DAY);
  const chosen = [
    ...older.filter((_, i) => i % Math.max(1, Math.floor(older.length / (REJECTIONS_WITH_PLANS - RECENT_REJECTIONS))) === 0).slice(0, REJECTIONS_WITH_PLANS - RECENT_REJECTIONS),
    ...recent.slice(-RECENT_REJECTIONS),
  ].sort((a, b) => a.appliedAt - b.appliedAt);
  for (const a of chosen) {
    const receivedAt = Math.min(now - 2 * 3_600_000, a.appliedAt + (10 + Math.floor(rand() * 25)) * DAY);
    const how = rand();
    await app.useCases.recordRejection(LOCAL_USER, {
      applicationId: a.id,
      receivedAt: iso(receivedAt),
      ...(how < 0.5 ? { rawEmail: Buffer.from(humanEmail(a.company)) } : how < 0.75 ? { rawEmail: Buffer.from(automatedEmail(a.company)) } : { channel: 'call' as const }),
    });
  }
}

/** Most steps of plans older than three weeks were handled long ago; a few were left open. */
async function handleOldSteps(tx: Repos, now: number, neglect: number): Promise<void> {
  const u = LOCAL_USER.userId;
  const rejections = await tx.rejections.list(u);
  for (const r of rejections) {
    if (Date.parse(r.receivedAt) > now - 21 * DAY) continue;
    for (const s of await tx.steps.forApplication(u, r.applicationId)) {
      if (s.status !== 'pending' || rand() < neglect) continue;
      const status: StepStatus = rand() < 0.7 ? 'done' : 'skipped';
      await tx.steps.setStatus(u, s.id, { status, snoozedUntil: null, completedAt: status === 'done' ? s.dueAt : null }, iso(now));
    }
  }
}

async function buildStore(dir: string, neglect: number): Promise<void> {
  const started = Date.now();
  const app = await openApp(loadConfig({ ...process.env, REBOUND_HOME: dir, REBOUND_NOW: '' }));
  try {
    const now = Date.now();
    await app.useCases.setProfile(LOCAL_USER, { name: 'Alex Rivera', email: 'alex.rivera@example.com' });
    const apps = await app.store.transaction((tx) => seedBulk(tx, now));
    process.stdout.write(`  ${apps.length} applications, interviews and moods in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    const t1 = Date.now();
    await seedRejections(app, apps, now);
    await app.store.transaction((tx) => handleOldSteps(tx, now, neglect));
    process.stdout.write(`  ${(await app.store.rejections.list(LOCAL_USER.userId)).length} rejections with plans in ${((Date.now() - t1) / 1000).toFixed(1)} s\n`);
  } finally {
    await app.close();
  }
}

/**
 * Builds the store in a process of its own: autocannon runs in this one, and the heap left by
 * building 10,000 applications would make its garbage collection, and so the latencies it
 * measures, slower.
 */
function buildInChild(dir: string, neglect: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--build', dir, '--neglect', String(neglect)], { stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building the store failed (exit ${String(code)})`))));
  });
}

function startChild(dir: string): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    // Written when the server stops; open it in Chrome's DevTools.
    const pi = process.argv.indexOf('--profile');
    const profile = pi >= 0 && process.argv[pi + 1] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.argv[pi + 1]!)}`] : [];
    const child = fork(CHILD, [dir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: profile });
    child.once('message', (m: { port?: number }) => (m.port ? resolve({ child, port: m.port }) : reject(new Error('no port'))));
    child.once('exit', (code) => reject(new Error(`the server exited early (${String(code)})`)));
  });
}

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Server CPU time (user + system) per answered request, in microseconds. */
  cpuUs: number;
  /** The same for the client (autocannon, in this process). */
  clientUs: number;
}

/** CPU time used by the server process so far, in microseconds. */
function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (m: { cpu?: { user: number; system: number } }): void => {
      if (!m.cpu) return;
      child.off('message', onMessage);
      resolve(m.cpu.user + m.cpu.system);
    };
    child.on('message', onMessage);
    child.send('cpu');
  });
}

interface Probe {
  name: string;
  url: string;
  headers: Record<string, string>;
  /** The status every answer should have; others count as errors. */
  status: number;
}

async function measure(child: ChildProcess, p: Probe, seconds: number, connections: number): Promise<Row> {
  // A short unmeasured run first, so the JIT and SQLite's page cache are warm for both.
  await autocannon({ url: p.url, connections, duration: 2, headers: p.headers });
  const before = await serverCpu(child);
  const clientBefore = process.cpuUsage();
  const r = await autocannon({ url: p.url, connections, duration: seconds, headers: p.headers });
  const client = process.cpuUsage(clientBefore);
  const cpu = (await serverCpu(child)) - before;
  const expected = r.statusCodeStats?.[String(p.status)]?.count ?? 0;
  // No answer at all within the run counts as infinitely slow, not as 0 ms.
  const answered = expected > 0;
  return {
    name: p.name,
    rps: r.requests.average,
    p50: answered ? r.latency.p50 : Infinity,
    p99: answered ? r.latency.p99 : Infinity,
    errors: r.errors + r.timeouts + (r.requests.total - expected > 0 ? r.requests.total - expected : 0),
    cpuUs: r.requests.total > 0 ? cpu / r.requests.total : Infinity,
    clientUs: r.requests.total > 0 ? (client.user + client.system) / r.requests.total : Infinity,
  };
}

const loadLine = (): string => {
  const [one, five] = os.loadavg();
  return `load average ${(one ?? 0).toFixed(1)} (1 min), ${(five ?? 0).toFixed(1)} (5 min) on ${os.cpus().length} cores`;
};

function table(rows: Row[], connections: number, health: Row, today: Row, loadBefore: string): boolean {
  const ratio = today.rps / health.rps;
  const p99ok = today.p99 < TARGET_P99_MS;
  const ratioOk = ratio >= TARGET_RATIO;
  const errorsOk = rows.every((r) => r.errors === 0);
  const pad = (s: string, n: number): string => s.padEnd(n);
  const lines = [
    '',
    `${pad('endpoint', 34)}${pad('requests/s', 13)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('errors', 8)}${pad('server CPU/req', 16)}client CPU/req`,
    ...rows.map(
      (r) => `${pad(r.name, 34)}${pad(r.rps.toFixed(0), 13)}${pad(r.p50.toFixed(1), 9)}${pad(r.p99.toFixed(1), 9)}${pad(String(r.errors), 8)}${pad(`${r.cpuUs.toFixed(0)} µs`, 16)}${r.clientUs.toFixed(0)} µs`,
    ),
    '',
    `targets at ${connections} connections       target     measured   verdict`,
    `  GET /api/today p99                < ${TARGET_P99_MS} ms    ${pad(`${today.p99.toFixed(1)} ms`, 11)}${p99ok ? 'PASS' : 'FAIL'}`,
    `  GET /api/today vs health req/s    >= 33%     ${pad(`${(ratio * 100).toFixed(0)}%`, 11)}${ratioOk ? 'PASS' : 'FAIL'}`,
    `  errors or unexpected statuses     0          ${pad(String(rows.reduce((n, r) => n + r.errors, 0)), 11)}${errorsOk ? 'PASS' : 'FAIL'}`,
    '',
    `Before: ${loadBefore}. After: ${loadLine()}.`,
  ];
  const load = os.loadavg()[0] ?? 0;
  if (load > os.cpus().length / 2) {
    lines.push(
      'The client, the server and whatever else runs here share these cores: with a load like this the latencies are inflated; compare on a quiet machine.',
    );
  }
  lines.push('');
  process.stdout.write(lines.join('\n'));
  return p99ok && ratioOk && errorsOk;
}

async function main(): Promise<void> {
  const seconds = arg('duration', 10);
  const connections = arg('connections', 100);
  const neglect = arg('neglect', 0.01);
  const si = process.argv.indexOf('--store');
  const given = si >= 0 ? process.argv[si + 1] : undefined;
  const dir = given ? path.resolve(given) : fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-bench-'));
  // What a browser sends; --identity measures uncompressed answers instead.
  const encoding: Record<string, string> = process.argv.includes('--identity') ? {} : { 'Accept-Encoding': 'gzip, deflate, br' };
  let child: ChildProcess | null = null;
  try {
    if (given) process.stdout.write(`Measuring the store in ${dir}\n`);
    else {
      process.stdout.write(`Building a store in ${dir} (${neglect * 100}% of old steps left open)\n`);
      await buildInChild(dir, neglect);
    }
    const started = await startChild(dir);
    child = started.child;
    const base = `http://127.0.0.1:${started.port}`;
    // The first agenda settles R11 (silent applications get their follow-up) before measuring.
    const first = Date.now();
    const agenda = (await (await fetch(`${base}/api/today`)).json()) as { due: unknown[]; upcoming: unknown[] };
    const cold = Date.now() - first;
    const plain = await fetch(`${base}/api/today`, { headers: { 'Accept-Encoding': 'identity' } });
    const bytes = (await plain.arrayBuffer()).byteLength;
    const etag = plain.headers.get('etag') ?? '';
    // The smaller brotli form is made in the background after a change: give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // fetch decodes what it gets, so the sizes on the wire come from Content-Length.
    const wire = async (coding: string): Promise<string> => {
      const res = await fetch(`${base}/api/today`, { headers: { 'Accept-Encoding': coding } });
      await res.arrayBuffer();
      return `${(Number(res.headers.get('content-length')) / 1024).toFixed(1)} KB ${coding}`;
    };
    process.stdout.write(
      `  first (cold) agenda in ${cold} ms: ${agenda.due.length} due, ${agenda.upcoming.length} upcoming, ${(bytes / 1024).toFixed(1)} KB (${await wire('gzip')}, ${await wire('br')})\n`,
    );
    const loadBefore = loadLine();
    process.stdout.write(
      `Measuring ${seconds} s per endpoint at ${connections} connections (after a 2 s warm-up each), ${encoding['Accept-Encoding'] ? `Accept-Encoding: ${encoding['Accept-Encoding']}` : 'no compression'}; ${loadBefore}…\n`,
    );
    const health = await measure(child, { name: 'GET /api/health', url: `${base}/api/health`, headers: encoding, status: 200 }, seconds, connections);
    const today = await measure(child, { name: 'GET /api/today', url: `${base}/api/today`, headers: encoding, status: 200 }, seconds, connections);
    const rows = [health, today];
    if (process.argv.includes('--etag')) {
      const probe = { name: 'GET /api/today If-None-Match', url: `${base}/api/today`, headers: { ...encoding, 'If-None-Match': etag }, status: 304 };
      rows.push(await measure(child, probe, seconds, connections));
    }
    const ok = table(rows, connections, health, today, loadBefore);
    process.exitCode = ok ? 0 : 1;
  } finally {
    if (child?.connected) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.disconnect();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
    if (process.argv.includes('--keep')) process.stdout.write(`Kept the store in ${dir}\n`);
    else if (!given) fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--build' && process.argv[3]) {
  // Only builds a store (to measure it later with --store, or to profile the first agenda).
  await buildStore(path.resolve(process.argv[3]), arg('neglect', 0.01));
} else {
  await main();
}
