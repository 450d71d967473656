import { describe, expect, it } from 'vitest';
import type { Reflection, StepKind, StepStatus } from '../types.js';
import { application, feedback, interview, mood, NOW, rejection, SAYS } from './test-data.js';
import { weeklyReview, type WeekData, type WeekItem } from './week.js';

const empty: WeekData = {
  applications: [],
  interviews: [],
  rejections: [],
  feedback: [],
  reflections: [],
  moods: [],
  due: [],
};

function due(
  company: string,
  kind: StepKind,
  dueAt: string,
  over: { status?: StepStatus; snoozedUntil?: string; to?: string } = {},
): WeekItem {
  const draft = over.to
    ? {
        subject: 'Thank you',
        body: 'Hello',
        toContactId: 1,
        toName: over.to,
        toEmail: null,
        maxLength: null,
      }
    : null;
  return {
    step: {
      kind,
      dueAt,
      status: over.status ?? 'pending',
      snoozedUntil: over.snoozedUntil ?? null,
      draft,
    },
    application: { company, role: 'Designer' },
  };
}

function reflection(id: number, createdAt: string, pauseQuestions: string[]): Reflection {
  return {
    id,
    applicationId: 3,
    createdAt,
    wentWell: null,
    wentBadly: null,
    pauseQuestions,
    inControl: null,
    outOfControl: null,
    requirementsMatch: null,
    missingQualifications: [],
  };
}

describe('weeklyReview', () => {
  // Now is Tuesday 10 March 2026: the week is 4 to 10 March, the next seven days run to 17 March.
  const week: WeekData = {
    applications: [
      application(1, {
        company: 'Harbor & Co',
        role: 'Interaction Designer',
        appliedOn: '2026-03-04',
      }),
      application(2, {
        company: 'Lumen Studio',
        role: 'Senior Product Designer',
        appliedOn: '2026-03-06',
      }),
      application(3, { company: 'Northwind Health', status: 'rejected', appliedOn: '2026-02-01' }),
      application(4, { company: 'Bluefin Analytics', status: 'rejected', appliedOn: '2026-02-20' }),
      application(5, { company: 'Quayside Software', status: 'rejected', appliedOn: '2026-01-20' }),
      application(6, { company: 'Old Co', appliedOn: '2026-03-03' }),
      application(7, { company: 'Dream Co', status: 'wishlist', appliedOn: '2026-03-05' }),
      application(8, { company: 'Vantage Telecom', status: 'ghosted', appliedOn: '2026-01-05' }),
      application(9, { company: 'Juniper Learning', status: 'rejected', appliedOn: '2026-01-06' }),
      application(10, { company: 'Fieldstone', status: 'interviewing', appliedOn: '2026-02-24' }),
    ],
    interviews: [
      interview(10, { at: '2026-03-08T15:00:00.000Z' }),
      interview(3, { at: '2026-03-02T13:00:00.000Z', kind: 'onsite', finalRound: true }),
    ],
    rejections: [
      rejection(3, { receivedAt: '2026-03-10T07:00:00.000Z', stage: 'final' }),
      rejection(4, { receivedAt: '2026-03-07T09:00:00.000Z', stage: 'application' }),
      rejection(8, {
        receivedAt: '2026-03-05T14:00:00.000Z',
        stage: 'interview',
        channel: 'silence',
      }),
    ],
    feedback: [
      feedback(5, '2026-03-07T10:00:00.000Z', SAYS.figma),
      feedback(9, '2026-03-08T10:00:00.000Z', SAYS.vague, true),
      feedback(3, '2026-03-03T10:00:00.000Z', SAYS.rambling),
    ],
    reflections: [
      reflection(1, '2026-03-05T20:00:00.000Z', [
        'Tell me about a time you handled conflict in your team.',
      ]),
      reflection(2, '2026-03-09T20:00:00.000Z', [
        'Tell me about a time you handled conflict in your team.',
        'How do you measure success?',
      ]),
      reflection(3, '2026-03-01T20:00:00.000Z', ['An older question.']),
    ],
    moods: [
      mood('2026-03-04T19:00:00.000Z', 3),
      mood('2026-03-07T19:00:00.000Z', 2),
      mood('2026-03-09T19:00:00.000Z', 4),
      mood('2026-03-02T19:00:00.000Z', 1),
    ],
    due: [
      due('Northwind Health', 'thank_you', '2026-03-12T07:00:00.000Z', { to: 'Priya Shah' }),
      due('Kestrel Bank', 'follow_up', '2026-03-07T14:00:00.000Z'),
      due('Bluefin Analytics', 'reflect', '2026-03-05T09:00:00.000Z', {
        status: 'snoozed',
        snoozedUntil: '2026-03-11T09:00:00.000Z',
      }),
      due('Bluefin Analytics', 'pipeline', '2026-03-20T09:00:00.000Z'),
      due('Orchard Labs', 'connect', '2026-03-06T09:00:00.000Z', { status: 'done' }),
      due('Northwind Health', 'check_in', '2026-03-10T07:00:00.000Z'),
    ],
  };

  it('writes what happened, what was learned, what is due and how the mood was, counted plainly', () => {
    expect(weeklyReview(week, NOW)).toBe(
      [
        '# Your week: 4–10 March 2026',
        '',
        '## What happened',
        '- 2 applications sent: Harbor & Co (Interaction Designer) and Lumen Studio (Senior Product Designer).',
        '- 1 interview: Fieldstone (screening call).',
        '- 2 rejections: Bluefin Analytics (at the application stage) and Northwind Health (after the final round). Each is one decision about fit, not a verdict on you.',
        '- 1 application went quiet: Vantage Telecom. Silence says more about their process than about you.',
        '',
        '## What you learned',
        '- Quayside Software: a skill gap (Figma). Something you can work on.',
        '- Juniper Learning: a general reply, which is common; there is nothing in it to act on.',
        '- 2 reflections written. Questions to prepare:',
        '  - “Tell me about a time you handled conflict in your team.”',
        '  - “How do you measure success?”',
        '',
        '## Due in the next seven days',
        '- Follow up on the silence (Kestrel Bank), open since Sat 7 Mar.',
        '- Check in with yourself (Northwind Health), by Tue 10 Mar.',
        '- Reflect on how it went (Bluefin Analytics), by Wed 11 Mar.',
        '- Thank Priya (Northwind Health), by Thu 12 Mar.',
        '',
        '## Mood',
        'You checked in 3 times; on average 3.0 out of 5. Low days happen in a search; if one lingers, talk to someone you trust.',
        '',
      ].join('\n'),
    );
  });

  it('says a quiet week is fine, and leaves out the mood when none was logged', () => {
    expect(weeklyReview(empty, NOW)).toBe(
      [
        '# Your week: 4–10 March 2026',
        '',
        '## What happened',
        '- A quiet week: nothing new was logged. Rest is part of a search too.',
        '',
        '## What you learned',
        '- No new feedback or reflections this week. A few minutes of reflection after an interview is how patterns show up.',
        '',
        '## Due in the next seven days',
        '- Nothing is due. A good week to add a couple of new leads.',
        '',
      ].join('\n'),
    );
  });

  it('dates weeks across months and years, lists at most eight steps, and reads one check-in as "once"', () => {
    expect(weeklyReview(empty, '2026-03-03T09:00:00.000Z').split('\n')[0]).toBe(
      '# Your week: 25 February – 3 March 2026',
    );
    expect(weeklyReview(empty, '2026-01-03T09:00:00.000Z').split('\n')[0]).toBe(
      '# Your week: 28 December 2025 – 3 January 2026',
    );
    const many = {
      ...empty,
      due: Array.from({ length: 11 }, (_, i) =>
        due(
          `Company ${String(i + 1)}`,
          'connect',
          `2026-03-1${String(Math.min(i, 7))}T09:00:00.000Z`,
          { to: 'Sam Lee' },
        ),
      ),
    };
    const lines = weeklyReview(many, NOW).split('\n');
    expect(lines.filter((l) => l.startsWith('- Connect with Sam'))).toHaveLength(8);
    expect(lines).toContain('- And 3 more steps: rebound today shows them all.');
    expect(weeklyReview({ ...empty, moods: [mood('2026-03-09T19:00:00.000Z', 4)] }, NOW)).toContain(
      '\n## Mood\nYou checked in once; on average 4.0 out of 5.\n',
    );
  });
});
