import { describe, expect, it } from 'vitest';
import {
  calendarDays,
  median,
  monthsBetween,
  percent,
  rate,
  weekOf,
  weeksBetween,
} from './data.js';

describe('insight arithmetic', () => {
  it('rounds shares to two decimals and percentages to whole numbers, with nothing to divide as null or 0', () => {
    expect(rate(17, 24)).toBe(0.71);
    expect(rate(1, 8)).toBe(0.13);
    expect(rate(3, 0)).toBeNull();
    expect(percent(17, 24)).toBe(71);
    expect(percent(3, 0)).toBe(0);
  });

  it('takes the middle value, or halfway between the two middle ones', () => {
    expect(median([30, 7, 15])).toBe(15);
    expect(median([7, 30, 20, 15])).toBe(17.5);
    expect(median([])).toBeNull();
  });

  it('counts calendar days from a day to the UTC day of an instant', () => {
    expect(calendarDays('2026-01-05', '2026-01-12T23:30:00.000Z')).toBe(7);
    expect(calendarDays('2026-02-25', '2026-03-01T00:10:00.000Z')).toBe(4);
  });

  it('finds the Monday of a week, also across a new year, and lists weeks and months between two days', () => {
    expect(weekOf('2026-03-10T09:00:00.000Z')).toBe('2026-03-09');
    expect(weekOf('2026-03-15')).toBe('2026-03-09');
    expect(weekOf('2026-01-01')).toBe('2025-12-29');
    expect(weeksBetween('2025-12-31', '2026-01-13')).toEqual([
      '2025-12-29',
      '2026-01-05',
      '2026-01-12',
    ]);
    expect(monthsBetween('2025-11', '2026-02')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
});
