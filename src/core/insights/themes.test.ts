import { describe, expect, it } from 'vitest';
import { sortIntoThemes } from '../feedback/themes.js';
import type { Theme } from '../types.js';
import { feedback, NOW, SAYS } from './test-data.js';
import { themesSection } from './themes.js';

const none: Record<Theme, number> = {
  skill_gap: 0,
  experience: 0,
  interview_performance: 0,
  culture_fit: 0,
  portfolio_resume: 0,
  overqualified: 0,
  outside_control: 0,
  unknown: 0,
};

describe('the fixture texts', () => {
  it('read as the themes the tests below count on', () => {
    const read = (t: string): Theme[] => sortIntoThemes(t).map((f) => f.theme);
    expect(read(SAYS.rambling)).toEqual(['interview_performance']);
    expect(read(SAYS.unprepared)).toEqual(['interview_performance']);
    expect(read(SAYS.nervous)).toEqual(['interview_performance']);
    expect(read(SAYS.experience)).toEqual(['experience']);
    expect(read(SAYS.figma)).toEqual(['skill_gap']);
    expect(read(SAYS.internal)).toEqual(['outside_control']);
    expect(read(SAYS.culture)).toEqual(['culture_fit']);
    expect(read(SAYS.nothing)).toEqual([]);
  });
});

describe('themesSection', () => {
  // Seven pieces of feedback over three months:
  //   Jan  rambling (interview performance), experience (experience level)
  //   Feb  unprepared (interview performance), a vague non-answer, internal candidate (outside)
  //   Mar  nervous + Figma (interview performance + skill gap), a note with no theme (unknown)
  const pieces = [
    feedback(1, '2026-01-12T10:00:00.000Z', SAYS.rambling),
    feedback(2, '2026-01-20T10:00:00.000Z', SAYS.experience),
    feedback(3, '2026-02-03T10:00:00.000Z', SAYS.unprepared),
    feedback(4, '2026-02-10T10:00:00.000Z', SAYS.vague, true),
    feedback(5, '2026-02-25T10:00:00.000Z', SAYS.internal),
    feedback(6, '2026-03-02T10:00:00.000Z', `${SAYS.nervous} ${SAYS.figma}`),
    feedback(7, '2026-03-05T10:00:00.000Z', SAYS.nothing),
  ];

  it('counts each theme once per piece of feedback, most frequent first, with the skills named', () => {
    const t = themesSection(pieces, NOW);
    expect(t.feedback).toBe(7);
    expect(t.vague).toBe(1);
    expect(t.themes).toEqual([
      { theme: 'interview_performance', count: 3, controllable: true, skills: [] },
      { theme: 'skill_gap', count: 1, controllable: true, skills: ['Figma'] },
      { theme: 'experience', count: 1, controllable: true, skills: ['healthcare products'] },
      { theme: 'outside_control', count: 1, controllable: false, skills: [] },
      { theme: 'unknown', count: 1, controllable: false, skills: [] },
    ]);
    // Pieces with something to work on: Jan x2, Feb unprepared, Mar nervous+Figma. Outside: the internal candidate.
    expect(t.controllable).toBe(4);
    expect(t.outside).toBe(1);
  });

  it('lays the themes out month by month, from the first feedback to this month', () => {
    expect(themesSection(pieces, NOW).months).toEqual([
      {
        month: '2026-01',
        feedback: 2,
        themes: { ...none, interview_performance: 1, experience: 1 },
        controllable: 2,
        outside: 0,
      },
      {
        month: '2026-02',
        feedback: 3,
        themes: { ...none, interview_performance: 1, outside_control: 1 },
        controllable: 1,
        outside: 1,
      },
      {
        month: '2026-03',
        feedback: 2,
        themes: { ...none, interview_performance: 1, skill_gap: 1, unknown: 1 },
        controllable: 2,
        outside: 0,
      },
    ]);
    // A quiet month in between, and up to now, is there with zeroes.
    const gap = themesSection([feedback(1, '2025-12-20T10:00:00.000Z', SAYS.rambling)], NOW).months;
    expect(gap.map((m) => [m.month, m.feedback])).toEqual([
      ['2025-12', 1],
      ['2026-01', 0],
      ['2026-02', 0],
      ['2026-03', 0],
    ]);
  });

  it('names the recurring theme and what to do about it when it comes up three times or more', () => {
    const t = themesSection(pieces, NOW);
    expect(t.enoughData).toBe(true);
    expect(t.takeaway).toBe(
      'Interview performance comes up in 3 of 7 pieces of feedback, and it is something you can work on: book a mock interview with a candid friend and practise short, structured answers.',
    );
  });

  it('names the skill when a skill gap recurs, and lets outside causes go', () => {
    const thrice = (text: string) =>
      [1, 2, 3].map((id) => feedback(id, `2026-02-0${String(id)}T10:00:00.000Z`, text));
    expect(themesSection(thrice(SAYS.figma), NOW).takeaway).toBe(
      'A skill gap comes up in 3 of 3 pieces of feedback, and it is something you can work on: take a short course or build a small project using Figma.',
    );
    expect(themesSection(thrice(SAYS.internal), NOW).takeaway).toBe(
      '3 of 3 pieces of feedback name reasons outside your control: they say nothing about your worth, so let them go.',
    );
    expect(themesSection(thrice(SAYS.culture), NOW).takeaway).toBe(
      'The reason given most often, culture fit (3 of 3), is outside your control: it says nothing about your worth, so let it go.',
    );
    expect(themesSection(thrice('You would be overqualified for this role.'), NOW).takeaway).toBe(
      'Being more senior than the role comes up in 3 of 3 pieces of feedback; that is about fit, not a flaw to fix: aim at roles and companies where your level is what they are looking for.',
    );
  });

  it('calls no pattern with fewer than three pieces that say something, or no theme seen three times', () => {
    expect(themesSection([], NOW)).toMatchObject({
      feedback: 0,
      months: [],
      enoughData: false,
      takeaway:
        'No feedback yet. Many employers never give any, so each piece that comes is worth noting here.',
    });
    const two = themesSection(
      [
        feedback(1, NOW, SAYS.rambling),
        feedback(2, NOW, SAYS.vague, true),
        feedback(3, NOW, SAYS.experience),
      ],
      NOW,
    );
    expect(two.enoughData).toBe(false);
    expect(two.takeaway).toBe(
      'Too early to see a pattern in feedback: it takes 3 pieces that say something specific, and many employers never give any.',
    );
    const spread = themesSection(
      [
        feedback(1, NOW, SAYS.rambling),
        feedback(2, NOW, SAYS.rambling),
        feedback(3, NOW, SAYS.experience),
      ],
      NOW,
    );
    expect(spread.takeaway).toBe(
      'No theme repeats often enough yet to call it a pattern; the most common, interview performance, comes up twice.',
    );
  });
});
