// Behaviour of the classifier on mail written for these tests (never the shared dev set).
import { describe, expect, it } from 'vitest';
import { classifyEmail, classifyWith, isJobRelated, MODEL } from './index.js';
import type { EmailInput } from './index.js';

const rejection: EmailInput = {
  subject: 'Your application to Marlow Analytics',
  from: 'Marlow Analytics <no-reply@hire.lever.co>',
  body: `Hi Casey,

Thank you for applying for the Reporting Analyst role. Having looked at your background, we won't be moving forward with your application.

We wish you the best in your search.

Marlow Analytics Talent`,
};

const confirmationTrap: EmailInput = {
  subject: 'Thanks for applying to Pinegrove',
  from: 'Pinegrove Careers <careers@pinegrove.io>',
  body: `Hello Casey,

We have received your application for the Support Engineer position and our team will review it over the next two weeks.

Unfortunately, we receive many applications and are not able to reply to every applicant personally. If we decide not to move forward with your application, we will let you know by email.

Pinegrove Recruiting`,
};

describe('classifyEmail', () => {
  it('labels a plain rejection as a rejection', () => {
    const c = classifyEmail(rejection);
    expect(c.label).toBe('rejection');
    expect(c.confidence).toBeGreaterThan(0.8);
  });

  it('does not call an acknowledgement a rejection because it says "unfortunately" or "if we decide not to move forward"', () => {
    const c = classifyEmail(confirmationTrap);
    expect(c.label).toBe('application_received');
    expect(c.reasons.join(' ')).toMatch(/conditional|disclaimer|received/i);
  });

  it('treats "should your application be unsuccessful" in a confirmation as a condition, not a decision', () => {
    const c = classifyEmail({
      subject: 'Application received',
      from: 'Harbour Trust <jobs@harbourtrust.org>',
      body: 'Dear applicant,\n\nThank you for your application, which we have received. Should your application be unsuccessful, we will keep your details on file. If you have not heard from us within 21 days, please assume you have not been shortlisted on this occasion.\n\nHarbour Trust HR',
    });
    expect(c.label).toBe('application_received');
  });

  it('recognises an interview invitation, an offer, an assessment and recruiter outreach', () => {
    expect(
      classifyEmail({
        subject: 'Interview invitation - Data Engineer',
        from: 'Rina Patel <rina.patel@quartzline.com>',
        body: 'Hi Casey,\n\nThanks for applying. We would like to invite you to a 45-minute video interview with the team. Are you available on Thursday at 2pm?\n\nRina',
      }).label,
    ).toBe('interview');
    expect(
      classifyEmail({
        subject: 'Your offer',
        from: 'Tomas Reyes <tomas@brightkiln.com>',
        body: 'Hi Casey,\n\nWe are delighted to offer you the position of Product Designer. Your base salary will be $120,000 and the offer letter is attached for you to sign.\n\nTomas',
      }).label,
    ).toBe('offer');
    expect(
      classifyEmail({
        subject: 'Next step: coding challenge',
        from: 'Codility <no-reply@codility.com>',
        body: 'Hello,\n\nNorthpeak has invited you to complete a 60-minute online coding test. Please complete the test within five days.\n',
      }).label,
    ).toBe('assessment');
    expect(
      classifyEmail({
        subject: 'Quick question about your next move',
        from: 'Jo Kim <jo@bluefinsearch.com>',
        body: 'Hi Casey,\n\nI came across your profile and think you would be a great fit for a Senior Analyst role with my client, a fintech in Denver. Would you be open to a quick chat this week?\n\nJo Kim\nRecruiter, Bluefin Search',
      }).label,
    ).toBe('recruiter_outreach');
  });

  it('labels a shop receipt and a personal note as other, and says they are not job mail', () => {
    const receipt = classifyEmail({
      subject: 'Your receipt from Cornerstone Books',
      from: 'Cornerstone Books <orders@cornerstonebooks.com>',
      body: 'Thanks for your order!\n\nOrder number 55120\n2 x paperback\nTotal charged: $31.40\n\nTrack your delivery in your account. Unsubscribe from marketing emails.',
    });
    expect(receipt.label).toBe('other');
    expect(isJobRelated(receipt)).toBe(false);
    const note = classifyEmail({
      subject: 'Saturday',
      from: 'Ana <ana.lopez.home@gmail.com>',
      body: 'Hey! Still on for brunch on Saturday? I can pick you up at 10. Bring the board game!',
    });
    expect(note.label).toBe('other');
  });

  it('decides a reply by its newest text, not by a rejection quoted below it', () => {
    const thanks = classifyEmail({
      subject: 'Re: Your application',
      from: 'Priya Shah <priya@larchfield.com>',
      body: `You're welcome, Casey. It was a pleasure to meet you and I'll keep your details in mind.

Priya

On Tue, Mar 4, 2025 at 9:02 AM Priya Shah <priya@larchfield.com> wrote:
> Hi Casey, thank you for interviewing. Unfortunately we have decided to move forward with another candidate.
> We wish you all the best.`,
    });
    expect(thanks.label).not.toBe('rejection');
    const scheduling = classifyEmail({
      subject: 'Re: Analyst role',
      from: 'Priya Shah <priya@larchfield.com>',
      body: `Good news: the role has opened up again and we'd love to invite you back for an interview with our director. Are you free Thursday at 10am?

Priya

-----Original Message-----
From: Priya Shah
Sent: Monday, January 13, 2025 9:00 AM
To: Casey Lee
Subject: Analyst role

Hi Casey, regretfully we will not be proceeding with your application.`,
    });
    expect(scheduling.label).toBe('interview');
  });

  it('judges a forward with a one-word note by the message it forwards', () => {
    const c = classifyEmail({
      subject: 'Fwd: Update on your application',
      from: 'Casey Lee <casey.lee@gmail.com>',
      body: `FYI

---------- Forwarded message ---------
From: Orbitline <no-reply@ashbyhq.com>
Date: Mon, Mar 3, 2025 at 8:15 AM
Subject: Update on your application

Hi Casey,

Thank you for your interest in Orbitline. After careful consideration we have decided to pursue other candidates for the Platform Engineer role.

Orbitline Recruiting`,
    });
    expect(c.label).toBe('rejection');
    expect(c.reasons.join(' ')).toMatch(/forwarded/);
  });

  it('classifies HTML-only mail from its converted text', () => {
    const c = classifyEmail({
      subject: 'Application update',
      from: 'Greenhouse <no-reply@us.greenhouse-mail.io>',
      body: '',
      html: '<html><body><p>Hi Casey,</p><p>Thank you for your interest in <b>Fennwick</b>. Unfortunately, the position has been filled and we will not be moving forward with your application.</p><p>Fennwick Recruiting</p></body></html>',
    });
    expect(c.label).toBe('rejection');
  });

  it('gives a confidence in [0, 1], scores that sum to 1, and the same answer every time', () => {
    const a = classifyEmail(rejection);
    const b = classifyEmail({ ...rejection });
    expect(a).toEqual(b);
    expect(a.confidence).toBeGreaterThanOrEqual(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
    const total = Object.values(a.scores).reduce((x, y) => x + y, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(a.confidence).toBe(a.scores[a.label]);
  });

  it('explains every decision with at least one readable reason', () => {
    for (const input of [rejection, confirmationTrap, { subject: '', from: '', body: '' }]) {
      const c = classifyEmail(input);
      expect(c.reasons.length).toBeGreaterThan(0);
      for (const r of c.reasons) expect(r.length).toBeGreaterThan(3);
    }
    expect(classifyEmail(rejection).reasons[0]).toMatch(/rejection phrase/);
  });

  it('accepts an explicit model, and gives the committed model the same result as classifyEmail', () => {
    expect(classifyWith(MODEL, rejection)).toEqual(classifyEmail(rejection));
  });

  it('copes with empty and very long input', () => {
    expect(classifyEmail({ subject: '', from: '', body: '' }).label).toBeTypeOf('string');
    const long = { ...rejection, body: `${rejection.body}\n${'lorem ipsum dolor '.repeat(5000)}` };
    expect(classifyEmail(long).label).toBe('rejection');
  });
});
