// Keeping in touch (R7), the pipeline guard (R8) and silence (R11) as a user meets them in the
// terminal: the real `rebound` binary, an empty REBOUND_HOME, and REBOUND_NOW moved day by day.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { newUser, type CliUser } from '../support/cli.js';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });
const users: CliUser[] = [];
afterAll(() => {
  for (const u of users) u.cleanup();
});

const on = (day: string) => ({ now: `${day}T09:00:00.000Z` });

interface TouchJson {
  contact: { id: number; name: string };
  ideal_on: string;
  latest_on: string;
  due_now: boolean;
  overdue: boolean;
  source: string;
  reason: { kind: string; text: string };
  draft: { subject: string; body: string };
  step_id: number | null;
}
interface TodayJson {
  due: Array<{ kind: string; id: number }>;
  upcoming: Array<{ kind: string }>;
  pipeline: { level: string; nudge: string | null };
  touch_bases: TouchJson[];
  ghosting: Array<{ state: string; application: { id: number }; follow_up_step_id: number | null; ghosts_on: string; text: string }>;
}

/** A final round at Northwind Traders with Dana, turned down by call on March 6. */
async function finalRound(u: CliUser): Promise<{ app: number; dana: number }> {
  const { id: app } = await u.json<{ id: number }>(['app', 'add', '--company', 'Northwind Traders', '--role', 'Data Engineer', '--applied', '2026-02-01'], on('2026-03-01'));
  const { id: dana } = await u.json<{ id: number }>(
    ['contact', 'add', '--name', 'Dana Whitfield', '--kind', 'hiring_manager', '--email', 'dana@northwind.example', '--company', 'Northwind Traders', '--app', String(app)],
    on('2026-03-01'),
  );
  await u.json(['interview', 'add', String(app), '--date', '2026-02-25', '--kind', 'onsite', '--mode', 'in_person', '--final', '--with', String(dana)], on('2026-03-01'));
  await u.json(['reject', String(app), '--channel', 'call', '--date', '2026-03-06'], on('2026-03-06'));
  return { app, dana };
}

describe('rebound today: touch-bases (R7)', () => {
  it('R7 the warm lead shows on its ideal day with a reason and a draft, once, in text and --json', async () => {
    const u = newUser();
    users.push(u);
    const { dana } = await finalRound(u);
    const early = await u.json<TodayJson>(['today'], on('2026-05-27'));
    expect(early.touch_bases).toEqual([]);
    const t = await u.json<TodayJson>(['today'], on('2026-06-04'));
    expect(t.touch_bases).toHaveLength(1);
    expect(t.touch_bases[0]).toMatchObject({ contact: { id: dana, name: 'Dana Whitfield' }, ideal_on: '2026-06-04', latest_on: '2026-07-04', due_now: true, overdue: false, source: 'default', reason: { kind: 'holiday' } });
    expect(t.touch_bases[0]?.step_id).toEqual(expect.any(Number));
    expect(t.touch_bases[0]?.draft.body).toMatch(/start of summer/);
    expect([...t.due, ...t.upcoming].map((s) => s.kind)).not.toContain('touch_base');

    const text = await u.run(['today'], on('2026-06-04'));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Keeping in touch');
    expect(text.stdout).toContain('Touch base with Dana Whitfield (Northwind Traders)');
    expect(text.stdout).toMatch(/Warm wishes for the start of summer/);
    expect(text.stdout).toContain(`rebound draft ${String(t.touch_bases[0]?.step_id)}`);

    const late = await u.json<TodayJson>(['today'], on('2026-07-05'));
    expect(late.touch_bases[0]).toMatchObject({ overdue: true });
    expect((await u.run(['today'], on('2026-07-05'))).stdout).toMatch(/past the latest day/);
  });

  it('R7 news, an interaction, a cadence and a snooze change what today shows', async () => {
    const u = newUser();
    users.push(u);
    const { dana } = await finalRound(u);
    const event = await u.run(['contact', 'event', String(dana), 'promotion', '--on', '2026-05-20', '--note', 'Director of Engineering'], on('2026-06-04'));
    expect(event.code).toBe(0);
    const withNews = await u.json<TodayJson>(['today'], on('2026-06-04'));
    expect(withNews.touch_bases[0]?.reason).toMatchObject({ kind: 'promotion' });
    expect(withNews.touch_bases[0]?.draft.body).toMatch(/promotion/);

    const logged = await u.run(['contact', 'log', String(dana), '--kind', 'call', '--note', 'Congratulated her'], on('2026-06-04'));
    expect(logged.stdout).toMatch(/Logged a call with Dana Whitfield on 2026-06-04\. Next touch-base: ideally Wed, Sep 2/);
    expect((await u.json<TodayJson>(['today'], on('2026-06-04'))).touch_bases).toEqual([]);

    const cadence = await u.json<{ cadence: { everyDays: number; source: string; idealOn: string } }>(['contact', 'cadence', String(dana), '4w'], on('2026-06-04'));
    expect(cadence.cadence).toMatchObject({ everyDays: 28, source: 'contact', idealOn: '2026-07-02' });
    await u.json(['contact', 'snooze', String(dana), '--until', '2026-07-10'], on('2026-06-04'));
    expect((await u.json<TodayJson>(['today'], on('2026-07-09'))).touch_bases).toEqual([]);
    expect((await u.json<TodayJson>(['today'], on('2026-07-10'))).touch_bases[0]).toMatchObject({ ideal_on: '2026-07-02', due_now: true });

    const show = await u.run(['contact', 'show', String(dana)], on('2026-07-10'));
    expect(show.stdout).toMatch(/every 28 days, set for this person/);
    expect(show.stdout).toMatch(/2026-06-04 {2}call · Congratulated her/);
    const off = await u.run(['contact', 'cadence', String(dana), 'off'], on('2026-07-10'));
    expect(off.stdout).toContain('Touch-bases with Dana Whitfield are off.');
    expect((await u.json<unknown[]>(['touch'], on('2026-07-10')))).toEqual([]);
  });

  it('R7 tags, articles and milestones: a tag cadence brings a person in, with the article that fits', async () => {
    const u = newUser();
    users.push(u);
    const { id: mara } = await u.json<{ id: number }>(['contact', 'add', '--name', 'Mara Voss', '--kind', 'mentor'], on('2026-03-01'));
    await u.json(['contact', 'tag', String(mara), 'data', 'mentors'], on('2026-03-01'));
    await u.json(['cadence', 'tag', 'mentors', '60d'], on('2026-03-01'));
    const article = await u.run(['article', 'add', 'https://example.org/kafka', '--title', 'Kafka at scale', '--tags', 'data'], on('2026-04-20'));
    expect(article.stdout).toMatch(/Saved article \d+: Kafka at scale \(data\)\./);
    await u.json(['milestone', 'add', 'Finished the streaming systems course'], on('2026-04-21'));
    const list = await u.json<TouchJson[]>(['touch'], on('2026-04-30'));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ contact: { id: mara }, source: 'tag', ideal_on: '2026-04-30', reason: { kind: 'article' } });
    const draft = await u.run(['contact', 'draft', String(mara)], on('2026-04-30'));
    expect(draft.stdout).toContain('Kafka at scale');
    expect(draft.stdout).toContain('Nothing is sent until you send it.');
    expect((await u.run(['milestone', 'list'], on('2026-04-30'))).stdout).toContain('Finished the streaming systems course');
  });

  it('R7 bad input ends with one clear line and a non-zero exit', async () => {
    const u = newUser();
    users.push(u);
    const r = await u.run(['contact', 'cadence', '1', 'sometimes']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/90d, 12w, 3m or 1y/);
    const missing = await u.run(['--json', 'contact', 'log', '999', '--kind', 'call']);
    expect(missing.code).not.toBe(0);
    expect(missing.errorJson().error.code).toBe('not_found');
  });
});

describe('rebound today: silence (R11) and the pipeline guard (R8)', () => {
  it('R11 a follow-up after 10 quiet days, ghosted at 30 with the lighter plan; R8 louder while interviewing', async () => {
    const u = newUser();
    users.push(u);
    const { id: app } = await u.json<{ id: number }>(['app', 'add', '--company', 'Bluefin Analytics', '--role', 'Staff Engineer', '--applied', '2026-04-20'], on('2026-04-20'));
    const { id: sam } = await u.json<{ id: number }>(['contact', 'add', '--name', 'Sam Okafor', '--kind', 'recruiter', '--app', String(app)], on('2026-04-20'));
    await u.json(['interview', 'add', String(app), '--date', '2026-05-01T08:00:00Z', '--kind', 'hiring_manager', '--mode', 'video', '--with', String(sam)], on('2026-05-01'));

    const interviewing = await u.json<TodayJson>(['today'], on('2026-05-02'));
    expect(interviewing.pipeline.level).toBe('loud');
    expect(interviewing.ghosting).toEqual([]);

    const quiet = await u.json<TodayJson>(['today'], on('2026-05-11'));
    expect(quiet.ghosting).toHaveLength(1);
    expect(quiet.ghosting[0]).toMatchObject({ state: 'follow_up', application: { id: app }, ghosts_on: '2026-05-31' });
    expect(quiet.due.map((s) => s.id)).toContain(quiet.ghosting[0]?.follow_up_step_id);
    const text = await u.run(['today'], on('2026-05-11'));
    expect(text.stdout).toContain('Gone quiet');
    expect(text.stdout).toContain('Follow up with Bluefin Analytics');

    const ghosted = await u.json<TodayJson>(['today'], on('2026-05-31'));
    expect(ghosted.ghosting[0]).toMatchObject({ state: 'ghosted' });
    expect((await u.run(['today'], on('2026-05-31'))).stdout).toContain('Bluefin Analytics: marked ghosted');
    const plan = await u.json<{ application: { status: string }; steps: Array<{ kind: string }> }>(['plan', String(app)], on('2026-05-31'));
    expect(plan.application.status).toBe('ghosted');
    expect(plan.steps.map((s) => s.kind)).toEqual(expect.arrayContaining(['reflect', 'pipeline']));
    expect(ghosted.pipeline.level).toBe('nudge');
  });
});
