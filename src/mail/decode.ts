// Byte-level decoding for MIME bodies: transfer encodings (base64, quoted-printable) and
// charsets. Charsets go through the WHATWG TextDecoder (Node's full ICU covers the legacy
// Western, Cyrillic, CJK and UTF-16 encodings mail uses); anything it does not know is read as
// UTF-8 with replacement characters, which beats refusing the message.

import { TextDecoder } from 'node:util';

const decoders = new Map<string, TextDecoder | null>();

// Labels mail software writes that the WHATWG list spells differently.
const ALIASES: Record<string, string> = {
  'ks_c_5601-1987': 'euc-kr',
  ansi_x3_4_1968: 'us-ascii',
  'ansi_x3.4-1968': 'us-ascii',
  cp1252: 'windows-1252',
  cp1251: 'windows-1251',
  cp1250: 'windows-1250',
  'x-mac-roman': 'macintosh',
  latin1: 'iso-8859-1',
  'x-unknown': 'utf-8',
  unknown: 'utf-8',
  '8bit': 'utf-8',
  default: 'utf-8',
};

function decoderFor(charset: string): TextDecoder | null {
  const label = charset.trim().toLowerCase().replace(/^"|"$/g, '');
  let d = decoders.get(label);
  if (d !== undefined) return d;
  try {
    d = new TextDecoder(ALIASES[label] ?? label, { fatal: false });
  } catch {
    d = null;
  }
  decoders.set(label, d);
  return d;
}

const isUtf8 = (label: string): boolean =>
  label === 'utf-8' ||
  label === 'utf8' ||
  label === 'us-ascii' ||
  label === 'ascii' ||
  label === '';

/** Bytes → string in the named charset; unknown charsets fall back to UTF-8. */
export function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? '').trim().toLowerCase();
  // Buffer's own UTF-8 decoder is several times faster than TextDecoder for the common case.
  if (isUtf8(label))
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const d = decoderFor(label);
  if (d === null)
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return d.decode(bytes);
}

const HEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX[0x30 + i] = i;
for (let i = 0; i < 6; i++) {
  HEX[0x41 + i] = 10 + i;
  HEX[0x61 + i] = 10 + i;
}

/**
 * Quoted-printable (RFC 2045 §6.7) of buf[start, end). Soft line breaks ("=" at end of line, with
 * optional trailing whitespace) are removed; a malformed "=" escape is kept as written.
 */
export function decodeQuotedPrintable(buf: Buffer, start = 0, end = buf.length): Buffer {
  const out = Buffer.allocUnsafe(end - start);
  let n = 0;
  for (let i = start; i < end; i++) {
    // Copy the run up to the next "=" natively; most QP text is plain ASCII between escapes.
    let eq = buf.indexOf(0x3d, i);
    if (eq === -1 || eq >= end) eq = end;
    if (eq > i) {
      n += buf.copy(out, n, i, eq);
      i = eq;
      if (i >= end) break;
    }
    const c = 0x3d;
    const h1 = i + 1 < end ? HEX[buf[i + 1]!]! : -1;
    const h2 = i + 2 < end ? HEX[buf[i + 2]!]! : -1;
    if (h1 >= 0 && h2 >= 0) {
      out[n++] = (h1 << 4) | h2;
      i += 2;
      continue;
    }
    // Soft line break: "=" then optional spaces/tabs then CRLF or LF (or the end of the part).
    let j = i + 1;
    while (j < end && (buf[j] === 0x20 || buf[j] === 0x09)) j++;
    if (j >= end) {
      i = end;
      continue;
    }
    if (buf[j] === 0x0d && buf[j + 1] === 0x0a) {
      i = j + 1;
      continue;
    }
    if (buf[j] === 0x0a) {
      i = j;
      continue;
    }
    out[n++] = c;
  }
  return out.subarray(0, n);
}

/** The body bytes of a part after undoing its Content-Transfer-Encoding. */
export function decodeTransfer(
  buf: Buffer,
  start: number,
  end: number,
  encoding: string | undefined,
): Buffer {
  const enc = (encoding ?? '').trim().toLowerCase();
  if (enc === 'base64') return Buffer.from(buf.toString('latin1', start, end), 'base64');
  if (enc === 'quoted-printable') return decodeQuotedPrintable(buf, start, end);
  return buf.subarray(start, end);
}
