// Rejection messages as a user would hand them to `rebound reject --email`: a real .eml saved
// from a mail client (RFC 5322, CRLF, multipart, quoted-printable), the same message pasted as
// text, and a form letter from a no-reply address. All written for these tests.
import type { CliUser } from '../support/cli.js';

const crlf = (lines: string[]): Buffer => Buffer.from(lines.join('\r\n'), 'utf8');

export const RECRUITER = { name: 'Priya Shah', email: 'priya.shah@acme-robotics.example' };
export const REJECTION_RECEIVED = '2026-03-09T15:30:00.000Z';
export const REJECTION_MESSAGE_ID = '<CAF=rej.20260309.4471@mail.acme-robotics.example>';
export const REJECTION_SUBJECT = 'Your application for Data Engineer at Acme Robotics';

/** A recruiter's personal note, as an .eml file saved from a mail client. */
export function recruiterEml(): Buffer {
  return crlf([
    'Return-Path: <priya.shah@acme-robotics.example>',
    'Received: from mail.acme-robotics.example (mail.acme-robotics.example [192.0.2.10])',
    '\tby mx.example.com with ESMTPS id 4471; Mon, 09 Mar 2026 15:30:04 +0000',
    `From: "${RECRUITER.name}" <${RECRUITER.email}>`,
    'To: Alex Rivera <alex.rivera@example.com>',
    `Subject: ${REJECTION_SUBJECT}`,
    'Date: Mon, 09 Mar 2026 15:30:00 +0000',
    `Message-ID: ${REJECTION_MESSAGE_ID}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b1_acme"',
    '',
    '--b1_acme',
    'Content-Type: text/plain; charset="UTF-8"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Hi Alex,',
    '',
    'Thank you for coming in to meet Dana and Tom last week, and for the time you p=',
    'ut into preparing for the conversation.',
    '',
    "I'm sorry to let you know that we've decided to move ahead with another cand=",
    'idate for the Data Engineer role. It was not an easy call.',
    '',
    'All the best with your search,',
    'Priya',
    '',
    '--',
    'Priya Shah =E2=80=94 Talent Partner, Acme Robotics',
    '',
    '--b1_acme',
    'Content-Type: text/html; charset="UTF-8"',
    '',
    '<p>Hi Alex,</p><p>Thank you for coming in to meet Dana and Tom last week.</p>',
    "<p>I'm sorry to let you know that we've decided to move ahead with another candidate for the Data Engineer role.</p>",
    '--b1_acme--',
    '',
  ]);
}

/** The same message copied out of a mail client and pasted as text (Outlook-style header block). */
export function recruiterPasted(): string {
  return [
    '-----Original Message-----',
    `From: ${RECRUITER.name} <${RECRUITER.email}>`,
    'Sent: Mon, 09 Mar 2026 15:30:00 +0000',
    'To: Alex Rivera <alex.rivera@example.com>',
    `Subject: ${REJECTION_SUBJECT}`,
    '',
    'Hi Alex,',
    '',
    'Thank you for coming in to meet Dana and Tom last week, and for the time you put into preparing for the conversation.',
    '',
    "I'm sorry to let you know that we've decided to move ahead with another candidate for the Data Engineer role. It was not an easy call.",
    '',
    'All the best with your search,',
    'Priya',
    '',
  ].join('\n');
}

/** A form letter from an automated address, after an application with no interview. */
export function noReplyEml(company = 'Bluefin Analytics'): Buffer {
  return crlf([
    `From: ${company} Careers <no-reply@bluefin-analytics.example>`,
    'To: alex.rivera@example.com',
    `Subject: Your application to ${company}`,
    'Date: Sun, 08 Mar 2026 06:12:00 +0000',
    'Message-ID: <auto.88121@ats.bluefin-analytics.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Dear candidate,',
    '',
    `Thank you for your interest in ${company}. After careful review, we will not be moving forward with your application at this time.`,
    '',
    'We will keep your details on file for future openings.',
    '',
    'This mailbox is not monitored. Please do not reply to this message.',
    '',
  ]);
}

export interface InterviewedApp {
  app: number;
  /** The hiring manager met in person. */
  dana: number;
  /** An interviewer met in the same interview. */
  tom: number;
}

/** An application with one in-person interview with the hiring manager and an interviewer. */
export async function interviewedApplication(
  user: CliUser,
  company = 'Acme Robotics',
  role = 'Data Engineer',
): Promise<InterviewedApp> {
  const app = await user.json<{ id: number }>([
    'app',
    'add',
    '--company',
    company,
    '--role',
    role,
    '--applied',
    '2026-02-02',
  ]);
  const dana = await user.json<{ id: number }>([
    'contact',
    'add',
    '--name',
    'Dana Okafor',
    '--kind',
    'hiring_manager',
    '--email',
    'dana.okafor@acme-robotics.example',
    '--title',
    'Head of Data',
    '--company',
    company,
  ]);
  const tom = await user.json<{ id: number }>([
    'contact',
    'add',
    '--name',
    'Tom Berg',
    '--kind',
    'interviewer',
    '--company',
    company,
  ]);
  await user.json([
    'interview',
    'add',
    String(app.id),
    '--date',
    '2026-03-03',
    '--kind',
    'hiring_manager',
    '--mode',
    'in_person',
    '--with',
    String(dana.id),
    String(tom.id),
  ]);
  return { app: app.id, dana: dana.id, tom: tom.id };
}

/** The JSON shape of a plan step (see stepJson in src/cli/commands/plans.ts). */
export interface StepJson {
  id: number;
  key: string;
  kind: string;
  rule: string;
  status: 'pending' | 'done' | 'skipped' | 'snoozed';
  due_at: string;
  not_before: string | null;
  rationale: string;
  skip_reason: string | null;
  contact_id: number | null;
  snoozed_until: string | null;
  completed_at: string | null;
  decided_by: string;
  draft: {
    subject: string;
    body: string;
    to_name: string | null;
    to_email: string | null;
    max_length: number | null;
  } | null;
}

export interface PlanJson {
  application: { id: number; company: string; role: string; status: string };
  rejection: {
    receivedAt: string;
    channel: string;
    stage: string;
    senderName: string | null;
    senderEmail: string | null;
    automatedSender: boolean;
    senderContactId: number | null;
    messageId: string | null;
  } | null;
  steps: StepJson[];
}

export const ofKind = (plan: PlanJson, kind: string): StepJson[] =>
  plan.steps.filter((s) => s.kind === kind);

/** The one step of a kind; fails when there are none or several. */
export function only(plan: PlanJson, kind: string): StepJson {
  const found = ofKind(plan, kind);
  if (found.length !== 1) {
    throw new Error(
      `expected one ${kind} step, found ${found.length}: ${plan.steps.map((s) => s.kind).join(', ')}`,
    );
  }
  return found[0]!;
}

export const HOUR = 3_600_000;
export const hoursBetween = (from: string, to: string): number =>
  (Date.parse(to) - Date.parse(from)) / HOUR;
