import { describe, expect, it } from 'vitest';
import { dedupeKey, normaliseCompany } from './dedupe.js';

describe('dedupeKey', () => {
  it('treats case, punctuation, spacing and a legal form as the same company', () => {
    expect(dedupeKey('Acme, Inc.', 'Platform Engineer', '2024-11-05')).toBe(dedupeKey('ACME  Inc', 'platform engineer', '2024-11-05'));
  });

  it('tells apart a different role or a different day', () => {
    const k = dedupeKey('Acme', 'Platform Engineer', '2024-11-05');
    expect(k).not.toBe(dedupeKey('Acme', 'Staff Engineer', '2024-11-05'));
    expect(k).not.toBe(dedupeKey('Acme', 'Platform Engineer', '2024-11-06'));
    expect(k).not.toBe(dedupeKey('Acme', 'Platform Engineer', null));
  });

  it('keeps non-Latin names and letters with accents', () => {
    expect(normaliseCompany('株式会社メルカリ')).toBe('株式会社メルカリ');
    expect(normaliseCompany('Zürich Versicherung AG')).toBe('zürich versicherung');
    expect(normaliseCompany('Harbor & Finch')).toBe('harbor and finch');
  });

  it('does not strip a company down to nothing', () => {
    expect(normaliseCompany('Co')).toBe('co');
  });
});
