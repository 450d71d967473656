// Keeping in touch (R7) and moving on (R8, R11) through the use cases, over a real in-memory
// SQLite store and a clock the tests move day by day: today's agenda shows each touch-base, the
// pipeline guard and each silence at the right dates.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_USER, openMemoryApp, type App } from '../../src/app/index.js';
import { isReboundError } from '../../src/core/errors.js';
import type { Clock } from '../../src/core/time.js';

type MemoryApp = Omit<App, 'config'>;
const me = LOCAL_USER;

let now = '2026-03-01T09:00:00.000Z';
const clock: Clock = { now: () => new Date(now) };
/** Moves the clock to 09:00 UTC on a day. */
const at = (day: string): void => {
  now = `${day}T09:00:00.000Z`;
};

let app: MemoryApp;
beforeEach(async () => {
  at('2026-03-01');
  app = await openMemoryApp(clock);
});
afterEach(() => app.close());

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isReboundError(e)) return e.code;
    throw e;
  }
  return 'no error';
}

/** A final round at Northwind Traders with Dana (hiring manager) and Raj, turned down by call on March 6. */
async function finalRoundRejection() {
  const uc = app.useCases;
  await uc.setProfile(me, { name: 'Priya Raman' });
  const northwind = await uc.addApplication(me, { company: 'Northwind Traders', role: 'Data Engineer', appliedOn: '2026-02-01' });
  const dana = await uc.addContact(me, { name: 'Dana Whitfield', kind: 'hiring_manager', email: 'dana@northwind.example', company: 'Northwind Traders', applicationId: northwind.id });
  const raj = await uc.addContact(me, { name: 'Raj Iyer', kind: 'interviewer', company: 'Northwind Traders', applicationId: northwind.id });
  await uc.addInterview(me, { applicationId: northwind.id, at: '2026-02-25T15:00:00Z', kind: 'onsite', mode: 'in_person', participantIds: [dana.id, raj.id], finalRound: true });
  at('2026-03-06');
  const plan = await uc.recordRejection(me, { applicationId: northwind.id, channel: 'call', receivedAt: '2026-03-06' });
  const step = plan.steps.find((s) => s.kind === 'touch_base');
  expect(step?.contactId).toBe(dana.id);
  return { northwind, dana, raj, stepId: step?.id ?? 0 };
}

const touchOf = async (contactId: number) => (await app.useCases.today(me)).touchBases.find((t) => t.contact.id === contactId);

describe('R7 touch-bases on today’s agenda', () => {
  it('R7 shows the warm lead a week before the ideal day, then due on it, then overdue after the latest day', async () => {
    const { dana, stepId } = await finalRoundRejection();
    at('2026-05-27');
    expect(await touchOf(dana.id)).toBeUndefined();
    at('2026-05-28');
    expect(await touchOf(dana.id)).toMatchObject({ idealOn: '2026-06-04', latestOn: '2026-07-04', dueNow: false, overdue: false, everyDays: 90, source: 'default', stepId });
    at('2026-06-04');
    const due = await touchOf(dana.id);
    expect(due).toMatchObject({ dueNow: true, overdue: false });
    expect(due?.draft.toContactId).toBe(dana.id);
    expect(due?.draft.body).toMatch(/^Hi Dana,|^Hello Dana,/);
    at('2026-07-04');
    expect(await touchOf(dana.id)).toMatchObject({ dueNow: true, overdue: false });
    at('2026-07-05');
    expect(await touchOf(dana.id)).toMatchObject({ dueNow: true, overdue: true });
  });

  it('R7 shows each touch-base once: the plan step is not repeated under due or upcoming', async () => {
    const { dana, stepId } = await finalRoundRejection();
    at('2026-06-04');
    const agenda = await app.useCases.today(me);
    expect([...agenda.due, ...agenda.upcoming].some((i) => i.step.kind === 'touch_base')).toBe(false);
    expect(agenda.touchBases.filter((t) => t.contact.id === dana.id)).toHaveLength(1);
    const plan = await app.useCases.getPlan(me, (await app.useCases.getStep(me, stepId)).applicationId);
    expect(plan.steps.find((s) => s.id === stepId)?.dueAt.slice(0, 10)).toBe('2026-06-04');
  });

  it('R7 a logged interaction resets the cadence, ends a snooze and moves the plan step', async () => {
    const { dana, northwind, stepId } = await finalRoundRejection();
    at('2026-06-04');
    await app.useCases.snoozeContact(me, dana.id, { until: '2026-06-20' });
    expect(await touchOf(dana.id)).toBeUndefined();
    const logged = await app.useCases.logInteraction(me, { contactId: dana.id, kind: 'call', note: 'Caught up about the team' });
    expect(logged).toMatchObject({ on: '2026-06-04', kind: 'call' });
    const detail = await app.useCases.getContactDetail(me, dana.id);
    expect(detail.cadence).toMatchObject({ lastContactOn: '2026-06-04', idealOn: '2026-09-02', latestOn: '2026-10-02', snoozedUntil: null });
    expect(detail.interactions.map((i) => i.note)).toEqual(['Caught up about the team']);
    expect(await touchOf(dana.id)).toBeUndefined();
    const plan = await app.useCases.getPlan(me, northwind.id);
    expect(plan.steps.find((s) => s.id === stepId)).toMatchObject({ status: 'pending' });
    expect(plan.steps.find((s) => s.id === stepId)?.dueAt.slice(0, 10)).toBe('2026-09-02');
    at('2026-08-26');
    expect(await touchOf(dana.id)).toMatchObject({ idealOn: '2026-09-02', dueNow: false });
  });

  it('R7 a snooze hides the touch-base until its day, then it comes back', async () => {
    const { dana } = await finalRoundRejection();
    at('2026-06-04');
    await app.useCases.snoozeContact(me, dana.id, { until: '2026-06-20' });
    at('2026-06-19');
    expect(await touchOf(dana.id)).toBeUndefined();
    at('2026-06-20');
    expect(await touchOf(dana.id)).toMatchObject({ dueNow: true });
  });

  it('R7 marking the plan step done counts as a touch-base made', async () => {
    const { dana, stepId } = await finalRoundRejection();
    at('2026-06-10');
    await app.useCases.changeStep(me, { stepId, action: 'done' });
    const detail = await app.useCases.getContactDetail(me, dana.id);
    expect(detail.cadence).toMatchObject({ lastContactOn: '2026-06-10', idealOn: '2026-09-08' });
    expect(await touchOf(dana.id)).toBeUndefined();
  });

  it("R7 the person's own cadence beats a tag's, which beats the default; off removes them", async () => {
    const { dana, raj, northwind } = await finalRoundRejection();
    await app.useCases.setContactTags(me, raj.id, { tags: ['Data', 'platform'] });
    const tag = await app.useCases.setTagCadence(me, { tag: 'data', everyDays: 30 });
    expect(tag).toEqual({ tag: 'data', everyDays: 30, contacts: 1 });
    expect((await app.useCases.getContactDetail(me, raj.id)).cadence).toMatchObject({ everyDays: 30, source: 'tag', tag: 'data', idealOn: '2026-04-05' });
    await app.useCases.setContactCadence(me, dana.id, { everyDays: 60 });
    expect((await app.useCases.getContactDetail(me, dana.id)).cadence).toMatchObject({ everyDays: 60, source: 'contact', idealOn: '2026-05-05' });
    at('2026-04-05');
    expect((await app.useCases.today(me)).touchBases.map((t) => [t.contact.name, t.source, t.dueNow])).toEqual([
      ['Raj Iyer', 'tag', true],
    ]);
    await app.useCases.setContactCadence(me, dana.id, { everyDays: null });
    const off = await app.useCases.getContactDetail(me, dana.id);
    expect(off).toMatchObject({ cadence: null, cadenceOff: true });
    const step = (await app.useCases.getPlan(me, northwind.id)).steps.find((s) => s.kind === 'touch_base');
    expect(step).toMatchObject({ status: 'skipped' });
    expect(step?.skipReason).toMatch(/turned off touch-bases with Dana/);
    await app.useCases.clearContactCadence(me, dana.id);
    expect((await app.useCases.getContactDetail(me, dana.id)).cadence).toMatchObject({ source: 'default', everyDays: 90 });
  });

  it('R7 picks the most concrete reason: news, then a matching article, then your milestone, then an occasion', async () => {
    const { dana } = await finalRoundRejection();
    at('2026-06-04');
    expect((await touchOf(dana.id))?.reason.kind).toBe('holiday'); // the start of summer, June 21
    await app.useCases.addMilestone(me, { title: 'Finished the streaming systems course', on: '2026-05-02' });
    expect((await touchOf(dana.id))?.reason).toMatchObject({ kind: 'milestone' });
    expect((await touchOf(dana.id))?.draft.body).toContain('finished the streaming systems course');
    const article = await app.useCases.addArticle(me, { url: 'https://example.org/kafka', title: 'Kafka at scale', tags: ['Northwind Traders'] });
    expect((await touchOf(dana.id))?.reason).toMatchObject({ kind: 'article', articleId: article.id });
    const news = await app.useCases.addContactEvent(me, { contactId: dana.id, kind: 'promotion', on: '2026-05-20', note: 'Director of Engineering' });
    const withNews = await touchOf(dana.id);
    expect(withNews?.reason).toMatchObject({ kind: 'promotion', eventId: news.id });
    expect(withNews?.reason.text).toMatch(/Director of Engineering/);
    expect(withNews?.draft.body).toMatch(/promotion/);
    await app.useCases.deleteContactEvent(me, news.id);
    expect((await touchOf(dana.id))?.reason.kind).toBe('article');
  });

  it('R7 lists everyone with a cadence, soonest first, and a person with no cadence has no touch-base', async () => {
    const { dana, raj } = await finalRoundRejection();
    await app.useCases.setContactCadence(me, raj.id, { everyDays: 180 });
    expect((await app.useCases.listTouchBases(me)).map((t) => [t.contact.id, t.idealOn])).toEqual([
      [dana.id, '2026-06-04'],
      [raj.id, '2026-09-02'],
    ]);
    const mentor = await app.useCases.addContact(me, { name: 'Mara Voss', kind: 'mentor' });
    expect(await codeOf(app.useCases.touchBaseWith(me, mentor.id))).toBe('not_found');
    expect((await app.useCases.touchBaseWith(me, raj.id)).draft.toName).toBe('Raj Iyer');
  });

  it('R7 refuses bad input with one clear field and changes nothing', async () => {
    const { dana } = await finalRoundRejection();
    expect(await codeOf(app.useCases.logInteraction(me, { contactId: dana.id, kind: 'call', on: '2026-03-20' }))).toBe('invalid_input');
    expect(await codeOf(app.useCases.logInteraction(me, { contactId: 999, kind: 'call' }))).toBe('not_found');
    expect(await codeOf(app.useCases.logInteraction(me, { contactId: dana.id, kind: 'fax' as never }))).toBe('invalid_input');
    expect(await codeOf(app.useCases.setContactCadence(me, dana.id, { everyDays: 3 }))).toBe('invalid_input');
    expect(await codeOf(app.useCases.snoozeContact(me, dana.id, { until: '2026-03-01' }))).toBe('invalid_input');
    expect(await codeOf(app.useCases.addArticle(me, { url: 'ftp://example.org/x', title: 'X' }))).toBe('invalid_input');
    expect(await codeOf(app.useCases.deleteTagCadence(me, 'nothing'))).toBe('not_found');
    expect(await codeOf(app.useCases.deleteMilestone(me, 42))).toBe('not_found');
    expect((await app.useCases.getContactDetail(me, dana.id)).interactions).toEqual([]);
  });

  it('R7 a write between two reads of today is seen by the second (the cached agenda is refreshed)', async () => {
    const { dana } = await finalRoundRejection();
    at('2026-06-04');
    expect(await touchOf(dana.id)).toBeDefined();
    await app.useCases.logInteraction(me, { contactId: dana.id, kind: 'email' });
    expect(await touchOf(dana.id)).toBeUndefined();
    await app.useCases.deleteInteraction(me, (await app.useCases.getContactDetail(me, dana.id)).interactions[0]!.id);
    expect(await touchOf(dana.id)).toMatchObject({ dueNow: true });
  });
});

describe('R11 silence after an interview, and R8 the pipeline guard', () => {
  async function interviewing() {
    const uc = app.useCases;
    const bluefin = await uc.addApplication(me, { company: 'Bluefin Analytics', role: 'Staff Engineer', appliedOn: '2026-04-20' });
    const sam = await uc.addContact(me, { name: 'Sam Okafor', kind: 'recruiter', email: 'sam@bluefin.example', applicationId: bluefin.id });
    at('2026-05-01');
    await uc.addInterview(me, { applicationId: bluefin.id, at: '2026-05-01T08:00:00Z', kind: 'hiring_manager', mode: 'video', participantIds: [sam.id] });
    return bluefin;
  }

  it('R11 suggests one follow-up 10 days after the last interview, then marks the application ghosted at 30', async () => {
    const bluefin = await interviewing();
    at('2026-05-10');
    expect((await app.useCases.today(me)).ghosting).toEqual([]);
    at('2026-05-11');
    const quiet = await app.useCases.today(me);
    expect(quiet.ghosting).toHaveLength(1);
    const g = quiet.ghosting[0]!;
    expect(g).toMatchObject({ application: { id: bluefin.id, company: 'Bluefin Analytics' }, state: 'follow_up', daysSilent: 10, ghostsOn: '2026-05-31' });
    expect(g.followUpStepId).not.toBeNull();
    expect(quiet.due.map((i) => i.step.id)).toContain(g.followUpStepId);
    expect(g.text).toMatch(/One polite follow-up/);
    at('2026-05-30');
    expect((await app.useCases.today(me)).ghosting[0]).toMatchObject({ state: 'follow_up' });
    at('2026-05-31');
    const ghosted = await app.useCases.today(me);
    expect(ghosted.ghosting[0]).toMatchObject({ state: 'ghosted', ghostsOn: '2026-05-31' });
    expect((await app.useCases.getApplication(me, bluefin.id)).status).toBe('ghosted');
    const plan = await app.useCases.getPlan(me, bluefin.id);
    expect(plan.rejection?.channel).toBe('silence');
    expect(plan.steps.map((s) => s.kind)).toEqual(expect.arrayContaining(['reflect', 'connect', 'pipeline']));
    expect(plan.steps.map((s) => s.kind)).not.toContain('thank_you');
    at('2026-06-13');
    expect((await app.useCases.today(me)).ghosting.map((x) => x.state)).toEqual(['ghosted']);
    at('2026-06-14');
    expect((await app.useCases.today(me)).ghosting).toEqual([]);
  });

  it('R8 the pipeline guard is calm when healthy, nudges when low, and is loud while an interview process is under way', async () => {
    at('2026-04-20');
    for (const company of ['Acme', 'Birch', 'Cobalt', 'Delta', 'Elm']) {
      await app.useCases.addApplication(me, { company, role: 'Data Engineer', appliedOn: '2026-04-20' });
    }
    expect((await app.useCases.today(me)).pipeline).toMatchObject({ active: 5, level: 'calm', nudge: null });
    at('2026-04-28');
    expect((await app.useCases.today(me)).pipeline).toMatchObject({ level: 'nudge', daysSinceLastApplication: 7 });
    const bluefin = await interviewing();
    at('2026-05-02');
    const loud = (await app.useCases.today(me)).pipeline;
    expect(loud).toMatchObject({ level: 'loud', interviewsUnderway: true });
    expect(loud.nudge).toMatch(/interviews under way/);
    await app.useCases.updateApplication(me, bluefin.id, { status: 'offer' });
    expect((await app.useCases.today(me)).pipeline.level).toBe('nudge');
  });
});

describe('the HTTP API for keeping in touch (docs/API.md)', () => {
  const BASE = 'http://127.0.0.1:5178';
  async function http() {
    const { allowedHostsFor, createServer } = await import('../../src/server/index.js');
    const server = createServer({
      useCases: app.useCases,
      actor: me,
      token: null,
      allowedHosts: allowedHostsFor('127.0.0.1', 5178),
      staticDir: null,
      now: () => app.now(),
      log: () => undefined,
    });
    return async (method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> => {
      const res = await server.request(`${BASE}${path}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: await res.json() };
    };
  }

  it('R7 GET /api/today carries touchBases, ghosting and the pipeline level; contact routes log, tag, snooze and set cadences', async () => {
    const { dana, raj } = await finalRoundRejection();
    const call = await http();
    at('2026-06-04');
    const today = await call('GET', '/api/today');
    expect(today.status).toBe(200);
    expect(today.body.touchBases).toHaveLength(1);
    expect(today.body.touchBases[0]).toMatchObject({ contact: { id: dana.id }, idealOn: '2026-06-04', dueNow: true, reason: { kind: 'holiday' } });
    expect(today.body.touchBases[0].reason.draftText).toBeUndefined();
    expect(today.body.ghosting).toEqual([]);
    expect(['calm', 'nudge', 'loud']).toContain(today.body.pipeline.level);

    expect((await call('POST', `/api/contacts/${String(dana.id)}/events`, { kind: 'work_anniversary', on: '2020-06-10' })).status).toBe(201);
    expect((await call('GET', '/api/today')).body.touchBases[0].reason).toMatchObject({ kind: 'work_anniversary' });
    const logged = await call('POST', `/api/contacts/${String(dana.id)}/interactions`, { kind: 'meeting', note: 'Lunch' });
    expect(logged).toMatchObject({ status: 201, body: { contactId: dana.id, on: '2026-06-04', kind: 'meeting' } });
    expect((await call('GET', '/api/today')).body.touchBases).toEqual([]);
    expect((await call('DELETE', `/api/interactions/${String(logged.body.id)}`)).status).toBe(200);

    const tagged = await call('PUT', `/api/contacts/${String(raj.id)}/tags`, { tags: ['Data'] });
    expect(tagged.body.tags).toEqual(['data']);
    expect((await call('PUT', '/api/cadences/tags/data', { everyDays: 45 })).body).toEqual({ tag: 'data', everyDays: 45, contacts: 1 });
    expect((await call('GET', `/api/contacts/${String(raj.id)}`)).body.cadence).toMatchObject({ source: 'tag', everyDays: 45 });
    expect((await call('PUT', `/api/contacts/${String(raj.id)}/cadence`, { everyDays: null })).body).toMatchObject({ cadence: null, cadenceOff: true });
    expect((await call('DELETE', `/api/contacts/${String(raj.id)}/cadence`)).body.cadence).toMatchObject({ source: 'tag' });
    expect((await call('POST', `/api/contacts/${String(dana.id)}/snooze`, { until: '2026-06-30' })).body.cadence).toMatchObject({ snoozedUntil: '2026-06-30' });
    expect((await call('GET', '/api/touch-bases')).body.map((t: { contact: { id: number } }) => t.contact.id)).toEqual([raj.id]);
    expect((await call('DELETE', `/api/contacts/${String(dana.id)}/snooze`)).body.cadence.snoozedUntil).toBeNull();

    const article = await call('POST', '/api/articles', { url: 'https://example.org/a', title: 'A good read', tags: ['data'] });
    expect(article).toMatchObject({ status: 201, body: { savedOn: '2026-06-04', tags: ['data'] } });
    expect((await call('GET', '/api/articles')).body).toHaveLength(1);
    expect((await call('DELETE', `/api/articles/${String(article.body.id)}`)).status).toBe(200);
    const m = await call('POST', '/api/milestones', { title: 'Shipped my portfolio site' });
    expect(m).toMatchObject({ status: 201, body: { on: '2026-06-04' } });
    expect((await call('GET', '/api/milestones')).body.map((x: { title: string }) => x.title)).toEqual(['Shipped my portfolio site']);
  });

  it('R7 the API answers bad input with 400 naming the field, and unknown records with 404', async () => {
    const { dana } = await finalRoundRejection();
    const call = await http();
    const future = await call('POST', `/api/contacts/${String(dana.id)}/interactions`, { kind: 'call', on: '2027-01-01' });
    expect(future).toMatchObject({ status: 400, body: { error: { code: 'invalid_input' } } });
    expect(future.body.error.message).toMatch(/^on:/);
    expect((await call('PUT', `/api/contacts/${String(dana.id)}/cadence`, { everyDays: 1000 })).body.error.message).toMatch(/everyDays/);
    expect((await call('GET', '/api/contacts/999')).status).toBe(404);
    expect((await call('DELETE', '/api/cadences/tags/none')).status).toBe(404);
    expect((await call('DELETE', '/api/contact-events/77')).status).toBe(404);
  });
});
