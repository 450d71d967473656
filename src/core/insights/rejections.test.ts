import { describe, expect, it } from 'vitest';
import type { Stage } from '../types.js';
import { applicationFacts } from './data.js';
import { rejectionStagesSection } from './rejections.js';
import { application, data, interview, rejection } from './test-data.js';

/** One ended application per entry, at the given stage (interviews logged to match). */
function endedAt(stages: readonly Stage[]) {
  const kinds = {
    application: [],
    screen: ['screen'],
    interview: ['screen', 'technical'],
    final: ['screen', 'final'],
  } as const;
  return data({
    applications: stages.map((_, i) => application(i + 1, { status: 'rejected' })),
    interviews: stages.flatMap((stage, i) =>
      kinds[stage].map((k) =>
        k === 'final'
          ? interview(i + 1, { kind: 'onsite', finalRound: true })
          : interview(i + 1, { kind: k }),
      ),
    ),
    rejections: stages.map((stage, i) => rejection(i + 1, { stage })),
  });
}

describe('rejectionStagesSection', () => {
  it('counts where rejections happen, with each stage as a share of the whole', () => {
    // 2 application, 1 screen, 4 interview, 1 final = 8
    const r = rejectionStagesSection(
      applicationFacts(
        endedAt([
          'application',
          'application',
          'screen',
          'interview',
          'interview',
          'interview',
          'interview',
          'final',
        ]),
      ),
    );
    expect(r.total).toBe(8);
    expect(r.stages).toEqual([
      { stage: 'application', count: 2, share: 0.25 },
      { stage: 'screen', count: 1, share: 0.13 },
      { stage: 'interview', count: 4, share: 0.5 },
      { stage: 'final', count: 1, share: 0.13 },
    ]);
    expect(r.mostCommon).toBe('interview');
    expect(r.focus).toBe('first_interviews');
    // 4 of 8 is not more than half: "most often", not "most".
    expect(r.takeaway).toBe(
      'Rejections come most often after first interviews (4 of 8): practising those questions is where effort pays most.',
    );
  });

  it('says "most" only for more than half, and points each stage at its own action', () => {
    const cases: Array<[Stage[], string, string]> = [
      [
        ['application', 'application', 'application', 'screen'],
        'applications',
        'Most of your rejections come before any interview (3 of 4): tailoring your resume and cover note to each role is where effort pays most.',
      ],
      [
        ['screen', 'screen', 'screen', 'final'],
        'screens',
        'Most of your rejections come after screening calls (3 of 4): a short, clear story of your experience and what you are looking for is where effort pays most.',
      ],
      [
        ['final', 'final', 'final'],
        'final_rounds',
        'Most of your rejections come in final rounds (3 of 3): you are getting close, so preparing for the last round and staying in touch with the people you met pays most.',
      ],
    ];
    for (const [stages, focus, takeaway] of cases) {
      const r = rejectionStagesSection(applicationFacts(endedAt(stages)));
      expect(r.focus).toBe(focus);
      expect(r.takeaway).toBe(takeaway);
    }
  });

  it('claims no pattern below three rejections, or when the top stage has fewer than three, or on a tie', () => {
    const early = rejectionStagesSection(applicationFacts(endedAt(['interview', 'interview'])));
    expect(early).toMatchObject({ total: 2, enoughData: false, mostCommon: null, focus: null });
    expect(early.takeaway).toBe(
      'Too early to see where things stop: with fewer than 3 answers, any pattern would be a guess.',
    );

    const spread = rejectionStagesSection(
      applicationFacts(endedAt(['application', 'application', 'screen', 'interview'])),
    );
    expect(spread).toMatchObject({ total: 4, enoughData: true, mostCommon: null, focus: null });
    expect(spread.takeaway).toBe(
      'Your rejections are spread across the stages, with none coming up often enough yet to call it a pattern.',
    );

    const tie = rejectionStagesSection(
      applicationFacts(endedAt(['screen', 'screen', 'screen', 'final', 'final', 'final'])),
    );
    expect(tie.mostCommon).toBeNull();
    expect(tie.takeaway).toBe(
      'Your rejections are split evenly between screening calls and final rounds, so no single stage stands out yet.',
    );
  });

  it('counts silences and rejected or ghosted statuses without a rejection record; open applications do not count', () => {
    const r = rejectionStagesSection(
      applicationFacts(
        data({
          applications: [
            application(1, { status: 'ghosted' }),
            application(2, { status: 'rejected' }),
            application(3, { status: 'rejected' }),
            application(4, { status: 'interviewing' }),
          ],
          interviews: [interview(1), interview(4, { kind: 'technical' })],
          rejections: [rejection(3, { channel: 'silence', stage: 'application' })],
        }),
      ),
    );
    expect(r.stages.map((s) => s.count)).toEqual([2, 1, 0, 0]);
    expect(r.total).toBe(3);
  });
});
