// What both parsers return, and the checks they share: is this input readable text at all, is it
// an RFC 5322 message or text pasted from a mail client, and how to read the pasted kind.
import { ReboundError } from '../core/errors.js';

export interface ParsedEmail {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: string;
  to: string;
  subject: string;
  date: string | null;
  text: string;
  html: string | null;
  /**
   * Set only by parseEmailFast, which never throws: why the input could not be read (the fields
   * then hold whatever could be recovered, often empty). parseEmail throws instead.
   */
  error?: ParseProblem;
}

export interface ParseProblem {
  code: 'empty_email' | 'binary_email' | 'invalid_input';
  message: string;
}

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:\s?.*$/;
const EMPTY_MESSAGE = 'The email is empty. Paste the message text or pass an .eml file.';
const BINARY_MESSAGE =
  'That looks like a binary file, not an email. Pass the message as text or .eml.';

// eslint-disable-next-line no-control-regex
const CONTROL_BYTE = /[\x00-\x08\x0e-\x1f]/;
const isSpaceByte = (b: number): boolean => b === 0x20 || (b >= 0x09 && b <= 0x0d);

/** Why raw cannot be a message (empty, or binary), or null when it can. Looks at 8 KB at most. */
export function readableProblem(raw: Buffer): ParseProblem | null {
  let i = raw.length >= 3 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? 3 : 0;
  while (i < raw.length && isSpaceByte(raw[i]!)) i++;
  if (i >= raw.length) return { code: 'empty_email', message: EMPTY_MESSAGE };
  const n = Math.min(raw.length, 8192);
  // This runs on every ingested message: a native regex scan settles the usual case (no control
  // bytes at all) before any byte-by-byte counting.
  if (!CONTROL_BYTE.test(raw.toString('latin1', 0, n))) return null;
  let control = 0;
  for (let j = 0; j < n; j++) {
    const b = raw[j]!;
    if (b >= 32) continue;
    if (b === 0) return { code: 'binary_email', message: BINARY_MESSAGE };
    if (b < 9 || b > 13) control++;
  }
  if (control / n > 0.05) return { code: 'binary_email', message: BINARY_MESSAGE };
  return null;
}

/** Refuses input that cannot be a message: empty, or binary. */
export function assertReadableText(raw: Buffer): void {
  const problem = readableProblem(raw);
  if (problem) throw new ReboundError(problem.code, problem.message);
}

/**
 * Where the message proper starts: past a UTF-8 byte-order mark and a leading mbox "From "
 * postmark line, neither of which is part of an RFC 5322 message.
 */
export function postmarkEnd(raw: Buffer): number {
  const bom = raw.length >= 3 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? 3 : 0;
  if (raw.length < bom + 5 || raw.toString('latin1', bom, bom + 5) !== 'From ') return bom;
  const nl = raw.indexOf(0x0a, bom);
  return nl === -1 ? bom : nl + 1;
}

/** A header block first (two or more fields, starting on line one), then a blank line. */
export function looksLikeRfc822(raw: Buffer): boolean {
  const start = postmarkEnd(raw);
  const head = raw.toString('utf8', start, Math.min(raw.length, start + 4096)).split(/\r?\n/, 12);
  if (!HEADER_LINE.test(head[0] ?? '')) return false;
  if (head.filter((l) => HEADER_LINE.test(l)).length < 2) return false;
  return hasBlankLine(raw, start);
}

/** A blank line anywhere after start; scans line by line so it stops at the header's end. */
function hasBlankLine(raw: Buffer, start: number): boolean {
  let pos = start;
  while (pos < raw.length) {
    const nl = raw.indexOf(0x0a, pos);
    if (nl === -1) return false;
    if (nl === pos || (nl === pos + 1 && raw[pos] === 0x0d)) return true;
    pos = nl + 1;
  }
  return false;
}

/** Pasted text often keeps "From:" and "Subject:" lines from the mail client; use them. */
export function parsePasted(text: string): ParsedEmail {
  const lines = text.replace(/\r/g, '').split('\n');
  let from = '';
  let subject = '';
  let date: string | null = null;
  const body: string[] = [];
  for (const [i, line] of lines.entries()) {
    const m = /^(From|Subject|Date|Sent|To):\s*(.*)$/i.exec(line.trim());
    if (m && i < 15) {
      const key = (m[1] ?? '').toLowerCase();
      const value = (m[2] ?? '').trim();
      if (key === 'from' && !from) from = value;
      else if (key === 'subject' && !subject) subject = value;
      else if ((key === 'date' || key === 'sent') && !date) {
        const t = Date.parse(value);
        date = Number.isNaN(t) ? null : new Date(t).toISOString();
      }
      continue;
    }
    body.push(line);
  }
  return {
    messageId: null,
    inReplyTo: null,
    references: [],
    from,
    to: '',
    subject,
    date,
    text: body.join('\n').trim(),
    html: null,
  };
}

/** An all-empty result carrying the reason, for parseEmailFast. */
export function failedParse(problem: ParseProblem): ParsedEmail {
  return {
    messageId: null,
    inReplyTo: null,
    references: [],
    from: '',
    to: '',
    subject: '',
    date: null,
    text: '',
    html: null,
    error: problem,
  };
}
