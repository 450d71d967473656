// Reading CSV (RFC 4180): quoted fields with embedded delimiters, line breaks and doubled quotes,
// CRLF, LF or CR line ends, and a UTF-8 byte-order mark. Every record keeps the file line it
// starts on, because that is what a person sees in their editor when told "line 14".
//
// Real exports are not always tidy, so two leniencies: a quote inside an unquoted field is kept
// as a character (`5" screen`), and spaces around a quoted field are ignored. Broken quoting (a
// quote that never closes, text after a closing quote) costs only the line it starts on: the
// parser reports it and carries on from the next line, so one stray quote does not swallow the
// rest of the file.

export interface CsvRecord {
  /** The file line (1-based) the record starts on. */
  line: number;
  fields: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

export interface CsvParse {
  records: CsvRecord[];
  problems: CsvProblem[];
}

export interface CsvOptions {
  /** The field separator; guessed from the first line (comma, semicolon or tab) when absent. */
  delimiter?: string;
}

const BOM = '\uFEFF';
const QUOTE = '"';

interface RecordRead {
  fields: string[];
  /** Where the next record starts. */
  end: number;
  /** The line the next record starts on. */
  endLine: number;
}

interface RecordFailure {
  problem: string;
}

export function parseCsv(input: string, options: CsvOptions = {}): CsvParse {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const delimiter = options.delimiter ?? guessDelimiter(text);
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let pos = 0;
  let line = 1;
  while (pos < text.length) {
    const r = readRecord(text, pos, line, delimiter);
    if ('problem' in r) {
      problems.push({ line, message: r.problem });
      pos = nextLineStart(text, pos);
      line += 1;
      continue;
    }
    if (!isBlank(r.fields)) records.push({ line, fields: r.fields });
    pos = r.end;
    line = r.endLine;
  }
  return { records, problems };
}

/** The separator used most on the first line, outside quotes; a comma on a tie or none. */
export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of text) {
    if (ch === QUOTE) quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

function readRecord(text: string, start: number, line: number, delimiter: string): RecordRead | RecordFailure {
  const fields: string[] = [];
  let pos = start;
  let ln = line;
  for (;;) {
    const opening = quoteAfterBlanks(text, pos, delimiter);
    let value: string;
    if (opening !== -1) {
      const q = readQuoted(text, opening + 1);
      if (q === null) return { problem: 'a quoted field starts here but its closing quote is missing' };
      value = q.value;
      ln += lineBreaks(q.value);
      pos = skipBlanks(text, q.end, delimiter);
      if (pos < text.length && !text.startsWith(delimiter, pos) && text[pos] !== '\n' && text[pos] !== '\r') {
        return { problem: 'there is text after a closing quote; a quote inside a field must be doubled ("")' };
      }
    } else {
      let end = pos;
      while (end < text.length && !text.startsWith(delimiter, end) && text[end] !== '\n' && text[end] !== '\r') end++;
      value = text.slice(pos, end);
      pos = end;
    }
    fields.push(value);
    if (pos >= text.length) return { fields, end: pos, endLine: ln + 1 };
    if (text.startsWith(delimiter, pos)) {
      pos += delimiter.length;
      continue;
    }
    // A line break ends the record: \r\n, \n or a lone \r.
    const end = text[pos] === '\r' && text[pos + 1] === '\n' ? pos + 2 : pos + 1;
    return { fields, end, endLine: ln + 1 };
  }
}

/** Reads a quoted field's content from just after its opening quote; null when it never closes. */
function readQuoted(text: string, from: number): { value: string; end: number } | null {
  let value = '';
  let pos = from;
  for (;;) {
    const q = text.indexOf(QUOTE, pos);
    if (q === -1) return null;
    value += text.slice(pos, q);
    if (text[q + 1] === QUOTE) {
      value += QUOTE;
      pos = q + 2;
    } else {
      return { value, end: q + 1 };
    }
  }
}

/** The index of a quote that opens the field at `pos` (after optional spaces), or -1. */
function quoteAfterBlanks(text: string, pos: number, delimiter: string): number {
  const p = skipBlanks(text, pos, delimiter);
  return text[p] === QUOTE ? p : -1;
}

/** Skips spaces, and tabs unless tabs separate the fields (then a tab is an empty field). */
function skipBlanks(text: string, pos: number, delimiter: string): number {
  let p = pos;
  while (text[p] === ' ' || (text[p] === '\t' && delimiter !== '\t')) p++;
  return p;
}

function nextLineStart(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && text[p] !== '\n' && text[p] !== '\r') p++;
  if (text[p] === '\r' && text[p + 1] === '\n') return p + 2;
  return Math.min(p + 1, text.length);
}

/** Line breaks inside a value, counting \r\n once, as an editor numbers lines. */
function lineBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\n') n++;
    else if (s[i] === '\r' && s[i + 1] !== '\n') n++;
  }
  return n;
}

function isBlank(fields: readonly string[]): boolean {
  return fields.length === 1 && (fields[0] ?? '').trim() === '';
}
