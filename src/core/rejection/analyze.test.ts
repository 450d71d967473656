import { describe, expect, it } from 'vitest';
import { analyzeRejectionText, isAutomatedSender, parseSender, readRejection } from './analyze.js';

describe('parseSender', () => {
  it('splits a display name and an address', () => {
    expect(parseSender('Dana Whitfield <Dana.Whitfield@Northwind.example>')).toEqual({
      name: 'Dana Whitfield',
      email: 'dana.whitfield@northwind.example',
    });
  });

  it('drops the quotes around a quoted display name', () => {
    expect(parseSender('"Whitfield, Dana" <dana@northwind.example>')).toEqual({ name: 'Whitfield, Dana', email: 'dana@northwind.example' });
  });

  it('reads a bare address, with or without angle brackets', () => {
    expect(parseSender('dana@northwind.example')).toEqual({ name: null, email: 'dana@northwind.example' });
    expect(parseSender('<dana@northwind.example>')).toEqual({ name: null, email: 'dana@northwind.example' });
  });

  it('reads the older "address (Name)" form', () => {
    expect(parseSender('dana@northwind.example (Dana Whitfield)')).toEqual({ name: 'Dana Whitfield', email: 'dana@northwind.example' });
  });

  it('reads a bare name', () => {
    expect(parseSender('Dana Whitfield')).toEqual({ name: 'Dana Whitfield', email: null });
  });

  it('reads nothing from an empty field', () => {
    expect(parseSender('   ')).toEqual({ name: null, email: null });
  });
});

describe('isAutomatedSender', () => {
  it('flags no-reply addresses', () => {
    for (const from of ['no-reply@northwind.example', 'noreply@northwind.example', 'do-not-reply@northwind.example', 'donotreply@northwind.example']) {
      expect(isAutomatedSender(parseSender(from)), from).toBe(true);
    }
  });

  it('flags applicant tracking systems, whatever the name shown', () => {
    for (const from of [
      'Dana Whitfield <dana@greenhouse.io>',
      'Northwind <notifications@myworkday.com>',
      'jobs@hire.lever.co',
      'Northwind Hiring <northwind@smartrecruiters.com>',
    ]) {
      expect(isAutomatedSender(parseSender(from)), from).toBe(true);
    }
  });

  it('flags shared team inboxes', () => {
    for (const from of ['careers@northwind.example', 'Northwind Talent Team <talent@northwind.example>', 'recruiting@northwind.example', 'hr@northwind.example', 'The Hiring Team <people-ops-bot@northwind.example>']) {
      expect(isAutomatedSender(parseSender(from)), from).toBe(true);
    }
  });

  it('does not flag a named person at a company domain', () => {
    for (const from of ['Dana Whitfield <dana.whitfield@northwind.example>', 'dana@northwind.example', 'Sam Ortega <sortega@northwind.example>']) {
      expect(isAutomatedSender(parseSender(from)), from).toBe(false);
    }
  });

  it('does not flag a person whose title mentions their team', () => {
    expect(isAutomatedSender(parseSender('Dana Whitfield | Talent Acquisition <dana.whitfield@northwind.example>'))).toBe(false);
    expect(isAutomatedSender(parseSender('Steve Jobs <steve@apple.example>'))).toBe(false);
  });

  it('does not mistake a company whose domain merely ends like a tracking system for one', () => {
    expect(isAutomatedSender(parseSender('Dana Whitfield <dana@clever.co>'))).toBe(false);
  });

  it('treats a sender it cannot read at all as automated', () => {
    expect(isAutomatedSender({ name: null, email: null })).toBe(true);
  });
});

describe('analyzeRejectionText', () => {
  const reasonsOf = (text: string) => analyzeRejectionText(text).reasons;

  it('is specific when an internal candidate is named', () => {
    expect(analyzeRejectionText('We have decided to fill the position internally.')).toEqual({
      wording: 'specific',
      reasons: ['They chose an internal candidate'],
    });
    expect(reasonsOf('In the end we went with an internal candidate.')).toEqual(['They chose an internal candidate']);
  });

  it('is specific when the budget changed', () => {
    expect(reasonsOf('Due to budget cuts, we are not able to move forward with this hire.')).toEqual(['Budget or headcount changed']);
    expect(reasonsOf('A company-wide hiring freeze means we cannot continue.')).toEqual(['Budget or headcount changed']);
  });

  it('is specific when the position was cancelled', () => {
    expect(reasonsOf('Unfortunately the position has been cancelled.')).toEqual(['The position was cancelled or put on hold']);
  });

  it('names the experience they wanted, in words the user can read back', () => {
    expect(reasonsOf('We were looking for more experience with Kubernetes.')).toEqual(['Wanted more experience with Kubernetes']);
    expect(reasonsOf('We need someone with deeper experience in payments for this role.')).toEqual(['Wanted more experience with payments']);
  });

  it('reads "a more senior candidate" as wanting more experience', () => {
    expect(reasonsOf('We decided to go with a more senior candidate.')).toEqual(['Wanted a more experienced candidate']);
  });

  it('states a reason once, even when two phrasings point at it', () => {
    expect(reasonsOf('We were looking for someone with more experience with Kubernetes.')).toEqual(['Wanted more experience with Kubernetes']);
  });

  it('phrases each reason as a short sentence about them, not about the user failing', () => {
    const text =
      'We went with an internal candidate. The budget was frozen. We felt you were overqualified. The role requires fluent German.';
    const reasons = reasonsOf(text);
    expect(reasons).toEqual([
      'They chose an internal candidate',
      'Budget or headcount changed',
      'They felt you were overqualified',
      'A language requirement',
    ]);
    for (const r of reasons) {
      expect(r).toMatch(/^[A-Z]/);
      expect(r).not.toMatch(/\bfail|\bnot good enough|\.$/i);
    }
  });

  it('reads location and work authorisation as a stated reason', () => {
    expect(reasonsOf('We need someone based in Lisbon for this role.')).toEqual(['Location or work authorisation']);
    expect(reasonsOf('We are unable to offer visa sponsorship for this position.')).toEqual(['Location or work authorisation']);
  });

  it('does not read a mention of an office as a location reason', () => {
    expect(reasonsOf('Thank you for applying to the role at our Berlin location.')).toEqual([]);
  });

  it('is a template for mass mail that says not to reply', () => {
    expect(analyzeRejectionText('Thank you for applying. Please do not reply to this email.')).toEqual({ wording: 'template', reasons: [] });
  });

  it('is a template for mail from an inbox that is not monitored', () => {
    for (const text of ['This mailbox is not monitored.', 'Please note this inbox is not monitored.', 'Replies to this address are not monitored.']) {
      expect(analyzeRejectionText(`Thanks for your interest in Northwind. ${text}`).wording, text).toBe('template');
    }
  });

  it('is vague for a personal note that gives no reason', () => {
    expect(
      analyzeRejectionText('Hi Alex, it was a pleasure to meet you. We have decided to move forward with another candidate. Best, Dana').wording,
    ).toBe('vague');
  });

  it('stays vague when a personal note also carries a footer', () => {
    expect(analyzeRejectionText('It was great to meet you last week, and the team enjoyed it. This mailbox is not monitored.').wording).toBe(
      'vague',
    );
  });

  it('does not read a stated reason into a polite mention of future openings', () => {
    expect(reasonsOf("We'd love you to look at other openings at our locations and keep in touch.")).toEqual([]);
  });
});

describe('readRejection', () => {
  it('reads a personal rejection from a named person', () => {
    expect(readRejection('Dana Whitfield <dana.whitfield@northwind.example>', 'Hi Alex, we went with an internal candidate.')).toEqual({
      name: 'Dana Whitfield',
      email: 'dana.whitfield@northwind.example',
      automated: false,
      wording: 'specific',
      reasons: ['They chose an internal candidate'],
    });
  });

  it('calls a machine-sent note with no stated reason a form letter', () => {
    const r = readRejection('Northwind <no-reply@northwind.example>', 'Hi Alex, we have decided to move forward with other candidates.');
    expect(r.automated).toBe(true);
    expect(r.wording).toBe('template');
  });

  it('keeps the reasons a machine-sent note states', () => {
    const r = readRejection('no-reply@northwind.example', 'Unfortunately the position has been cancelled.');
    expect(r.wording).toBe('specific');
    expect(r.reasons).toEqual(['The position was cancelled or put on hold']);
  });
});
