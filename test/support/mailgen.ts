// Synthetic but realistic mail for tests and the ingest benchmark: job mail (rejections,
// interviews, offers…) and everyday non-job mail, as plain text, HTML, multipart/alternative and
// multipart/mixed with attachments, in several charsets and transfer encodings and a spread of
// sizes. Everything is derived from (seed, index), so a corpus is reproducible without storing it.
import { mkdir, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { EmailLabel } from '../../src/core/email/types.js';

export type MessageShape =
  | 'plain'
  | 'plain-qp'
  | 'latin1-qp'
  | 'html'
  | 'alternative'
  | 'mixed'
  | 'mixed-alternative'
  | 'base64-text';
export type SizeClass = 'small' | 'medium' | 'large';

export interface GeneratedMeta {
  index: number;
  label: EmailLabel;
  jobRelated: boolean;
  shape: MessageShape;
  size: SizeClass;
  subject: string;
  fromName: string;
  fromAddress: string;
  toName: string;
  toAddress: string;
  /** With angle brackets, as it appears in the header. */
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  date: Date;
  /** The plain-text body as written, before any encoding (LF line endings). */
  text: string;
  /** Present when the message carries an HTML part. */
  html: string | null;
  attachments: { filename: string; contentType: string; bytes: number }[];
  /** Some body line starts with "From " (exercises mbox escaping). */
  hasFromLine: boolean;
}

export interface GeneratedMessage {
  raw: Buffer;
  meta: GeneratedMeta;
}

export interface GenerateOptions {
  seed: number;
  count: number;
  /** First index (default 0), so a corpus can be extended: indices are stable. */
  start?: number;
  /** Share of job-related mail, 0..1 (default 0.5). */
  jobShare?: number;
  /** Relative weights of small (~1–3 KB), medium (~5–20 KB) and large (~60–400 KB, with attachments) mail. */
  sizeMix?: { small: number; medium: number; large: number };
  /** Date of message 0; later messages are spaced about 40 minutes apart. */
  baseDate?: Date;
  /** Recipient of every message (the mailbox owner). */
  to?: { name: string; address: string };
}

const DEFAULT_BASE_DATE = new Date('2025-01-06T08:00:00Z');
const DEFAULT_TO = { name: 'Alex Rivera', address: 'alex.rivera@example.net' };

// mulberry32: tiny, fast and good enough for picking words; seeded per message so that index i
// is the same message whatever was generated before it.
function rngFor(seed: number, index: number): () => number {
  let a = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const COMPANIES = [
  'Northwind Analytics',
  'Bluefin Robotics',
  'Acme Health',
  'Lumen Labs',
  'Quarry Bank',
  'Juniper Foods',
  'Orbital Freight',
  'Kestrel Security',
  'Maple & Finch',
  'Tidewater Energy',
  'Vireo Software',
  'Helix Bio',
  'Crescent Media',
  'Granite Insurance',
  'Söderberg AB',
  'Café Olé Group',
  'Parallax Games',
  'Summit Legal',
];
const ROLES = [
  'Senior Backend Engineer',
  'Product Designer',
  'Data Analyst',
  'Engineering Manager',
  'Marketing Coordinator',
  'Customer Success Lead',
  'Site Reliability Engineer',
  'Financial Analyst',
  'UX Researcher',
  'Frontend Developer',
  'Operations Associate',
  'Machine Learning Engineer',
  'Technical Writer',
  'Account Executive',
];
const FIRST = [
  'Maya',
  'Jonas',
  'Priya',
  'Tom',
  'Léa',
  'Sam',
  'Chen',
  'Olivia',
  'Mateo',
  'Aisha',
  'Björn',
  'Nora',
  'Kwame',
  'Ines',
];
const LAST = [
  'Chen',
  'Okafor',
  'Lindqvist',
  'García',
  'Novak',
  'Patel',
  'Müller',
  'Brooks',
  'Haddad',
  'Kowalski',
  'Silva',
  'Moreau',
];
const ATS = [
  { name: 'Greenhouse', domain: 'us.greenhouse-mail.io', local: 'no-reply' },
  { name: 'Lever', domain: 'hire.lever.co', local: 'no-reply' },
  { name: 'Workday', domain: 'myworkday.com', local: 'donotreply' },
  { name: 'Ashby', domain: 'ashbyhq.com', local: 'notifications' },
];
const FILLER = [
  'We appreciate the time you invested in our process and the thought you put into your answers.',
  'Our team reviewed a large number of applications for this position over the past few weeks.',
  'Please feel free to reach out if you have any questions about the next steps.',
  'We are committed to building a diverse team and value every conversation we have with candidates.',
  'The hiring committee met on Thursday to discuss the shortlist in detail.',
  'You can find more information about our benefits and culture on our careers page.',
  'This message was sent from an unmonitored mailbox; replies are not read.',
  'Thanks again for your interest, and we hope our paths cross again.',
  'The role sits within the platform group and works closely with product and design.',
  'Our offices are open Monday to Thursday, with Fridays reserved for focused remote work.',
];
const NEWS = [
  'This week: five tips for a calmer inbox, a recipe for lemon risotto, and our reader survey results.',
  'Your order has shipped and should arrive within three to five business days.',
  'Reminder: the community garden meeting moves to Saturday at 10am.',
  'Your monthly statement is now available. Log in to view the details.',
  'Hey! Are we still on for dinner on Friday? I found a new ramen place near the station.',
  'The quarterly newsletter covers the new library wing, the bake sale and volunteer openings.',
  'Your subscription renews next month. No action is needed if you wish to continue.',
  'Photos from the weekend trip are up in the shared album, enjoy!',
];

const JOB_LABELS: readonly EmailLabel[] = [
  'rejection',
  'rejection',
  'rejection',
  'interview',
  'application_received',
  'application_received',
  'assessment',
  'offer',
  'recruiter_outreach',
];

interface Content {
  label: EmailLabel;
  subject: string;
  fromName: string;
  fromAddress: string;
  paragraphs: string[];
  reply: boolean;
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '');
}

/**
 * The applications the job mail is about: a fixed pool, so one company's mail names the roles
 * applied for there (as a real mailbox does), not a fresh random role each time.
 */
const APPLICATIONS: ReadonlyArray<readonly [company: string, role: string]> = Array.from(
  { length: 30 },
  (_, k) => [COMPANIES[k % COMPANIES.length] ?? '', ROLES[(k * 5) % ROLES.length] ?? ''] as const,
);

function jobContent(r: Rng, label: EmailLabel, toName: string): Content {
  const [company, role] = pick(r, APPLICATIONS);
  const person = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const viaAts = r() < 0.5;
  const ats = pick(r, ATS);
  const first = toName.split(' ')[0] ?? toName;
  const fromName = viaAts ? `${company} Recruiting` : person;
  const fromAddress = viaAts
    ? `${ats.local}@${ats.domain}`
    : `${slug(person.split(' ')[0] ?? 'hr')}@${slug(company)}.com`;
  const sign = viaAts ? `The ${company} Talent Team` : `${person}\nTalent Acquisition, ${company}`;
  const day = pick(r, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']);
  const hour = int(r, 9, 16);
  let subject: string;
  let core: string[];
  switch (label) {
    case 'rejection':
      subject = pick(r, [
        `Your application to ${company}`,
        `Update on your ${role} application`,
        `${company} | ${role}`,
        `Thank you for applying to ${company}`,
      ]);
      core = [
        `Thank you for your interest in the ${role} position at ${company}.`,
        pick(r, [
          'After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our needs at this time.',
          'Unfortunately, we will not be moving forward with your application.',
          'We regret to inform you that we have decided not to proceed with your candidacy.',
        ]),
        pick(r, [
          'We will keep your details on file for future openings.',
          'We wish you the best of luck in your search.',
          'We encourage you to apply for future roles that match your skills.',
        ]),
      ];
      break;
    case 'interview':
      subject = pick(r, [
        `Interview invitation: ${role} at ${company}`,
        `Next steps with ${company}`,
        `Let's schedule a call – ${role}`,
      ]);
      core = [
        `Thanks for applying for the ${role} role. We were impressed with your background and would like to invite you to an interview.`,
        `Would ${day} at ${hour}:00 work for a 45-minute video call with the hiring manager?`,
        'Please reply with a few times that suit you if that slot does not work.',
      ];
      break;
    case 'application_received':
      subject = pick(r, [
        `We received your application for ${role}`,
        `Application received – ${company}`,
        `Thanks for applying to ${company}!`,
      ]);
      core = [
        `This is to confirm that we have received your application for the ${role} position.`,
        'Our team will review your profile and get back to you if your qualifications match our requirements.',
      ];
      break;
    case 'assessment':
      subject = `${company}: your online assessment for ${role}`;
      core = [
        `As the next step for the ${role} role, we would like you to complete a short technical assessment.`,
        `The assessment takes about 90 minutes and must be completed by ${day}. Use the link in your candidate portal to start.`,
      ];
      break;
    case 'offer':
      subject = `Offer of employment – ${role}`;
      core = [
        `I am delighted to offer you the position of ${role} at ${company}!`,
        `Attached is your offer letter with details on salary, benefits and a proposed start date. Please let us know by ${day}.`,
      ];
      break;
    default:
      subject = pick(r, [
        `Opportunity at ${company}`,
        `${role} role – open to a chat?`,
        `Quick question about your next move`,
      ]);
      core = [
        `I came across your profile and think you could be a great fit for a ${role} opening at ${company}.`,
        'Would you be open to a 15-minute call this week to hear more?',
      ];
  }
  const reply = label !== 'application_received' && r() < 0.2;
  return {
    label,
    subject: reply ? `Re: ${subject}` : subject,
    fromName,
    fromAddress,
    paragraphs: [`Hi ${first},`, ...core, sign],
    reply,
  };
}

function otherContent(r: Rng, toName: string): Content {
  const kind = int(r, 0, 3);
  const first = toName.split(' ')[0] ?? toName;
  if (kind === 0) {
    const friend = `${pick(r, FIRST)} ${pick(r, LAST)}`;
    return {
      label: 'other',
      subject: pick(r, [
        'Dinner Friday?',
        'Photos from the trip',
        'Re: weekend plans',
        'Happy birthday! 🎉',
      ]),
      fromName: friend,
      fromAddress: `${slug(friend)}@gmail.com`,
      paragraphs: [`Hi ${first},`, pick(r, NEWS), `Cheers,\n${friend.split(' ')[0] ?? friend}`],
      reply: r() < 0.3,
    };
  }
  const sender = pick(r, [
    'City Library',
    'Parcelo Shipping',
    'Brightside Bank',
    'The Weekly Sprout',
    'StreamBox',
    'Neighbourhood Association',
  ]);
  return {
    label: 'other',
    subject: pick(r, [
      `Your ${sender} update`,
      'Your order has shipped',
      'Statement available',
      'This week in review',
      `News from ${sender}`,
    ]),
    fromName: sender,
    fromAddress: `news@${slug(sender)}.example.com`,
    paragraphs: [`Hello ${first},`, pick(r, NEWS), pick(r, NEWS), `— ${sender}`],
    reply: false,
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function toHtml(paragraphs: string[], footer: string): string {
  const body = paragraphs
    .map((p) => `<p style="margin:0 0 12px 0">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>p{font-family:Arial,sans-serif}</style></head>',
    '<body><table width="100%" cellpadding="0" cellspacing="0"><tr><td>',
    body,
    `<p style="color:#888;font-size:11px">${escapeHtml(footer)} <a href="https://example.com/unsubscribe">Unsubscribe</a></p>`,
    '</td></tr></table></body></html>',
  ].join('\n');
}

/** RFC 2047 B-encoding when the value is not plain ASCII. */
function encodeWord(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  return `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

function addressHeader(name: string, address: string): string {
  const n = /^[\x20-\x7e]*$/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : encodeWord(name);
  return `${n} <${address}>`;
}

/** Quoted-printable (RFC 2045) of LF-separated bytes, soft breaks before column 76; CRLF line endings out. */
function encodeQp(bytes: Buffer): string {
  const out: string[] = [];
  let start = 0;
  while (start <= bytes.length) {
    let nl = bytes.indexOf(0x0a, start);
    if (nl === -1) nl = bytes.length;
    out.push(encodeQpLine(bytes, start, nl));
    start = nl + 1;
  }
  return out.join('\r\n');
}

const QP_SAFE = /^[\x21-\x3c\x3e-\x7e ]*$/;

/** One text line as quoted-printable: soft breaks before column 76, trailing space escaped. */
function encodeQpLine(bytes: Buffer, start: number, end: number): string {
  const plain = bytes.toString('latin1', start, end);
  // Most lines are short plain ASCII and need no encoding at all.
  if (plain.length <= 76 && QP_SAFE.test(plain) && !plain.endsWith(' ')) return plain;
  const out: string[] = [];
  let line = '';
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    const last = i === end - 1;
    const tok =
      ((b >= 33 && b <= 126 && b !== 61) || b === 32) && !(last && b === 32)
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + tok.length > 75) {
      out.push(`${line}=`);
      line = '';
    }
    line += tok;
  }
  out.push(line);
  return out.join('\r\n');
}

function base64Lines(bytes: Buffer): string {
  const s = bytes.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += 76) lines.push(s.slice(i, i + 76));
  return lines.join('\r\n');
}

function fakePdf(r: Rng, bytes: number): Buffer {
  // xorshift32 seeded from the message's generator, written through a word view: attachments are
  // the bulk of the bytes, and one r() call per word made large corpora slow to generate.
  const words = new Uint32Array(Math.ceil(Math.max(bytes, 16) / 4));
  let x = (r() * 0xffffffff) >>> 0 || 1;
  for (let i = 4; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  const b = Buffer.from(words.buffer, 0, bytes);
  b.write('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  return b;
}

const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');

function chooseShape(r: Rng, size: SizeClass): MessageShape {
  if (size === 'large') return r() < 0.5 ? 'mixed' : 'mixed-alternative';
  return pick(r, [
    'plain',
    'plain',
    'plain-qp',
    'latin1-qp',
    'html',
    'alternative',
    'alternative',
    'base64-text',
    'mixed',
  ] as const);
}

function chooseSize(r: Rng, mix: { small: number; medium: number; large: number }): SizeClass {
  const total = mix.small + mix.medium + mix.large;
  const x = r() * total;
  return x < mix.small ? 'small' : x < mix.small + mix.medium ? 'medium' : 'large';
}

/** One message, fully determined by (seed, index) and the options. */
export function generateMessage(
  seed: number,
  index: number,
  opts: Omit<GenerateOptions, 'seed' | 'count' | 'start'> = {},
): GeneratedMessage {
  const r = rngFor(seed, index);
  const to = opts.to ?? DEFAULT_TO;
  const jobRelated = r() < (opts.jobShare ?? 0.5);
  const c = jobRelated ? jobContent(r, pick(r, JOB_LABELS), to.name) : otherContent(r, to.name);
  const size = chooseSize(r, opts.sizeMix ?? { small: 6, medium: 3, large: 1 });
  let shape = chooseShape(r, size);

  const paragraphs = [...c.paragraphs];
  const fillerCount =
    size === 'small' ? int(r, 0, 3) : size === 'medium' ? int(r, 20, 80) : int(r, 5, 30);
  for (let i = 0; i < fillerCount; i++)
    paragraphs.splice(paragraphs.length - 1, 0, jobRelated ? pick(r, FILLER) : pick(r, NEWS));
  const hasFromLine = r() < 0.15;
  if (hasFromLine)
    paragraphs.splice(1, 0, 'From the whole team: thank you.\n>From an earlier note: see below.');
  const quoted = c.reply
    ? `\n\nOn Mon, 3 Feb 2025 at 10:02, ${to.name} <${to.address}> wrote:\n> Thanks for getting back to me.\n> Best, ${to.name}`
    : '';
  const text = `${paragraphs.join('\n\n')}${quoted}\n`;
  // latin1-qp only makes sense when the text fits in ISO-8859-1.
  if (shape === 'latin1-qp' && /[\u0100-\uffff]/.test(text)) shape = 'plain-qp';
  const html =
    shape === 'html' || shape === 'alternative' || shape === 'mixed-alternative'
      ? toHtml(paragraphs, c.fromName)
      : null;

  const date = new Date(
    (opts.baseDate ?? DEFAULT_BASE_DATE).getTime() + index * 40 * 60_000 + int(r, 0, 39) * 60_000,
  );
  const domain = c.fromAddress.split('@')[1] ?? 'example.com';
  const messageId = `<${seed.toString(36)}.${index.toString(36)}.${Math.floor(r() * 1e9).toString(36)}@${domain}>`;
  const parentId = `<${Math.floor(r() * 1e12).toString(36)}@example.net>`;
  const inReplyTo = c.reply ? parentId : null;
  const references = c.reply
    ? [`<${Math.floor(r() * 1e12).toString(36)}@example.net>`, parentId]
    : [];
  const attachments: GeneratedMeta['attachments'] = [];

  const headers = [
    `Return-Path: <${c.fromAddress}>`,
    `Received: from mail.${domain} (mail.${domain} [203.0.113.${int(r, 1, 254)}])\r\n\tby mx.example.net with ESMTPS id ${Math.floor(r() * 1e9).toString(16)}\r\n\tfor <${to.address}>; ${date.toUTCString()}`,
    `From: ${addressHeader(c.fromName, c.fromAddress)}`,
    `To: ${addressHeader(to.name, to.address)}`,
    `Subject: ${encodeWord(c.subject)}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: ${messageId}`,
    ...(inReplyTo ? [`In-Reply-To: ${inReplyTo}`, `References: ${references.join('\r\n ')}`] : []),
    'MIME-Version: 1.0',
    ...(jobRelated && r() < 0.5 ? ['Auto-Submitted: auto-generated'] : []),
    ...(!jobRelated && c.fromAddress.startsWith('news@')
      ? [`List-Unsubscribe: <mailto:unsubscribe@${domain}>`]
      : []),
  ];

  const textPart = (kind: MessageShape): string => {
    if (kind === 'latin1-qp')
      return `Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${encodeQp(Buffer.from(text, 'latin1'))}`;
    if (kind === 'base64-text')
      return `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(Buffer.from(crlf(text), 'utf8'))}`;
    if (
      kind === 'plain' &&
      !/[\u0080-\uffff]/.test(text) &&
      !text.split('\n').some((l) => l.length > 990)
    )
      return `Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${crlf(text)}`;
    return `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${encodeQp(Buffer.from(text, 'utf8'))}`;
  };
  const htmlPart = (): string =>
    `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${encodeQp(Buffer.from(html ?? '', 'utf8'))}`;
  const boundary = (n: number): string =>
    `----=_Part_${n}_${Math.floor(r() * 1e9).toString(36)}.${index}`;
  const multipart = (sub: string, b: string, parts: string[]): string =>
    `Content-Type: multipart/${sub}; boundary="${b}"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n${parts.map((p) => `--${b}\r\n${p}\r\n`).join('')}--${b}--\r\n`;
  const attachment = (): string => {
    const bytes = size === 'large' ? int(r, 40_000, 300_000) : int(r, 2_000, 12_000);
    const filename = jobRelated
      ? pick(r, ['offer-letter.pdf', 'job-description.pdf', 'benefits-overview.pdf'])
      : pick(r, ['invoice.pdf', 'newsletter.pdf', 'ticket.pdf']);
    attachments.push({ filename, contentType: 'application/pdf', bytes });
    return `Content-Type: application/pdf; name="${filename}"\r\nContent-Disposition: attachment; filename="${filename}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(fakePdf(r, bytes))}`;
  };

  let body: string;
  switch (shape) {
    case 'html':
      body = htmlPart();
      break;
    case 'alternative':
      body = multipart('alternative', boundary(1), [textPart('plain-qp'), htmlPart()]);
      break;
    case 'mixed':
      body = multipart('mixed', boundary(1), [textPart('plain'), attachment()]);
      break;
    case 'mixed-alternative':
      body = multipart('mixed', boundary(1), [
        multipart('alternative', boundary(2), [textPart('plain-qp'), htmlPart()]),
        attachment(),
        ...(r() < 0.3 ? [attachment()] : []),
      ]);
      break;
    default:
      body = textPart(shape);
  }
  // Mail as delivered always ends with a line break (SMTP DATA ends with CRLF . CRLF).
  const raw = Buffer.from(
    `${headers.join('\r\n')}\r\n${body}${body.endsWith('\r\n') ? '' : '\r\n'}`,
    'utf8',
  );
  return {
    raw,
    meta: {
      index,
      label: c.label,
      jobRelated,
      shape,
      size,
      subject: c.subject,
      fromName: c.fromName,
      fromAddress: c.fromAddress,
      toName: to.name,
      toAddress: to.address,
      messageId,
      inReplyTo,
      references,
      date,
      text,
      html,
      attachments,
      hasFromLine,
    },
  };
}

/** `count` messages starting at `start`; lazy, so a large corpus never sits in memory. */
export function* generateMessages(opts: GenerateOptions): Generator<GeneratedMessage> {
  const start = opts.start ?? 0;
  for (let i = start; i < start + opts.count; i++) yield generateMessage(opts.seed, i, opts);
}

export type MboxVariant = 'mboxo' | 'mboxrd';

/**
 * One mbox entry: the "From " postmark line, the message with "From " lines escaped per the
 * variant (mboxo: only "From " gets a ">"; mboxrd: any run of ">" before "From " gets one more),
 * and the blank line that separates entries.
 */
export function mboxEntry(
  raw: Buffer,
  opts: { variant: MboxVariant; sender?: string; date?: Date; lineEnding?: 'lf' | 'crlf' },
): Buffer {
  const eol = opts.lineEnding === 'crlf' ? '\r\n' : '\n';
  const text = raw.toString('latin1').replace(/\r?\n/g, eol);
  const escaped =
    opts.variant === 'mboxrd'
      ? text.replace(/^(>*From )/gm, '>$1')
      : text.replace(/^From /gm, '>From ');
  const postmark = `From ${opts.sender ?? 'MAILER-DAEMON'} ${(opts.date ?? DEFAULT_BASE_DATE).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) (\S+) GMT$/, '$1 $3 $2 $5 $4')}`;
  const body = escaped.endsWith(eol) ? escaped : escaped + eol;
  return Buffer.from(`${postmark}${eol}${body}${eol}`, 'latin1');
}

/** Writes messages to an mbox file, streaming. */
export async function writeMbox(
  path: string,
  messages: Iterable<GeneratedMessage>,
  opts: { variant: MboxVariant; lineEnding?: 'lf' | 'crlf' } = { variant: 'mboxrd' },
): Promise<number> {
  const out = createWriteStream(path);
  let n = 0;
  for (const m of messages) {
    const entry = mboxEntry(m.raw, { ...opts, sender: m.meta.fromAddress, date: m.meta.date });
    if (!out.write(entry)) await once(out, 'drain');
    n++;
  }
  out.end();
  await once(out, 'finish');
  return n;
}

/** Writes messages into a maildir (tmp/, new/, cur/): the first half in new/, the rest in cur/ with flags. */
export async function writeMaildir(
  dir: string,
  messages: Iterable<GeneratedMessage>,
): Promise<number> {
  for (const sub of ['tmp', 'new', 'cur']) await mkdir(join(dir, sub), { recursive: true });
  const list = [...messages];
  for (const [i, m] of list.entries()) {
    const base = `${1736150400 + m.meta.index}.M${m.meta.index}P1.rebound-test,S=${m.raw.length}`;
    const file = i < list.length / 2 ? join(dir, 'new', base) : join(dir, 'cur', `${base}:2,S`);
    await writeFile(file, m.raw);
  }
  return list.length;
}

/** Writes one .eml per message, in a two-level folder tree (by label), names zero-padded so they sort. */
export async function writeEmlFolder(
  dir: string,
  messages: Iterable<GeneratedMessage>,
): Promise<string[]> {
  const paths: string[] = [];
  for (const m of messages) {
    const sub = join(dir, m.meta.jobRelated ? 'jobs' : 'other');
    await mkdir(sub, { recursive: true });
    const p = join(sub, `${String(m.meta.index).padStart(6, '0')}.eml`);
    await writeFile(p, m.raw);
    paths.push(p);
  }
  return paths;
}
