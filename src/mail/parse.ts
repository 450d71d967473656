// Turns raw mail (an .eml, or text pasted from a mail client) into the fields Rebound reads.
// parseEmail uses mailparser: thorough but slow (~1–2k messages/s), so it is for one message at a
// time (a pasted email, an .eml the user passes). Bulk ingest uses parseEmailFast (parse-fast.ts).
import { simpleParser } from 'mailparser';
import { assertReadableText, looksLikeRfc822, parsePasted, postmarkEnd } from './parsed.js';
import type { ParsedEmail } from './parsed.js';

export type { ParsedEmail, ParseProblem } from './parsed.js';
export { assertReadableText } from './parsed.js';

/** Throws ReboundError('empty_email' | 'binary_email') for input that cannot be a message. */
export async function parseEmail(raw: Buffer): Promise<ParsedEmail> {
  assertReadableText(raw);
  if (!looksLikeRfc822(raw)) return parsePasted(raw.toString('utf8'));
  // An mbox postmark line left at the top of an .eml would otherwise hide the real headers.
  const m = await simpleParser(raw.subarray(postmarkEnd(raw)), {
    skipImageLinks: true,
    skipTextToHtml: true,
  });
  const refs = m.references;
  const from = m.from?.text ?? '';
  const to = Array.isArray(m.to) ? m.to.map((a) => a.text).join(', ') : (m.to?.text ?? '');
  const html = typeof m.html === 'string' ? m.html : null;
  return {
    messageId: m.messageId ?? null,
    inReplyTo: m.inReplyTo ?? null,
    references: Array.isArray(refs) ? refs : refs ? [refs] : [],
    from,
    to,
    subject: m.subject ?? '',
    date: m.date && !Number.isNaN(m.date.getTime()) ? m.date.toISOString() : null,
    text: (m.text ?? '').trim(),
    html,
  };
}
