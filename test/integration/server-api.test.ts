// The HTTP API over a real (in-memory) SQLite store, called in-process with Hono's
// app.request(): every route's answer, its error codes, and the whole rejection journey.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_USER, loadConfig, openApp, openMemoryApp, type UseCases } from '../../src/app/index.js';
import { fixedClock } from '../../src/core/time.js';
import { BODY_LIMIT_BYTES, allowedHostsFor, createServer } from '../../src/server/index.js';

const NOW = '2026-11-20T10:00:00.000Z';
const BASE = 'http://127.0.0.1:5178';

type Json = any;

interface Api {
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Calls and reads JSON, failing with the answer when the status is not the expected one. */
  json(method: string, path: string, body?: unknown, expected?: number): Promise<Json>;
  logs: string[];
}

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

async function api(override: Partial<UseCases> = {}): Promise<Api> {
  const app = await openMemoryApp(fixedClock(NOW));
  close = () => app.close();
  const logs: string[] = [];
  const server = createServer({
    useCases: { ...app.useCases, ...override },
    actor: LOCAL_USER,
    token: null,
    allowedHosts: allowedHostsFor('127.0.0.1', 5178),
    staticDir: null,
    now: () => app.now(),
    log: (line) => logs.push(line),
  });
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    server.request(`${BASE}${path}`, {
      method,
      headers: { ...(body !== undefined && { 'Content-Type': 'application/json' }), ...headers },
      ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  return {
    call,
    logs,
    async json(method, path, body, expected = method === 'POST' ? 201 : 200) {
      const res = await call(method, path, body);
      const text = await res.text();
      if (res.status !== expected) throw new Error(`${method} ${path} answered ${res.status}, expected ${expected}: ${text}`);
      return JSON.parse(text);
    },
  };
}

/** Expects an error answer with this status and code; returns its message. */
async function expectError(res: Response, status: number, code: string): Promise<string> {
  const body = (await res.json()) as Json;
  expect({ status: res.status, code: body.error?.code }).toEqual({ status, code });
  expect(typeof body.error.message).toBe('string');
  return body.error.message as string;
}

const PASTED_REJECTION = [
  'From: Priya Shah <priya.shah@acme-robotics.example>',
  'Sent: Thu, 19 Nov 2026 15:30:00 +0000',
  'To: Alex Rivera <alex.rivera@example.com>',
  'Subject: Your application for Data Engineer at Acme Robotics',
  '',
  'Hi Alex,',
  '',
  'Thank you for coming in to meet Dana last week, and for the time you put into preparing for the conversation.',
  '',
  "I'm sorry to let you know that we've decided to move ahead with another candidate for the Data Engineer role. It was not an easy call.",
  '',
  'All the best with your search,',
  'Priya',
].join('\n');

/** An application, a hiring manager met in person, and the recruiter's pasted rejection. */
async function rejectedApplication(a: Api): Promise<{ appId: number; dana: number; plan: Json }> {
  const app = await a.json('POST', '/api/applications', { company: 'Acme Robotics', role: 'Data Engineer', appliedOn: '2026-10-20' });
  const dana = await a.json('POST', '/api/contacts', {
    name: 'Dana Okafor',
    kind: 'hiring_manager',
    email: 'dana.okafor@acme-robotics.example',
    company: 'Acme Robotics',
    applicationId: app.id,
  });
  await a.json('POST', `/api/applications/${app.id}/interviews`, {
    at: '2026-11-12T14:00:00Z',
    kind: 'hiring_manager',
    mode: 'in_person',
    participantIds: [dana.id],
  });
  const plan = await a.json('POST', `/api/applications/${app.id}/rejection`, { email: PASTED_REJECTION });
  return { appId: app.id as number, dana: dana.id as number, plan };
}

const stepOf = (plan: Json, kind: string): Json => {
  const s = (plan.steps as Json[]).find((x) => x.kind === kind);
  if (!s) throw new Error(`no ${kind} step in ${(plan.steps as Json[]).map((x) => x.kind).join(', ')}`);
  return s;
};

describe('the rejection journey over HTTP', () => {
  it('turns an application, a hiring-manager interview and a pasted recruiter email into a plan with a pending thank-you', async () => {
    const a = await api();
    const { appId, plan } = await rejectedApplication(a);
    expect(plan.application).toMatchObject({ id: appId, status: 'rejected' });
    expect(plan.rejection).toMatchObject({ channel: 'email', senderName: 'Priya Shah', senderEmail: 'priya.shah@acme-robotics.example', automatedSender: false });
    const thankYou = stepOf(plan, 'thank_you');
    expect(thankYou).toMatchObject({ status: 'pending', rule: 'R2', decidedBy: 'engine' });
    expect(thankYou.draft.body.length).toBeGreaterThan(20);
    expect(typeof thankYou.rationale).toBe('string');

    const again = await a.json('GET', `/api/applications/${appId}/plan`);
    expect(again.steps.map((s: Json) => s.id)).toEqual(plan.steps.map((s: Json) => s.id));
  });

  it('lists the new steps on the agenda: due now, or later this week', async () => {
    const a = await api();
    const { plan } = await rejectedApplication(a);
    const today = await a.json('GET', '/api/today');
    expect(today.now).toBe(NOW);
    const ids = [...today.due, ...today.upcoming].map((i: Json) => i.step.id);
    expect(ids).toContain(stepOf(plan, 'thank_you').id);
    expect(today.due.concat(today.upcoming)[0].application).toEqual({ id: plan.application.id, company: 'Acme Robotics', role: 'Data Engineer' });
    expect(today.pipeline).toMatchObject({ active: 0, target: 5 });
    expect(today.lastMood).toBeNull();
  });

  it('shows the whole timeline of an application, with the email as plain text', async () => {
    const a = await api();
    const { appId, dana } = await rejectedApplication(a);
    const detail = await a.json('GET', `/api/applications/${appId}`);
    expect(Object.keys(detail).sort()).toEqual(['application', 'contacts', 'emails', 'feedback', 'interviews', 'reflections', 'rejection', 'steps']);
    expect(detail.interviews).toHaveLength(1);
    expect(detail.contacts.map((c: Json) => c.id)).toContain(dana);
    expect(detail.rejection.emailText).toContain('move ahead with another candidate');
  });

  it('keeps an HTML rejection email as text only: no markup comes back', async () => {
    const a = await api();
    const app = await a.json('POST', '/api/applications', { company: 'Bluefin', role: 'Designer', appliedOn: '2026-11-01' });
    const html = [
      'From: Bluefin Careers <careers@bluefin.example>',
      'Subject: Your application',
      'Date: Thu, 19 Nov 2026 09:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><body><p>Dear Alex,</p><script>alert("x")</script><img src=x onerror="alert(1)"><p>We will not be moving forward with your application.</p></body></html>',
    ].join('\r\n');
    const plan = await a.json('POST', `/api/applications/${app.id}/rejection`, { email: html });
    const detail = await a.json('GET', `/api/applications/${app.id}`);
    for (const text of [plan.rejection.emailText, detail.rejection.emailText] as string[]) {
      expect(text).toContain('not be moving forward');
      expect(text).not.toMatch(/<\s*(script|img|p|html)/i);
    }
  });
});

describe('the agenda over time', () => {
  it('always answers what a fresh read of the store gives: after writes here, writes by another process, and as the clock moves', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-agenda-'));
    let t = Date.parse(NOW);
    const clock = { now: () => new Date(t) };
    const config = loadConfig({ REBOUND_HOME: dir });
    const here = await openApp(config, { clock });
    const elsewhere = await openApp(config, { clock });
    close = async () => {
      await here.close();
      await elsewhere.close();
      fs.rmSync(dir, { recursive: true, force: true });
    };
    const server = createServer({ useCases: here.useCases, actor: LOCAL_USER, token: null, allowedHosts: allowedHostsFor('127.0.0.1', 5178), staticDir: null, now: () => here.now() });
    const served = async (): Promise<Json> => (await server.request(`${BASE}/api/today`)).json();
    /** A new app over the same file has nothing kept: its answer is the truth. */
    const fresh = async (): Promise<Json> => {
      const other = await openApp(config, { clock });
      try {
        return JSON.parse(JSON.stringify(await other.useCases.today(LOCAL_USER)));
      } finally {
        await other.close();
      }
    };
    const a = await here.useCases.addApplication(LOCAL_USER, { company: 'Acme', role: 'Engineer', appliedOn: '2026-11-01' });
    await here.useCases.recordRejection(LOCAL_USER, { applicationId: a.id, receivedAt: '2026-11-20T09:00:00Z', rawEmail: Buffer.from(PASTED_REJECTION) });

    const first = await served();
    expect(first).toEqual(await fresh());
    expect([...first.due, ...first.upcoming].some((i: Json) => !i.readyNow)).toBe(true);

    t += 60_000;
    const again = await served();
    expect(again.now).toBe(new Date(t).toISOString());
    expect(again).toEqual(await fresh());

    const item = [...again.due, ...again.upcoming][0];
    await elsewhere.useCases.changeStep(LOCAL_USER, { stepId: item.step.id, action: 'done' });
    const afterOther = await served();
    expect([...afterOther.due, ...afterOther.upcoming].map((i: Json) => i.step.id)).not.toContain(item.step.id);
    expect(afterOther).toEqual(await fresh());

    await here.useCases.logMood(LOCAL_USER, { score: 4 });
    expect((await served()).lastMood.score).toBe(4);

    for (const step of [12 * 3_600_000, 14 * 3_600_000, 3 * 86_400_000, 31 * 86_400_000]) {
      t += step;
      expect(await served()).toEqual(await fresh());
    }
  });
});

describe('applications', () => {
  it('adds, lists, filters, searches and edits applications', async () => {
    const a = await api();
    const one = await a.json('POST', '/api/applications', { company: 'Northwind', role: 'UX Designer' });
    expect(one).toMatchObject({ company: 'Northwind', status: 'applied', appliedOn: '2026-11-20' });
    await a.json('POST', '/api/applications', { company: 'Lumen', role: 'Product Designer', status: 'wishlist' });
    expect(await a.json('GET', '/api/applications')).toHaveLength(2);
    expect((await a.json('GET', '/api/applications?status=wishlist')).map((x: Json) => x.company)).toEqual(['Lumen']);
    expect((await a.json('GET', '/api/applications?search=NORTH&status=')).map((x: Json) => x.company)).toEqual(['Northwind']);
    const edited = await a.json('PATCH', `/api/applications/${one.id}`, { status: 'screening', notes: 'Call booked' });
    expect(edited).toMatchObject({ id: one.id, status: 'screening', notes: 'Call booked' });
  });

  it('answers 400 invalid_input naming the field for a bad date, a missing field or a bad filter', async () => {
    const a = await api();
    expect(await expectError(await a.call('POST', '/api/applications', { company: 'X', role: 'Y', appliedOn: '2026-13-45' }), 400, 'invalid_input')).toMatch(/^appliedOn: /);
    expect(await expectError(await a.call('POST', '/api/applications', { role: 'Y' }), 400, 'invalid_input')).toMatch(/^company: /);
    expect(await expectError(await a.call('GET', '/api/applications?status=happy'), 400, 'invalid_input')).toMatch(/^status \(in the query\): must be one of "wishlist"/);
    expect(await expectError(await a.call('GET', '/api/applications/abc'), 400, 'invalid_input')).toBe('The id in the address: must be a positive whole number.');
    expect(await a.json('GET', '/api/applications')).toEqual([]);
  });

  it('answers 404 not_found for an application that does not exist, on every route under it', async () => {
    const a = await api();
    await expectError(await a.call('GET', '/api/applications/999'), 404, 'not_found');
    await expectError(await a.call('PATCH', '/api/applications/999', { notes: 'x' }), 404, 'not_found');
    await expectError(await a.call('GET', '/api/applications/999/plan'), 404, 'not_found');
    await expectError(await a.call('POST', '/api/applications/999/interviews', { at: '2026-11-10', kind: 'screen', mode: 'phone' }), 404, 'not_found');
    await expectError(await a.call('POST', '/api/applications/999/rejection', { channel: 'call' }), 404, 'not_found');
    await expectError(await a.call('POST', '/api/applications/999/feedback', { text: 'Too junior.' }), 404, 'not_found');
    await expectError(await a.call('POST', '/api/applications/999/reflections', { wentWell: 'x' }), 404, 'not_found');
  });

  it('logs interviews, and refuses a bad instant or an unknown participant', async () => {
    const a = await api();
    const app = await a.json('POST', '/api/applications', { company: 'Kestrel', role: 'Researcher' });
    const i = await a.json('POST', `/api/applications/${app.id}/interviews`, { at: '2026-11-18', kind: 'screen', mode: 'phone', questions: [{ text: 'Why us?' }] });
    expect(i).toMatchObject({ applicationId: app.id, kind: 'screen', at: '2026-11-18T12:00:00.000Z', questions: [{ text: 'Why us?', rating: null }] });
    expect((await a.json('GET', `/api/applications/${app.id}`)).application.status).toBe('interviewing');
    expect(await expectError(await a.call('POST', `/api/applications/${app.id}/interviews`, { at: 'yesterday', kind: 'screen', mode: 'phone' }), 400, 'invalid_input')).toMatch(/^at: /);
    await expectError(await a.call('POST', `/api/applications/${app.id}/interviews`, { at: '2026-11-18', kind: 'screen', mode: 'phone', participantIds: [42] }), 404, 'not_found');
  });

  it('records a rejection by call without an email, and refuses an empty pasted email', async () => {
    const a = await api();
    const app = await a.json('POST', '/api/applications', { company: 'Orchard', role: 'Lead', appliedOn: '2026-10-01' });
    await expectError(await a.call('POST', `/api/applications/${app.id}/rejection`, { email: '   ' }), 400, 'empty_email');
    const plan = await a.json('POST', `/api/applications/${app.id}/rejection`, { channel: 'call', receivedAt: '2026-11-19' });
    expect(plan.rejection).toMatchObject({ channel: 'call', receivedAt: '2026-11-19T12:00:00.000Z' });
    expect(await expectError(await a.call('POST', `/api/applications/${app.id}/rejection`, { channel: 'pigeon' }), 400, 'invalid_input')).toMatch(/^channel: /);
  });

  it('adds feedback and reflections to a rejected application', async () => {
    const a = await api();
    const { appId } = await rejectedApplication(a);
    const f = await a.json('POST', `/api/applications/${appId}/feedback`, { text: 'We went in a different direction.' });
    expect(f).toMatchObject({ applicationId: appId, vague: true, receivedAt: NOW });
    const r = await a.json('POST', `/api/applications/${appId}/reflections`, { wentWell: 'The whiteboard round.', requirementsMatch: 'partly' });
    expect(r).toMatchObject({ applicationId: appId, wentWell: 'The whiteboard round.', requirementsMatch: 'partly', pauseQuestions: [] });
    const detail = await a.json('GET', `/api/applications/${appId}`);
    expect([detail.feedback.length, detail.reflections.length]).toEqual([1, 1]);
    expect(await expectError(await a.call('POST', `/api/applications/${appId}/reflections`, { requirementsMatch: 'maybe' }), 400, 'invalid_input')).toMatch(/^requirementsMatch: /);
  });
});

describe('contacts', () => {
  it('adds and lists contacts, and names a bad email address', async () => {
    const a = await api();
    expect(await a.json('GET', '/api/contacts')).toEqual([]);
    const c = await a.json('POST', '/api/contacts', { name: 'Sam Patel', kind: 'mentor', email: 'Sam@Example.com' });
    expect(c).toMatchObject({ name: 'Sam Patel', kind: 'mentor', email: 'sam@example.com' });
    expect((await a.json('GET', '/api/contacts')).map((x: Json) => x.id)).toEqual([c.id]);
    expect(await expectError(await a.call('POST', '/api/contacts', { name: 'X', kind: 'mentor', email: 'nope' }), 400, 'invalid_input')).toMatch(/^email: /);
    await expectError(await a.call('POST', '/api/contacts', { name: 'X', kind: 'mentor', applicationId: 77 }), 404, 'not_found');
  });
});

describe('steps and drafts', () => {
  it('snoozes, reopens, completes and skips steps', async () => {
    const a = await api();
    const { plan } = await rejectedApplication(a);
    const thankYou = stepOf(plan, 'thank_you');
    const snoozed = await a.json('POST', `/api/steps/${thankYou.id}`, { action: 'snooze', until: '2026-11-25' }, 200);
    expect(snoozed).toMatchObject({ id: thankYou.id, status: 'snoozed', snoozedUntil: '2026-11-25T12:00:00.000Z', decidedBy: 'user' });
    expect(await a.json('POST', `/api/steps/${thankYou.id}`, { action: 'reopen' }, 200)).toMatchObject({ status: 'pending', snoozedUntil: null });
    expect(await a.json('POST', `/api/steps/${thankYou.id}`, { action: 'done' }, 200)).toMatchObject({ status: 'done', completedAt: NOW });
    const other = (plan.steps as Json[]).find((s) => s.status === 'pending' && s.id !== thankYou.id);
    const skipped = await a.json('POST', `/api/steps/${other.id}`, { action: 'skip', reason: 'Not this time.' }, 200);
    expect(skipped).toMatchObject({ status: 'skipped', skipReason: 'Not this time.' });
  });

  it('refuses a snooze into the past, an unknown action and an unknown step', async () => {
    const a = await api();
    const { plan } = await rejectedApplication(a);
    const id = stepOf(plan, 'thank_you').id as number;
    await expectError(await a.call('POST', `/api/steps/${id}`, { action: 'snooze', until: '2026-11-01' }), 400, 'invalid_input');
    expect(await expectError(await a.call('POST', `/api/steps/${id}`, { action: 'archive' }), 400, 'invalid_input')).toMatch(/^action: /);
    expect(await expectError(await a.call('POST', `/api/steps/${id}`, { action: 'snooze', until: 'soon' }), 400, 'invalid_input')).toMatch(/^until: /);
    await expectError(await a.call('POST', '/api/steps/9999', { action: 'done' }), 404, 'not_found');
  });

  it('reads, edits and downloads a draft as an .eml attachment', async () => {
    const a = await api();
    const { plan } = await rejectedApplication(a);
    const id = stepOf(plan, 'thank_you').id as number;
    const { step, draft } = await a.json('GET', `/api/steps/${id}/draft`);
    expect(step.id).toBe(id);
    expect(draft.subject.length).toBeGreaterThan(3);

    const saved = await a.json('PUT', `/api/steps/${id}/draft`, { subject: 'Thank you', body: 'Hi Priya,\n\nThank you for letting me know.\n\nAlex' });
    expect(saved).toMatchObject({ subject: 'Thank you', body: 'Hi Priya,\n\nThank you for letting me know.\n\nAlex' });
    expect((await a.json('GET', `/api/steps/${id}/draft`)).step.draftEdited).toBe(true);

    const eml = await a.call('GET', `/api/steps/${id}/draft.eml`);
    expect(eml.status).toBe(200);
    expect(eml.headers.get('content-type')).toBe('message/rfc822');
    expect(eml.headers.get('content-disposition')).toMatch(/^attachment; filename="rebound-thank-you-\d+\.eml"$/);
    const text = await eml.text();
    expect(text).toMatch(/^Subject: .*Thank you|^Subject: Re: /m);
    expect(text).toContain('Thank you for letting me know.');
  });

  it('answers 400 unsupported for the draft of a step that is not a message, and 404 for an unknown step', async () => {
    const a = await api();
    const { plan } = await rejectedApplication(a);
    const checkIn = stepOf(plan, 'check_in');
    await expectError(await a.call('GET', `/api/steps/${checkIn.id}/draft`), 400, 'unsupported');
    await expectError(await a.call('GET', `/api/steps/${checkIn.id}/draft.eml`), 400, 'unsupported');
    await expectError(await a.call('PUT', `/api/steps/${checkIn.id}/draft`, { subject: 'a', body: 'b' }), 400, 'unsupported');
    await expectError(await a.call('GET', '/api/steps/9999/draft'), 404, 'not_found');
    expect(await expectError(await a.call('PUT', `/api/steps/${stepOf(plan, 'thank_you').id}/draft`, { subject: '', body: 'b' }), 400, 'invalid_input')).toMatch(/^subject: /);
  });
});

describe('moods, profile and demo', () => {
  it('logs a mood and lists the recent ones; a score outside 1 to 5 names the field', async () => {
    const a = await api();
    const m = await a.json('POST', '/api/moods', { score: 2, note: 'Tired.' });
    expect(m).toMatchObject({ score: 2, note: 'Tired.', at: NOW });
    expect((await a.json('GET', '/api/moods?days=7')).map((x: Json) => x.id)).toEqual([m.id]);
    expect((await a.json('GET', '/api/today')).lastMood.id).toBe(m.id);
    expect(await expectError(await a.call('POST', '/api/moods', { score: 9 }), 400, 'invalid_input')).toMatch(/^score: /);
    expect(await expectError(await a.call('GET', '/api/moods?days=0'), 400, 'invalid_input')).toBe('days (in the query): must be at least 1.');
  });

  it('reads and changes the profile and settings', async () => {
    const a = await api();
    const before = await a.json('GET', '/api/profile');
    expect(before.settings.thankYouDays).toBe(2);
    const after = await a.json('PATCH', '/api/profile', { name: 'Alex Rivera', thankYouDays: 3 });
    expect(after).toMatchObject({ profile: { name: 'Alex Rivera' }, settings: { thankYouDays: 3 } });
    expect((await a.json('GET', '/api/profile')).profile.name).toBe('Alex Rivera');
    expect(await expectError(await a.call('PATCH', '/api/profile', { coolOffHours: -1 }), 400, 'invalid_input')).toMatch(/^coolOffHours: /);
  });

  it('loads the demo into an empty store, and answers 409 conflict the second time', async () => {
    const a = await api();
    const loaded = await a.json('POST', '/api/demo');
    expect(loaded.applications).toBeGreaterThan(3);
    expect((await a.json('GET', '/api/today')).due.length).toBeGreaterThan(0);
    await expectError(await a.call('POST', '/api/demo'), 409, 'conflict');
  });
});

describe('email and tone', () => {
  it('classifies a pasted email without storing it', async () => {
    const a = await api();
    const v = await a.json(
      'POST',
      '/api/classify',
      { subject: 'Your application to Bluefin', from: 'Bluefin <no-reply@bluefin.example>', body: 'Thank you for applying. Unfortunately we will not be moving forward with your application at this time.' },
      200,
    );
    expect(v).toMatchObject({ label: 'rejection' });
    expect(Object.keys(v).sort()).toEqual(['company', 'confidence', 'contact_name', 'label', 'reasons', 'role']);
    expect(await a.json('GET', '/api/applications')).toEqual([]);
    expect(await expectError(await a.call('POST', '/api/classify', { subject: 'x' }), 400, 'invalid_input')).toMatch(/^body: /);
  });

  it('lists the review queue and answers 404 for an email that is not in it', async () => {
    const a = await api();
    expect(await a.json('GET', '/api/review')).toEqual([]);
    await expectError(await a.call('POST', '/api/review/5', { action: 'accept' }), 404, 'not_found');
    expect(await expectError(await a.call('POST', '/api/review/5', { action: 'shred' }), 400, 'invalid_input')).toMatch(/^action: /);
  });

  it('checks the tone of a message and points at the passage that may land badly', async () => {
    const a = await api();
    const { findings } = await a.json('POST', '/api/tone', { text: 'Your process was a joke and you wasted my time. I demand an explanation.', kind: 'thank_you' }, 200);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ ruleId: 'R9' });
    expect(typeof findings[0].explanation).toBe('string');
    expect(await expectError(await a.call('POST', '/api/tone', { text: 'Hi', kind: 'poem' }), 400, 'invalid_input')).toMatch(/^kind: /);
  });
});

describe('errors every route shares', () => {
  it('answers 404 route_not_found for an unknown endpoint or method', async () => {
    const a = await api();
    await expectError(await a.call('GET', '/api/nothing-here'), 404, 'route_not_found');
    await expectError(await a.call('DELETE', '/api/applications/1'), 404, 'route_not_found');
    await expectError(await a.call('POST', '/not-api'), 404, 'route_not_found');
  });

  it('answers 400 invalid_input for a body that is not JSON, and changes nothing', async () => {
    const a = await api();
    expect(await expectError(await a.call('POST', '/api/applications', '{"company": "Acme",'), 400, 'invalid_input')).toMatch(/not valid JSON/);
    expect(await expectError(await a.call('POST', '/api/applications', '[1, 2]'), 400, 'invalid_input')).toBe('The request body: must be an object.');
    expect(await a.json('GET', '/api/applications')).toEqual([]);
  });

  it('answers 413 payload_too_large for a body over 10 MB', async () => {
    const a = await api();
    const big = JSON.stringify({ email: 'x'.repeat(BODY_LIMIT_BYTES + 1) });
    await expectError(await a.call('POST', '/api/applications/1/rejection', big), 413, 'payload_too_large');
  });

  it('answers 500 internal for a bug without leaking its message or stack, and logs it', async () => {
    const a = await api({
      todaySnapshot: () => Promise.reject(new Error('secret detail at /home/alex/rebound.db')),
    });
    const res = await a.call('GET', '/api/today');
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(JSON.parse(text).error.code).toBe('internal');
    expect(text).not.toMatch(/secret detail|rebound\.db|at .*\.ts/);
    expect(a.logs.join('\n')).toContain('secret detail');
  });

  it('answers 503 store_error when the database is locked', async () => {
    const busy = Object.assign(new Error('database is locked'), { name: 'SqliteError', code: 'SQLITE_BUSY' });
    const a = await api({ listContacts: () => Promise.reject(busy) });
    await expectError(await a.call('GET', '/api/contacts'), 503, 'store_error');
  });
});
