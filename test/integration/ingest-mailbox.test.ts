// `rebound ingest PATH` on generated mailboxes: counts, privacy, idempotency, a malformed
// message that does not abort the run, and a kill -9 half-way followed by a clean finish.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dumpStore, newUser, reboundBin, ROOT, type CliUser } from '../support/cli.js';
import { generateMessages, writeMaildir, writeMbox } from '../support/mailgen.js';

interface Summary {
  scanned: number;
  jobMail: number;
  other: number;
  alreadySeen: number;
  malformed: number;
  problems: string[];
  applied: number;
  review: number;
}

const users: CliUser[] = [];
function user(): CliUser {
  const u = newUser('rebound-ingest-');
  users.push(u);
  return u;
}
afterEach(() => {
  for (const u of users.splice(0)) u.cleanup();
});

function count(dbFile: string, table: string): number {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('rebound ingest PATH', () => {
  it('keeps only job mail, and a second run adds nothing', async () => {
    const u = user();
    const mbox = u.tmp.file('inbox.mbox');
    const msgs = [...generateMessages({ seed: 11, count: 200, jobShare: 0.25 })];
    await writeMbox(mbox, msgs, { variant: 'mboxrd' });
    const first = await u.json<Summary>(['ingest', mbox]);
    expect(first.scanned).toBe(200);
    expect(first.jobMail + first.other).toBe(200);
    // Only job mail is stored; everything else is counted and forgotten.
    expect(count(u.dbFile, 'emails')).toBe(first.jobMail);
    expect(count(u.dbFile, 'ingest_seen')).toBe(200);
    const before = dumpStore(u.dbFile);
    const second = await u.json<Summary>(['ingest', mbox]);
    expect(second.alreadySeen).toBe(200);
    expect(second.jobMail).toBe(0);
    expect(dumpStore(u.dbFile)).toEqual(before);
  });

  it('reads a maildir the same way', async () => {
    const u = user();
    const dir = u.tmp.file('Maildir');
    await writeMaildir(dir, generateMessages({ seed: 12, count: 40, jobShare: 0.5 }));
    const s = await u.json<Summary>(['ingest', dir]);
    expect(s.scanned).toBe(40);
    expect(s.jobMail).toBeGreaterThan(5);
  });

  it('reports a malformed message and goes on with the rest', async () => {
    const u = user();
    const mbox = u.tmp.file('mixed.mbox');
    const msgs = [...generateMessages({ seed: 13, count: 20, jobShare: 0.5 })];
    await writeMbox(mbox, msgs, { variant: 'mboxrd' });
    // A message whose body is binary garbage, in the middle of the file.
    const garbage = Buffer.concat([Buffer.from('From broken@example.com Mon Jan  6 08:00:00 2025\n'), Buffer.alloc(2000, 0), Buffer.from('\n\n')]);
    const all = fs.readFileSync(mbox);
    const cut = all.indexOf('\nFrom ', Math.floor(all.length / 2)) + 1;
    fs.writeFileSync(mbox, Buffer.concat([all.subarray(0, cut), garbage, all.subarray(cut)]));
    const r = await u.run(['--json', 'ingest', mbox]);
    expect(r.code).toBe(0);
    const s = r.json<Summary>();
    expect(s.malformed).toBe(1);
    expect(s.problems[0]).toMatch(/binary/i);
    expect(s.scanned).toBe(21);
    expect(s.jobMail + s.other).toBe(20);
  });

  it('a missing path exits 2 with one line naming it', async () => {
    const u = user();
    const r = await u.run(['ingest', u.tmp.file('nope.mbox')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.mbox');
  });

  it('killed with SIGKILL half-way, a re-run leaves exactly the rows a clean run leaves', async () => {
    const clean = user();
    const crashed = user();
    const mbox = clean.tmp.file('big.mbox');
    await writeMbox(mbox, generateMessages({ seed: 14, count: 6000, jobShare: 0.05, sizeMix: { small: 1, medium: 0, large: 0 } }), { variant: 'mboxrd' });

    await clean.json<Summary>(['ingest', mbox]);

    // Start the same ingest and kill it once some batches have committed.
    const env = { ...process.env, REBOUND_HOME: crashed.home, REBOUND_NOW: '2026-03-10T09:00:00.000Z', NO_COLOR: '1' };
    const child = spawn(process.execPath, [reboundBin(), 'ingest', mbox], { cwd: ROOT, env, stdio: 'ignore' });
    const deadline = Date.now() + 60_000;
    let seenRows = 0;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      if (!fs.existsSync(crashed.dbFile)) continue;
      try {
        seenRows = count(crashed.dbFile, 'ingest_seen');
      } catch {
        continue;
      }
      if (seenRows >= 500) break;
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    expect(seenRows).toBeGreaterThan(0);
    expect(seenRows).toBeLessThan(6000);

    const rerun = await crashed.json<Summary>(['ingest', mbox]);
    expect(rerun.scanned).toBe(6000);
    // The re-run resumed: what committed before the kill was skipped, the rest was done now.
    expect(rerun.alreadySeen).toBeGreaterThanOrEqual(seenRows);
    expect(rerun.alreadySeen).toBeLessThan(6000);
    // Migration timestamps record when each store was created; everything else must match.
    const withoutMigrations = (d: Record<string, unknown[]>) =>
      Object.fromEntries(Object.entries(d).filter(([t]) => !t.startsWith('kysely_migration')));
    expect(withoutMigrations(dumpStore(crashed.dbFile))).toEqual(withoutMigrations(dumpStore(clean.dbFile)));
  }, 180_000);
});

describe('rebound classify', () => {
  it('answers one line per JSON line, in order, and reports unparseable lines without stopping', async () => {
    const u = user();
    const input = [
      JSON.stringify({ id: 'a', subject: 'Your application', from: 'Talent <no-reply@acme.example>', body: 'Unfortunately we will not be moving forward with your application for the Analyst role.' }),
      '{not json',
      JSON.stringify({ id: 7, subject: 'Lunch?', from: 'sam@example.com', body: 'Are you free for lunch on Friday?' }),
    ].join('\n');
    const r = await u.run(['classify', '--jsonl'], { input });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 'a' });
    expect(Object.keys(lines[0]!).sort()).toEqual(['company', 'confidence', 'contact_name', 'id', 'label', 'role']);
    expect(lines[1]).toMatchObject({ id: null });
    expect(typeof lines[1]!.error).toBe('string');
    expect(lines[2]).toMatchObject({ id: 7 });
  });

  it('explains its verdict on one .eml', async () => {
    const u = user();
    const eml = u.tmp.file('r.eml');
    fs.writeFileSync(
      eml,
      'From: Dana Lee <dana@northwind.example>\r\nTo: alex@example.net\r\nSubject: Your application\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\nHi Alex,\r\n\r\nThank you for interviewing with us. Unfortunately we have decided not to move forward with your application.\r\n\r\nDana\r\n',
    );
    const r = await u.run(['classify', eml]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/rejection/);
    expect(r.stdout).toMatch(/Why:/);
    expect(path.basename(eml)).toBe('r.eml');
  });
});
