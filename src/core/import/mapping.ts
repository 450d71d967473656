// Which CSV column holds which part of an application, and reading each row through that map.
// LinkedIn's data export (Jobs/Job Applications.csv) has a fixed map; trackers such as Huntr and
// Teal are read through a map the user writes: "company=Company,role=Title,applied=Date Applied".
//
// Rows come out as plain candidates; the app layer still validates each one against the same
// contract as `rebound app add`, so imported data meets the rules typed-in data meets.
import { invalid } from '../errors.js';
import type { ApplicationStatus } from '../types.js';
import { unguardCell } from './csv-write.js';
import { parseCsv, type CsvRecord } from './csv.js';
import { detectSlashOrder, parseImportDate, type SlashOrder } from './dates.js';
import { readRejectionChannel, type ImportedRejection } from './rejection.js';
import { KNOWN_STATUSES, readStatus } from './status.js';

export const IMPORT_FIELDS = ['company', 'role', 'applied', 'url', 'source', 'status', 'resume', 'notes', 'rejected', 'channel'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Field -> the header of the column that holds it. */
export type ColumnMapping = Partial<Record<ImportField, string>>;

export interface ImportProfile {
  /** What the format is called ("LinkedIn's Job Applications.csv"). */
  name: string;
  columns: ColumnMapping;
  /** The source recorded when no column gives one. */
  source: string | null;
  /** Said when the file lacks the profile's columns. */
  hint?: string;
}

/**
 * LinkedIn's columns. Contact Email, Contact Phone Number and Question And Answers are left
 * unmapped on purpose: the recruiter's contact details and the user's screening answers are not
 * Rebound's to keep.
 */
export const LINKEDIN_PROFILE: ImportProfile = {
  name: "LinkedIn's Job Applications.csv",
  columns: { applied: 'Application Date', company: 'Company Name', role: 'Job Title', url: 'Job Url', resume: 'Resume Name' },
  source: 'LinkedIn',
  hint: "It should be LinkedIn's Job Applications.csv, from the Jobs folder of your LinkedIn data export.",
};

export const REQUIRED_FIELDS: readonly ImportField[] = ['company', 'role'];

/** One row read through the map, not yet validated against the application contract. */
export interface ImportCandidate {
  line: number;
  company: string;
  role: string;
  appliedOn: string | null;
  url: string | null;
  source: string | null;
  status: ApplicationStatus;
  resumeVersion: string | null;
  notes: string | null;
  /** Present when the stage says rejected: the app layer records the rejection. */
  rejection?: ImportedRejection;
}

export interface RowProblem {
  line: number;
  message: string;
}

export interface MappedCsv {
  candidates: ImportCandidate[];
  problems: RowProblem[];
  /** Data rows seen, good or bad. */
  rows: number;
}

/** Reads "company=Company,role=Title,applied=Date Applied" into a map; throws on a bad spec. */
export function parseMappingSpec(spec: string): ColumnMapping {
  const out: ColumnMapping = {};
  for (const part of spec.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const field = (eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase();
    const column = eq === -1 ? '' : part.slice(eq + 1).trim();
    if (!isImportField(field)) {
      throw invalid(`map: "${field}" is not a field Rebound imports; use ${IMPORT_FIELDS.join(', ')}.`, { field: 'map' });
    }
    if (column === '') throw invalid(`map: say which column holds ${field}, as in ${field}=Column Name.`, { field: 'map' });
    out[field] = column;
  }
  return out;
}

export function profileFor(columns: ColumnMapping): ImportProfile {
  return { name: 'the file', columns, source: null };
}

/** Reads a whole CSV file through a profile. Throws when the file itself cannot be used. */
export function mapCsv(text: string, profile: ImportProfile): MappedCsv {
  const missing = REQUIRED_FIELDS.filter((f) => !profile.columns[f]);
  if (missing.length > 0) throw invalid(`map: say which column holds ${missing.join(' and ')}, as in company=Company,role=Title.`, { field: 'map' });

  const { records, problems: syntax } = parseCsv(text);
  const header = records[0];
  if (!header || (syntax[0] && syntax[0].line < header.line)) {
    throw invalid(syntax[0] ? `The first line of the file cannot be read: ${syntax[0].message}.` : 'The file is empty: there is no header line.');
  }
  const index = columnIndex(header, profile);
  const data = records.slice(1);
  const order = index.applied === undefined ? 'mdy' : detectSlashOrder(data.map((r) => r.fields[index.applied ?? 0] ?? ''));

  const problems: RowProblem[] = syntax.map((p) => ({ line: p.line, message: p.message }));
  const candidates: ImportCandidate[] = [];
  for (const r of data) {
    const c = readRow(r, header.fields.length, index, order, profile);
    if ('message' in c) problems.push(c);
    else candidates.push(c);
  }
  problems.sort((a, b) => a.line - b.line);
  return { candidates, problems, rows: data.length + syntax.length };
}

type Index = Partial<Record<ImportField, number>>;

function columnIndex(header: CsvRecord, profile: ImportProfile): Index {
  const names = header.fields.map((h) => h.trim().toLowerCase());
  const index: Index = {};
  const absent: string[] = [];
  for (const field of IMPORT_FIELDS) {
    const column = profile.columns[field];
    if (column === undefined) continue;
    const at = names.indexOf(column.trim().toLowerCase());
    if (at === -1) absent.push(column);
    else index[field] = at;
  }
  if (absent.length > 0) {
    const has = header.fields.map((h) => `"${h.trim()}"`).join(', ');
    const wanted = absent.map((c) => `"${c}"`);
    const list = wanted.length === 1 ? wanted.join('') : `${wanted.slice(0, -1).join(', ')} or ${wanted.at(-1) ?? ''}`;
    const hint = profile.hint ? ` ${profile.hint}` : '';
    throw invalid(`The file has no column called ${list}; its columns are ${has}.${hint}`, { field: 'map', missing: absent });
  }
  return index;
}

function readRow(r: CsvRecord, width: number, index: Index, order: SlashOrder, profile: ImportProfile): ImportCandidate | RowProblem {
  if (r.fields.length !== width) {
    return { line: r.line, message: `it has ${String(r.fields.length)} fields but the header has ${String(width)} (an unquoted comma, or a missing one?)` };
  }
  const get = (f: ImportField): string => {
    const i = index[f];
    return i === undefined ? '' : unguardCell(r.fields[i] ?? '').trim();
  };
  const issues: string[] = [];
  const company = get('company');
  const role = get('role');
  if (company === '') issues.push('the company name is empty');
  if (role === '') issues.push('the job title is empty');

  const appliedRaw = get('applied');
  const appliedOn = appliedRaw === '' ? null : parseImportDate(appliedRaw, order);
  if (appliedRaw !== '' && appliedOn === null) issues.push(`"${appliedRaw}" is not a date Rebound can read (YYYY-MM-DD works)`);

  const statusRaw = get('status');
  const status = statusRaw === '' ? 'applied' : readStatus(statusRaw);
  if (status === null) issues.push(`"${statusRaw}" is not a stage Rebound knows (use ${KNOWN_STATUSES.join(', ')})`);

  // When the rejection came: a `rejected` column when the map has one.
  const rejectedRaw = get('rejected');
  const rejectedOn = rejectedRaw === '' ? null : parseImportDate(rejectedRaw, order);
  if (rejectedRaw !== '' && rejectedOn === null) issues.push(`"${rejectedRaw}" is not a date Rebound can read (YYYY-MM-DD works)`);

  if (issues.length > 0 || status === null) return { line: r.line, message: issues.join('; ') };
  return {
    line: r.line,
    company,
    role,
    appliedOn,
    url: normaliseUrl(get('url')),
    source: get('source') || profile.source,
    status,
    resumeVersion: get('resume') || null,
    notes: get('notes').replace(/\r\n?/g, '\n') || null,
    ...(status === 'rejected' && {
      rejection: { receivedOn: rejectedOn, channel: readRejectionChannel([get('channel'), statusRaw, get('notes')]) ?? 'portal' },
    }),
  };
}

/** Trackers sometimes drop the scheme ("linkedin.com/jobs/view/1"); anything else is left for validation. */
function normaliseUrl(raw: string): string | null {
  if (raw === '') return null;
  if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(raw)) return `https://${raw}`;
  return raw;
}

function isImportField(s: string): s is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(s);
}
