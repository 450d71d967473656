import { describe, expect, it } from 'vitest';
import { mapCsv, parseMappingSpec, profileFor } from './mapping.js';
import { readRejectionChannel } from './rejection.js';

describe('how an imported rejection came', () => {
  it('reads the channel from the words of the row', () => {
    expect(readRejectionChannel(['Generic email. No feedback offered.'])).toBe('email');
    expect(readRejectionChannel(['The recruiter called on Friday'])).toBe('call');
    expect(readRejectionChannel(['Left a voicemail'])).toBe('call');
    expect(readRejectionChannel(['Got a letter in the post'])).toBe('letter');
    expect(readRejectionChannel(['Status changed in Workday'])).toBe('portal');
  });

  it('does not take an interview format or a cover letter for the channel', () => {
    expect(readRejectionChannel(['Phone screen went well, then nothing'])).toBeNull();
    expect(readRejectionChannel(['Sent a cover letter'])).toBeNull();
    expect(readRejectionChannel(['Phone screen first; the rejection email came a week later'])).toBe('email');
  });

  it('lets the first cell that names a channel decide', () => {
    expect(readRejectionChannel(['call', 'Rejected', 'they emailed the team'])).toBe('call');
    expect(readRejectionChannel(['', 'Rejected', 'email'])).toBe('email');
    expect(readRejectionChannel(['', 'Not Selected', ''])).toBeNull();
  });
});

describe('a rejected row read through a column map', () => {
  const csv = [
    'Company,Title,Applied,Stage,Decided,How,Notes',
    'Harbor & Finch,Senior Engineer,2025-01-20,Not Selected,2025-02-03,,Generic email.',
    'Quill Labs,Staff Engineer,2025-01-22,Rejected,,phone,',
    'Lumen Health,Backend Engineer,2025-01-08,Interviewing,,,',
    'Oakridge,Developer,2025-01-25,Rejected,soon,,',
  ].join('\n');
  const map = profileFor(parseMappingSpec('company=Company,role=Title,applied=Applied,status=Stage,rejected=Decided,channel=How,notes=Notes'));

  it('carries the rejection with its day and channel; the portal when the row says nothing', () => {
    const { candidates } = mapCsv(csv, map);
    expect(candidates.map((c) => [c.company, c.rejection ?? null])).toEqual([
      ['Harbor & Finch', { receivedOn: '2025-02-03', channel: 'email' }],
      ['Quill Labs', { receivedOn: null, channel: 'call' }],
      ['Lumen Health', null],
    ]);
    const plain = mapCsv('Company,Title,Stage\nAcme,Engineer,Rejected\n', profileFor(parseMappingSpec('company=Company,role=Title,status=Stage')));
    expect(plain.candidates[0]?.rejection).toEqual({ receivedOn: null, channel: 'portal' });
  });

  it('reports a rejection date it cannot read, by line', () => {
    expect(mapCsv(csv, map).problems).toEqual([{ line: 5, message: '"soon" is not a date Rebound can read (YYYY-MM-DD works)' }]);
  });
});
