import { describe, expect, it } from 'vitest';
import { applicationFacts } from './data.js';
import { decisionsSection } from './decisions.js';
import { application, data, interview, rejection } from './test-data.js';

describe('decisionsSection', () => {
  //   1 Acme   applied 5 Jan, no on 12 Jan (application)     7 days
  //   2 Bolt   applied 5 Jan, screen, no on 20 Jan           15 days
  //   3 Cora   applied 10 Jan, interview, no on 9 Feb        30 days
  //   4 Dune   applied 12 Jan, interview, no on 1 Feb        20 days
  //   5 acme   applied 20 Jan, screen, then silence          ghosted (same company as 1)
  //   6 Echo   no application date, no on 1 Feb             not measured
  //   7 Fern   status ghosted, no rejection record           ghosted
  //   8 Gale   still open                                    nothing
  const decisions = data({
    applications: [
      application(1, { company: 'Acme', appliedOn: '2026-01-05', status: 'rejected' }),
      application(2, { company: 'Bolt', appliedOn: '2026-01-05', status: 'rejected' }),
      application(3, { company: 'Cora', appliedOn: '2026-01-10', status: 'rejected' }),
      application(4, { company: 'Dune', appliedOn: '2026-01-12', status: 'rejected' }),
      application(5, { company: 'acme ', appliedOn: '2026-01-20', status: 'rejected' }),
      application(6, { company: 'Echo', appliedOn: null, status: 'rejected' }),
      application(7, { company: 'Fern', appliedOn: '2026-01-02', status: 'ghosted' }),
      application(8, { company: 'Gale', appliedOn: '2026-02-01' }),
    ],
    interviews: [
      interview(2),
      interview(3, { kind: 'technical' }),
      interview(4, { kind: 'technical' }),
      interview(5),
    ],
    rejections: [
      rejection(1, { receivedAt: '2026-01-12T16:00:00.000Z', stage: 'application' }),
      rejection(2, { receivedAt: '2026-01-20T08:00:00.000Z', stage: 'screen' }),
      rejection(3, { receivedAt: '2026-02-09T10:00:00.000Z', stage: 'interview' }),
      rejection(4, { receivedAt: '2026-02-01T10:00:00.000Z', stage: 'interview' }),
      rejection(5, { receivedAt: '2026-02-25T10:00:00.000Z', stage: 'screen', channel: 'silence' }),
      rejection(6, { receivedAt: '2026-02-01T10:00:00.000Z', stage: 'application' }),
    ],
  });

  it('measures calendar days from applying to the answer, with the median overall and by stage', () => {
    const d = decisionsSection(applicationFacts(decisions));
    expect(d.decided).toBe(4);
    // 7, 15, 20, 30: the median is halfway between 15 and 20.
    expect(d.medianDays).toBe(17.5);
    expect(d.byStage).toEqual([
      { stage: 'application', decided: 1, medianDays: 7 },
      { stage: 'screen', decided: 1, medianDays: 15 },
      { stage: 'interview', decided: 2, medianDays: 25 },
      { stage: 'final', decided: 0, medianDays: null },
    ]);
  });

  it('counts silences by company, a company spelled two ways counting once', () => {
    const d = decisionsSection(applicationFacts(decisions));
    expect(d.ghosted).toBe(2);
    // 2 of the 7 applications that ended.
    expect(d.ghostedShare).toBe(0.29);
    expect(d.companies).toEqual([
      { company: 'Acme', applications: 2, ghosted: 1 },
      { company: 'Fern', applications: 1, ghosted: 1 },
    ]);
    expect(d.takeaway).toBe(
      'Decisions have taken a median of 17.5 days from applying; 2 applications went quiet instead (Acme and Fern), which says more about their process than about you.',
    );
  });

  it('waits for three measured answers, and still names silence honestly', () => {
    const few = data({
      applications: [
        application(1, { appliedOn: '2026-01-05', status: 'rejected' }),
        application(2, { status: 'ghosted' }),
      ],
      rejections: [rejection(1, { receivedAt: '2026-01-09T10:00:00.000Z' })],
    });
    const d = decisionsSection(applicationFacts(few));
    expect(d).toMatchObject({
      decided: 1,
      medianDays: 4,
      enoughData: false,
      ghosted: 1,
      ghostedShare: 0.5,
    });
    expect(d.takeaway).toBe(
      'Too early to say how long decisions take: it needs 3 answers with the date you applied. 1 application went quiet, which says more about their process than about you.',
    );
    const none = decisionsSection([]);
    expect(none).toMatchObject({
      decided: 0,
      medianDays: null,
      ghosted: 0,
      ghostedShare: null,
      companies: [],
    });
    expect(none.takeaway).toBe(
      'Too early to say how long decisions take: it needs 3 answers with the date you applied.',
    );
  });

  it('leaves out an answer dated before the application', () => {
    const odd = data({
      applications: [application(1, { appliedOn: '2026-02-10', status: 'rejected' })],
      rejections: [rejection(1, { receivedAt: '2026-02-01T10:00:00.000Z' })],
    });
    expect(decisionsSection(applicationFacts(odd)).decided).toBe(0);
  });
});
