// The use cases behind every face, over a real (in-memory) SQLite store and a fixed clock:
// reading a rejection email into facts and contacts, and refusing bad input without a trace.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCAL_USER, loadConfig, openApp, openMemoryApp, type App, type RawMessage } from '../../src/app/index.js';
import { ReboundError } from '../../src/core/errors.js';
import { fixedClock } from '../../src/core/time.js';
import { tempDir, type TempDir } from '../support/cli.js';
import {
  RECRUITER,
  REJECTION_MESSAGE_ID,
  REJECTION_RECEIVED,
  REJECTION_SUBJECT,
  noReplyEml,
  recruiterEml,
  recruiterPasted,
} from '../e2e/fixtures.js';

const NOW = '2026-03-10T09:00:00.000Z';
const me = LOCAL_USER;
type MemoryApp = Omit<App, 'config'>;

let app: MemoryApp;
beforeEach(async () => {
  app = await openMemoryApp(fixedClock(NOW));
});
afterEach(async () => {
  await app.close();
});

const dirs: TempDir[] = [];
afterAll(() => {
  for (const d of dirs) d.remove();
});

/** An application with an in-person interview with the hiring manager (Dana) and Tom. */
async function interviewed(a: Pick<App, 'useCases'> = app) {
  const uc = a.useCases;
  const application = await uc.addApplication(me, {
    company: 'Acme Robotics',
    role: 'Data Engineer',
    appliedOn: '2026-02-02',
  });
  const dana = await uc.addContact(me, {
    name: 'Dana Okafor',
    kind: 'hiring_manager',
    email: 'dana.okafor@acme-robotics.example',
    company: 'Acme Robotics',
  });
  const tom = await uc.addContact(me, {
    name: 'Tom Berg',
    kind: 'interviewer',
    company: 'Acme Robotics',
  });
  await uc.addInterview(me, {
    applicationId: application.id,
    at: '2026-03-03',
    kind: 'hiring_manager',
    mode: 'in_person',
    participantIds: [dana.id, tom.id],
  });
  return { application, dana, tom };
}

/** Everything the use cases can read back: equal snapshots mean nothing changed. */
async function snapshot(a: Pick<App, 'useCases'> = app) {
  const uc = a.useCases;
  const apps = await uc.listApplications(me);
  return {
    apps,
    contacts: await uc.listContacts(me),
    plans: await Promise.all(apps.map((x) => uc.getPlan(me, x.id))),
    interviews: await Promise.all(apps.map((x) => uc.listInterviews(me, x.id))),
    feedback: await Promise.all(apps.map((x) => uc.listFeedback(me, x.id))),
    reflections: await Promise.all(apps.map((x) => uc.listReflections(me, x.id))),
    profile: await uc.getProfile(me),
  };
}

async function failure(p: Promise<unknown>): Promise<ReboundError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ReboundError);
  return e as ReboundError;
}

describe('recordRejection reads the email it is given', () => {
  it('parses an .eml Buffer (RFC 822, multipart, quoted-printable): sender, subject, date, Message-ID and text', async () => {
    const { application } = await interviewed();
    const view = await app.useCases.recordRejection(me, {
      applicationId: application.id,
      rawEmail: recruiterEml(),
    });
    expect(view.rejection).toMatchObject({
      channel: 'email',
      stage: 'interview',
      receivedAt: REJECTION_RECEIVED,
      senderName: RECRUITER.name,
      senderEmail: RECRUITER.email,
      automatedSender: false,
      subject: REJECTION_SUBJECT,
      messageId: REJECTION_MESSAGE_ID,
    });
    // The plain part, decoded: soft line breaks joined, UTF-8 read, no HTML.
    const text = view.rejection!.emailText!;
    expect(text).toContain('the time you put into preparing');
    expect(text).toContain('another candidate for the Data Engineer role');
    expect(text).toContain('Priya Shah — Talent Partner');
    expect(text).not.toMatch(/<p>|=\r?\n|=E2/);
    expect(view.application.status).toBe('rejected');
  });

  it('creates a recruiter contact for a human sender, linked to the application, and the thank-you goes to them', async () => {
    const { application } = await interviewed();
    const view = await app.useCases.recordRejection(me, {
      applicationId: application.id,
      rawEmail: recruiterEml(),
    });
    const contacts = await app.useCases.listContacts(me);
    const priya = contacts.find((c) => c.email === RECRUITER.email);
    expect(priya).toMatchObject({
      name: RECRUITER.name,
      kind: 'recruiter',
      company: 'Acme Robotics',
    });
    expect(view.rejection?.senderContactId).toBe(priya!.id);
    expect(view.steps.find((s) => s.kind === 'thank_you')).toMatchObject({
      status: 'pending',
      contactId: priya!.id,
    });
  });

  it('reads pasted text the same way: the From and Sent lines, then the body', async () => {
    const { application } = await interviewed();
    const view = await app.useCases.recordRejection(me, {
      applicationId: application.id,
      rawEmail: Buffer.from(recruiterPasted()),
    });
    expect(view.rejection).toMatchObject({
      senderName: RECRUITER.name,
      senderEmail: RECRUITER.email,
      automatedSender: false,
      subject: REJECTION_SUBJECT,
      receivedAt: REJECTION_RECEIVED,
      messageId: null,
    });
    expect(view.rejection?.emailText).toContain('Hi Alex,');
    expect(view.rejection?.emailText).not.toMatch(/^(From|Sent|To|Subject):/m);
    expect(
      (await app.useCases.listContacts(me)).filter((c) => c.kind === 'recruiter'),
    ).toHaveLength(1);
  });

  it('creates no contact for a no-reply sender, and skips the thank-you and the feedback request with reasons', async () => {
    const a = await app.useCases.addApplication(me, {
      company: 'Bluefin Analytics',
      role: 'Product Designer',
      appliedOn: '2026-02-20',
    });
    const view = await app.useCases.recordRejection(me, {
      applicationId: a.id,
      rawEmail: noReplyEml(),
    });
    expect(view.rejection).toMatchObject({
      automatedSender: true,
      senderContactId: null,
      stage: 'application',
      wording: 'template',
    });
    expect(await app.useCases.listContacts(me)).toEqual([]);
    for (const kind of ['thank_you', 'feedback_request'] as const) {
      const s = view.steps.find((x) => x.kind === kind);
      expect(s?.status).toBe('skipped');
      expect(s?.skipReason).toEqual(expect.any(String));
    }
  });

  it('reuses a sender already known as a contact (matched by address, whatever its case) instead of adding a second', async () => {
    const { application, dana } = await interviewed();
    const fromDana = recruiterEml()
      .toString('utf8')
      .replace(
        `"${RECRUITER.name}" <${RECRUITER.email}>`,
        'Dana Okafor <Dana.Okafor@ACME-Robotics.example>',
      );
    const view = await app.useCases.recordRejection(me, {
      applicationId: application.id,
      rawEmail: Buffer.from(fromDana),
    });
    expect(view.rejection?.senderContactId).toBe(dana.id);
    expect(await app.useCases.listContacts(me)).toHaveLength(2);
  });

  it('recording the rejection again replaces it and keeps one plan, with the same step ids', async () => {
    const { application } = await interviewed();
    const first = await app.useCases.recordRejection(me, {
      applicationId: application.id,
      rawEmail: recruiterEml(),
    });
    const second = await app.useCases.recordRejection(me, {
      applicationId: application.id,
      rawEmail: recruiterEml(),
    });
    expect(second.steps.map((s) => s.id)).toEqual(first.steps.map((s) => s.id));
    expect(
      (await app.useCases.listContacts(me)).filter((c) => c.email === RECRUITER.email),
    ).toHaveLength(1);
  });

  it('without an email, a call is recorded with the date given (a day means midday UTC)', async () => {
    const { application } = await interviewed();
    const view = await app.useCases.recordRejection(me, {
      applicationId: application.id,
      channel: 'call',
      receivedAt: '2026-03-08',
    });
    expect(view.rejection).toMatchObject({
      channel: 'call',
      receivedAt: '2026-03-08T12:00:00.000Z',
      senderName: null,
      automatedSender: false,
    });
  });
});

describe('invalid input leaves the store unchanged', () => {
  it('ingestMailbox names a missing mailbox before reading the keys of mail already stored', async () => {
    const keys = vi.spyOn(app.store.emails, 'seenKeysAfter');
    const missing = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-missing-')), 'inbox.mbox');
    await expect(app.useCases.ingestMailbox(me, missing)).rejects.toMatchObject({
      code: 'invalid_input',
      message: `No such file or folder: ${missing}`,
    });
    expect(keys).not.toHaveBeenCalled();
  });

  const rejectionCases: Array<{
    what: string;
    input: (appId: number) => Parameters<MemoryApp['useCases']['recordRejection']>[1];
    code: string;
  }> = [
    {
      what: 'an unknown application',
      input: () => ({ applicationId: 999, rawEmail: recruiterEml() }),
      code: 'not_found',
    },
    {
      what: 'an application id of 0',
      input: () => ({ applicationId: 0, channel: 'call' }),
      code: 'invalid_input',
    },
    {
      what: 'a date in the future',
      input: (id) => ({ applicationId: id, rawEmail: recruiterEml(), receivedAt: '2026-04-01' }),
      code: 'invalid_input',
    },
    {
      what: 'a malformed date',
      input: (id) => ({ applicationId: id, rawEmail: recruiterEml(), receivedAt: '2026-13-45' }),
      code: 'invalid_input',
    },
    {
      what: 'a channel that does not exist',
      input: (id) => ({ applicationId: id, channel: 'pigeon' as never }),
      code: 'invalid_input',
    },
    {
      what: 'an empty email',
      input: (id) => ({ applicationId: id, rawEmail: Buffer.alloc(0) }),
      code: 'empty_email',
    },
    {
      what: 'an email of blank lines',
      input: (id) => ({ applicationId: id, rawEmail: Buffer.from('\r\n  \n\t\n') }),
      code: 'empty_email',
    },
    {
      what: 'a binary email',
      input: (id) => ({
        applicationId: id,
        rawEmail: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0xff]),
      }),
      code: 'binary_email',
    },
  ];

  it.each(rejectionCases)(
    'recordRejection with $what fails with $code and writes nothing',
    async ({ input, code }) => {
      const { application } = await interviewed();
      const before = await snapshot();
      const e = await failure(app.useCases.recordRejection(me, input(application.id)));
      expect(e.code).toBe(code);
      expect(e.message.length).toBeGreaterThan(5);
      expect(e.message).not.toContain('\n');
      expect(await snapshot()).toEqual(before);
    },
  );

  it('other use cases refuse bad input the same way', async () => {
    const { application, dana } = await interviewed();
    const view = await app.useCases.recordRejection(me, {
      applicationId: application.id,
      rawEmail: recruiterEml(),
    });
    const step = view.steps.find((s) => s.kind === 'reflect')!;
    const before = await snapshot();
    const attempts: Array<[string, Promise<unknown>]> = [
      [
        'not_found',
        app.useCases.addInterview(me, {
          applicationId: application.id,
          at: '2026-03-05',
          kind: 'panel',
          mode: 'video',
          participantIds: [dana.id, 999],
        }),
      ],
      [
        'invalid_input',
        app.useCases.addInterview(me, {
          applicationId: application.id,
          at: '2026-03-05',
          kind: 'panel',
          mode: 'zoom' as never,
        }),
      ],
      [
        'not_found',
        app.useCases.addContact(me, { name: 'Kim Lee', kind: 'recruiter', applicationId: 999 }),
      ],
      ['invalid_input', app.useCases.addContact(me, { name: 'Kim Lee', kind: 'boss' as never })],
      [
        'not_found',
        app.useCases.addFeedback(me, {
          applicationId: application.id,
          text: 'We went another way.',
          fromContactId: 999,
        }),
      ],
      [
        'invalid_input',
        app.useCases.addFeedback(me, { applicationId: application.id, text: '   ' }),
      ],
      [
        'invalid_input',
        app.useCases.changeStep(me, { stepId: step.id, action: 'snooze', until: '2026-03-01' }),
      ],
      ['not_found', app.useCases.changeStep(me, { stepId: 999, action: 'done' })],
      ['invalid_input', app.useCases.setProfile(me, { feedbackStrictness: 'sometimes' as never })],
      ['invalid_input', app.useCases.logMood(me, { score: 7 })],
      [
        'invalid_input',
        app.useCases.addApplication(me, {
          company: 'Acme',
          role: 'Analyst',
          appliedOn: '2026-02-30',
        }),
      ],
    ];
    for (const [code, attempt] of attempts) expect((await failure(attempt)).code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it('a failure half-way through a use case rolls all of it back (the contact made before it too)', async () => {
    const d = tempDir('rebound-app-');
    dirs.push(d);
    const fileApp = await openApp(loadConfig({ REBOUND_HOME: d.dir, REBOUND_NOW: NOW }));
    try {
      const { application } = await interviewed(fileApp);
      const before = await snapshot(fileApp);
      // The rejection row is written after the sender's contact: make that write fail.
      const raw = new Database(path.join(d.dir, 'rebound.db'));
      raw.exec(
        "create trigger refuse_rejections before insert on rejections begin select raise(abort, 'refused by the test'); end",
      );
      raw.close();

      const err = await fileApp.useCases
        .recordRejection(me, { applicationId: application.id, rawEmail: recruiterEml() })
        .then(
          () => null,
          (e: unknown) => e as Error,
        );
      expect(err?.message).toContain('refused by the test');
      const after = await snapshot(fileApp);
      expect(after).toEqual(before);
      expect(after.contacts.map((c) => c.email)).not.toContain(RECRUITER.email);
      expect(after.apps[0]?.status).toBe('interviewing');
    } finally {
      await fileApp.close();
    }
    expect(fs.existsSync(path.join(d.dir, 'rebound.db'))).toBe(true);
  });
});

describe('plans regenerated from new facts', () => {
  it('keep the reason the user gave for a skip', async () => {
    const { application, tom } = await interviewed();
    const view = await app.useCases.recordRejection(me, {
      applicationId: application.id,
      rawEmail: recruiterEml(),
    });
    const connectTom = view.steps.find((s) => s.kind === 'connect' && s.contactId === tom.id)!;
    const skipped = await app.useCases.changeStep(me, {
      stepId: connectTom.id,
      action: 'skip',
      reason: 'We barely spoke.',
    });
    expect(skipped).toMatchObject({ status: 'skipped', skipReason: 'We barely spoke.' });
    await app.useCases.addFeedback(me, {
      applicationId: application.id,
      text: 'We decided to go in a different direction.',
    });
    const plan = await app.useCases.getPlan(me, application.id);
    expect(plan.steps.find((s) => s.id === connectTom.id)).toMatchObject({
      status: 'skipped',
      skipReason: 'We barely spoke.',
    });
  });

  it('setProfile signs the drafts of plans already made, and keeps a draft the user edited', async () => {
    const { application } = await interviewed();
    const view = await app.useCases.recordRejection(me, {
      applicationId: application.id,
      rawEmail: recruiterEml(),
    });
    const thanks = view.steps.find((s) => s.kind === 'thank_you')!;
    const ask = view.steps.find((s) => s.kind === 'feedback_request')!;
    await app.useCases.editDraft(me, ask.id, {
      subject: 'A quick question',
      body: 'Dear Dana,\n\nMy own words.\n\nAlex',
    });

    await app.useCases.setProfile(me, {
      name: 'Alex Rivera',
      signature: 'Alex Rivera\nalex.rivera@example.com',
    });
    const plan = await app.useCases.getPlan(me, application.id);
    expect(
      plan.steps
        .find((s) => s.id === thanks.id)
        ?.draft?.body.trimEnd()
        .endsWith('Alex Rivera\nalex.rivera@example.com'),
    ).toBe(true);
    expect(plan.steps.find((s) => s.id === ask.id)?.draft?.body).toBe(
      'Dear Dana,\n\nMy own words.\n\nAlex',
    );
  });
});

describe('R9 drafts written by Rebound', () => {
  it('every draft of a full plan passes its own tone check, signature included', async () => {
    const uc = app.useCases;
    await uc.setProfile(me, {
      name: 'Alex Rivera',
      email: 'alex.rivera@example.com',
      signature: 'Alex Rivera\nalex.rivera@example.com',
      openToFreelance: true,
    });
    await uc.addContact(me, { name: 'Sam Patel', kind: 'mentor', email: 'sam.patel@example.com' });
    const { application, dana, tom } = await interviewed();
    await uc.addInterview(me, {
      applicationId: application.id,
      at: '2026-03-06',
      kind: 'onsite',
      mode: 'in_person',
      participantIds: [dana.id, tom.id],
      finalRound: true,
    });
    await uc.recordRejection(me, {
      applicationId: application.id,
      rawEmail: recruiterEml(),
      valued: 'how openly the team shares its design docs',
    });
    await uc.addFeedback(me, {
      applicationId: application.id,
      text: 'We decided to go in a different direction.',
    });
    await uc.logMood(me, { score: 2 });

    const plan = await uc.getPlan(me, application.id);
    const drafted = plan.steps.filter((s) => s.draft !== null);
    expect(new Set(drafted.map((s) => s.kind))).toEqual(
      new Set(['thank_you', 'feedback_request', 'escalate', 'connect', 'touch_base', 'support']),
    );
    for (const s of drafted) {
      const report = await uc.checkDraftTone(me, s.id);
      expect({
        kind: s.kind,
        bridgeBurning: report.bridgeBurning,
        findings: report.findings,
      }).toMatchObject({ kind: s.kind, bridgeBurning: false });
    }
  }, 120_000);
});

describe('ingest remembers each message once', () => {
  const stream = (list: Array<{ key: string; raw: Buffer }>) =>
    Readable.from(list.map((m) => ({ ...m, origin: `test/${m.key}` }))) as AsyncIterable<RawMessage>;

  it('takes a copy of a message, in the same batch or a later one, as already seen, and a re-run adds nothing', async () => {
    const mail = [
      { key: 'INBOX:1:1', raw: noReplyEml() },
      { key: 'INBOX:1:1', raw: noReplyEml() },
      { key: 'INBOX:1:2', raw: recruiterEml() },
      { key: 'INBOX:1:1', raw: noReplyEml() },
    ];
    const first = await app.useCases.ingestMessages(me, stream(mail), { batchSize: 2 });
    expect(first).toMatchObject({ scanned: 4, alreadySeen: 2, jobMail: 2 });
    expect((await app.store.emails.seenKeysAfter(me.userId, 0, 10)).map((r) => r.key)).toEqual(['INBOX:1:1', 'INBOX:1:2']);

    const again = await app.useCases.ingestMessages(me, stream(mail));
    expect(again).toMatchObject({ scanned: 4, alreadySeen: 4, jobMail: 0 });
    expect(await app.store.emails.seenKeysAfter(me.userId, 0, 10)).toHaveLength(2);
  });

  it('forgets the messages of a batch whose transaction failed, so the next run reads them again', async () => {
    const mail = [{ key: 'INBOX:1:1', raw: noReplyEml() }];
    const failing = app.useCases.ingestMessages(me, stream(mail), {
      onCommit: () => Promise.reject(new Error('disk full')),
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(await app.store.emails.seenKeysAfter(me.userId, 0, 10)).toEqual([]);
    const retry = await app.useCases.ingestMessages(me, stream(mail));
    expect(retry).toMatchObject({ scanned: 1, alreadySeen: 0, jobMail: 1 });
  });
});
