// Import, export and restore through the real binary: what a person sees (what was imported,
// which lines were skipped and why), what a script sees (--json), and the exit codes (0 when some
// rows went in even with bad rows reported; 2 when the file cannot be read or nothing in it can).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT, dumpStore, newUser, type CliUser } from '../support/cli.js';
import { interviewedApplication, recruiterEml } from './fixtures.js';

// Each test runs the binary several times (about a second each, more on a busy machine).
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'import');
const LINKEDIN = path.join(FIXTURES, 'linkedin-job-applications.csv');
const TEAL = path.join(FIXTURES, 'teal-export.csv');
const TEAL_MAP = 'company=Company,role=Title,applied=Date Applied,url=Link,source=Source,status=Stage,notes=Notes';

interface ImportJson {
  created: number;
  duplicates: number;
  rejections: number;
  errors: { line: number; message: string }[];
}

/** Every row of every table holding user data, without SQLite's and the migrator's bookkeeping. */
function userData(dbFile: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [table, rows] of Object.entries(dumpStore(dbFile))) {
    if (table.startsWith('sqlite_') || table.startsWith('kysely_')) continue;
    // rowid is not data: tables without an id are restored in key order, not insertion order.
    out[table] = rows.map((r) => JSON.stringify({ ...(r as object), _rowid: undefined })).sort();
  }
  return out;
}

describe('rebound import linkedin', () => {
  let u: CliUser;
  beforeAll(() => {
    u = newUser('rebound-import-');
  });
  afterAll(() => u?.cleanup());

  it('says what it imported, lists the skipped lines with reasons, and exits 0', async () => {
    const r = await u.run(['import', 'linkedin', LINKEDIN]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Imported 7 applications from ${LINKEDIN}.`);
    expect(r.stdout).toContain('2 rows were already in Rebound, so they were left as they are.');
    expect(r.stdout).toContain('Contact details and screening answers in the file were not kept.');
    expect(r.stdout).toContain('4 rows could not be read and were skipped:');
    expect(r.stdout).toMatch(/^ {2}line 9: it has 9 fields but the header has 8/m);
    expect(r.stdout).toMatch(/^ {2}line 10: "13\/45\/24, 9:00 AM" is not a date/m);
    expect(r.stdout).toMatch(/^ {2}line 11: the company name is empty$/m);
    expect(r.stdout).toMatch(/^ {2}line 15: a quoted field starts here but its closing quote is missing$/m);
    expect(r.stderr).toBe('');
  });

  it('adds nothing when the same file is imported again, and reports the same lines as JSON', async () => {
    const r = await u.json<ImportJson>(['import', 'linkedin', LINKEDIN]);
    expect(r).toMatchObject({ created: 0, duplicates: 9 });
    expect(r.errors.map((e) => e.line)).toEqual([9, 10, 11, 15]);
    const apps = await u.json<{ company: string; resumeVersion: string | null; source: string }[]>(['app', 'list']);
    expect(apps).toHaveLength(7);
    expect(apps.find((a) => a.company === 'Zürich Versicherung AG')).toMatchObject({ resumeVersion: 'Priya_Raman_CV_FR.pdf', source: 'LinkedIn' });
  });

  it("refuses another tracker's file, naming the columns it looked for, with exit 2", async () => {
    const r = await u.run(['import', 'linkedin', TEAL]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^rebound: The file has no column called "Company Name", "Job Title"/);
  });
});

describe('rebound import csv', () => {
  let u: CliUser;
  beforeAll(() => {
    u = newUser('rebound-import-csv-');
  });
  afterAll(() => u?.cleanup());

  it('reads a tracker export through --map and reports the rows it skipped', async () => {
    const r = await u.run(['import', 'csv', TEAL, '--map', TEAL_MAP]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Imported 5 applications');
    expect(r.stdout).toContain('1 of them was a rejection: recorded, so your insights count it.');
    expect(r.stdout).toContain('1 row was already in Rebound, so it was left as it is.');
    expect(r.stdout).toMatch(/line 7: "Take-home" is not a stage Rebound knows/);
    expect(r.stdout).toMatch(/line 8: "2025-02-30" is not a date/);
    expect(r.stdout).not.toContain('Contact details');
    const apps = await u.json<{ company: string; status: string; url: string | null }[]>(['app', 'list']);
    expect(apps.find((a) => a.company === 'Quill Labs')?.status).toBe('ghosted');
    expect(apps.find((a) => a.company === 'Kestrel Robotics')?.url).toBe('https://kestrel.example/careers/1187');
  });

  it('records the rejection of a row whose stage says so, by the channel its notes name, with a plan that does not pile up', async () => {
    // The Teal file was imported by the test above: Harbor & Finch is "Not Selected", notes "Generic email.".
    const apps = await u.json<{ id: number; company: string; status: string }[]>(['app', 'list']);
    const harbor = apps.find((a) => a.company === 'Harbor & Finch')!;
    expect(harbor.status).toBe('rejected');
    const plan = await u.json<{ rejection: { channel: string; receivedAt: string }; steps: { kind: string; status: string; skip_reason: string | null }[] }>(['plan', String(harbor.id)]);
    expect(plan.rejection).toMatchObject({ channel: 'email', receivedAt: '2025-01-20T12:00:00.000Z' });
    const checkIn = plan.steps.find((s) => s.kind === 'check_in')!;
    expect(checkIn.status).toBe('skipped');
    expect(checkIn.skip_reason).toMatch(/^This was over a year before you recorded it/);
    const again = await u.json<ImportJson>(['import', 'csv', TEAL, '--map', TEAL_MAP]);
    expect(again).toMatchObject({ created: 0, rejections: 0 });
  });

  it('exits 2 with the report still printed when no row of the file can be imported', async () => {
    const file = u.tmp.file('all-bad.csv');
    fs.writeFileSync(file, 'Company,Title,Date Applied\n,Engineer,2025-01-01\nAcme,,2025-01-02\nGlobex,Analyst,someday\n');
    const r = await u.run(['import', 'csv', file, '--map', 'company=Company,role=Title,applied=Date Applied']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`Nothing was imported from ${file}.`);
    expect(r.stdout).toMatch(/line 2: the company name is empty/);
    expect(r.stdout).toMatch(/line 4: "someday" is not a date/);
    expect(r.stderr).toBe(`rebound: No row of ${file} could be imported.\n`);

    const j = await u.run(['--json', 'import', 'csv', file, '--map', 'company=Company,role=Title,applied=Date Applied']);
    expect(j.code).toBe(2);
    expect(j.json<ImportJson>()).toMatchObject({ created: 0, duplicates: 0 });
    expect(j.json<ImportJson>().errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(j.errorJson().error.code).toBe('invalid_input');
  });

  it('exits 2 when the file cannot be read at all', async () => {
    const missing = await u.run(['import', 'csv', u.tmp.file('nope.csv'), '--map', 'company=A,role=B']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^rebound: No file at .*nope\.csv\.\n$/);

    const folder = await u.run(['--json', 'import', 'linkedin', u.tmp.dir]);
    expect(folder.code).toBe(2);
    expect(folder.errorJson().error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/Could not read/) });

    const binary = u.tmp.file('photo.csv');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expect((await u.run(['import', 'linkedin', binary])).code).toBe(2);

    const empty = u.tmp.file('empty.csv');
    fs.writeFileSync(empty, '');
    const e = await u.run(['import', 'linkedin', empty]);
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/The file is empty/);
  });

  it('refuses a map naming a field Rebound does not import', async () => {
    const r = await u.run(['--json', 'import', 'csv', TEAL, '--map', 'company=Company,role=Title,salary=Pay']);
    expect(r.code).toBe(2);
    expect(r.errorJson().error.message).toMatch(/"salary" is not a field Rebound imports/);
  });

  it('reads a file from standard input with -', async () => {
    const csv = 'Org,Position\r\nInitech,"Developer, Reports"\r\n';
    const r = await u.json<ImportJson>(['import', 'csv', '-', '--map', 'company=Org,role=Position'], { input: csv });
    expect(r).toEqual({ created: 1, duplicates: 0, rejections: 0, errors: [] });
  });
});

describe('rebound export and rebound restore', () => {
  let source: CliUser;
  let target: CliUser;
  let exportFile: string;

  beforeAll(async () => {
    source = newUser('rebound-export-');
    target = newUser('rebound-restore-');
    await source.json(['--data-dir', source.home, 'demo']);
    await source.json(['import', 'linkedin', LINKEDIN]);
    const { app } = await interviewedApplication(source);
    const eml = source.tmp.file('rejection.eml');
    fs.writeFileSync(eml, recruiterEml());
    await source.json(['reject', String(app), '--email', eml]);
    exportFile = source.tmp.file('rebound-export.json');
  });
  afterAll(() => {
    source?.cleanup();
    target?.cleanup();
  });

  it('export json writes the whole store to a file only its owner can read', async () => {
    const r = await source.run(['export', 'json', exportFile]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Saved everything \(\d+ rows\) to .*rebound-export\.json\. It holds your notes and messages/);
    const file = JSON.parse(fs.readFileSync(exportFile, 'utf8')) as { format: string; version: number; tables: Record<string, unknown[]> };
    expect(file).toMatchObject({ format: 'rebound-export', version: 1 });
    expect(file.tables.applications!.length).toBeGreaterThan(7);
    if (process.platform !== 'win32') expect(fs.statSync(exportFile).mode & 0o777).toBe(0o600);
  });

  it('export json - writes the same file to standard output, and --json summarises a file export', async () => {
    const r = await source.run(['export', 'json', '-']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(fs.readFileSync(exportFile, 'utf8')));
    const summary = await source.json<{ file: string; rows: number; tables: Record<string, number> }>(['export', 'json', source.tmp.file('again.json')]);
    expect(summary.tables.applications).toBeGreaterThan(7);
    expect(summary.rows).toBe(Object.values(summary.tables).reduce((n, c) => n + c, 0));
  });

  it('restore brings every row of every table back into an empty store', async () => {
    const r = await target.run(['restore', exportFile]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Restored \d+ rows from .*: \d+ applications, \d+ contacts/);
    expect(userData(target.dbFile)).toEqual(userData(source.dbFile));
  });

  it('restore refuses a store that already holds data, with exit 4 and nothing changed', async () => {
    const before = dumpStore(target.dbFile);
    const r = await target.run(['restore', exportFile]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^rebound: Nothing was restored: this Rebound already holds data\./);
    expect(dumpStore(target.dbFile)).toEqual(before);
    const j = await target.run(['--json', 'restore', exportFile]);
    expect(j.errorJson().error.code).toBe('conflict');
  });

  it('restore refuses a file that is not an export, with exit 2', async () => {
    const u = newUser('rebound-restore-bad-');
    try {
      const notJson = u.tmp.file('notes.txt');
      fs.writeFileSync(notJson, 'just some notes');
      const r = await u.run(['restore', notJson]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('rebound: This file is not a Rebound export: it is not JSON.\n');
      const csv = await u.run(['--json', 'restore', LINKEDIN]);
      expect(csv.code).toBe(2);
      expect(csv.errorJson().error.code).toBe('invalid_input');
      expect((await u.run(['restore', u.tmp.file('missing.json')])).code).toBe(2);
    } finally {
      u.cleanup();
    }
  });

  it('export csv writes applications that import csv reads back into another store', async () => {
    const csvFile = source.tmp.file('applications.csv');
    const saved = await source.run(['export', 'csv', csvFile]);
    expect(saved.code, saved.stderr).toBe(0);
    const apps = await source.json<{ status: string }[]>(['app', 'list']);
    expect(saved.stdout).toBe(`Saved ${apps.length} applications to ${csvFile}.\n`);

    const stdout = await source.run(['export', 'csv', '-']);
    expect(stdout.stdout).toBe(fs.readFileSync(csvFile, 'utf8'));
    expect(stdout.stdout.split('\r\n')[0]).toBe('Id,Company,Role,Applied On,Status,Source,URL,Resume Version,Notes,Valued,Created At,Updated At');
    const wrapped = await source.json<{ rows: number; csv: string }>(['export', 'csv', '-']);
    expect(wrapped).toEqual({ rows: apps.length, csv: stdout.stdout });

    const other = newUser('rebound-csv-back-');
    try {
      const r = await other.json<ImportJson>(['import', 'csv', csvFile]);
      expect(r).toEqual({ created: apps.length, duplicates: 0, rejections: apps.filter((a) => a.status === 'rejected').length, errors: [] });
    } finally {
      other.cleanup();
    }
  });
});
