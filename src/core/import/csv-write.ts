// Writing CSV (RFC 4180): CRLF line ends, a field quoted when it holds a comma, a quote, a line
// break or edge spaces, quotes doubled.
//
// A text cell that starts with = + - or @ is prefixed with an apostrophe, the usual guard
// against spreadsheet formula injection: company and role names can come from ingested mail,
// which anyone can send. unguardCell() takes the apostrophe off again on import.

export type CsvCell = string | number | null;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;
const GUARDED = /^'[=+\-@\t\r]/;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** Removes the formula guard toCsv() adds, so an exported file imports back unchanged. */
export function unguardCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}
