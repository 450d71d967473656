import { describe, expect, it } from 'vitest';
import { detectSlashOrder, parseImportDate } from './dates.js';

describe('parseImportDate', () => {
  it('reads LinkedIn dates, month first with a two-digit year and a time', () => {
    expect(parseImportDate('11/3/24, 2:15 PM')).toBe('2024-11-03');
    expect(parseImportDate('1/9/25, 12:03 AM')).toBe('2025-01-09');
  });

  it('keeps the calendar day as written, without moving it by a time zone', () => {
    expect(parseImportDate('2024-11-03')).toBe('2024-11-03');
    expect(parseImportDate('2024-11-03T23:30:00-05:00')).toBe('2024-11-03');
    expect(parseImportDate('2024-11-03 08:00')).toBe('2024-11-03');
    expect(parseImportDate('11/3/24, 11:59 PM')).toBe('2024-11-03');
  });

  it('reads four-digit years, 24-hour times and leading zeros', () => {
    expect(parseImportDate('03/11/2024 14:15')).toBe('2024-03-11');
    expect(parseImportDate('3-11-2024')).toBe('2024-03-11');
  });

  it('reads day-first dates when told the file is written that way', () => {
    expect(parseImportDate('03/11/2024', 'dmy')).toBe('2024-11-03');
  });

  it('reads dotted dates day first, as they are written wherever dots are used', () => {
    expect(parseImportDate('03.11.2024')).toBe('2024-11-03');
  });

  it('reads month names, short or long, either way round', () => {
    expect(parseImportDate('Nov 3, 2024')).toBe('2024-11-03');
    expect(parseImportDate('November 3rd, 2024 at 9:30 am')).toBe('2024-11-03');
    expect(parseImportDate('3 Sept 2024')).toBe('2024-09-03');
    expect(parseImportDate('Sunday, November 3, 2024')).toBe('2024-11-03');
  });

  it('refuses dates that cannot exist', () => {
    for (const bad of ['13/45/24, 9:00 AM', '2025-02-30', '2/29/2023', '31.04.2024', 'Novem 3, 2024', 'Smarch 3, 2024']) {
      expect(parseImportDate(bad), bad).toBeNull();
    }
  });

  it('refuses a date with an impossible time', () => {
    expect(parseImportDate('11/3/24, 25:15')).toBeNull();
    expect(parseImportDate('11/3/24, 13:15 PM')).toBeNull();
  });

  it('refuses text that is not a date at all', () => {
    for (const bad of ['', 'yesterday', 'TBD', '2024', '11/3', '1730642100']) expect(parseImportDate(bad), bad).toBeNull();
  });
});

describe('detectSlashOrder', () => {
  it('reads a column as day first only when some date can only be read that way', () => {
    expect(detectSlashOrder(['03/11/2024', '15/11/2024'])).toBe('dmy');
    expect(detectSlashOrder(['03/11/2024', '04/12/2024'])).toBe('mdy');
  });

  it('stays month first when the column contradicts itself', () => {
    expect(detectSlashOrder(['13/11/2024', '11/13/2024'])).toBe('mdy');
  });

  it('ignores ISO and named dates when deciding', () => {
    expect(detectSlashOrder(['2024-11-30', 'Nov 30, 2024', '30/11/2024'])).toBe('dmy');
  });
});
