import { describe, expect, it } from 'vitest';
import type { Application } from '../types.js';
import { advanceStatus, companiesMatch, domainMatches, matchApplication, type MatchInput } from './match.js';

let nextId = 1;
function app(company: string, role: string, status: Application['status'] = 'applied'): Application {
  return {
    id: nextId++,
    company,
    role,
    url: null,
    source: null,
    appliedOn: '2026-10-01',
    status,
    resumeVersion: null,
    notes: null,
    valued: null,
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-01T09:00:00.000Z',
  };
}

const mail = (over: Partial<MatchInput>): MatchInput => ({
  company: null,
  role: null,
  fromDomain: null,
  threadApplicationId: null,
  ...over,
});

describe('matching a job email to an application', () => {
  it('follows the email thread before anything else', () => {
    const a = app('Northwind Health', 'UX Designer');
    const b = app('Bluefin', 'Data Analyst');
    const m = matchApplication(mail({ company: 'Northwind Health', threadApplicationId: b.id }), [a, b]);
    expect(m).toMatchObject({ applicationId: b.id, confidence: 1 });
  });

  it('links by company name, ignoring legal suffixes and case', () => {
    const a = app('Northwind Health Inc.', 'UX Designer');
    expect(matchApplication(mail({ company: 'northwind health' }), [a])).toMatchObject({ applicationId: a.id, confidence: 0.9 });
  });

  it('falls back to the sender domain when the company is not named', () => {
    const a = app('Acme Robotics', 'Engineer');
    expect(domainMatches('careers.acmerobotics.com', 'Acme Robotics')).toBe(true);
    expect(matchApplication(mail({ fromDomain: 'careers.acmerobotics.com' }), [a])).toMatchObject({ applicationId: a.id, confidence: 0.75 });
  });

  it('picks the application whose role matches when there are several at one company', () => {
    const a = app('Lumen Labs', 'Product Designer');
    const b = app('Lumen Labs', 'Data Analyst');
    const m = matchApplication(mail({ company: 'Lumen Labs', role: 'Senior Data Analyst' }), [a, b]);
    expect(m).toMatchObject({ applicationId: b.id, confidence: 0.85 });
  });

  it('is unsure (below the 0.75 ingest needs) when several applications at one company fit equally', () => {
    const a = app('Lumen Labs', 'Product Designer');
    const b = app('Lumen Labs', 'Data Analyst');
    expect(matchApplication(mail({ company: 'Lumen Labs' }), [a, b]).confidence).toBeLessThan(0.75);
  });

  it('starts a new application for a confirmation naming a role not tracked at that company', () => {
    const a = app('Lumen Labs', 'Product Designer');
    const m = matchApplication(mail({ company: 'Lumen Labs', role: 'Data Analyst', label: 'application_received' }), [a]);
    expect(m).toMatchObject({ applicationId: null, confidence: 0 });
  });

  it('sends a rejection for an untracked role at a known company to review instead of guessing', () => {
    const a = app('Lumen Labs', 'Product Designer');
    const m = matchApplication(mail({ company: 'Lumen Labs', role: 'Data Analyst', label: 'rejection' }), [a]);
    expect(m.applicationId).toBeNull();
    expect(m.confidence).toBeGreaterThan(0);
    expect(m.confidence).toBeLessThan(0.75);
  });

  it('says so when there is no application at the company yet', () => {
    expect(matchApplication(mail({ company: 'Quarry Bank' }), [app('Lumen Labs', 'X')])).toMatchObject({ applicationId: null, confidence: 0 });
  });

  it('does not confuse short company names that merely share letters', () => {
    expect(companiesMatch('Acme', 'Acme Health')).toBe(true);
    expect(companiesMatch('Ace', 'Acme Health')).toBe(false);
  });
});

describe('advancing an application from its email', () => {
  it('moves forward with interviews and offers', () => {
    expect(advanceStatus('applied', 'interview')).toBe('interviewing');
    expect(advanceStatus('interviewing', 'offer')).toBe('offer');
  });

  it('never moves backwards', () => {
    expect(advanceStatus('interviewing', 'application_received')).toBeNull();
  });
});
