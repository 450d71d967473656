// The interactive drill, driven in-process through a stream that says it is a terminal: one
// question at a time, a multi-line outline ended by an empty line, a rating, the next date.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { whenDue } from './practice.js';

const NOW = '2026-03-10T12:00:00.000Z';
let home: string;

beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-drill-'));
});
afterEach(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

/** Runs `rebound ...args` in this process; `typed` is what the user types on the "terminal". */
async function rebound(args: string[], typed = '', now = NOW): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  stdin.end(typed);
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin,
    env: { REBOUND_HOME: home, REBOUND_NOW: now, NO_COLOR: '1' },
  });
  return { code, stdout, stderr };
}

async function bank(now = NOW): Promise<Array<{ id: number; outline: string | null; rating: string | null; dueOn: string }>> {
  const r = await rebound(['--json', 'practice', 'list', '--all'], '', now);
  return (JSON.parse(r.stdout) as { items: Array<{ id: number; outline: string | null; rating: string | null; dueOn: string }> }).items;
}

describe('rebound practice (the drill)', () => {
  it('asks one question at a time, saves the outline and rating, and says when each comes back', async () => {
    await rebound(['practice', 'add', 'Why do you want this role?']);
    await rebound(['practice', 'add', 'Describe a time you missed a deadline.']);
    const r = await rebound(['practice'], 'It matches what I do best.\nAnd the team ships weekly.\n\ngood\nq\n');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 questions to practise.');
    expect(r.stdout).toContain('1/2  Why do you want this role?');
    expect(r.stdout).toContain('Saved. It comes back tomorrow (Wed, Mar 11).');
    expect(r.stdout).toContain('2/2  Describe a time you missed a deadline.');
    expect(r.stdout).toContain('You practised 1 question.');
    const items = await bank();
    const first = items.find((i) => i.id === 1);
    const second = items.find((i) => i.id === 2);
    expect(first).toMatchObject({ outline: 'It matches what I do best.\nAnd the team ships weekly.', rating: 'good', dueOn: '2026-03-11' });
    expect(second).toMatchObject({ outline: null, rating: null, dueOn: '2026-03-10' });
  });

  it('shows the last outline and keeps it when the user only presses Enter', async () => {
    await rebound(['practice', 'add', 'Why do you want this role?']);
    await rebound(['practice', 'review', '1', '--rating', 'again', '--outline', 'Mission first.']);
    const r = await rebound(['practice'], '\neasy\n', '2026-03-11T12:00:00.000Z');
    expect(r.stdout).toContain('Your last outline:\n  │ Mission first.');
    const [item] = await bank('2026-03-11T12:00:00.000Z');
    expect(item).toMatchObject({ outline: 'Mission first.', rating: 'easy' });
  });

  it('asks again when the rating is not one it knows, and takes the first letter', async () => {
    await rebound(['practice', 'add', 'Why do you want this role?']);
    const r = await rebound(['practice'], 'Because.\n\nperfect\nh\n');
    expect(r.stdout).toContain('"perfect" is not one of them.');
    const [item] = await bank();
    expect(item).toMatchObject({ rating: 'hard', dueOn: '2026-03-11' });
  });

  it('stops at q without changing anything, and says so', async () => {
    await rebound(['practice', 'add', 'Why do you want this role?']);
    const r = await rebound(['practice'], 'q\n');
    expect(r.stdout).toContain('Stopped. Nothing was changed');
    const [item] = await bank();
    expect(item).toMatchObject({ rating: null, outline: null });
  });

  it('says when the next question comes back when nothing is due', async () => {
    await rebound(['practice', 'add', 'Why do you want this role?']);
    await rebound(['practice', 'review', '1', '--rating', 'easy']);
    const r = await rebound(['practice']);
    expect(r.stdout.trim()).toBe('Nothing to practise today. The next question comes back in 3 days (Fri, Mar 13).');
  });
});

describe('whenDue', () => {
  it('names the day relative to today', () => {
    expect(whenDue('2026-03-10', '2026-03-10')).toBe('today (Tue, Mar 10)');
    expect(whenDue('2026-03-09', '2026-03-10')).toBe('yesterday (Mon, Mar 9)');
    expect(whenDue('2026-03-01', '2026-03-10')).toBe('9 days ago (Sun, Mar 1)');
  });
});
