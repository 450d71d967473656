// Reading an RFC 5322 header block straight from the bytes: where it ends, unfolded fields,
// RFC 2047 encoded words and RFC 2231 parameters. Written for parseEmailFast, so it works on
// Buffers, allocates little and never throws on malformed input.
import { decodeBytes } from './decode.js';

export interface HeaderBlock {
  /** Lower-cased field name → first value, unfolded, raw (encoded words not yet decoded). */
  fields: Map<string, string>;
  /** Offset of the first body byte (after the blank line), or the end when there is no body. */
  bodyStart: number;
}

const LF = 0x0a;
const CR = 0x0d;

/** True when the line at [start, end) (end excludes the LF) is empty or just "\r". */
const isBlank = (buf: Buffer, start: number, end: number): boolean =>
  end === start || (end === start + 1 && buf[start] === CR);

/** Splits the header block of buf[start, end) from the body. */
export function readHeaderBlock(buf: Buffer, start = 0, end = buf.length): HeaderBlock {
  let pos = start;
  const headStart = pos;
  let headEnd = end;
  let bodyStart = end;
  while (pos < end) {
    let nl = buf.indexOf(LF, pos);
    if (nl === -1 || nl >= end) nl = end;
    if (isBlank(buf, pos, nl)) {
      headEnd = pos;
      bodyStart = Math.min(nl + 1, end);
      break;
    }
    pos = nl + 1;
  }
  return { fields: parseFields(buf.toString('utf8', headStart, headEnd)), bodyStart };
}

function parseFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  let name: string | null = null;
  let value = '';
  const commit = (): void => {
    if (name !== null && !fields.has(name)) fields.set(name, value.trim());
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if ((line.startsWith(' ') || line.startsWith('\t')) && name !== null) {
      // Unfolding removes only the line break; the leading whitespace stays.
      value += line;
      continue;
    }
    commit();
    const colon = line.indexOf(':');
    if (colon <= 0 || /[\s]/.test(line.slice(0, colon))) {
      // Not a field: a stray line in a broken header. Drop it rather than guess.
      name = null;
      continue;
    }
    name = line.slice(0, colon).toLowerCase();
    value = line.slice(colon + 1);
  }
  commit();
  return fields;
}

const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=/g;

function decodeQWord(s: string): Buffer {
  const out = Buffer.allocUnsafe(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) out[n++] = 0x20;
    else if (c === 0x3d && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      out[n++] = parseInt(s.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

/**
 * Decodes RFC 2047 encoded words. Adjacent words in the same charset are joined at the byte
 * level first, because senders split multi-byte characters across words.
 */
export function decodeWords(value: string): string {
  if (!value.includes('=?')) return value;
  let out = '';
  let last = 0;
  let charset: string | null = null; // charset of the run of words not yet decoded
  let run: Buffer[] = [];
  ENCODED_WORD.lastIndex = 0;
  for (let m = ENCODED_WORD.exec(value); m !== null; m = ENCODED_WORD.exec(value)) {
    const between = value.slice(last, m.index);
    const cs = (m[1] ?? 'utf-8').split('*')[0]!.toLowerCase();
    const bytes =
      (m[2] ?? 'q').toLowerCase() === 'b'
        ? Buffer.from(m[3] ?? '', 'base64')
        : decodeQWord(m[3] ?? '');
    // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
    const adjacent = charset !== null && between.trim() === '';
    if (adjacent && cs === charset) run.push(bytes);
    else {
      if (charset !== null) out += decodeBytes(Buffer.concat(run), charset);
      if (!adjacent) out += between;
      charset = cs;
      run = [bytes];
    }
    last = m.index + m[0].length;
  }
  if (charset !== null) out += decodeBytes(Buffer.concat(run), charset);
  return out + value.slice(last);
}

/** A header value for display: encoded words decoded, whitespace runs collapsed. */
export function headerText(value: string | undefined): string {
  if (value === undefined) return '';
  return decodeWords(value).replace(/\s+/g, ' ').trim();
}

export interface ContentType {
  /** Lower-cased "type/subtype". */
  mime: string;
  params: Map<string, string>;
}

/**
 * Parses "type/subtype; a=b; c=\"d\"" and RFC 2231 forms (name*=charset''value, name*0=…).
 * Parameter names are lower-cased; values keep their case.
 */
export function parseStructured(value: string | undefined, fallback: string): ContentType {
  if (value === undefined || value.trim() === '') return { mime: fallback, params: new Map() };
  const semi = value.indexOf(';');
  const mime = (semi === -1 ? value : value.slice(0, semi)).trim().toLowerCase() || fallback;
  const params = new Map<string, string>();
  if (semi === -1) return { mime, params };
  const continued = new Map<string, { parts: string[]; charset: string | null }>();
  const re = /;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"?|[^;]*)/g;
  const rest = value.slice(semi);
  for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
    const key = (m[1] ?? '').toLowerCase();
    let v = (m[2] ?? '').trim();
    if (v.startsWith('"'))
      v = v.slice(1, v.endsWith('"') && v.length > 1 ? -1 : undefined).replace(/\\(.)/g, '$1');
    const star = /^([^*]+)\*(\d+)?(\*)?$/.exec(key);
    if (!star) {
      if (!params.has(key)) params.set(key, v);
      continue;
    }
    const base = star[1] ?? key;
    const entry = continued.get(base) ?? { parts: [], charset: null };
    let piece = v;
    if (star[3] !== undefined || (star[2] === undefined && key.endsWith('*'))) {
      // Extended value: charset'lang'%XX-encoded, the charset only on the first piece.
      const q = /^([^']*)'[^']*'(.*)$/.exec(v);
      if (q) {
        entry.charset = entry.charset ?? (q[1] || 'utf-8');
        piece = q[2] ?? '';
      }
      piece = decodeBytes(percentDecode(piece), entry.charset ?? 'utf-8');
    }
    entry.parts[Number(star[2] ?? 0)] = piece;
    continued.set(base, entry);
  }
  for (const [k, e] of continued) params.set(k, e.parts.join(''));
  return { mime, params };
}

function percentDecode(s: string): Buffer {
  const out = Buffer.allocUnsafe(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      out[n++] = parseInt(s.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

/** "<a@b>" ids in a Message-ID, In-Reply-To or References value; a bare id gets its brackets. */
export function messageIds(value: string | undefined): string[] {
  if (value === undefined) return [];
  const ids = value.match(/<[^<>\s]+>/g);
  if (ids) return ids;
  const bare = value
    .trim()
    .split(/\s+/)
    .filter((s) => s.length > 0);
  return bare.map((s) => `<${s.replace(/^<|>$/g, '')}>`);
}

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};
const RFC5322_DATE =
  /^\s*(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4})?/;

/** The common "Tue, 1 Jul 2025 10:00:00 +0200" form without Date.parse, which is slow. */
function quickDate(value: string): number {
  const m = RFC5322_DATE.exec(value);
  if (!m || m[7] === undefined) return NaN;
  const month = MONTHS[(m[2] ?? '').toLowerCase()];
  if (month === undefined) return NaN;
  let year = Number(m[3]);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const zone = Number(m[7]);
  const offset = Math.sign(zone) * (Math.floor(Math.abs(zone) / 100) * 60 + (Math.abs(zone) % 100));
  return (
    Date.UTC(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) -
    offset * 60_000
  );
}

/** An RFC 5322 date as ISO-8601, or null. Comments like "(UTC)" are ignored. */
export function headerDate(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  let t = quickDate(value);
  if (Number.isNaN(t)) t = Date.parse(value);
  if (Number.isNaN(t))
    t = Date.parse(
      value
        .replace(/\([^)]*\)/g, ' ')
        .replace(/^\s*[A-Za-z]{3},?\s*/, '')
        .trim(),
    );
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
