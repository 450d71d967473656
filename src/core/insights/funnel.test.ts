import { describe, expect, it } from 'vitest';
import { applicationFacts } from './data.js';
import { funnelSection, sourcesSection } from './funnel.js';
import { application, data, interview, rejection } from './test-data.js';

// Eight records, seven applications (one is only on the wishlist):
//   1 applied, no answer yet                       -> furthest: applied (open)
//   2 rejected at the application stage            -> applied, ended
//   3 one screen, then a no                        -> screen, ended
//   4 screen + technical, then a no                -> interview, ended
//   5 screen + technical + final round, then a no  -> final, ended
//   6 screen, then an offer                        -> offer (the status says so)
//   7 wishlist                                     -> not counted
//   8 status "screening", no interview logged      -> screen (open)
const funnelData = data({
  applications: [
    application(1),
    application(2, { status: 'rejected' }),
    application(3, { status: 'rejected' }),
    application(4, { status: 'rejected' }),
    application(5, { status: 'rejected' }),
    application(6, { status: 'offer' }),
    application(7, { status: 'wishlist', appliedOn: null }),
    application(8, { status: 'screening' }),
  ],
  interviews: [
    interview(3),
    interview(4),
    interview(4, { kind: 'technical' }),
    interview(5),
    interview(5, { kind: 'technical' }),
    interview(5, { kind: 'onsite', finalRound: true }),
    interview(6),
  ],
  rejections: [
    rejection(2, { stage: 'application' }),
    rejection(3, { stage: 'screen' }),
    rejection(4, { stage: 'interview' }),
    rejection(5, { stage: 'final' }),
  ],
});

describe('funnelSection', () => {
  it('counts how far each application got, with conversion rates stage to stage and from applying', () => {
    const f = funnelSection(applicationFacts(funnelData));
    expect(f.applications).toBe(7);
    expect(f.stages).toEqual([
      { stage: 'applied', reached: 7, fromPrevious: null, fromApplied: 1, endedHere: 1 },
      // 5 of 7 = 0.714; 3 of 5 = 0.6; 2 of 3 = 0.667; 1 of 2 = 0.5
      { stage: 'screen', reached: 5, fromPrevious: 0.71, fromApplied: 0.71, endedHere: 1 },
      { stage: 'interview', reached: 3, fromPrevious: 0.6, fromApplied: 0.43, endedHere: 1 },
      { stage: 'final', reached: 2, fromPrevious: 0.67, fromApplied: 0.29, endedHere: 1 },
      { stage: 'offer', reached: 1, fromPrevious: 0.5, fromApplied: 0.14, endedHere: 0 },
    ]);
  });

  it('does not name a stage where applications stop when no stage stands out', () => {
    const f = funnelSection(applicationFacts(funnelData));
    expect(f.enoughData).toBe(true);
    expect(f.takeaway).toBe(
      'Of your 7 applications, 5 led to a first conversation and 3 to an interview; no single stage stands out yet as the place they stop.',
    );
  });

  it('names the stage where most applications stop once it has three or more', () => {
    const more = data({
      ...funnelData,
      applications: [
        ...funnelData.applications,
        application(9, { status: 'rejected' }),
        application(10, { status: 'rejected' }),
      ],
      interviews: [
        ...funnelData.interviews,
        interview(9, { kind: 'technical' }),
        interview(10, { kind: 'panel' }),
      ],
      rejections: [
        ...funnelData.rejections,
        rejection(9, { stage: 'interview' }),
        rejection(10, { stage: 'interview' }),
      ],
    });
    const f = funnelSection(applicationFacts(more));
    expect(f.stages.map((s) => s.endedHere)).toEqual([1, 1, 3, 1, 0]);
    expect(f.takeaway).toBe(
      'Of your 9 applications, 7 led to a first conversation and 5 to an interview; the most common place they stop is after an interview, before the final round (3).',
    );
  });

  it('says it is too early with fewer than three answers, and what to do with no applications at all', () => {
    const early = funnelSection(
      applicationFacts(
        data({
          applications: [application(1), application(2, { status: 'rejected' })],
          rejections: [rejection(2)],
        }),
      ),
    );
    expect(early.enoughData).toBe(false);
    expect(early.takeaway).toBe(
      'Too early to see where applications stop: 2 applications so far, and fewer than 3 have had an answer.',
    );
    const none = funnelSection([]);
    expect(none.stages.map((s) => [s.reached, s.fromPrevious, s.fromApplied])).toEqual([
      [0, null, null],
      [0, null, null],
      [0, null, null],
      [0, null, null],
      [0, null, null],
    ]);
    expect(none.takeaway).toBe(
      'Nothing to show yet: add the applications you have sent, and this shows how far each one gets.',
    );
  });

  it('takes a rejection stage later than the interviews show, and an "interviewing" status without interviews, as reached', () => {
    const facts = applicationFacts(
      data({
        applications: [
          application(1, { status: 'rejected' }),
          application(2, { status: 'interviewing' }),
        ],
        interviews: [interview(1)],
        rejections: [rejection(1, { stage: 'final' })],
      }),
    );
    expect(facts.map((f) => f.furthest)).toEqual(['final', 'interview']);
  });
});

describe('sourcesSection', () => {
  // LinkedIn: 5 applications (one spelled "linkedin "), 1 led to an interview -> 20%
  // Referral: 3 applications, all 3 led to an interview (one went on to a final round) -> 100%
  // Company site: 1 application, 1 interview (too few to compare)
  // No source: 1 application
  const sourceData = data({
    applications: [
      application(1, { source: 'LinkedIn' }),
      application(2, { source: 'LinkedIn' }),
      application(3, { source: 'linkedin ' }),
      application(4, { source: 'LinkedIn' }),
      application(5, { source: 'LinkedIn' }),
      application(6, { source: 'Referral' }),
      application(7, { source: 'Referral' }),
      application(8, { source: 'Referral' }),
      application(9, { source: 'Company site' }),
      application(10),
    ],
    interviews: [
      interview(1),
      interview(6),
      interview(7, { kind: 'technical' }),
      interview(8, { kind: 'onsite', finalRound: true }),
      interview(9),
    ],
  });

  it('counts each source with its interview rate, one row per source however it is spelled', () => {
    const s = sourcesSection(applicationFacts(sourceData));
    expect(s.sources).toEqual([
      {
        source: 'LinkedIn',
        applications: 5,
        screen: 1,
        interview: 0,
        final: 0,
        offer: 0,
        interviewRate: 0.2,
      },
      {
        source: 'Referral',
        applications: 3,
        screen: 3,
        interview: 2,
        final: 1,
        offer: 0,
        interviewRate: 1,
      },
      {
        source: 'Company site',
        applications: 1,
        screen: 1,
        interview: 0,
        final: 0,
        offer: 0,
        interviewRate: 1,
      },
      {
        source: 'Not recorded',
        applications: 1,
        screen: 0,
        interview: 0,
        final: 0,
        offer: 0,
        interviewRate: 0,
      },
    ]);
  });

  it('names the source that leads to interviews most often against the biggest other one', () => {
    const s = sourcesSection(applicationFacts(sourceData));
    expect(s.enoughData).toBe(true);
    expect(s.takeaway).toBe(
      'Applications that came through a referral lead to interviews most often: 3 of 3 (100%), against 1 of 5 (20%) through LinkedIn; asking people you know for an introduction is worth the time.',
    );
  });

  it('says sources are alike when their rates are within 15 points', () => {
    // LinkedIn: 1 of 3 (33%); Indeed: 2 of 5 (40%): 7 points apart.
    const alike = data({
      applications: [1, 2, 3]
        .map((id) => application(id, { source: 'LinkedIn' }))
        .concat([4, 5, 6, 7, 8].map((id) => application(id, { source: 'Indeed' }))),
      interviews: [interview(1), interview(4), interview(5)],
    });
    expect(sourcesSection(applicationFacts(alike)).takeaway).toBe(
      'Your sources lead to interviews at similar rates (33% to 40%), so no single channel stands out yet.',
    );
    const same = data({
      applications: alike.applications.slice(0, 6),
      interviews: [interview(1), interview(4)],
    });
    // LinkedIn 1 of 3, Indeed 1 of 3.
    expect(sourcesSection(applicationFacts(same)).takeaway).toBe(
      'Your sources lead to interviews at the same rate (33%), so no single channel stands out yet.',
    );
  });

  it('asks for sources when none is recorded, and waits for three applications per source', () => {
    expect(
      sourcesSection(applicationFacts(data({ applications: [application(1)] }))).takeaway,
    ).toBe(
      'Note where each application came from (LinkedIn, a referral, a company site) to see which brings interviews.',
    );
    const few = sourcesSection(
      applicationFacts(
        data({
          applications: [
            application(1, { source: 'LinkedIn' }),
            application(2, { source: 'Referral' }),
          ],
        }),
      ),
    );
    expect(few.enoughData).toBe(false);
    expect(few.takeaway).toBe(
      'Too early to compare where your applications come from: a source needs 3 applications before its numbers mean much.',
    );
  });
});
