import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isReboundError } from '../errors.js';
import type { Application } from '../types.js';
import { REBOUND_CSV_MAPPING, applicationsToCsv } from './applications-csv.js';
import { LINKEDIN_PROFILE, mapCsv, parseMappingSpec, profileFor } from './mapping.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/import');
const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

const HEADER = 'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers';

function thrown(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (isReboundError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a ReboundError');
}

describe("LinkedIn's Job Applications.csv", () => {
  const mapped = mapCsv(fixture('linkedin-job-applications.csv'), LINKEDIN_PROFILE);

  it('reads every good row, including one whose screening answer spans two lines', () => {
    expect(mapped.candidates.map((c) => [c.line, c.company])).toEqual([
      [2, 'Northwind Traders'],
      [4, 'Acme, Inc.'],
      [5, 'Zürich Versicherung AG'],
      [6, 'Ørsted'],
      [7, '株式会社メルカリ'],
      [8, 'Bluefin Analytics'],
      [12, 'ACME Inc'],
      [13, 'Ørsted'],
      [14, 'Tailspin Toys'],
    ]);
  });

  it('keeps the date as a day, the job link, the resume name and LinkedIn as the source', () => {
    expect(mapped.candidates[0]).toEqual({
      line: 2,
      company: 'Northwind Traders',
      role: 'Senior Backend Engineer',
      appliedOn: '2024-11-03',
      url: 'https://www.linkedin.com/jobs/view/3987654321',
      source: 'LinkedIn',
      status: 'applied',
      resumeVersion: 'Priya_Raman_Backend_2024.pdf',
      notes: null,
    });
  });

  it('keeps neither the contact details nor the screening answers', () => {
    const kept = JSON.stringify(mapped.candidates);
    for (const secret of ['talent@northwind.example', '415 555 0134', 'legally authorized', 'expected base salary', 'Parlez-vous', '+41 44']) {
      expect(kept).not.toContain(secret);
    }
  });

  it('reports each bad row with its line and what is wrong with it', () => {
    expect(mapped.problems).toEqual([
      { line: 9, message: 'it has 9 fields but the header has 8 (an unquoted comma, or a missing one?)' },
      { line: 10, message: '"13/45/24, 9:00 AM" is not a date Rebound can read (YYYY-MM-DD works)' },
      { line: 11, message: 'the company name is empty' },
      { line: 15, message: 'a quoted field starts here but its closing quote is missing' },
    ]);
    expect(mapped.rows).toBe(13);
  });

  it('reads a tidy export without a byte-order mark, every row and no problem', () => {
    const clean = mapCsv(fixture('linkedin-clean.csv'), LINKEDIN_PROFILE);
    expect(clean.problems).toEqual([]);
    expect(clean.candidates.map((c) => [c.company, c.role, c.appliedOn])).toEqual([
      ['Lumen Health', 'Backend Engineer', '2025-01-08'],
      ['Søndergaard & Co', 'Platform Engineer', '2025-01-09'],
      ['Kestrel Robotics', 'Software Engineer, Infrastructure', '2025-01-14'],
    ]);
  });

  it('reads a row with no resume name as having none', () => {
    expect(mapped.candidates.find((c) => c.company === 'Tailspin Toys')).toMatchObject({ role: 'Engineering Manager, Platform', resumeVersion: null });
  });

  it('names the missing column when the file is not LinkedIn’s', () => {
    const e = thrown(() => mapCsv('Company,Title\nAcme,Engineer\n', LINKEDIN_PROFILE));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toBe(
      'The file has no column called "Company Name", "Job Title", "Application Date", "Job Url" or "Resume Name"; ' +
        'its columns are "Company", "Title". It should be LinkedIn\'s Job Applications.csv, from the Jobs folder of your LinkedIn data export.',
    );
  });

  it('refuses an empty file', () => {
    expect(thrown(() => mapCsv('', LINKEDIN_PROFILE)).message).toMatch(/is empty/);
  });

  it('matches column names whatever their case or surrounding spaces', () => {
    const text = `${HEADER.toLowerCase().replace(/,/g, ' , ')}\n"11/3/24, 2:15 PM",,,Acme,Engineer,,,\n`;
    expect(mapCsv(text, LINKEDIN_PROFILE).candidates).toHaveLength(1);
  });
});

describe('a tracker export read through a column map', () => {
  const teal = parseMappingSpec('company=Company,role=Title,applied=Date Applied,url=Link,source=Source,status=Stage,notes=Notes');

  it('reads stages, sources, notes over two lines and links without a scheme', () => {
    const { candidates } = mapCsv(fixture('teal-export.csv'), profileFor(teal));
    expect(candidates.map((c) => [c.line, c.company, c.status, c.appliedOn])).toEqual([
      [2, 'Lumen Health', 'interviewing', '2025-01-08'],
      [3, 'Kestrel Robotics', 'applied', '2025-01-14'],
      [4, 'Harbor & Finch', 'rejected', '2025-01-20'],
      [6, 'Quill Labs', 'ghosted', '2025-01-22'],
      [9, 'Marlowe Systems', 'wishlist', null],
      [10, 'Lumen Health', 'interviewing', '2025-01-08'],
    ]);
    expect(candidates[1]).toMatchObject({ url: 'https://kestrel.example/careers/1187', source: 'Referral' });
    expect(candidates[2]).toMatchObject({ url: null, notes: 'Generic email.\nNo feedback offered.' });
  });

  it('reports an unknown stage and an impossible date by line', () => {
    const { problems } = mapCsv(fixture('teal-export.csv'), profileFor(teal));
    expect(problems.map((p) => p.line)).toEqual([7, 8]);
    expect(problems[0]?.message).toMatch(/"Take-home" is not a stage Rebound knows/);
    expect(problems[1]?.message).toMatch(/"2025-02-30" is not a date/);
  });

  it('reads a semicolon-separated sheet with day-first dates', () => {
    const map = parseMappingSpec('company=Firma,role=Stelle,applied=Beworben am,status=Status');
    const { candidates, problems } = mapCsv(fixture('tracker-semicolons.csv'), profileFor(map));
    expect(problems).toEqual([]);
    expect(candidates.map((c) => [c.company, c.role, c.appliedOn, c.status])).toEqual([
      ['Müller & Söhne GmbH', 'Softwareentwickler', '2024-11-03', 'applied'],
      ['Nordlicht Energie', 'Data Engineer', '2024-11-15', 'rejected'],
      ['Bäckerei Körner', 'Entwickler; Teilzeit', '2024-12-02', 'interviewing'],
    ]);
  });

  it('reports every problem of a row at once', () => {
    const { problems } = mapCsv('Company,Title,Date\n , ,someday\n', profileFor(parseMappingSpec('company=Company,role=Title,applied=Date')));
    expect(problems).toEqual([{ line: 2, message: 'the company name is empty; the job title is empty; "someday" is not a date Rebound can read (YYYY-MM-DD works)' }]);
  });

  it('reads back the CSV Rebound itself writes, formula guards and all', () => {
    const app: Application = {
      id: 7,
      company: '=Acme',
      role: 'Engineer, Platform',
      url: 'https://acme.example/jobs/1',
      source: 'Referral',
      appliedOn: '2025-02-01',
      status: 'screening',
      resumeVersion: 'v3',
      notes: 'Line one\nline "two"',
      valued: null,
      createdAt: '2025-02-01T10:00:00.000Z',
      updatedAt: '2025-02-01T10:00:00.000Z',
    };
    const { candidates, problems } = mapCsv(applicationsToCsv([app]), profileFor(REBOUND_CSV_MAPPING));
    expect(problems).toEqual([]);
    expect(candidates[0]).toEqual({
      line: 2,
      company: '=Acme',
      role: 'Engineer, Platform',
      appliedOn: '2025-02-01',
      url: 'https://acme.example/jobs/1',
      source: 'Referral',
      status: 'screening',
      resumeVersion: 'v3',
      notes: 'Line one\nline "two"',
    });
  });
});

describe('parseMappingSpec', () => {
  it('reads field=Column pairs, column names with spaces included', () => {
    expect(parseMappingSpec('company=Company, role = Job Title ,applied=Date Applied')).toEqual({
      company: 'Company',
      role: 'Job Title',
      applied: 'Date Applied',
    });
  });

  it('refuses a field Rebound does not import, naming the ones it does', () => {
    const e = thrown(() => parseMappingSpec('company=Company,salary=Pay'));
    expect(e).toMatchObject({ code: 'invalid_input' });
    expect(e.message).toMatch(/"salary" is not a field.*company, role, applied/);
  });

  it('refuses a field with no column', () => {
    expect(thrown(() => parseMappingSpec('company=,role=Title')).message).toMatch(/which column holds company/);
  });

  it('needs a column for the company and the role before reading any file', () => {
    expect(thrown(() => mapCsv('Company\nAcme\n', profileFor(parseMappingSpec('company=Company')))).message).toMatch(/which column holds role/);
  });
});
