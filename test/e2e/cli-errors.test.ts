// Invalid input through the real binary: a non-zero exit (2 invalid input, 3 not found), one
// line on stderr that names the problem, JSON on stderr with --json, and a store left exactly as
// it was (every row of every table, compared before and after).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dumpStore, newUser, ROOT, type CliResult, type CliUser } from '../support/cli.js';
import { interviewedApplication, only, recruiterEml, type PlanJson } from './fixtures.js';

// Each test runs the binary several times (about a second each, more on a busy machine).
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });
/** The escape that starts every ANSI colour code. */
const ESC = '\u001b';
const STACK = /^\s+at .+:\d+:\d+\)?$|node:internal|\.js:\d+/m;

let u: CliUser;
let app: number;
let stepId: number;
let checkInId: number;
let emlFile: string;

beforeAll(async () => {
  u = newUser('rebound-errors-');
  const ids = await interviewedApplication(u);
  app = ids.app;
  emlFile = u.tmp.file('rejection.eml');
  fs.writeFileSync(emlFile, recruiterEml());
  const plan = await u.json<PlanJson>(['reject', String(app), '--email', emlFile]);
  stepId = only(plan, 'thank_you').id;
  checkInId = only(plan, 'check_in').id;
  await u.json(['app', 'add', '--company', 'Bluefin Analytics', '--role', 'Product Designer']);
});
afterAll(() => u?.cleanup());

interface Case {
  what: string;
  args: () => string[];
  input?: string | Buffer;
  exit: 2 | 3;
  code: string;
  /** Something the one-line message must contain, so it names the problem. */
  names: RegExp;
}

const A = () => String(app);
const NUL_BYTES = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.from([0, 1, 2, 0, 0xff, 0xfe, 0, 0x10, 0x80]),
  Buffer.alloc(64),
]);

const cases: Case[] = [
  // Unknown ids.
  {
    what: 'plan for an unknown application',
    args: () => ['plan', '999'],
    exit: 3,
    code: 'not_found',
    names: /application.*999/i,
  },
  {
    what: 'app show for an unknown application',
    args: () => ['app', 'show', '999'],
    exit: 3,
    code: 'not_found',
    names: /application.*999/i,
  },
  {
    what: 'reject for an unknown application',
    args: () => ['reject', '999', '--email', emlFile],
    exit: 3,
    code: 'not_found',
    names: /application.*999/i,
  },
  {
    what: 'feedback for an unknown application',
    args: () => ['feedback', 'add', '999', '--text', 'We went another way.'],
    exit: 3,
    code: 'not_found',
    names: /application.*999/i,
  },
  {
    what: 'reflect on an unknown application',
    args: () => ['reflect', '999', '--went-well', 'Good talk.'],
    exit: 3,
    code: 'not_found',
    names: /application.*999/i,
  },
  {
    what: 'an interview for an unknown application',
    args: () => [
      'interview',
      'add',
      '999',
      '--date',
      '2026-03-01',
      '--kind',
      'screen',
      '--mode',
      'video',
    ],
    exit: 3,
    code: 'not_found',
    names: /application.*999/i,
  },
  {
    what: 'a contact linked to an unknown application',
    args: () => ['contact', 'add', '--name', 'Kim Lee', '--kind', 'recruiter', '--app', '999'],
    exit: 3,
    code: 'not_found',
    names: /application.*999/i,
  },
  {
    what: 'step done on an unknown step',
    args: () => ['step', 'done', '999'],
    exit: 3,
    code: 'not_found',
    names: /step.*999/i,
  },
  {
    what: 'step skip on an unknown step',
    args: () => ['step', 'skip', '999'],
    exit: 3,
    code: 'not_found',
    names: /step.*999/i,
  },
  {
    what: 'step snooze on an unknown step',
    args: () => ['step', 'snooze', '999'],
    exit: 3,
    code: 'not_found',
    names: /step.*999/i,
  },
  {
    what: 'draft for an unknown step',
    args: () => ['draft', '999'],
    exit: 3,
    code: 'not_found',
    names: /step.*999/i,
  },
  {
    what: 'an interview with an unknown contact',
    args: () => [
      'interview',
      'add',
      A(),
      '--date',
      '2026-03-05',
      '--kind',
      'panel',
      '--mode',
      'video',
      '--with',
      '1',
      '999',
    ],
    exit: 3,
    code: 'not_found',
    names: /contact.*999/i,
  },
  {
    what: 'feedback from an unknown contact',
    args: () => ['feedback', 'add', A(), '--text', 'We went another way.', '--from', '999'],
    exit: 3,
    code: 'not_found',
    names: /contact.*999/i,
  },
  // Ids that are not ids.
  {
    what: 'an application id that is not a number',
    args: () => ['plan', 'abc'],
    exit: 2,
    code: 'invalid_input',
    names: /abc/,
  },
  {
    what: 'a step id of zero',
    args: () => ['step', 'done', '0'],
    exit: 2,
    code: 'invalid_input',
    names: /"0"/,
  },
  // Malformed dates.
  {
    what: 'app add --applied 2026-13-45',
    args: () => ['app', 'add', '--company', 'Acme', '--role', 'Analyst', '--applied', '2026-13-45'],
    exit: 2,
    code: 'invalid_input',
    names: /2026-13-45/,
  },
  {
    what: 'app add --applied 2026-02-30 (no such day)',
    args: () => ['app', 'add', '--company', 'Acme', '--role', 'Analyst', '--applied', '2026-02-30'],
    exit: 2,
    code: 'invalid_input',
    names: /2026-02-30/,
  },
  {
    what: 'reject --date yesterday',
    args: () => ['reject', A(), '--email', emlFile, '--date', 'yesterday'],
    exit: 2,
    code: 'invalid_input',
    names: /yesterday/,
  },
  {
    what: 'reject --date in the future',
    args: () => ['reject', A(), '--channel', 'call', '--date', '2027-01-15'],
    exit: 2,
    code: 'invalid_input',
    names: /future/,
  },
  {
    what: 'interview add --date 2026-13-45',
    args: () => [
      'interview',
      'add',
      A(),
      '--date',
      '2026-13-45',
      '--kind',
      'screen',
      '--mode',
      'video',
    ],
    exit: 2,
    code: 'invalid_input',
    names: /2026-13-45/,
  },
  {
    what: 'feedback add --date yesterday',
    args: () => ['feedback', 'add', A(), '--text', 'We went another way.', '--date', 'yesterday'],
    exit: 2,
    code: 'invalid_input',
    names: /yesterday/,
  },
  {
    what: 'step snooze --until 2026-13-45',
    args: () => ['step', 'snooze', String(stepId), '--until', '2026-13-45'],
    exit: 2,
    code: 'invalid_input',
    names: /2026-13-45/,
  },
  {
    what: 'step snooze --until a past date',
    args: () => ['step', 'snooze', String(stepId), '--until', '2026-03-01'],
    exit: 2,
    code: 'invalid_input',
    names: /future/,
  },
  // Bad enums and values.
  {
    what: 'interview add --mode zoom',
    args: () => [
      'interview',
      'add',
      A(),
      '--date',
      '2026-03-05',
      '--kind',
      'screen',
      '--mode',
      'zoom',
    ],
    exit: 2,
    code: 'invalid_input',
    names: /mode/,
  },
  {
    what: 'interview add --kind chat',
    args: () => [
      'interview',
      'add',
      A(),
      '--date',
      '2026-03-05',
      '--kind',
      'chat',
      '--mode',
      'video',
    ],
    exit: 2,
    code: 'invalid_input',
    names: /kind/,
  },
  {
    what: 'contact add --kind boss',
    args: () => ['contact', 'add', '--name', 'Kim Lee', '--kind', 'boss'],
    exit: 2,
    code: 'invalid_input',
    names: /kind/,
  },
  {
    what: 'contact add --email that is not an address',
    args: () => [
      'contact',
      'add',
      '--name',
      'Kim Lee',
      '--kind',
      'recruiter',
      '--email',
      'kim-at-acme',
    ],
    exit: 2,
    code: 'invalid_input',
    names: /email/,
  },
  {
    what: 'reject --channel pigeon',
    args: () => ['reject', A(), '--channel', 'pigeon'],
    exit: 2,
    code: 'invalid_input',
    names: /channel/,
  },
  {
    what: 'app add --status nonsense',
    args: () => ['app', 'add', '--company', 'Acme', '--role', 'Analyst', '--status', 'nonsense'],
    exit: 2,
    code: 'invalid_input',
    names: /status/,
  },
  {
    what: 'app add --url without a scheme',
    args: () => [
      'app',
      'add',
      '--company',
      'Acme',
      '--role',
      'Analyst',
      '--url',
      'acme.example/jobs',
    ],
    exit: 2,
    code: 'invalid_input',
    names: /url/,
  },
  { what: 'mood 9', args: () => ['mood', '9'], exit: 2, code: 'invalid_input', names: /1 to 5/ },
  { what: 'mood abc', args: () => ['mood', 'abc'], exit: 2, code: 'invalid_input', names: /score/ },
  {
    what: 'profile set --strictness sometimes',
    args: () => ['profile', 'set', '--strictness', 'sometimes'],
    exit: 2,
    code: 'invalid_input',
    names: /strictness/i,
  },
  {
    what: 'reflect --match maybe',
    args: () => ['reflect', A(), '--match', 'maybe'],
    exit: 2,
    code: 'invalid_input',
    names: /match/i,
  },
  // Emails that cannot be read.
  {
    what: 'an empty email on stdin',
    args: () => ['reject', A(), '--email', '-'],
    input: '',
    exit: 2,
    code: 'empty_email',
    names: /empty/i,
  },
  {
    what: 'an email of blank lines on stdin',
    args: () => ['reject', A(), '--email', '-'],
    input: '\n \r\n\t\n',
    exit: 2,
    code: 'empty_email',
    names: /empty/i,
  },
  {
    what: 'a binary email (bytes with NULs) on stdin',
    args: () => ['reject', A(), '--email', '-'],
    input: NUL_BYTES,
    exit: 2,
    code: 'binary_email',
    names: /binary/i,
  },
  {
    what: 'an email file that does not exist',
    args: () => ['reject', A(), '--email', u.tmp.file('no-such-rejection.eml')],
    exit: 2,
    code: 'invalid_input',
    names: /no-such-rejection\.eml/,
  },
  {
    what: 'an email "file" that is a folder',
    args: () => ['reject', A(), '--email', u.tmp.dir],
    exit: 2,
    code: 'invalid_input',
    names: /Could not read/,
  },
  {
    what: 'a step without a message has no draft',
    args: () => ['draft', String(checkInId)],
    exit: 2,
    code: 'unsupported',
    names: /no message/i,
  },
];

function expectOneLine(r: CliResult): string {
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines, r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toContain(ESC);
  return lines[0]!;
}

describe('invalid input: clear error, non-zero exit, store unchanged', () => {
  it.each(cases)(
    '$what exits $exit with one line naming the problem, and changes nothing',
    async (c) => {
      const before = dumpStore(u.dbFile);

      const human = await u.run(c.args(), c.input !== undefined ? { input: c.input } : {});
      expect(human.code, human.stderr).toBe(c.exit);
      expect(human.stdout).toBe('');
      const line = expectOneLine(human);
      expect(line).toMatch(/^rebound: /);
      expect(line).toMatch(c.names);

      const json = await u.run(
        ['--json', ...c.args()],
        c.input !== undefined ? { input: c.input } : {},
      );
      expect(json.code).toBe(c.exit);
      expect(json.stdout).toBe('');
      expectOneLine(json);
      const err = json.errorJson();
      expect(err).toEqual({ error: { code: c.code, message: expect.any(String) } });
      expect(err.error.message).toMatch(c.names);

      expect(dumpStore(u.dbFile)).toEqual(before);
    },
  );
});

describe('usage errors', () => {
  const usage: Array<{ what: string; args: string[]; names: RegExp }> = [
    { what: 'an unknown command', args: ['frobnicate'], names: /frobnicate/ },
    {
      what: 'a missing required option',
      args: ['contact', 'add', '--kind', 'recruiter'],
      names: /--name/,
    },
    { what: 'an unknown option', args: ['app', 'list', '--colour', 'blue'], names: /--colour/ },
    { what: 'a missing argument', args: ['plan'], names: /app/ },
  ];

  it.each(usage)(
    '$what exits 2 with one line, as JSON with --json, and changes nothing',
    async ({ args, names }) => {
      const before = dumpStore(u.dbFile);
      const human = await u.run(args);
      expect(human.code).toBe(2);
      expect(human.stdout).toBe('');
      expect(expectOneLine(human)).toMatch(names);

      const json = await u.run(['--json', ...args]);
      expect(json.code).toBe(2);
      expect(json.stdout).toBe('');
      expectOneLine(json);
      expect(json.errorJson()).toEqual({
        error: { code: 'usage', message: expect.stringMatching(names) },
      });
      expect(dumpStore(u.dbFile)).toEqual(before);
    },
  );
});

describe('output for people', () => {
  it('--version prints the package version and exits 0', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await u.run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('--help exits 0 and lists the commands', async () => {
    const r = await u.run(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of [
      'app',
      'contact',
      'interview',
      'reject',
      'plan',
      'today',
      'step',
      'draft',
      'feedback',
      'reflect',
      'mood',
      'profile',
      'demo',
    ]) {
      expect(r.stdout).toMatch(new RegExp(`^\\s+${cmd}\\b`, 'm'));
    }
    expect(r.stderr).toBe('');
  });

  it('a command --help exits 0 too', async () => {
    const r = await u.run(['reject', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--email');
  });

  it('has no ANSI escapes with NO_COLOR, nor without it when output is not a terminal', async () => {
    for (const env of [{}, { NO_COLOR: undefined }]) {
      for (const args of [
        ['plan', A()],
        ['today'],
        ['app', 'list'],
        ['draft', String(stepId)],
        ['plan', '999'],
      ]) {
        const r = await u.run(args, { env });
        expect(r.stdout + r.stderr).not.toContain(ESC);
      }
    }
  });

  it('a bad REBOUND_NOW is reported in one line, not a stack trace', async () => {
    const r = await u.run(['today'], { now: 'next tuesday' });
    expect(r.code).toBe(2);
    expect(expectOneLine(r)).toMatch(/now|REBOUND_NOW/);
  });
});
