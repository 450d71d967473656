// rebound insights and rebound week through the built binary, on the shipped demo search:
// what a person reads (each takeaway first), what a script reads (--json), and the weekly review
// on standard output or in a file.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Insights } from '../../src/core/insights/index.js';
import { newUser, tempDir, type CliUser, type TempDir } from '../support/cli.js';

const ESC = '\u001b';
let user: CliUser;
let folder: TempDir;
let demo: string;

beforeAll(async () => {
  user = newUser('rebound-insights-');
  folder = tempDir('rebound-insights-demo-');
  demo = folder.file('demo');
  const r = await user.run(['demo', '--fresh', '--data-dir', demo]);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => {
  user?.cleanup();
  folder?.remove();
});

describe('rebound insights', () => {
  it('--json gives every section as numbers with a takeaway', async () => {
    const i = await user.json<Insights>(['--data-dir', demo, 'insights']);
    expect(i.now).toBe('2026-03-10T09:00:00.000Z');
    expect(i.rejectionStages).toMatchObject({
      total: 20,
      mostCommon: 'interview',
      focus: 'first_interviews',
    });
    expect(i.rejectionStages.stages.map((s) => s.count)).toEqual([5, 1, 11, 3]);
    expect(i.feedbackThemes.themes[0]).toMatchObject({
      theme: 'interview_performance',
      count: 6,
      controllable: true,
    });
    expect(i.resumes.versions.map((v) => [v.version, v.applications, v.interviews])).toEqual([
      ['A – generalist', 9, 5],
      ['B – case studies first', 15, 12],
    ]);
    expect(i.funnel.stages.map((s) => s.reached)).toEqual([24, 17, 14, 3, 0]);
    expect(i.decisions).toMatchObject({ medianDays: 17, ghosted: 3 });
    expect(i.responses.feedbackRequest).toEqual({ sent: 11, replied: 6, rate: 0.55, specific: 5 });
    expect(i.mood.weeks).toHaveLength(18);
    for (const key of [
      'funnel',
      'sources',
      'rejectionStages',
      'feedbackThemes',
      'responses',
      'decisions',
      'resumes',
      'mood',
    ] as const) {
      expect(i[key].enoughData, key).toBe(true);
      expect(i[key].takeaway, key).toMatch(/^[A-Z0-9].+\.$/);
    }
  });

  it('prints each section under its heading with the takeaway first, in plain text', async () => {
    const r = await user.run(['--data-dir', demo, 'insights']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toContain(
      '\nWhere rejections happen\n  Most of your rejections come after first interviews (11 of 20): practising those questions is where effort pays most.\n',
    );
    expect(r.stdout).toContain(
      '\nResume versions\n  Resume “B – case studies first” leads to interviews more often: 12 of 15 (80%), against 5 of 9 (56%) for “A – generalist”; it may be worth sending it from now on.\n',
    );
    expect(r.stdout).toContain(
      '\nWhat feedback says\n  Interview performance comes up in 6 of 11 pieces of feedback',
    );
    expect(r.stdout).toMatch(/after an interview\s+11 +█+\n/);
  });

  it('on an empty store says it is too early, and exits 0', async () => {
    const fresh = newUser('rebound-insights-empty-');
    try {
      const i = await fresh.json<Insights>(['insights']);
      expect(i.rejectionStages.takeaway).toBe(
        'Too early to see where things stop: with fewer than 3 answers, any pattern would be a guess.',
      );
      const r = await fresh.run(['insights']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Nothing to show yet: add the applications you have sent');
    } finally {
      fresh.cleanup();
    }
  });
});

describe('rebound week', () => {
  it('prints the weekly review in Markdown', async () => {
    const r = await user.run(['--data-dir', demo, 'week']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('# Your week: 4–10 March 2026\n\n## What happened\n')).toBe(true);
    expect(r.stdout).toContain('\n## What you learned\n');
    expect(r.stdout).toContain('\n## Due in the next seven days\n- ');
    expect(r.stdout).toContain('\n## Mood\nYou checked in 3 times; on average 3.7 out of 5.\n');
    expect(r.stdout.endsWith('\n')).toBe(true);
  });

  it('--out FILE writes the same review to a file, and --json gives it as data', async () => {
    const plain = (await user.run(['--data-dir', demo, 'week'])).stdout;
    const file = folder.file('week.md');
    const r = await user.run(['--data-dir', demo, 'week', '--out', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`Saved your weekly review to ${file}.\n`);
    expect(fs.readFileSync(file, 'utf8')).toBe(plain);
    expect(await user.json(['--data-dir', demo, 'week'])).toEqual({ markdown: plain });
    expect(await user.json(['--data-dir', demo, 'week', '--out', file])).toEqual({ file });
  });

  it('--out into a folder that does not exist fails with one line and exit 2', async () => {
    const r = await user.run(['--data-dir', demo, 'week', '--out', folder.file('missing/week.md')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Could not write');
  });
});
