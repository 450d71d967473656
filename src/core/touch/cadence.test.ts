import { describe, expect, it } from 'vitest';
import { addDaysTo, cadenceFor, daysFrom, graceDays, isDueOn, isOverdueOn, latestDay, resolveCadence, touchDates } from './cadence.js';
import { touchStateOn } from './due.js';
import type { PersonTouch } from './types.js';

const person = (over: Partial<PersonTouch> = {}): PersonTouch => ({
  contactId: 1,
  tags: [],
  override: { kind: 'inherit' },
  tagCadences: [],
  lastContactOn: '2026-03-06',
  snoozedUntil: null,
  events: [],
  ...over,
});

describe('R7 cadence arithmetic', () => {
  it('R7 counts the ideal day from the last contact and adds a third of the cadence as grace', () => {
    expect(touchDates('2026-03-06', 90)).toEqual({ idealOn: '2026-06-04', latestOn: '2026-07-04' });
    expect(graceDays(90)).toBe(30);
  });

  it('R7 gives at least a week of grace to short cadences', () => {
    expect(graceDays(14)).toBe(7);
    expect(touchDates('2026-01-01', 14)).toEqual({ idealOn: '2026-01-15', latestOn: '2026-01-22' });
  });

  it('R7 day arithmetic crosses month ends, leap days and years', () => {
    expect(addDaysTo('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysTo('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysFrom('2026-03-01', '2026-02-27')).toBe(-2);
    expect(latestDay([null, '2026-01-02', undefined, '2025-12-31'])).toBe('2026-01-02');
    expect(latestDay([])).toBeNull();
  });

  it("R7 prefers the person's own cadence over their tags and the default", () => {
    const p = person({ override: { kind: 'every', days: 30 }, tags: ['design'], tagCadences: [{ tag: 'design', everyDays: 60 }] });
    expect(resolveCadence(p, 90)).toEqual({ everyDays: 30, source: 'contact', tag: null });
  });

  it("R7 takes the shortest of the person's tag cadences over the default", () => {
    const p = person({
      tags: ['design', 'health'],
      tagCadences: [
        { tag: 'health', everyDays: 45 },
        { tag: 'design', everyDays: 60 },
      ],
    });
    expect(resolveCadence(p, 90)).toEqual({ everyDays: 45, source: 'tag', tag: 'health' });
  });

  it('R7 ignores cadences of tags the person does not carry', () => {
    const p = person({ tags: ['design'], tagCadences: [{ tag: 'data', everyDays: 30 }] });
    expect(resolveCadence(p, 90)).toEqual({ everyDays: 90, source: 'default', tag: null });
    expect(resolveCadence(p, null)).toBeNull();
  });

  it('R7 has no cadence for a person with touch-bases turned off, whatever their tags say', () => {
    const p = person({ override: { kind: 'off' }, tags: ['design'], tagCadences: [{ tag: 'design', everyDays: 60 }] });
    expect(resolveCadence(p, 90)).toBeNull();
    expect(cadenceFor(p, 90)).toBeNull();
  });

  it('R7 is due from the ideal day, overdue after the latest day, and hidden while snoozed', () => {
    const c = cadenceFor(person(), 90)!;
    expect(c).toMatchObject({ idealOn: '2026-06-04', latestOn: '2026-07-04', source: 'default' });
    expect(isDueOn(c, '2026-06-03')).toBe(false);
    expect(isDueOn(c, '2026-06-04')).toBe(true);
    expect(isOverdueOn(c, '2026-07-04')).toBe(false);
    expect(isOverdueOn(c, '2026-07-05')).toBe(true);
    const snoozed = cadenceFor(person({ snoozedUntil: '2026-06-20' }), 90)!;
    expect(isDueOn(snoozed, '2026-06-19')).toBe(false);
    expect(isDueOn(snoozed, '2026-06-20')).toBe(true);
  });

  it('R7 shows a touch-base a week ahead, then as due, then as overdue', () => {
    const c = cadenceFor(person(), 90)!;
    expect(touchStateOn(c, '2026-05-27', '2026-06-03')).toEqual({ show: false, dueNow: false, overdue: false });
    expect(touchStateOn(c, '2026-05-28', '2026-06-04')).toEqual({ show: true, dueNow: false, overdue: false });
    expect(touchStateOn(c, '2026-06-04', '2026-06-11')).toEqual({ show: true, dueNow: true, overdue: false });
    expect(touchStateOn(c, '2026-07-05', '2026-07-12')).toEqual({ show: true, dueNow: true, overdue: true });
  });

  it('R7 moves both dates when the last contact moves (an interaction resets the cadence)', () => {
    expect(cadenceFor(person({ lastContactOn: '2026-06-01' }), 90)).toMatchObject({ idealOn: '2026-08-30', latestOn: '2026-09-29' });
  });
});
