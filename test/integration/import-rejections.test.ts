// Rejections that arrive other than one at a time: rows of a tracker's CSV whose stage says
// rejected, and several rejections in a short time (R10), over a real (in-memory) SQLite store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_USER, openMemoryApp, type App } from '../../src/app/index.js';
import { fixedClock } from '../../src/core/time.js';
import type { PlanStep } from '../../src/core/types.js';

const NOW = '2026-03-10T12:00:00.000Z';
const me = LOCAL_USER;
type MemoryApp = Omit<App, 'config'>;

let app: MemoryApp;
beforeEach(async () => {
  app = await openMemoryApp(fixedClock(NOW));
});
afterEach(async () => {
  await app.close();
});

const MAP = 'company=Company,role=Title,applied=Date Applied,status=Stage,rejected=Decided,notes=Notes';
const TRACKER = [
  'Company,Title,Date Applied,Stage,Decided,Notes',
  'Harbor & Finch,Senior Engineer,2025-11-02,Not Selected,,',
  'Quill Labs,Staff Engineer,2026-02-20,Rejected,2026-03-05,The recruiter called.',
  'Lumen Health,Backend Engineer,2026-02-25,Interviewing,,',
].join('\n');

const byKind = (steps: PlanStep[], kind: string): PlanStep => {
  const s = steps.find((x) => x.kind === kind);
  if (!s) throw new Error(`no ${kind} step in ${steps.map((x) => x.kind).join(', ')}`);
  return s;
};

async function appByCompany(company: string) {
  return (await app.useCases.listApplications(me, { search: company }))[0]!;
}

describe('importing rows whose stage says rejected', () => {
  it('records each rejection with the channel and day the row gives, the portal and the day applied otherwise', async () => {
    const summary = await app.useCases.importApplicationsCsv(me, TRACKER, MAP);
    expect(summary).toMatchObject({ created: 3, duplicates: 0, rejections: 2, errors: [] });
    const harbor = await app.useCases.getPlan(me, (await appByCompany('Harbor')).id);
    expect(harbor.rejection).toMatchObject({ channel: 'portal', receivedAt: '2025-11-02T12:00:00.000Z', stage: 'application', createdAt: NOW });
    const quill = await app.useCases.getPlan(me, (await appByCompany('Quill')).id);
    expect(quill.rejection).toMatchObject({ channel: 'call', receivedAt: '2026-03-05T12:00:00.000Z' });
    expect((await appByCompany('Lumen')).status).toBe('interviewing');
    expect(await app.store.rejections.list(me.userId)).toHaveLength(2);
  });

  it('counts imported rejections in the insights', async () => {
    const before = (await app.useCases.insights(me)).rejectionStages.total;
    await app.useCases.importApplicationsCsv(me, TRACKER, MAP);
    const after = await app.useCases.insights(me);
    expect(after.rejectionStages.total).toBe(before + 2);
    expect(after.rejectionStages.stages.find((s) => s.stage === 'application')).toMatchObject({ count: 2 });
  });

  it('skips the time-bound steps of a rejection from months ago, saying so, and keeps a recent one as usual', async () => {
    await app.useCases.importApplicationsCsv(me, TRACKER, MAP);
    const old = (await app.useCases.getPlan(me, (await appByCompany('Harbor')).id)).steps;
    expect(byKind(old, 'check_in')).toMatchObject({ status: 'skipped', skipReason: expect.stringMatching(/^This was about 4 months before you recorded it/) });
    expect(byKind(old, 'pipeline').status).toBe('skipped');
    expect(byKind(old, 'reflect')).toMatchObject({ status: 'pending', dueAt: '2026-03-13T12:00:00.000Z' });
    const overdue = old.filter((s) => s.status === 'pending' && s.dueAt < NOW);
    expect(overdue).toEqual([]);

    const recent = (await app.useCases.getPlan(me, (await appByCompany('Quill')).id)).steps;
    expect(byKind(recent, 'check_in').status).toBe('pending');
    expect(byKind(recent, 'pipeline').status).toBe('pending');
  });

  it('adds no second rejection when the same file is imported again', async () => {
    await app.useCases.importApplicationsCsv(me, TRACKER, MAP);
    const again = await app.useCases.importApplicationsCsv(me, TRACKER, MAP);
    expect(again).toMatchObject({ created: 0, duplicates: 3, rejections: 0 });
    expect(await app.store.rejections.list(me.userId)).toHaveLength(2);
  });

  it('never dates a rejection in the future or before the application', async () => {
    const csv = ['Company,Title,Date Applied,Stage,Decided', 'Acme,Engineer,2026-03-01,Rejected,2026-04-01', 'Birch,Engineer,2026-03-01,Rejected,2026-02-01'].join('\n');
    await app.useCases.importApplicationsCsv(me, csv, 'company=Company,role=Title,applied=Date Applied,status=Stage,rejected=Decided');
    const dates = (await app.store.rejections.list(me.userId)).map((r) => r.receivedAt).sort();
    expect(dates).toEqual(['2026-03-01T12:00:00.000Z', NOW]);
  });
});

describe('R10 several rejections in a short time, recorded one by one', () => {
  async function reject(company: string, day: string) {
    const a = await app.useCases.addApplication(me, { company, role: 'Analyst', appliedOn: '2026-01-15' });
    await app.useCases.recordRejection(me, { applicationId: a.id, receivedAt: `${day}T10:00:00Z`, channel: 'email' });
    return a.id;
  }
  const supportOn = async (ids: number[]) =>
    Promise.all(ids.map(async (id) => (await app.useCases.getPlan(me, id)).steps.some((s) => s.kind === 'support')));

  it('R10 puts one support step on the latest rejection of the stretch, even when the third is recorded with an earlier date', async () => {
    const a = await reject('Alder', '2026-03-01');
    const b = await reject('Birch', '2026-03-05');
    const c = await reject('Cedar', '2026-02-27');
    expect(await supportOn([a, b, c])).toEqual([false, true, false]);
  });

  it('R10 moves the step to a fourth rejection in the same stretch instead of repeating it', async () => {
    const ids = [await reject('Alder', '2026-02-20'), await reject('Birch', '2026-02-25'), await reject('Cedar', '2026-03-01')];
    expect(await supportOn(ids)).toEqual([false, false, true]);
    ids.push(await reject('Dogwood', '2026-03-08'));
    expect(await supportOn(ids)).toEqual([false, false, false, true]);
  });

  it('R10 counts imported rejections in the stretch and attaches the step to the latest one', async () => {
    const a = await reject('Alder', '2026-03-01');
    await app.useCases.importApplicationsCsv(
      me,
      ['Company,Title,Date Applied,Stage,Decided', 'Birch,Analyst,2026-01-15,Rejected,2026-03-03', 'Cedar,Analyst,2026-01-15,Rejected,2026-03-06'].join('\n'),
      'company=Company,role=Title,applied=Date Applied,status=Stage,rejected=Decided',
    );
    expect(await supportOn([a, (await appByCompany('Birch')).id, (await appByCompany('Cedar')).id])).toEqual([false, false, true]);
  });
});
