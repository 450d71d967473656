import { describe, expect, it } from 'vitest';
import { anniversaryIn, ownNewsPhrase, pickReason, type ReasonInput } from './reasons.js';
import type { ContactEvent, Milestone, SavedArticle } from './types.js';

const CADENCE = { lastContactOn: '2026-03-06', idealOn: '2026-06-04', latestOn: '2026-07-04' };
const DANA = { name: 'Dana Whitfield', company: 'Northwind Traders' };

const event = (kind: ContactEvent['kind'], on: string, note: string | null = null, id = 1): ContactEvent => ({ id, contactId: 1, kind, on, note, createdAt: `${on}T12:00:00.000Z` });
const article = (id: number, savedOn: string, tags: string[], title = 'Streaming at scale'): SavedArticle => ({
  id,
  url: `https://example.org/a/${String(id)}`,
  title,
  note: null,
  tags,
  savedOn,
  createdAt: `${savedOn}T12:00:00.000Z`,
});
const milestone = (id: number, on: string, title: string): Milestone => ({ id, title, on, createdAt: `${on}T12:00:00.000Z` });

const input = (over: Partial<ReasonInput> = {}): ReasonInput => ({
  contact: DANA,
  person: { tags: [], events: [] },
  cadence: CADENCE,
  articles: [],
  milestones: [],
  locale: 'en-US',
  ...over,
});

describe('R7 reasons for a touch-base', () => {
  it('R7 puts a promotion you noted first, ahead of an article, a milestone and a holiday', () => {
    const r = pickReason(
      input({
        person: { tags: ['data'], events: [event('promotion', '2026-05-20', 'Director of Engineering')] },
        articles: [article(1, '2026-04-01', ['data'])],
        milestones: [milestone(1, '2026-04-10', 'Finished the streaming course')],
      }),
    );
    expect(r).toMatchObject({ kind: 'promotion', eventId: 1, draftText: 'your promotion' });
    expect(r.text).toMatch(/Dana was promoted/);
    expect(r.text).toMatch(/Director of Engineering/);
  });

  it('R7 leaves out news from before the last contact (you have spoken since)', () => {
    const r = pickReason(input({ person: { tags: [], events: [event('promotion', '2026-02-01')] } }));
    expect(r.kind).not.toBe('promotion');
  });

  it('R7 names a work anniversary that falls around the ideal day, with the years', () => {
    const r = pickReason(input({ person: { tags: [], events: [event('work_anniversary', '2023-06-15')] } }));
    expect(r).toMatchObject({ kind: 'work_anniversary', draftText: 'your 3-year work anniversary' });
    expect(r.text).toMatch(/June 15/);
  });

  it('R7 skips an anniversary far from the ideal day', () => {
    expect(pickReason(input({ person: { tags: [], events: [event('work_anniversary', '2023-10-15')] } })).kind).not.toBe('work_anniversary');
  });

  it('R7 finds anniversaries across a year end and on February 29', () => {
    expect(anniversaryIn('2020-01-05', '2025-12-20', '2026-01-20')).toEqual({ on: '2026-01-05', years: 6 });
    expect(anniversaryIn('2024-02-29', '2027-02-01', '2027-03-01')).toEqual({ on: '2027-02-28', years: 3 });
    expect(anniversaryIn('2026-06-01', '2026-05-01', '2026-07-01')).toBeNull();
  });

  it("R7 offers an article whose tags match the person's tags, saved since the last contact", () => {
    const r = pickReason(
      input({
        person: { tags: ['data'], events: [] },
        articles: [article(1, '2026-02-01', ['data'], 'Old news'), article(2, '2026-04-02', ['design']), article(3, '2026-04-01', ['Data'])],
      }),
    );
    expect(r).toMatchObject({ kind: 'article', articleId: 3 });
    expect(r.draftText).toBe('the article "Streaming at scale" (https://example.org/a/3)');
    expect(r.text).toMatch(/fits Dana's data/);
  });

  it("R7 matches an article tagged with the person's company", () => {
    const r = pickReason(input({ articles: [article(4, '2026-04-01', ['northwind-traders'])] }));
    expect(r).toMatchObject({ kind: 'article', articleId: 4 });
  });

  it("R7 falls back to the user's own milestone since the last contact", () => {
    const r = pickReason(input({ milestones: [milestone(1, '2026-01-10', 'Too old'), milestone(2, '2026-04-10', 'Finished the streaming systems course')] }));
    expect(r).toMatchObject({ kind: 'milestone', milestoneId: 2, draftText: 'finished the streaming systems course' });
  });

  it('R7 names a coming holiday for the locale when there is no news', () => {
    const winter = { lastContactOn: '2026-09-11', idealOn: '2026-12-10', latestOn: '2027-01-09' };
    expect(pickReason(input({ cadence: winter }))).toMatchObject({ kind: 'holiday', draftText: 'the end-of-year holidays' });
    const autumn = { lastContactOn: '2026-08-01', idealOn: '2026-11-15', latestOn: '2026-11-30' };
    expect(pickReason(input({ cadence: autumn }))).toMatchObject({ kind: 'holiday', draftText: 'Thanksgiving' });
    expect(pickReason(input({ cadence: autumn, locale: 'en-GB' })).kind).toBe('check_in');
  });

  it('R7 suggests a plain hello when nothing else is on record', () => {
    const spring = { lastContactOn: '2026-01-01', idealOn: '2026-04-01', latestOn: '2026-05-01' };
    const r = pickReason(input({ cadence: spring }));
    expect(r).toMatchObject({ kind: 'check_in', draftText: null });
    expect(r.text).toMatch(/short hello/);
  });

  it('R7 picks the same reason for the same records, whatever the day it is asked', () => {
    const i = input({ person: { tags: ['data'], events: [] }, articles: [article(1, '2026-04-01', ['data']), article(2, '2026-04-01', ['data'])] });
    expect(pickReason(i)).toEqual(pickReason(i));
    expect(pickReason(i).articleId).toBe(2);
  });

  it('R7 lower-cases a milestone that opens with a past-tense verb, and leaves names alone', () => {
    expect(ownNewsPhrase('Finished the AWS course.')).toBe('finished the AWS course');
    expect(ownNewsPhrase('Got my first open-source PR merged')).toBe('got my first open-source PR merged');
    expect(ownNewsPhrase('AWS certification, passed')).toBe('AWS certification, passed');
    expect(ownNewsPhrase('I gave a talk at PyCon')).toBe('I gave a talk at PyCon');
  });
});

describe('R7 occasions per locale', () => {
  const autumn = { lastContactOn: '2026-06-01', idealOn: '2026-10-05', latestOn: '2026-10-20' };
  const september = { lastContactOn: '2026-05-01', idealOn: '2026-08-25', latestOn: '2026-09-10' };
  it('R7 names Canadian Thanksgiving in October for en-CA, and nothing then for en-US', () => {
    expect(pickReason(input({ cadence: autumn, locale: 'en-CA' }))).toMatchObject({ kind: 'holiday', draftText: 'Thanksgiving' });
    expect(pickReason(input({ cadence: autumn, locale: 'en-US' })).kind).toBe('check_in');
  });
  it('R7 greets the spring in September south of the equator', () => {
    expect(pickReason(input({ cadence: september, locale: 'en-AU' })).draftText).toBe('the start of spring');
    expect(pickReason(input({ cadence: september, locale: 'en-GB' })).draftText).toBe('the start of autumn');
  });
});
