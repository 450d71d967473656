// Several processes on one store at once, as when the user runs `rebound` in two terminals (or a
// script loops over it) while the web app is open: no SQLITE_BUSY, no lost write, no corruption.
// The workers import this run's build of src/app (see test/support/build.ts) and start together.
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { MIGRATION_NAMES } from '../../src/store/migrations/index.js';
import { builtModule, newUser, tempDir, type CliUser, type TempDir } from '../support/cli.js';

vi.setConfig({ testTimeout: 240_000 });

const NOW = '2026-03-10T09:00:00.000Z';
const dirs: TempDir[] = [];
const users: CliUser[] = [];
afterAll(() => {
  for (const d of dirs) d.remove();
  for (const u of users) u.cleanup();
});

// A worker: imports the app, says "ready", waits for "go" on stdin, then writes (or reads).
// writer-reopen opens the store for every write, like one CLI invocation each; writer-persistent
// keeps one connection, like the web server; reader keeps reading while the others write.
const WORKER = String.raw`
const [appUrl, home, name, count, mode] = process.argv.slice(1);
const { openApp, loadConfig, LOCAL_USER } = await import(appUrl);
const config = loadConfig({ REBOUND_HOME: home, REBOUND_NOW: '${NOW}' });
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
const errors = [];
const n = Number(count);
let seen = 0;
const keep = mode === 'writer-reopen' ? null : await openApp(config);
for (let i = 0; i < n; i++) {
  const app = keep ?? (await openApp(config));
  try {
    if (mode === 'reader') {
      const list = await app.useCases.listApplications(LOCAL_USER);
      if (list.length < seen) errors.push('the count went down from ' + seen + ' to ' + list.length);
      seen = list.length;
    } else {
      const a = await app.useCases.addApplication(LOCAL_USER, { company: name, role: 'Role ' + i, appliedOn: '2026-03-01' });
      await app.useCases.addContact(LOCAL_USER, { name: name + ' person ' + i, kind: 'recruiter', applicationId: a.id });
    }
  } catch (e) {
    errors.push(String(e && e.code ? e.code + ': ' : '') + String(e && e.message ? e.message : e));
  } finally {
    if (!keep) await app.close();
  }
}
if (keep) await keep.close();
process.stdout.write(JSON.stringify({ errors }) + '\n');
`;

interface WorkerResult {
  code: number | null;
  errors: string[];
  stderr: string;
}

/** Starts the workers, waits until every one is ready, then lets them all go at once. */
async function runTogether(
  home: string,
  workers: Array<{ name: string; count: number; mode: string }>,
): Promise<WorkerResult[]> {
  const appUrl = builtModule('app/index.js');
  const started = workers.map((w) => {
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', WORKER, appUrl, home, w.name, String(w.count), w.mode],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    const ready = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        if (stdout.startsWith('ready\n')) resolve();
      });
      child.on('exit', () =>
        reject(new Error(`worker ${w.name} ended before it was ready:\n${stderr}`)),
      );
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const done = new Promise<WorkerResult>((resolve) => {
      child.on('close', (code) => {
        const last = stdout.trim().split('\n').pop() ?? '';
        let errors: string[] = [`no result from worker ${w.name}`];
        try {
          errors = (JSON.parse(last) as { errors: string[] }).errors;
        } catch {
          // keep the placeholder: the worker died before reporting
        }
        resolve({ code, errors, stderr });
      });
    });
    return { child, ready, done };
  });
  await Promise.all(started.map((s) => s.ready));
  for (const s of started) s.child.stdin.end('go\n');
  return Promise.all(started.map((s) => s.done));
}

/** What the store holds, read with a connection of its own. */
function inspect(file: string, companies: readonly string[] = []) {
  const db = new Database(file, { readonly: true });
  try {
    const count = (table: string) =>
      (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    const roles = (company: string) =>
      (
        db
          .prepare('select role from applications where company = ? order by id')
          .all(company) as Array<{ role: string }>
      ).map((r) => r.role);
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      foreignKeyProblems: db.pragma('foreign_key_check') as unknown[],
      journalMode: db.pragma('journal_mode', { simple: true }) as string,
      migrations: (
        db.prepare('select name from kysely_migration order by name').all() as Array<{
          name: string;
        }>
      ).map((r) => r.name),
      applications: count('applications'),
      contacts: count('contacts'),
      links: count('application_contacts'),
      roles: Object.fromEntries(companies.map((c) => [c, roles(c)])),
    };
  } finally {
    db.close();
  }
}

describe('two or more processes writing to the same store at once', () => {
  it('4 processes × 50 writes each, starting on an empty folder, lose nothing and hit no SQLITE_BUSY', async () => {
    const tmp = tempDir('rebound-concurrency-');
    dirs.push(tmp);
    const home = tmp.file('home');
    const writers = [
      { name: 'Reopen A', count: 50, mode: 'writer-reopen' },
      { name: 'Reopen B', count: 50, mode: 'writer-reopen' },
      { name: 'Persistent C', count: 50, mode: 'writer-persistent' },
      { name: 'Persistent D', count: 50, mode: 'writer-persistent' },
    ];
    const results = await runTogether(home, [
      ...writers,
      { name: 'Reader', count: 100, mode: 'reader' },
    ]);

    for (const r of results) {
      expect(r.errors, r.stderr).toEqual([]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/SQLITE_BUSY|database is locked/i);
    }
    const db = inspect(
      path.join(home, 'rebound.db'),
      writers.map((w) => w.name),
    );
    expect(db.integrity).toBe('ok');
    expect(db.foreignKeyProblems).toEqual([]);
    expect(db.journalMode).toBe('wal');
    // The first opens raced each other: the migrations still ran exactly once.
    expect(db.migrations).toEqual([...MIGRATION_NAMES].sort());
    expect(db.applications).toBe(200);
    expect(db.contacts).toBe(200);
    expect(db.links).toBe(200);
    for (const w of writers) {
      expect(db.roles[w.name]).toEqual(Array.from({ length: 50 }, (_, i) => `Role ${i}`));
    }
  });

  it('the CLI itself: processes started together on an empty REBOUND_HOME all succeed', async () => {
    const u = newUser('rebound-concurrency-cli-');
    users.push(u);
    const adds = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        u.run([
          '--json',
          'app',
          'add',
          '--company',
          `Company ${i}`,
          '--role',
          'Analyst',
          '--applied',
          '2026-02-01',
        ]),
      ),
    );
    for (const r of adds) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    expect(new Set(adds.map((r) => r.json<{ id: number }>().id)).size).toBe(8);

    // Plans written at the same time as a mood check-in that refreshes every recent plan.
    const busy = await Promise.all([
      u.run(['--json', 'reject', '1', '--channel', 'call', '--date', '2026-03-02']),
      u.run(['--json', 'reject', '2', '--channel', 'call', '--date', '2026-03-05']),
      u.run(['--json', 'reject', '3', '--channel', 'letter', '--date', '2026-03-08']),
      u.run(['--json', 'mood', '2']),
      u.run(['--json', 'today']),
      u.run(['--json', 'app', 'list']),
    ]);
    for (const r of busy) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const list = await u.json<Array<{ id: number; status: string }>>(['app', 'list']);
    expect(list).toHaveLength(8);
    expect(
      list
        .filter((a) => a.status === 'rejected')
        .map((a) => a.id)
        .sort(),
    ).toEqual([1, 2, 3]);
    for (const id of [1, 2, 3]) {
      const plan = await u.json<{ steps: Array<{ kind: string }> }>(['plan', String(id)]);
      expect(plan.steps.map((s) => s.kind)).toEqual(
        expect.arrayContaining(['check_in', 'reflect', 'pipeline']),
      );
    }
    const db = inspect(u.dbFile);
    expect(db.integrity).toBe('ok');
    expect(db.journalMode).toBe('wal');
  });
});
