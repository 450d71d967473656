// Pulls the facts a job-search mail carries: the hiring company (never the ATS vendor that sent
// it), the role, a named human contact, the interview time, and for rejections how it was worded.
import { analyzeRejectionText } from '../rejection/analyze.js';
import { classifyPrepared, MODEL } from './classify.js';
import { prepareEmail } from './features.js';
import type { PreparedEmail } from './features.js';
import { companyOf, HEAD_CHARS, namesAfterLeads } from './company.js';
import { contactOf } from './contact.js';
import { roleOf } from './role.js';
import { parseSender } from './sender.js';
import type { Sender } from './sender.js';
import type { EmailInput, EmailLabel, Extraction } from './types.js';
import { findInterviewTime } from './when.js';

/** Extraction reads only the start of a message: facts come early, footers add noise. */
const EXTRACT_CHARS = 2500;

/** The sender of a forwarded message, from its header block ("From: Acme <jobs@acme.com>"). */
function forwardedSender(quoted: string): Sender | null {
  const m = /^\s*\*?(?:from|von|de|van)\s*:\*?\s*(.+)$/im.exec(quoted);
  return m?.[1] === undefined ? null : parseSender(m[1]);
}

/** Extracts company, role, contact and interview time; runs the classifier when no label is given. */
export function extractEmail(input: EmailInput, label?: EmailLabel): Extraction {
  const p = prepareEmail(input);
  return extractPrepared(p, label ?? classifyPrepared(MODEL, p).label, input.date ?? null);
}

/** Extraction on an already prepared email (shares the parsing with classification). */
export function extractPrepared(
  p: PreparedEmail,
  label: EmailLabel,
  date: string | null,
): Extraction {
  const sender = (p.usedForwarded ? forwardedSender(p.quoted) : null) ?? p.sender;
  const text = p.deciding.length > EXTRACT_CHARS ? p.deciding.slice(0, EXTRACT_CHARS) : p.deciding;
  const lines = text.split('\n').filter((l) => !/^\s*>/.test(l));
  while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
  let company = companyOf(p, sender, text, lines);
  // A short reply rarely names the company; the quoted history usually does.
  if (company === null && p.quoted.length > 0 && !p.usedForwarded) {
    const q = p.quoted.slice(0, EXTRACT_CHARS);
    company = namesAfterLeads(q, q.toLowerCase())[0] ?? null;
  }
  const role = roleOf(p, text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text, company);
  const contactName = contactOf(sender, lines, company);
  const interviewAt =
    label === 'interview' ? findInterviewTime(`${p.subject}\n${text}`, date) : null;
  const out: Extraction = { company, role, contactName, interviewAt };
  if (label === 'rejection') {
    const analysis = analyzeRejectionText(text);
    out.wording = analysis.wording;
    out.reasons = analysis.reasons;
  }
  return out;
}
