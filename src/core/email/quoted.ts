// Separates the newest text of a mail from the quoted history below it (replies, forwards),
// because an old rejection quoted under "Thanks, talk Tuesday!" must not decide the label.

export type QuoteKind = 'none' | 'reply' | 'forward';

export interface QuoteSplit {
  /** What the sender wrote in this message. */
  newest: string;
  /** Everything from the first quote marker on (may be empty). */
  quoted: string;
  kind: QuoteKind;
}

const FORWARD_MARKER =
  /^\s*(?:-{2,}\s*)?(?:forwarded message|begin forwarded message|original message follows|weitergeleitete nachricht|message transféré|mensaje reenviado)\b.*$/i;
const ORIGINAL_MARKER =
  /^\s*-{2,}\s*(?:original message|original|ursprüngliche nachricht|message d'origine|mensaje original)\s*-*\s*$/i;
const UNDERSCORE_RULE = /^\s*_{8,}\s*$/;
const HEADER_FROM = /^\s*\*?(?:from|von|de|van)\s*:\*?\s+\S/i;
const HEADER_OTHER =
  /^\s*\*?(?:sent|date|to|subject|cc|gesendet|an|betreff|envoyé|objet|enviado|asunto|datum|onderwerp)\s*:/i;
// "On Tue, 4 Mar 2025 at 09:12, Dana <d@x.com> wrote:" — possibly wrapped over up to three lines.
const ON_WROTE_START = /^\s*(?:on|le|am|el|op|il|em)\s\S/i;
const ON_WROTE_END = /(?:wrote|a écrit|schrieb|escribió|schreef|ha scritto|escreveu)\s*:\s*$/i;
const QUOTE_LINE = /^\s*>/;

function isOnWrote(lines: readonly string[], i: number): number {
  const first = lines[i];
  if (first === undefined || !ON_WROTE_START.test(first)) return 0;
  let joined = '';
  for (let k = 0; k < 3 && i + k < lines.length; k++) {
    joined += ` ${lines[i + k] ?? ''}`;
    if (joined.length > 400) return 0;
    if (ON_WROTE_END.test(joined)) return k + 1;
  }
  return 0;
}

function isHeaderBlock(lines: readonly string[], i: number): boolean {
  if (!HEADER_FROM.test(lines[i] ?? '')) return false;
  let others = 0;
  for (let k = 1; k <= 5 && i + k < lines.length; k++) {
    if (HEADER_OTHER.test(lines[i + k] ?? '')) others++;
  }
  return others >= 2;
}

/** The words an "On … wrote:" line can open with, as two lower-case ASCII letters. */
const ON_WORDS = new Set(['on', 'le', 'am', 'el', 'op', 'il', 'em'].map(pairCode));

function pairCode(word: string): number {
  return word.charCodeAt(0) * 128 + word.charCodeAt(1);
}

function lowerAscii(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c >= 97 && c <= 122 ? c : -1;
}

/** ECMAScript white space and line terminators: exactly what trimStart() and `\s` skip. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Index of the first character trimStart() would keep. */
function firstNonSpace(line: string): number {
  let i = 0;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return i;
}

/**
 * True when the line, past its indent, opens with an ON_WORDS word and a space. Read on char
 * codes, with no lower-cased copy: only ASCII letters lower-case to ASCII letters (İ becomes two
 * characters), so this agrees with lower-casing the first two characters.
 */
function opensWithOnWord(line: string, at: number): boolean {
  const a = lowerAscii(line.charCodeAt(at));
  const b = lowerAscii(line.charCodeAt(at + 1));
  return a >= 0 && b >= 0 && ON_WORDS.has(a * 128 + b) && line.charCodeAt(at + 2) === 32;
}

/**
 * Finds where quoted history starts; returns the line index and the kind, or null. `lines` is
 * `text` split at newlines: the markers' characters are searched for in the whole text, since
 * most lines hold none of them.
 */
function findQuoteStart(
  text: string,
  lines: readonly string[],
): { index: number; kind: QuoteKind } | null {
  const anyDashes = text.includes('--');
  const anyRule = text.includes('__');
  let nextColon = text.indexOf(':');
  let end = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const start = end + 1;
    end = start + line.length;
    if (nextColon >= 0 && nextColon < start) nextColon = text.indexOf(':', start);
    const first = firstNonSpace(line);
    // Cheap character checks first: almost every line of a message has none of these.
    if (line.charCodeAt(first) === 62) {
      // A run of "> " lines is a reply even without an attribution line.
      if (QUOTE_LINE.test(lines[i + 1] ?? '>')) return { index: i, kind: 'reply' };
      continue;
    }
    const colon = nextColon >= 0 && nextColon < end;
    const dashes = anyDashes && line.includes('--');
    if (colon || dashes) {
      if (FORWARD_MARKER.test(line)) return { index: i, kind: 'forward' };
      if (dashes && ORIGINAL_MARKER.test(line)) return { index: i, kind: 'reply' };
    }
    if (opensWithOnWord(line, first) && isOnWrote(lines, i) > 0) return { index: i, kind: 'reply' };
    if (anyRule && line.includes('__') && UNDERSCORE_RULE.test(line) && isHeaderBlock(lines, i + 1))
      return { index: i, kind: 'reply' };
    if (colon && isHeaderBlock(lines, i)) return { index: i, kind: 'reply' };
  }
  return null;
}

// Every quote marker below contains one of these; most mail has none and skips the line scan.
// Plain substring checks: a regex with anchors and alternatives costs more than the whole test.
const QUOTE_HINTS = ['>', '--', '__', ':'];

function maybeQuoted(body: string): boolean {
  for (const h of QUOTE_HINTS) if (body.includes(h)) return true;
  return false;
}

/** Splits a body into the newest text and the quoted history under it. */
export function splitQuoted(body: string): QuoteSplit {
  if (!maybeQuoted(body)) return { newest: body.trim(), quoted: '', kind: 'none' };
  const text = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
  const lines = text.split('\n');
  const start = findQuoteStart(text, lines);
  const cut = start === null ? lines.length : start.index;
  // The lines are `text` split at newlines, so the head and the quote are slices of it: no
  // re-joining unless stray "> " lines must be filtered out of the head.
  let offset = 0;
  for (let i = 0; i < cut; i++) offset += (lines[i] ?? '').length + 1;
  const headText = cut === 0 ? '' : text.slice(0, offset - 1);
  // Stray inline "> " lines (interleaved replies) are quotes too.
  const newest = (
    headText.includes('>')
      ? lines
          .slice(0, cut)
          .filter((l) => !QUOTE_LINE.test(l))
          .join('\n')
      : headText
  ).trim();
  const quoted = start === null ? '' : text.slice(offset).trim();
  return { newest, quoted, kind: start === null ? 'none' : start.kind };
}

/** The text the sender wrote in this message, without quoted replies or forwarded chains. */
export function stripQuoted(body: string): string {
  return splitQuoted(body).newest;
}

const WORD_RE = /[A-Za-z\u00C0-\u024F]{2,}/g;
const FORWARD_NOTE_MAX_WORDS = 12;

/** Drops the header lines (From:, Date:, Subject:…) a forwarded message starts with. */
function dropForwardHeaders(text: string): string {
  const lines = text.split('\n');
  let i = 0;
  // The marker line itself, then any header lines and blanks.
  if (
    FORWARD_MARKER.test(lines[0] ?? '') ||
    ORIGINAL_MARKER.test(lines[0] ?? '') ||
    UNDERSCORE_RULE.test(lines[0] ?? '')
  )
    i++;
  while (i < lines.length) {
    const l = lines[i] ?? '';
    if (
      l.trim() === '' ||
      HEADER_FROM.test(l) ||
      HEADER_OTHER.test(l) ||
      /^\s*(?:reply-to|date)\s*:/i.test(l)
    )
      i++;
    else break;
  }
  return lines
    .slice(i)
    .map((l) => l.replace(/^\s*>\s?/, ''))
    .join('\n');
}

/**
 * The text that should decide the label: the newest text, except that a forward whose own note
 * is only a few words ("FYI", "see below") is judged by the message it forwards.
 */
export function decidingText(
  body: string,
  subjectSaysForward = false,
): { text: string; split: QuoteSplit; usedForwarded: boolean } {
  const split = splitQuoted(body);
  // "Fwd:" over an "Original Message" block is a forward too.
  if (split.kind === 'forward' || (subjectSaysForward && split.kind === 'reply')) {
    const words = split.newest.match(WORD_RE)?.length ?? 0;
    if (words <= FORWARD_NOTE_MAX_WORDS) {
      const inner = splitQuoted(dropForwardHeaders(split.quoted));
      return { text: inner.newest, split, usedForwarded: true };
    }
  }
  return { text: split.newest, split, usedForwarded: false };
}

/** Subject without reply/forward prefixes, and which prefix it had. */
export function cleanSubject(subject: string): {
  subject: string;
  reply: boolean;
  forward: boolean;
} {
  let s = subject.trim();
  let reply = false;
  let forward = false;
  for (;;) {
    const m = /^(re|aw|sv|antw|fw|fwd|tr|wg|rv)\s*(?:\[\d+\])?\s*:\s*/i.exec(s);
    if (m === null) break;
    const p = (m[1] ?? '').toLowerCase();
    if (p === 'fw' || p === 'fwd' || p === 'tr' || p === 'wg' || p === 'rv') forward = true;
    else reply = true;
    s = s.slice(m[0].length);
  }
  return { subject: s, reply, forward };
}
