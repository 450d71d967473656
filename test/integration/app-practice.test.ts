// The practice bank through the use cases, over a real (in-memory) SQLite store and a clock the
// test moves forward: where questions come from, how reviews space them out, and how today's
// agenda counts what is due.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_USER, openMemoryApp, type App } from '../../src/app/index.js';
import { isReboundError } from '../../src/core/errors.js';
import type { Clock } from '../../src/core/time.js';
import { allowedHostsFor, createServer } from '../../src/server/index.js';

// Midday UTC: the same calendar day in every time zone from UTC-11 to UTC+11, so the local
// practice day is 2026-03-10 wherever the tests run.
const NOW = '2026-03-10T12:00:00.000Z';
const me = LOCAL_USER;
type MemoryApp = Omit<App, 'config'>;

let current = NOW;
const clock: Clock = { now: () => new Date(current) };
const advanceDays = (n: number): void => {
  current = new Date(Date.parse(current) + n * 86_400_000).toISOString();
};

let app: MemoryApp;
beforeEach(async () => {
  current = NOW;
  app = await openMemoryApp(clock);
});
afterEach(async () => {
  await app.close();
});

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isReboundError(e)) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'no error';
}

/** An application with an interview whose answers the user rated, and a reflection. */
async function interviewedWithReflection() {
  const uc = app.useCases;
  const acme = await uc.addApplication(me, { company: 'Acme Robotics', role: 'Data Engineer', appliedOn: '2026-02-02' });
  await uc.addInterview(me, {
    applicationId: acme.id,
    at: '2026-03-03T10:00:00Z',
    kind: 'technical',
    mode: 'video',
    questions: [
      { text: 'How would you backfill a year of events?', rating: 2 },
      { text: 'Why Acme?', rating: 5 },
      { text: 'Describe a pipeline that failed in production.', rating: 1 },
      { text: 'Any questions for us?', rating: null },
    ],
  });
  const bluefin = await uc.addApplication(me, { company: 'Bluefin', role: 'Analytics Engineer', appliedOn: '2026-02-10' });
  await uc.addReflection(me, {
    applicationId: bluefin.id,
    pauseQuestions: ['What is your biggest weakness?', 'how would you BACKFILL a year of events'],
  });
  return { acme, bluefin };
}

describe('practice bank', () => {
  it('takes in low-rated interview questions and reflection questions once each, due today, with their source', async () => {
    const { acme, bluefin } = await interviewedWithReflection();
    const l = await app.useCases.listPractice(me);
    expect(l.today).toBe('2026-03-10');
    expect(l.dueCount).toBe(3);
    expect(l.items.map((i) => [i.question, i.source.kind, i.source.applicationId])).toEqual([
      ['How would you backfill a year of events?', 'interview', acme.id],
      ['Describe a pipeline that failed in production.', 'interview', acme.id],
      ['What is your biggest weakness?', 'reflection', bluefin.id],
    ]);
    expect(l.items[0]).toMatchObject({
      source: { company: 'Acme Robotics', role: 'Data Engineer' },
      outline: null,
      rating: null,
      reviews: 0,
      dueOn: '2026-03-10',
      lastReviewedAt: null,
      createdAt: NOW,
    });
    // Reading again adds nothing twice.
    expect((await app.useCases.listPractice(me, { all: true })).items).toHaveLength(3);
  });

  it('brings "again" back tomorrow, then spaces "good" out 1, 3 and 6 days (after a lapse the gaps grow a little slower)', async () => {
    await interviewedWithReflection();
    const [first] = (await app.useCases.listPractice(me)).items;
    const id = first!.id;
    expect((await app.useCases.reviewPractice(me, { id, rating: 'again' })).dueOn).toBe('2026-03-11');
    advanceDays(1);
    expect((await app.useCases.reviewPractice(me, { id, rating: 'good' })).dueOn).toBe('2026-03-12');
    advanceDays(1);
    expect((await app.useCases.reviewPractice(me, { id, rating: 'good' })).dueOn).toBe('2026-03-15');
    advanceDays(3);
    const third = await app.useCases.reviewPractice(me, { id, rating: 'good' });
    expect(third).toMatchObject({ dueOn: '2026-03-21', rating: 'good', reviews: 4, lastReviewedAt: current });
  });

  it('keeps the outline when a review leaves it out, replaces it when given, and clears it when empty', async () => {
    const item = await app.useCases.addPractice(me, { question: 'Tell me about a time you disagreed with your manager.' });
    const outlined = await app.useCases.reviewPractice(me, { id: item.id, rating: 'hard', outline: 'Situation: the Q3 launch.\nWhat I did: data first.\n' });
    expect(outlined.outline).toBe('Situation: the Q3 launch.\nWhat I did: data first.');
    expect((await app.useCases.reviewPractice(me, { id: item.id, rating: 'good' })).outline).toBe(outlined.outline);
    expect((await app.useCases.reviewPractice(me, { id: item.id, rating: 'good', outline: '' })).outline).toBeNull();
  });

  it('lists only what is due by default, and everything, soonest first, with all', async () => {
    const a = await app.useCases.addPractice(me, { question: 'Walk me through your resume.' });
    const b = await app.useCases.addPractice(me, { question: 'Where do you see yourself in five years?' });
    await app.useCases.reviewPractice(me, { id: a.id, rating: 'easy' });
    const due = await app.useCases.listPractice(me);
    expect(due.items.map((i) => i.id)).toEqual([b.id]);
    expect(due.dueCount).toBe(1);
    const all = await app.useCases.listPractice(me, { all: true });
    expect(all.items.map((i) => [i.id, i.dueOn])).toEqual([
      [b.id, '2026-03-10'],
      [a.id, '2026-03-13'],
    ]);
    expect(all.dueCount).toBe(1);
    advanceDays(3);
    expect((await app.useCases.listPractice(me)).dueCount).toBe(2);
  });

  it('refuses the same question twice, however it is written, and names the one already there', async () => {
    const first = await app.useCases.addPractice(me, { question: 'Why are you leaving your current job?' });
    expect(await codeOf(app.useCases.addPractice(me, { question: '  why are you leaving your current JOB ' }))).toBe(
      `conflict: That question is already in your practice list (id ${first.id}).`,
    );
    await interviewedWithReflection();
    expect(await codeOf(app.useCases.addPractice(me, { question: 'Why Acme' }))).toBe('no error');
    // A question an interview sent, not yet listed, counts as already there.
    expect(await codeOf(app.useCases.addPractice(me, { question: 'Describe a pipeline that failed in production' }))).toMatch(/^conflict:/);
  });

  it('checks what is added: a real question, an existing application', async () => {
    expect(await codeOf(app.useCases.addPractice(me, { question: 'ok' }))).toBe('invalid_input: question: must be at least 3 characters.');
    expect(await codeOf(app.useCases.addPractice(me, { question: '?!?!' }))).toBe('invalid_input: question: needs words, not only punctuation.');
    expect(await codeOf(app.useCases.addPractice(me, { question: 'Why us?', applicationId: 99 }))).toBe('not_found: No application with id 99.');
    expect(await codeOf(app.useCases.reviewPractice(me, { id: 42, rating: 'good' }))).toBe('not_found: No practice question with id 42.');
    const item = await app.useCases.addPractice(me, { question: 'Why us?' });
    expect(await codeOf(app.useCases.reviewPractice(me, { id: item.id, rating: 'perfect' as never }))).toBe(
      'invalid_input: rating: must be one of again, hard, good, easy.',
    );
    expect((await app.useCases.listPractice(me, { all: true })).items).toHaveLength(1);
  });

  it('does not bring a removed question back from its interview, but adding it again restores its history', async () => {
    await interviewedWithReflection();
    const target = (await app.useCases.listPractice(me)).items.find((i) => i.question.startsWith('Describe a pipeline'))!;
    await app.useCases.reviewPractice(me, { id: target.id, rating: 'hard', outline: 'The retry storm.' });
    const removed = await app.useCases.removePractice(me, target.id);
    expect(removed.id).toBe(target.id);
    const after = await app.useCases.listPractice(me, { all: true });
    expect(after.items.map((i) => i.id)).not.toContain(target.id);
    expect(await codeOf(app.useCases.removePractice(me, target.id))).toMatch(/^not_found:/);

    const back = await app.useCases.addPractice(me, { question: 'Describe a pipeline that failed in production.' });
    expect(back).toMatchObject({ id: target.id, outline: 'The retry storm.', reviews: 1, source: { kind: 'interview' }, dueOn: '2026-03-10' });
  });

  it("shows the due count on today's agenda, and the count follows reviews at once", async () => {
    expect((await app.useCases.today(me)).practiceDue).toBe(0);
    await interviewedWithReflection();
    // Counted before the bank is ever read: they are due the day they arrive.
    expect((await app.useCases.today(me)).practiceDue).toBe(3);
    const [first] = (await app.useCases.listPractice(me)).items;
    expect((await app.useCases.today(me)).practiceDue).toBe(3);
    await app.useCases.reviewPractice(me, { id: first!.id, rating: 'good' });
    expect((await app.useCases.today(me)).practiceDue).toBe(2);
    advanceDays(1);
    expect((await app.useCases.today(me)).practiceDue).toBe(3);
  });
});

describe('practice over HTTP', () => {
  const BASE = 'http://127.0.0.1:5178';
  const server = () =>
    createServer({
      useCases: app.useCases,
      actor: me,
      token: null,
      allowedHosts: allowedHostsFor('127.0.0.1', 5178),
      staticDir: null,
      now: () => app.now(),
      log: () => undefined,
    });
  const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> => {
    const res = await server().request(`${BASE}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    return { status: res.status, json: await res.json() };
  };

  it('adds, lists, reviews and removes through the documented routes', async () => {
    const { acme } = await interviewedWithReflection();
    const added = await call('POST', '/api/practice', { question: 'How do you test a data pipeline?', applicationId: acme.id });
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({ question: 'How do you test a data pipeline?', source: { kind: 'manual', company: 'Acme Robotics' }, dueOn: '2026-03-10' });

    const listed = await call('GET', '/api/practice');
    expect(listed.status).toBe(200);
    expect(listed.json).toMatchObject({ today: '2026-03-10', dueCount: 4 });
    expect(listed.json.items).toHaveLength(4);

    const reviewed = await call('POST', `/api/practice/${String(added.json.id)}/review`, { rating: 'good', outline: 'Contracts, then samples.' });
    expect(reviewed.status).toBe(200);
    expect(reviewed.json).toMatchObject({ rating: 'good', reviews: 1, outline: 'Contracts, then samples.', dueOn: '2026-03-11' });
    expect((await call('GET', '/api/practice')).json.dueCount).toBe(3);
    expect((await call('GET', '/api/practice?all=true')).json.items).toHaveLength(4);
    expect((await call('GET', '/api/today')).json.practiceDue).toBe(3);

    const removed = await call('DELETE', `/api/practice/${String(added.json.id)}`);
    expect(removed).toMatchObject({ status: 200, json: { id: added.json.id } });
    expect((await call('GET', '/api/practice?all=true')).json.items).toHaveLength(3);
  });

  it('answers bad input with 400, unknown ids with 404 and a repeated question with 409', async () => {
    await call('POST', '/api/practice', { question: 'Why us?' });
    expect(await call('POST', '/api/practice', { question: 'why US' })).toMatchObject({ status: 409, json: { error: { code: 'conflict' } } });
    expect(await call('POST', '/api/practice', { question: '' })).toMatchObject({ status: 400, json: { error: { code: 'invalid_input' } } });
    expect(await call('POST', '/api/practice/1/review', { rating: 'meh' })).toMatchObject({ status: 400, json: { error: { code: 'invalid_input' } } });
    expect(await call('POST', '/api/practice/77/review', { rating: 'good' })).toMatchObject({ status: 404, json: { error: { code: 'not_found' } } });
    expect(await call('DELETE', '/api/practice/77')).toMatchObject({ status: 404, json: { error: { code: 'not_found' } } });
  });

  it('lists the practice routes in the OpenAPI document', async () => {
    const doc = (await call('GET', '/api/openapi.json')).json;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/practice', '/api/practice/{id}/review', '/api/practice/{id}']));
    expect(doc.components.schemas.PracticeItem).toBeDefined();
  });
});
