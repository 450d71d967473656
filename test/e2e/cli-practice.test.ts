// The practice bank through the real binary, as a script or a person without a terminal uses it:
// add, list, review and remove; what `rebound practice` says when it cannot ask; and the count
// on `rebound today`.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newUser, type CliUser } from '../support/cli.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

// Midday UTC keeps the user's local day at 2026-03-10 in any time zone the tests run in.
const NOW = '2026-03-10T12:00:00.000Z';

interface Item {
  id: number;
  question: string;
  source: { kind: string; applicationId: number | null; company: string | null; role: string | null };
  outline: string | null;
  rating: string | null;
  reviews: number;
  dueOn: string;
}
interface List {
  today: string;
  dueCount: number;
  items: Item[];
}

describe('rebound practice', () => {
  let u: CliUser;
  beforeAll(() => {
    u = newUser('rebound-practice-');
  });
  afterAll(() => u?.cleanup());

  it('teaches how questions arrive when the list is empty', async () => {
    const r = await u.run(['practice', 'list', '--all'], { now: NOW });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Your practice list is empty.');
    expect(r.stdout).toContain('rebound practice add');
  });

  it('adds a question linked to an application, due today, and refuses it twice', async () => {
    const app = await u.json<{ id: number }>(['app', 'add', '--company', 'Acme Robotics', '--role', 'Data Engineer'], { now: NOW });
    const added = await u.run(['practice', 'add', 'Tell me about a project you are proud of.', '--app', String(app.id)], { now: NOW });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^Added as #1\. It is due today/);
    const again = await u.run(['practice', 'add', 'tell me about a project you are proud of'], { now: NOW });
    expect(again.code).toBe(4);
    expect(again.stderr.trim()).toBe('rebound: That question is already in your practice list (id 1).');
    const list = await u.json<List>(['practice', 'list'], { now: NOW });
    expect(list).toMatchObject({ today: '2026-03-10', dueCount: 1 });
    expect(list.items[0]).toMatchObject({ id: 1, source: { kind: 'manual', applicationId: app.id, company: 'Acme Robotics', role: 'Data Engineer' }, dueOn: '2026-03-10' });
  });

  it('brings reflection questions in, and shows the count on rebound today', async () => {
    const app = await u.json<{ id: number }>(['app', 'add', '--company', 'Bluefin', '--role', 'Analytics Engineer'], { now: NOW });
    const r = await u.run(['reflect', String(app.id), '--pause', 'What is your biggest weakness?', '--pause', 'Why do you want to leave?'], { now: NOW });
    expect(r.code, r.stderr).toBe(0);
    const today = await u.run(['today'], { now: NOW });
    expect(today.stdout).toContain('3 practice questions due: rebound practice');
    const todayJson = await u.json<{ practice_due: number }>(['today'], { now: NOW });
    expect(todayJson.practice_due).toBe(3);
    const text = await u.run(['practice', 'list'], { now: NOW });
    expect(text.stdout).toContain('3 questions to practise today.');
    expect(text.stdout).toMatch(/#2 What is your biggest weakness\?\n {4}from a reflection · Bluefin, Analytics Engineer · not practised yet · due today/);
  });

  it('records a review from a script and says when the question comes back', async () => {
    const r = await u.run(['practice', 'review', '2', '--rating', 'good', '--outline', 'Name a real one.\nWhat I changed.'], { now: NOW });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('Saved. #2 comes back tomorrow (Wed, Mar 11).');
    const again = await u.json<Item>(['practice', 'review', '3', '--rating', 'again'], { now: NOW });
    expect(again).toMatchObject({ rating: 'again', reviews: 1, dueOn: '2026-03-11' });
    const all = await u.json<List>(['practice', 'list', '--all'], { now: NOW });
    expect(all.dueCount).toBe(1);
    expect(all.items.find((i) => i.id === 2)).toMatchObject({ outline: 'Name a real one.\nWhat I changed.', reviews: 1, dueOn: '2026-03-11' });
    const tomorrow = await u.json<List>(['practice', 'list'], { now: '2026-03-11T12:00:00.000Z' });
    expect(tomorrow.items.map((i) => i.id)).toEqual([1, 2, 3]);
  });

  it('rejects a rating it does not know, in one line, and changes nothing', async () => {
    const r = await u.run(['practice', 'review', '1', '--rating', 'great'], { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('rebound: --rating: must be one of again, hard, good, easy.');
    const missing = await u.run(['practice', 'review', '99', '--rating', 'good'], { now: NOW });
    expect(missing.code).toBe(3);
    expect(missing.stderr.trim()).toBe('rebound: No practice question with id 99.');
  });

  it('explains how to use the drill when there is no terminal, and prints the due list with --json', async () => {
    const r = await u.run(['practice'], { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs a terminal');
    expect(r.stderr).toContain('rebound practice review ID --rating good');
    const json = await u.json<List>(['practice'], { now: NOW });
    expect(json.items.map((i) => i.id)).toEqual([1]);
  });

  it('removes a question for good: its reflection does not bring it back', async () => {
    const r = await u.run(['practice', 'remove', '3'], { now: NOW });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Removed #3.');
    const all = await u.json<List>(['practice', 'list', '--all'], { now: NOW });
    expect(all.items.map((i) => i.id)).toEqual([1, 2]);
  });
});
