// The core loop of issue 2, tried as a new user would: an empty REBOUND_HOME, the real `rebound`
// binary (built by test/support/build.ts), --json output, a frozen clock (2026-03-10 09:00 UTC).
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_NOW,
  dumpStore,
  newUser,
  tempDir,
  type CliUser,
  type TempDir,
} from '../support/cli.js';
import {
  REJECTION_MESSAGE_ID,
  REJECTION_RECEIVED,
  REJECTION_SUBJECT,
  RECRUITER,
  hoursBetween,
  interviewedApplication,
  noReplyEml,
  ofKind,
  only,
  recruiterEml,
  recruiterPasted,
  type PlanJson,
  type StepJson,
} from './fixtures.js';

// Each test runs the binary several times (about a second each, more on a busy machine).
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });
/** The escape that starts every ANSI colour code. */
const ESC = '\u001b';
const users: CliUser[] = [];
const dirs: TempDir[] = [];
afterAll(() => {
  for (const u of users) u.cleanup();
  for (const d of dirs) d.remove();
});

function user(): CliUser {
  const u = newUser();
  users.push(u);
  return u;
}

const plan = (u: CliUser, app: number): Promise<PlanJson> =>
  u.json<PlanJson>(['plan', String(app)]);

/** Records a rejection with --email, from a file or from stdin. */
async function rejectWithEmail(
  u: CliUser,
  app: number,
  email: Buffer | string,
  via: 'file' | 'stdin',
): Promise<PlanJson> {
  if (via === 'stdin')
    return u.json<PlanJson>(['reject', String(app), '--email', '-'], { input: email });
  const file = u.tmp.file(`rejection-${app}.eml`);
  fs.writeFileSync(file, email);
  return u.json<PlanJson>(['reject', String(app), '--email', file]);
}

/** A new user with an interviewed application, rejected by the recruiter's .eml. */
async function rejectedAfterInterview(): Promise<{
  u: CliUser;
  app: number;
  dana: number;
  tom: number;
  plan: PlanJson;
}> {
  const u = user();
  const ids = await interviewedApplication(u);
  const p = await rejectWithEmail(u, ids.app, recruiterEml(), 'file');
  return { u, ...ids, plan: p };
}

const statusByKey = (p: PlanJson) => Object.fromEntries(p.steps.map((s) => [s.key, s.status]));

describe('an application with an in-person hiring-manager interview, rejected by a recruiter', () => {
  const variants = [
    { name: 'an .eml file passed with --email FILE', email: recruiterEml, via: 'file' as const },
    { name: 'pasted text piped with --email -', email: recruiterPasted, via: 'stdin' as const },
    { name: 'an .eml piped with --email -', email: recruiterEml, via: 'stdin' as const },
    { name: 'pasted text saved to a file', email: recruiterPasted, via: 'file' as const },
  ];

  it.each(variants)(
    'gets check_in, thank_you, feedback_request, reflect, connect for each person met, and pipeline ($name)',
    async ({ email, via }) => {
      const u = user();
      const { app, dana, tom } = await interviewedApplication(u);
      const p = await rejectWithEmail(u, app, email(), via);

      expect(p.application.status).toBe('rejected');
      expect(p.rejection).toMatchObject({
        channel: 'email',
        stage: 'interview',
        senderName: RECRUITER.name,
        senderEmail: RECRUITER.email,
        automatedSender: false,
        receivedAt: REJECTION_RECEIVED,
      });
      const received = p.rejection!.receivedAt;

      // R1: the check-in comes first.
      expect(p.steps[0]).toMatchObject({ kind: 'check_in', rule: 'R1', status: 'pending' });

      // R2: a thank-you, due within 2 days, never before the 12-hour cool-off.
      const thanks = only(p, 'thank_you');
      expect(thanks).toMatchObject({ rule: 'R2', status: 'pending', skip_reason: null });
      expect(hoursBetween(received, thanks.due_at)).toBeGreaterThan(0);
      expect(hoursBetween(received, thanks.due_at)).toBeLessThanOrEqual(48);
      expect(thanks.not_before).not.toBeNull();
      expect(hoursBetween(received, thanks.not_before!)).toBeGreaterThanOrEqual(12);
      expect(Date.parse(thanks.due_at)).toBeGreaterThanOrEqual(Date.parse(thanks.not_before!));
      expect(thanks.draft?.to_email).toBe(RECRUITER.email);

      // R3: the hiring manager was met in person, so asking for feedback is worth it.
      const ask = only(p, 'feedback_request');
      expect(ask).toMatchObject({
        rule: 'R3',
        status: 'pending',
        contact_id: dana,
        skip_reason: null,
      });
      expect(hoursBetween(received, ask.not_before!)).toBeGreaterThanOrEqual(12);

      // R5: reflect within 3 days.
      const reflect = only(p, 'reflect');
      expect(reflect).toMatchObject({ rule: 'R5', status: 'pending' });
      expect(hoursBetween(received, reflect.due_at)).toBeLessThanOrEqual(72);

      // R7: one connection request per person met (not the recruiter, who was not in the room).
      const connects = ofKind(p, 'connect');
      expect(connects.map((s) => s.contact_id).sort()).toEqual([dana, tom].sort());
      for (const c of connects) {
        expect(c).toMatchObject({ rule: 'R7', status: 'pending' });
        expect(hoursBetween(received, c.not_before!)).toBeGreaterThanOrEqual(12);
      }

      // R8: the plan ends with the search.
      expect(p.steps[p.steps.length - 1]).toMatchObject({
        kind: 'pipeline',
        rule: 'R8',
        status: 'pending',
      });

      // One rejection, no vague reply yet: neither R10's support nor R4's escalation.
      expect(ofKind(p, 'support')).toEqual([]);
      expect(ofKind(p, 'escalate')).toEqual([]);

      // What the plan shows is what `plan` reads back later.
      expect(await plan(u, app)).toEqual(p);
    },
  );

  it('adds the human sender as a recruiter contact, linked to the application', async () => {
    const { u, app, plan: p } = await rejectedAfterInterview();
    const contacts = await u.json<
      Array<{
        id: number;
        name: string;
        email: string | null;
        kind: string;
        company: string | null;
      }>
    >(['contact', 'list']);
    const priya = contacts.find((c) => c.email === RECRUITER.email);
    expect(priya).toMatchObject({
      name: RECRUITER.name,
      kind: 'recruiter',
      company: 'Acme Robotics',
    });
    expect(p.rejection?.senderContactId).toBe(priya!.id);
    expect(only(p, 'thank_you').contact_id).toBe(priya!.id);
    expect(contacts).toHaveLength(3);
    expect(app).toBeGreaterThan(0);
  });

  it('prints the plan for a person, calm and without colour codes, when --json is not given', async () => {
    const u = user();
    const { app } = await interviewedApplication(u);
    const file = u.tmp.file('rejection.eml');
    fs.writeFileSync(file, recruiterEml());
    const r = await u.run(['reject', String(app), '--email', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toContain('Acme Robotics · Data Engineer');
    expect(r.stdout).toContain('Thank Priya');
    expect(r.stdout).toContain('Nothing is sent until you send it.');
    expect(r.stdout).not.toMatch(/Don't give up|!!/);
  });
});

describe('an application turned down at the application stage by a no-reply address', () => {
  it('R2 and R3: thank_you and feedback_request are skipped, each with its reason shown', async () => {
    const u = user();
    const { id } = await u.json<{ id: number }>([
      'app',
      'add',
      '--company',
      'Bluefin Analytics',
      '--role',
      'Product Designer',
      '--applied',
      '2026-02-20',
    ]);
    const p = await rejectWithEmail(u, id, noReplyEml(), 'file');

    expect(p.rejection).toMatchObject({
      stage: 'application',
      automatedSender: true,
      senderContactId: null,
    });
    for (const kind of ['thank_you', 'feedback_request']) {
      const s = only(p, kind);
      expect(s.status).toBe('skipped');
      expect(s.skip_reason).toEqual(expect.any(String));
      expect(s.skip_reason!.length).toBeGreaterThan(10);
    }
    expect(only(p, 'feedback_request').skip_reason).toMatch(/interview/i);
    // The rest of the plan still stands: check in, reflect, back to the search.
    expect(only(p, 'check_in').status).toBe('pending');
    expect(only(p, 'reflect').status).toBe('pending');
    expect(only(p, 'pipeline').status).toBe('pending');
    expect(ofKind(p, 'connect')).toEqual([]);
    // Nobody to add: a no-reply address is not a person.
    expect(await u.json<unknown[]>(['contact', 'list'])).toEqual([]);
  });

  it('shows the skip reasons in the human plan', async () => {
    const u = user();
    const { id } = await u.json<{ id: number }>([
      'app',
      'add',
      '--company',
      'Bluefin Analytics',
      '--role',
      'Product Designer',
    ]);
    await rejectWithEmail(u, id, noReplyEml(), 'stdin');
    const p = await plan(u, id);
    const r = await u.run(['plan', String(id)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(only(p, 'thank_you').skip_reason!);
    expect(r.stdout).toContain(only(p, 'feedback_request').skip_reason!);
  });
});

describe('R10 several rejections in a short time', () => {
  async function threeRejections(u: CliUser, dates: [string, string, string]): Promise<PlanJson[]> {
    const plans: PlanJson[] = [];
    for (const [i, date] of dates.entries()) {
      const { id } = await u.json<{ id: number }>([
        'app',
        'add',
        '--company',
        `Company ${i + 1}`,
        '--role',
        'Analyst',
        '--applied',
        '2025-12-15',
      ]);
      plans.push(
        await u.json<PlanJson>(['reject', String(id), '--channel', 'call', '--date', date]),
      );
    }
    return plans;
  }

  it('a third rejection within 30 days adds a support step', async () => {
    const plans = await threeRejections(user(), ['2026-02-12', '2026-02-27', '2026-03-09']);
    expect(ofKind(plans[0]!, 'support')).toEqual([]);
    expect(ofKind(plans[1]!, 'support')).toEqual([]);
    const support = only(plans[2]!, 'support');
    expect(support).toMatchObject({ rule: 'R10', status: 'pending' });
    expect(support.rationale).not.toMatch(/\b3\b|three/i); // never a score
  });

  it('three rejections spread over more than 30 days bring no support step', async () => {
    const plans = await threeRejections(user(), ['2026-01-20', '2026-02-27', '2026-03-09']);
    expect(plans.flatMap((p) => ofKind(p, 'support'))).toEqual([]);
  });
});

describe('R4 a vague reply to the feedback request', () => {
  const vague = [
    'Thanks for checking in. We decided to go in a different direction with this hire.',
    'Thank you again for your interest. We went with a candidate who more closely matched what the team needs.',
    'We really appreciated meeting you and wish you all the best in your search.',
  ];

  it('leads to one escalate step, and a second vague reply never to a second one', async () => {
    const { u, app, dana } = await rejectedAfterInterview();
    const first = await u.json<{ vague: boolean }>([
      'feedback',
      'add',
      String(app),
      '--text',
      vague[0]!,
    ]);
    expect(first.vague).toBe(true);
    const p1 = await plan(u, app);
    const esc = only(p1, 'escalate');
    expect(esc).toMatchObject({ rule: 'R4', status: 'pending', contact_id: dana });
    expect(esc.draft?.body).toEqual(expect.any(String));

    await u.json(['feedback', 'add', String(app), '--text', vague[1]!]);
    const p2 = await plan(u, app);
    expect(only(p2, 'escalate').id).toBe(esc.id);
  });

  it('after the escalation is done, a third vague reply brings none either', async () => {
    const { u, app } = await rejectedAfterInterview();
    await u.json(['feedback', 'add', String(app), '--text', vague[0]!]);
    await u.json(['feedback', 'add', String(app), '--text', vague[1]!]);
    const esc = only(await plan(u, app), 'escalate');
    await u.json(['step', 'done', String(esc.id)]);
    await u.json(['feedback', 'add', String(app), '--text', vague[2]!]);
    const p = await plan(u, app);
    expect(only(p, 'escalate')).toMatchObject({ id: esc.id, status: 'done' });
    // Not even a hidden one: the store holds a single escalate step for the application.
    const rows = dumpStore(u.dbFile).plan_steps as Array<{ kind: string; application_id: number }>;
    expect(rows.filter((r) => r.kind === 'escalate' && r.application_id === app)).toHaveLength(1);
  });

  it('a specific reply brings no escalation, and marks the feedback request answered', async () => {
    const { u, app } = await rejectedAfterInterview();
    const f = await u.json<{ vague: boolean }>([
      'feedback',
      'add',
      String(app),
      '--text',
      'We went with someone who had more hands-on experience with Kafka and streaming pipelines. Your SQL exercise was strong.',
    ]);
    expect(f.vague).toBe(false);
    const p = await plan(u, app);
    expect(ofKind(p, 'escalate')).toEqual([]);
    expect(only(p, 'feedback_request').status).toBe('done');
  });

  it('with no main interviewer there is no one to escalate to, so the step closes with a reason', async () => {
    const u = user();
    const { id: app } = await u.json<{ id: number }>([
      'app',
      'add',
      '--company',
      'Kestrel Bank',
      '--role',
      'Analyst',
      '--applied',
      '2026-02-01',
    ]);
    const ravi = await u.json<{ id: number }>([
      'contact',
      'add',
      '--name',
      'Ravi Menon',
      '--kind',
      'agency_recruiter',
      '--company',
      'Kestrel Bank',
    ]);
    await u.json([
      'interview',
      'add',
      String(app),
      '--date',
      '2026-02-20',
      '--kind',
      'screen',
      '--mode',
      'phone',
      '--with',
      String(ravi.id),
    ]);
    await u.json(['reject', String(app), '--channel', 'call', '--date', '2026-03-05']);
    await u.json(['feedback', 'add', String(app), '--text', vague[0]!]);
    const esc = only(await plan(u, app), 'escalate');
    expect(esc.status).toBe('skipped');
    expect(esc.skip_reason).toEqual(expect.any(String));
  });
});

describe('what the user decided survives a regenerated plan', () => {
  it('step done, skip and snooze keep their status after a new contact and new feedback', async () => {
    const { u, app, tom, plan: p } = await rejectedAfterInterview();
    const thanks = only(p, 'thank_you');
    const connectTom = ofKind(p, 'connect').find((s) => s.contact_id === tom)!;
    const reflect = only(p, 'reflect');

    const done = await u.json<StepJson>(['step', 'done', String(thanks.id)]);
    expect(done).toMatchObject({ status: 'done', completed_at: DEFAULT_NOW, decided_by: 'user' });
    const skipped = await u.json<StepJson>([
      'step',
      'skip',
      String(connectTom.id),
      '--reason',
      'We only spoke for five minutes.',
    ]);
    expect(skipped.status).toBe('skipped');
    const snoozed = await u.json<StepJson>([
      'step',
      'snooze',
      String(reflect.id),
      '--until',
      '2026-03-14',
    ]);
    expect(snoozed).toMatchObject({ status: 'snoozed', snoozed_until: '2026-03-14T12:00:00.000Z' });
    const before = await plan(u, app);

    // New facts: another person at the company, then a reply.
    await u.json([
      'contact',
      'add',
      '--name',
      'Lena Fischer',
      '--kind',
      'hr',
      '--company',
      'Acme Robotics',
      '--app',
      String(app),
    ]);
    const afterContact = await plan(u, app);
    await u.json([
      'feedback',
      'add',
      String(app),
      '--text',
      'We went with someone with more experience in Kafka.',
    ]);
    const afterFeedback = await plan(u, app);

    for (const after of [afterContact, afterFeedback]) {
      expect(after.steps.find((s) => s.id === thanks.id)).toMatchObject({
        status: 'done',
        completed_at: DEFAULT_NOW,
      });
      expect(after.steps.find((s) => s.id === connectTom.id)).toMatchObject({ status: 'skipped' });
      expect(after.steps.find((s) => s.id === reflect.id)).toMatchObject({
        status: 'snoozed',
        snoozed_until: '2026-03-14T12:00:00.000Z',
      });
    }
    // The steps keep their ids, so `rebound step … ID` stays valid.
    expect(afterFeedback.steps.map((s) => s.id)).toEqual(
      expect.arrayContaining(before.steps.map((s) => s.id)),
    );
  });

  it('a skipped step keeps the reason the user gave, also after regeneration', async () => {
    const { u, app, tom, plan: p } = await rejectedAfterInterview();
    const connectTom = ofKind(p, 'connect').find((s) => s.contact_id === tom)!;
    const reason = 'We only spoke for five minutes.';
    const skipped = await u.json<StepJson>([
      'step',
      'skip',
      String(connectTom.id),
      '--reason',
      reason,
    ]);
    expect(skipped.skip_reason).toBe(reason);
    await u.json([
      'contact',
      'add',
      '--name',
      'Lena Fischer',
      '--kind',
      'hr',
      '--app',
      String(app),
    ]);
    expect((await plan(u, app)).steps.find((s) => s.id === connectTom.id)?.skip_reason).toBe(
      reason,
    );
  });

  it('step reopen undoes a decision', async () => {
    const { u, app, plan: p } = await rejectedAfterInterview();
    const thanks = only(p, 'thank_you');
    await u.json(['step', 'done', String(thanks.id)]);
    const reopened = await u.json<StepJson>(['step', 'reopen', String(thanks.id)]);
    expect(reopened).toMatchObject({ status: 'pending', completed_at: null });
    expect(statusByKey(await plan(u, app)).thank_you).toBe('pending');
  });
});

describe('drafts', () => {
  const signature = 'Alex Rivera\nalex.rivera@example.com';

  async function withProfile() {
    const r = await rejectedAfterInterview();
    await r.u.json([
      'profile',
      'set',
      '--name',
      'Alex Rivera',
      '--email',
      'alex.rivera@example.com',
      '--signature',
      'Alex Rivera\\nalex.rivera@example.com',
    ]);
    return r;
  }

  it('draft STEP prints the subject and the body', async () => {
    const { u, plan: p } = await withProfile();
    const thanks = only(p, 'thank_you');
    const d = await u.json<{
      subject: string;
      body: string;
      toName: string | null;
      toEmail: string | null;
    }>(['draft', String(thanks.id)]);
    expect(d.subject.length).toBeGreaterThan(3);
    expect(d.body).toContain('Priya');
    expect(d.body).toContain('Acme Robotics');
    expect(d.toEmail).toBe(RECRUITER.email);

    const r = await u.run(['draft', String(thanks.id)]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toContain(`Subject: ${d.subject}`);
    expect(r.stdout).toContain(d.body);
    expect(r.stdout).toContain(`To: ${RECRUITER.name} <${RECRUITER.email}>`);
    expect(r.stdout).toContain('Nothing is sent until you send it.');
  });

  it('profile set --name --signature shows up in the sign-off of every message draft', async () => {
    const { u, app } = await withProfile();
    const p = await plan(u, app);
    const drafted = p.steps.filter((s) => s.draft && s.kind !== 'connect');
    expect(drafted.length).toBeGreaterThanOrEqual(2);
    for (const s of drafted) expect(s.draft!.body.trimEnd().endsWith(signature)).toBe(true);
    // A connection note is short, but still says who it is from.
    for (const s of ofKind(p, 'connect')) expect(s.draft!.body).toContain('Alex');
  });

  it('draft STEP --eml FILE writes an RFC 5322 message a mail app can open, replying to the rejection', async () => {
    const { u, plan: p } = await withProfile();
    const thanks = only(p, 'thank_you');
    const d = await u.json<{ body: string }>(['draft', String(thanks.id)]);
    const file = u.tmp.file('thank-you.eml');
    const r = await u.json<{ file: string; bytes: number }>([
      'draft',
      String(thanks.id),
      '--eml',
      file,
    ]);
    expect(r.file).toBe(file);
    const raw = fs.readFileSync(file);
    expect(r.bytes).toBe(raw.length);

    // Header block, CRLF line ends, a blank line, then the body.
    const text = raw.toString('utf8');
    const headerEnd = text.indexOf('\r\n\r\n');
    expect(headerEnd).toBeGreaterThan(0);
    const headers = text.slice(0, headerEnd);
    for (const name of ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version']) {
      expect(headers).toMatch(new RegExp(`^${name}: `, 'mi'));
    }
    expect(headers.split('\r\n').every((l) => l.length <= 998)).toBe(true);

    const m = await simpleParser(raw);
    expect(m.from?.value[0]).toMatchObject({
      name: 'Alex Rivera',
      address: 'alex.rivera@example.com',
    });
    const to = Array.isArray(m.to) ? m.to[0] : m.to;
    expect(to?.value[0]).toMatchObject({ name: RECRUITER.name, address: RECRUITER.email });
    expect(m.subject).toBe(`Re: ${REJECTION_SUBJECT}`);
    expect(m.inReplyTo).toBe(REJECTION_MESSAGE_ID);
    expect(m.date?.toISOString()).toBe(DEFAULT_NOW);
    expect((m.text ?? '').trim()).toBe(d.body.trim());
  });

  it('a draft to someone who did not write to you gets its own subject', async () => {
    const { u, dana, plan: p } = await withProfile();
    const ask = only(p, 'feedback_request');
    const file = u.tmp.file('ask.eml');
    await u.json(['draft', String(ask.id), '--eml', file]);
    const m = await simpleParser(fs.readFileSync(file));
    expect(m.subject).toBe(ask.draft!.subject);
    expect(m.inReplyTo).toBeUndefined();
    const to = Array.isArray(m.to) ? m.to[0] : m.to;
    expect(to?.value[0]?.address).toBe('dana.okafor@acme-robotics.example');
    expect(ask.contact_id).toBe(dana);
  });

  it('R7 connection notes fit LinkedIn: at most 300 characters, even with long names', async () => {
    const u = user();
    const company = 'Northwind Health Partners International Holdings';
    const role = 'Senior Staff Data Platform Engineer, Clinical Infrastructure';
    await u.json([
      'profile',
      'set',
      '--name',
      'Alexandra Catherine Rivera-Montgomery',
      '--signature',
      'Alexandra Catherine Rivera-Montgomery\\nSenior Data Engineer · alexandra@example.com',
    ]);
    const { id: app } = await u.json<{ id: number }>([
      'app',
      'add',
      '--company',
      company,
      '--role',
      role,
      '--applied',
      '2026-01-10',
      '--valued',
      'the way the platform team writes design docs in the open and invites comments from every clinic they serve',
    ]);
    const people: number[] = [];
    for (const [name, kind] of [
      ['Maximilian Alexander von Hohenberg-Schwarzenfeld', 'hiring_manager'],
      ['Dr. Oluwaseun Adebayo-Williams', 'interviewer'],
      ['Kim', 'interviewer'],
    ] as const) {
      people.push(
        (
          await u.json<{ id: number }>([
            'contact',
            'add',
            '--name',
            name,
            '--kind',
            kind,
            '--company',
            company,
          ])
        ).id,
      );
    }
    await u.json([
      'interview',
      'add',
      String(app),
      '--date',
      '2026-02-25',
      '--kind',
      'onsite',
      '--mode',
      'in_person',
      '--final',
      '--with',
      ...people.map(String),
      '--notes',
      'Whiteboard session on streaming ingestion for clinical events; long discussion about data contracts.',
    ]);
    const p = await u.json<PlanJson>(['reject', String(app), '--email', '-'], {
      input: recruiterPasted(),
    });
    const connects = ofKind(p, 'connect');
    expect(connects).toHaveLength(3);
    for (const c of connects) {
      expect(c.draft!.body.length).toBeLessThanOrEqual(300);
      expect(c.draft!.max_length).toBe(300);
      const d = await u.json<{ body: string }>(['draft', String(c.id)]);
      expect(d.body.length).toBeLessThanOrEqual(300);
    }
    // Final round: the company stays a warm lead (R7).
    expect(ofKind(p, 'touch_base').length).toBeGreaterThanOrEqual(1);
  });
});

describe('the --json contract', () => {
  it('app add, contact add, app list, plan and today have the documented shapes', async () => {
    const u = user();
    const added = await u.json<{ id: number; company: string; role: string }>([
      'app',
      'add',
      '--company',
      'Acme Robotics',
      '--role',
      'Data Engineer',
      '--applied',
      '2026-02-02',
      '--url',
      'https://acme-robotics.example/jobs/42',
      '--source',
      'LinkedIn',
    ]);
    expect(added).toMatchObject({
      id: expect.any(Number),
      company: 'Acme Robotics',
      role: 'Data Engineer',
    });
    const c = await u.json<{ id: number }>([
      'contact',
      'add',
      '--name',
      'Dana Okafor',
      '--kind',
      'hiring_manager',
      '--email',
      'dana@acme-robotics.example',
      '--company',
      'Acme Robotics',
    ]);
    expect(c.id).toEqual(expect.any(Number));

    const list = await u.json<unknown>(['app', 'list']);
    expect(Array.isArray(list)).toBe(true);
    expect(list).toEqual([expect.objectContaining({ id: added.id })]);

    // Before any decision: an application, no rejection, no steps.
    expect(await plan(u, added.id)).toMatchObject({
      application: { id: added.id },
      rejection: null,
      steps: [],
    });

    await u.json([
      'interview',
      'add',
      String(added.id),
      '--date',
      '2026-03-03',
      '--kind',
      'hiring_manager',
      '--mode',
      'in_person',
      '--with',
      String(c.id),
    ]);
    await rejectWithEmail(u, added.id, recruiterEml(), 'stdin');
    const p = await plan(u, added.id);
    expect(Object.keys(p)).toEqual(expect.arrayContaining(['application', 'rejection', 'steps']));
    expect(p.steps.length).toBeGreaterThan(0);
    for (const s of p.steps) {
      expect(Object.keys(s)).toEqual(
        expect.arrayContaining([
          'id',
          'kind',
          'rule',
          'status',
          'due_at',
          'rationale',
          'skip_reason',
        ]),
      );
      expect(s.id).toEqual(expect.any(Number));
      expect(s.rule).toMatch(/^R([1-9]|1[01])$/);
      expect(['pending', 'done', 'skipped', 'snoozed']).toContain(s.status);
      expect(new Date(s.due_at).toISOString()).toBe(s.due_at);
      expect(s.rationale.trim().length).toBeGreaterThan(10);
      if (s.status === 'skipped') expect(s.skip_reason).toEqual(expect.any(String));
      else expect(s.skip_reason).toBeNull();
    }

    const today = await u.json<{
      now: string;
      due: Array<StepJson & { application: { id: number } }>;
      upcoming: StepJson[];
    }>(['today']);
    expect(today.now).toBe(DEFAULT_NOW);
    expect(Array.isArray(today.due)).toBe(true);
    // The check-in was due when the news came (yesterday): it is on today's list.
    expect(today.due.map((s) => s.id)).toContain(only(p, 'check_in').id);
    for (const s of today.due) {
      expect(s.application.id).toBe(added.id);
      expect(s.due_at.slice(0, 10) <= DEFAULT_NOW.slice(0, 10)).toBe(true);
    }
    // Later steps are not due yet: they are coming up.
    expect(today.due.map((s) => s.id)).not.toContain(only(p, 'reflect').id);
    expect(today.upcoming.map((s) => s.id)).toContain(only(p, 'reflect').id);
  });

  it('today lists what is due across applications, and a snoozed step comes back when its time comes', async () => {
    const { u, app, plan: p } = await rejectedAfterInterview();
    const { id: other } = await u.json<{ id: number }>([
      'app',
      'add',
      '--company',
      'Bluefin Analytics',
      '--role',
      'Product Designer',
    ]);
    await rejectWithEmail(u, other, noReplyEml(), 'file');
    const today = await u.json<{
      due: Array<{ id: number; kind: string; application: { id: number } }>;
    }>(['today']);
    expect(new Set(today.due.map((s) => s.application.id))).toEqual(new Set([app, other]));
    expect(today.due.every((s) => s.kind !== 'thank_you' || s.application.id === app)).toBe(true);

    const checkIn = only(p, 'check_in');
    await u.json(['step', 'snooze', String(checkIn.id), '--until', '2026-03-12']);
    expect(
      (await u.json<{ due: Array<{ id: number }> }>(['today'])).due.map((s) => s.id),
    ).not.toContain(checkIn.id);
    const later = await u.json<{ due: Array<{ id: number }> }>(['today'], {
      now: '2026-03-12T18:00:00.000Z',
    });
    expect(later.due.map((s) => s.id)).toContain(checkIn.id);
  });
});

describe('mood, reflection and profile', () => {
  it('R10 mood 2 adds a support step to a recent plan, and counts as the check-in (R1)', async () => {
    const { u, app, plan: p } = await rejectedAfterInterview();
    expect(ofKind(p, 'support')).toEqual([]);
    const m = await u.json<{ score: number }>(['mood', '2', '--note', 'Rough morning.']);
    expect(m.score).toBe(2);
    const after = await plan(u, app);
    expect(only(after, 'support')).toMatchObject({ rule: 'R10', status: 'pending' });
    expect(only(after, 'check_in').status).toBe('done');
  });

  it('a good mood completes the check-in and adds no support step', async () => {
    const { u, app } = await rejectedAfterInterview();
    await u.json(['mood', '4']);
    const after = await plan(u, app);
    expect(ofKind(after, 'support')).toEqual([]);
    expect(only(after, 'check_in').status).toBe('done');
  });

  it('R5 reflect APP --went-well … --pause "question" marks the reflect step done', async () => {
    const { u, app } = await rejectedAfterInterview();
    const question = 'How would you design a backfill for a late-arriving event stream?';
    const r = await u.json<{ pauseQuestions: string[]; wentWell: string | null }>([
      'reflect',
      String(app),
      '--went-well',
      'The SQL exercise went smoothly.',
      '--went-badly',
      'I rambled on the system design question.',
      '--pause',
      question,
      '--match',
      'partly',
      '--missing',
      'Kafka',
    ]);
    expect(r.pauseQuestions).toEqual([question]);
    expect(r.wentWell).toBe('The SQL exercise went smoothly.');
    const after = await plan(u, app);
    expect(only(after, 'reflect').status).toBe('done');
    // R6: what was learned turns into next steps.
    expect(only(after, 'action_plan').status).toBe('pending');
  });

  it('reflect without a terminal and without flags says what to pass, and saves no empty reflection', async () => {
    const { u, app } = await rejectedAfterInterview();
    const before = dumpStore(u.dbFile);
    const r = await u.run(['reflect', String(app)]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--went-well');
    expect(dumpStore(u.dbFile)).toEqual(before);
    expect(only(await plan(u, app), 'reflect').status).toBe('pending');
  });
});

describe('demo', () => {
  it('demo --fresh --data-dir DIR exits 0 and prints today, and running it twice is fine', async () => {
    const d = tempDir('rebound-demo-');
    dirs.push(d);
    const u = user();
    const dir = d.file('demo');
    for (let i = 0; i < 2; i++) {
      const r = await u.run(['demo', '--fresh', '--data-dir', dir]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('Today, 2026-03-10');
      expect(r.stdout).not.toContain(ESC);
    }
    // Without --fresh it reuses the demo, still without complaint.
    const again = await u.run(['demo', '--data-dir', dir]);
    expect(again.code).toBe(0);
    const apps = await u.json<unknown[]>(['--data-dir', dir, 'app', 'list']);
    expect(apps.length).toBeGreaterThanOrEqual(5);
    // The demo never touched the user's own store.
    expect(fs.existsSync(u.dbFile)).toBe(false);
  });

  it('demo --json gives the agenda as data', async () => {
    const d = tempDir('rebound-demo-');
    dirs.push(d);
    const r = await user().json<{ dataDir: string; agenda: { due: unknown[] } }>([
      'demo',
      '--fresh',
      '--data-dir',
      d.file('demo'),
    ]);
    expect(r.dataDir).toBe(d.file('demo'));
    expect(r.agenda.due.length).toBeGreaterThan(0);
  });

  it('demo --fresh refuses to wipe a folder that holds data that is not a demo', async () => {
    const u = user();
    await u.json(['app', 'add', '--company', 'Acme Robotics', '--role', 'Data Engineer']);
    const before = dumpStore(u.dbFile);
    const notes = path.join(u.home, 'my-notes.txt');
    fs.writeFileSync(notes, 'mine');
    for (const args of [
      ['demo', '--fresh', '--data-dir', u.home],
      ['--json', 'demo', '--fresh', '--data-dir', u.home],
    ]) {
      const r = await u.run(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(u.home);
    }
    expect(fs.readFileSync(notes, 'utf8')).toBe('mine');
    expect(dumpStore(u.dbFile)).toEqual(before);
  });
});
