import { describe, expect, it } from 'vitest';
import { applicationFacts } from './data.js';
import { moodSection } from './mood.js';
import { application, data, mood, NOW, rejection } from './test-data.js';

const at = (day: string): string => `${day}T12:00:00.000Z`;

/** Applications sent on the given days, and rejections received on others. */
function activity(
  sent: readonly string[],
  rejected: readonly string[],
  silent: readonly string[] = [],
) {
  const applications = [...sent, ...rejected, ...silent].map((day, i) =>
    application(i + 1, {
      appliedOn: i < sent.length ? day : '2025-12-01',
      status: i < sent.length ? 'applied' : 'rejected',
    }),
  );
  const rejections = [...rejected, ...silent].map((day, i) =>
    rejection(sent.length + i + 1, {
      receivedAt: at(day),
      channel: i < rejected.length ? 'email' : 'silence',
    }),
  );
  return { applications, rejections };
}

describe('moodSection', () => {
  // Now is Tuesday 10 March 2026. Weeks start on Mondays:
  //   2 Feb   moods 4, 4        (avg 4)     2 applications, no rejection
  //   9 Feb   moods 2, 3        (avg 2.5)   no application, 1 rejection
  //  16 Feb   no check-in                   1 application
  //  23 Feb   moods 3, 4, 4     (avg 3.67)  1 application, 1 rejection
  //   2 Mar   mood 2            (avg 2)     no application, 1 rejection (and a silence, not counted)
  //   9 Mar   mood 5            (avg 5)     1 application
  // The rejected applications were sent on Monday 1 Dec 2025, inside the 26-week window, so the
  // weeks start there; the weeks before February have no check-in.
  const { applications, rejections } = activity(
    ['2026-02-02', '2026-02-04', '2026-02-17', '2026-02-25', '2026-03-09'],
    ['2026-02-11', '2026-02-24', '2026-03-04'],
    ['2026-03-05'],
  );
  const moods = [
    mood(at('2026-02-03'), 4),
    mood(at('2026-02-05'), 4),
    mood(at('2026-02-10'), 2),
    mood(at('2026-02-12'), 3),
    mood(at('2026-02-24'), 3),
    mood(at('2026-02-26'), 4),
    mood(at('2026-02-27'), 4),
    mood(at('2026-03-03'), 2),
    mood(`2026-03-09T08:00:00.000Z`, 5),
  ];
  const section = () =>
    moodSection({ moods, rejections }, applicationFacts(data({ applications, rejections })), NOW);

  it('lays out each week with its average check-in, applications sent and rejections received', () => {
    const m = section();
    expect(m.weeks.slice(-6)).toEqual([
      { week: '2026-02-02', mood: 4, checkIns: 2, applications: 2, rejections: 0 },
      { week: '2026-02-09', mood: 2.5, checkIns: 2, applications: 0, rejections: 1 },
      { week: '2026-02-16', mood: null, checkIns: 0, applications: 1, rejections: 0 },
      { week: '2026-02-23', mood: 3.7, checkIns: 3, applications: 1, rejections: 1 },
      { week: '2026-03-02', mood: 2, checkIns: 1, applications: 0, rejections: 1 },
      { week: '2026-03-09', mood: 5, checkIns: 1, applications: 1, rejections: 0 },
    ]);
    // The rejected applications went out on Monday 1 Dec 2025: the weeks start there.
    expect(m.weeks[0]).toEqual({
      week: '2025-12-01',
      mood: null,
      checkIns: 0,
      applications: 4,
      rejections: 0,
    });
    expect(m.weeks).toHaveLength(15);
    expect(m.checkIns).toBe(9);
    // (4 + 2.5 + 3.667 + 2 + 5) / 5 = 3.43
    expect(m.average).toBe(3.4);
  });

  it('compares weeks with and without rejections, and with and without applications', () => {
    const m = section();
    // With a rejection: 2.5, 3.667, 2 -> 2.72. Without: 4, 5 -> 4.5.
    expect(m.withRejections).toBe(2.7);
    expect(m.withoutRejections).toBe(4.5);
    // With applications: 4, 3.667, 5 -> 4.22. Without: 2.5, 2 -> 2.25.
    expect(m.withApplications).toBe(4.2);
    expect(m.withoutApplications).toBe(2.3);
    expect(m.enoughData).toBe(true);
    expect(m.takeaway).toBe(
      'Your mood has been lower in weeks with a rejection (2.7 against 4.5) and higher in weeks you sent applications (4.2 against 2.3): rough weeks are normal, and keeping the search moving seems to help.',
    );
  });

  it('claims only the pattern the weeks show, or a steady mood when neither shows', () => {
    const weeks = ['2026-02-17', '2026-02-24', '2026-03-03', '2026-03-09'];
    const moodsOn = (scores: readonly number[]) => weeks.map((d, i) => mood(at(d), scores[i] ?? 3));
    // Applications every week; rejections in weeks 2 and 4, when mood is 2.
    const dip = activity(weeks, ['2026-02-25', '2026-03-10']);
    const dipped = moodSection(
      { moods: moodsOn([4, 2, 4, 2]), rejections: dip.rejections },
      applicationFacts(data(dip)),
      NOW,
    );
    expect(dipped.withApplications).toBe(3);
    expect(dipped.withoutApplications).toBeNull();
    expect(dipped.takeaway).toBe(
      'Your mood dips in weeks with a rejection (2.0 against 4.0): that is a normal response, and a good time to lean on someone you trust.',
    );

    // No rejections; applications in weeks 1 and 3 only.
    const lift = activity([weeks[0] ?? '', weeks[2] ?? ''], []);
    const lifted = moodSection(
      { moods: moodsOn([4, 2, 4, 2]), rejections: [] },
      applicationFacts(data(lift)),
      NOW,
    );
    expect(lifted.withRejections).toBeNull();
    expect(lifted.takeaway).toBe(
      'Your mood has been higher in weeks you sent applications (4.0 against 2.0): keeping the search moving seems to help.',
    );

    const steady = moodSection(
      { moods: moodsOn([3, 3, 3, 4]), rejections: [] },
      applicationFacts(data(lift)),
      NOW,
    );
    // Weekly 3, 3, 3, 4: with applications 3.0, without 3.5, so no lift; 13 / 4 = 3.25 overall.
    expect(steady.takeaway).toBe(
      'Your mood has held around 3.3 out of 5 across these weeks, whatever the week brought.',
    );
  });

  it('waits for three weeks of check-ins, and looks back 26 weeks at most', () => {
    const early = moodSection(
      { moods: [mood(at('2026-03-02'), 3), mood(at('2026-03-09'), 4)], rejections: [] },
      [],
      NOW,
    );
    expect(early.enoughData).toBe(false);
    expect(early.weeks.map((w) => w.mood)).toEqual([3, 4]);
    expect(early.takeaway).toBe(
      'Too early to see how your mood moves with your search: a check-in now and then for 3 weeks is enough (rebound mood 1 to 5).',
    );

    const old = moodSection(
      { moods: [mood(at('2025-01-06'), 1), mood(at('2026-03-09'), 4)], rejections: [] },
      [],
      NOW,
    );
    expect(old.weeks).toEqual([
      { week: '2026-03-09', mood: 4, checkIns: 1, applications: 0, rejections: 0 },
    ]);
    expect(moodSection({ moods: [], rejections: [] }, [], NOW)).toMatchObject({
      weeks: [],
      checkIns: 0,
      average: null,
    });
  });
});
