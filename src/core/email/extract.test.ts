// Behaviour of the extractor on mail written for these tests.
import { describe, expect, it } from 'vitest';
import { extractEmail } from './index.js';
import { findInterviewTime } from './when.js';

describe('extractEmail', () => {
  it('takes the hiring company from the mail, never the applicant-tracking vendor that sent it', () => {
    const cases = [
      {
        from: 'Workday <quillfeather@myworkday.com>',
        subject: 'Thank you for applying to Quillfeather Press',
        body: 'Dear Casey,\n\nThank you for applying for the Production Editor role at Quillfeather Press.\n\nQuillfeather Press Talent Acquisition',
      },
      {
        from: 'no-reply@us.greenhouse-mail.io',
        subject: 'Update from Tallowby',
        body: 'Hi Casey,\n\nThank you for your interest in Tallowby. We have decided to move forward with other candidates.\n\nThe Tallowby Team',
      },
      {
        from: 'LinkedIn <jobs-noreply@linkedin.com>',
        subject: 'Casey, your application was sent to Moorgate Mills',
        body: 'Your application was sent to Moorgate Mills\nMoorgate Mills\nQuality Lead\nMoorgate Mills · Leeds (On-site)',
      },
      {
        from: 'Lever <no-reply@hire.lever.co>',
        subject: 'Your application',
        body: 'Hi Casey,\n\nThanks for applying to Ostrava Robotics! We received your application.\n\nOstrava Robotics Recruiting',
      },
      {
        from: 'SmartRecruiters <notifications@smartrecruiters.com>',
        subject: 'Your application',
        body: 'Dear Casey,\n\nThank you for applying for the Planner position at Weyland Freight.\n\nKind regards,\nWeyland Freight HR',
      },
    ];
    const vendors = /workday|greenhouse|linkedin|lever|smartrecruiters|icims|ashby/i;
    const got = cases.map((c) => extractEmail(c, 'application_received').company);
    expect(got).toEqual([
      'Quillfeather Press',
      'Tallowby',
      'Moorgate Mills',
      'Ostrava Robotics',
      'Weyland Freight',
    ]);
    for (const g of got) expect(g ?? '').not.toMatch(vendors);
    expect(
      extractEmail(
        {
          from: 'Workday <noreply@myworkday.com>',
          subject: 'Notification',
          body: 'Please log in to Workday.',
        },
        'other',
      ).company,
    ).toBeNull();
  });

  it('keeps accented letters in a company name and drops an unsubscribe link from a footer', () => {
    const cafe = extractEmail(
      {
        from: 'Jonas Moreau <jonas@cafeolegroup.com>',
        subject: 'Update on your Customer Success Lead application',
        body: 'Hi Alex,\n\nThank you for your interest in the Customer Success Lead position at Café Olé Group.\n\nUnfortunately, we will not be moving forward with your application.',
      },
      'rejection',
    );
    expect(cafe.company).toBe('Café Olé Group');
    const footer = extractEmail(
      {
        from: 'Bluefin Robotics Recruiting <notifications@ashbyhq.com>',
        subject: 'Application received',
        body: 'Hi Alex,\n\nWe have received your application for the Machine Learning Engineer position.\n\nBluefin Robotics Recruiting Unsubscribe',
      },
      'application_received',
    );
    expect(footer.company).toBe('Bluefin Robotics');
  });

  it('spells a company the way the mail does, not the way its address squeezes it', () => {
    const got = [
      {
        from: 'U.S. Bank <usbank@myworkday.com>',
        subject: 'Thank you for applying!',
        body: 'Thanks for your application.',
      },
      {
        from: 'Recruiting <statefarm+email+2gt@talent.icims.com>',
        subject: 'State Farm Job Opening',
        body: 'We received your application.',
      },
      {
        from: 'Hiring <jobs@societegenerale.example>',
        subject: 'Your application',
        body: 'Regards,\nSociété Générale Talent',
      },
    ].map((m) => extractEmail(m, 'application_received').company);
    expect(got).toEqual(['U.S. Bank', 'State Farm', 'Société Générale']);
  });

  it('does not take a company that sends under its own name for a person', () => {
    const e = extractEmail(
      {
        from: 'Société Générale <recrutement@socgen.com>',
        subject: 'Your application',
        body: 'Hello,\n\nThank you for applying to Société Générale. Unfortunately we have decided not to move forward.',
      },
      'rejection',
    );
    expect(e.company).toBe('Société Générale');
    expect(e.contactName).toBeNull();
  });

  it('finds the role and strips requisition numbers', () => {
    expect(
      extractEmail(
        {
          from: 'Workday <kestrel@myworkday.com>',
          subject: 'Thank you for applying',
          body: 'Dear Casey,\n\nThank you for applying for the R-20931 Patient Access Representative (Open) position at Kestrel Health.\n',
        },
        'application_received',
      ).role,
    ).toBe('Patient Access Representative');
    expect(
      extractEmail(
        {
          from: 'jobs@alderbank.com',
          subject: 'Your application for Credit Analyst at Alder Bank',
          body: 'Thanks for applying.',
        },
        'application_received',
      ).role,
    ).toBe('Credit Analyst');
  });

  it('names a person who signs or sends the mail, and no one for no-reply or team mail', () => {
    expect(
      extractEmail(
        {
          from: 'Dana Whitfield <dana.whitfield@brightlane.io>',
          subject: 'Interview',
          body: 'Hi Casey, can we talk on Monday?\n\nDana',
        },
        'interview',
      ).contactName,
    ).toBe('Dana Whitfield');
    expect(
      extractEmail(
        {
          from: 'careers@brightlane.io',
          subject: 'Update',
          body: 'Hi Casey,\n\nWe have decided not to proceed.\n\nBest regards,\nMarta Quinn\nTalent Partner, Brightlane',
        },
        'rejection',
      ).contactName,
    ).toBe('Marta Quinn');
    expect(
      extractEmail(
        {
          from: 'Brightlane <no-reply@brightlane.io>',
          subject: 'Update',
          body: 'Hi Casey,\n\nWe have decided not to proceed.\n\nBest regards,\nThe Talent Team',
        },
        'rejection',
      ).contactName,
    ).toBeNull();
    expect(
      extractEmail(
        {
          from: 'Workday <brightlane@myworkday.com>',
          subject: 'Update',
          body: 'Dear Casey,\n\nThe position has been filled.\n\nSincerely,\nBrightlane Recruiting',
        },
        'rejection',
      ).contactName,
    ).toBeNull();
  });

  it('adds wording and reasons for rejections only', () => {
    const r = extractEmail(
      {
        from: 'Corran <no-reply@corran.com>',
        subject: 'Update',
        body: 'Hi Casey,\n\nUnfortunately we have chosen other applicants whose background is a closer fit for the team.\n',
      },
      'rejection',
    );
    expect(['template', 'vague', 'specific']).toContain(r.wording);
    expect(Array.isArray(r.reasons)).toBe(true);
    const a = extractEmail(
      {
        from: 'Corran <no-reply@corran.com>',
        subject: 'Received',
        body: 'We received your application.',
      },
      'application_received',
    );
    expect(a.wording).toBeUndefined();
  });

  it('reads the interview time, resolving a bare weekday against the date the mail was sent', () => {
    const x = extractEmail(
      {
        from: 'Rina Patel <rina@quartzline.com>',
        subject: 'Interview',
        body: 'Hi Casey, your interview is confirmed for Thursday at 2:30 PM EST with the team.\n\nRina',
        date: '2025-03-03T10:00:00Z',
      },
      'interview',
    );
    expect(x.interviewAt).toBe('2025-03-06T14:30:00-05:00');
    expect(
      extractEmail(
        {
          from: 'Rina <rina@quartzline.com>',
          subject: 'Interview',
          body: 'Can you come in on Thursday at 2pm?',
        },
        'interview',
      ).interviewAt,
    ).toBeNull();
  });

  it('classifies first when no label is given', () => {
    const x = extractEmail({
      from: 'Rina Patel <rina@quartzline.com>',
      subject: 'Interview invitation',
      body: 'We would like to invite you to an interview on April 8, 2025 at 10:30 AM.',
      date: '2025-04-01',
    });
    expect(x.interviewAt).toBe('2025-04-08T10:30:00');
  });
});

describe('findInterviewTime', () => {
  it('reads dates with and without years, times and zones', () => {
    expect(
      findInterviewTime('Your interview: Tuesday, May 13, 2025, 1:00 PM - 2:30 PM (PDT)'),
    ).toBe('2025-05-13T13:00:00-07:00');
    expect(findInterviewTime('Would 9 September at 13:30 be convenient?', '2025-08-20')).toBe(
      '2025-09-09T13:30:00',
    );
    expect(findInterviewTime('See you on January 5 at 11am', '2024-12-20')).toBe(
      '2025-01-05T11:00:00',
    );
    expect(findInterviewTime('Date: 12/03/2025 Time: 15:00 (CET)')).toBe(
      '2025-03-12T15:00:00+01:00',
    );
    expect(findInterviewTime('The interview is on 4/15/2025.')).toBe('2025-04-15');
  });

  it('returns null for offered slots, missing dates, or a weekday with no sent date', () => {
    expect(
      findInterviewTime('Any of these: Mon, Oct 6, 2:00 PM or Tue, Oct 7, 10:00 AM', '2025-10-01'),
    ).toBeNull();
    expect(findInterviewTime('Please share your availability for next week.')).toBeNull();
    expect(findInterviewTime('How about Friday at 3pm?')).toBeNull();
    expect(findInterviewTime('How about Friday at 3pm?', '2025-06-02')).toBe('2025-06-06T15:00:00');
  });
});
