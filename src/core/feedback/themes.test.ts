import { describe, expect, it } from 'vitest';
import type { Theme } from '../types.js';
import { actionsFor, isVagueFeedback, sortIntoThemes, splitSentences } from './themes.js';

const themesOf = (text: string): Theme[] => sortIntoThemes(text).map((f) => f.theme);

describe('sortIntoThemes', () => {
  it('reads a skill gap and names the tool', () => {
    const [f] = sortIntoThemes('We were looking for more hands-on experience with Kubernetes.');
    expect(f).toMatchObject({ theme: 'skill_gap', controllable: true, skill: 'Kubernetes' });
  });

  it('names a skill written before the word "skills"', () => {
    expect(sortIntoThemes('The role needs stronger SQL skills than you showed.')[0]).toMatchObject({ theme: 'skill_gap', skill: 'SQL' });
  });

  it('keeps a list of named tools together', () => {
    expect(sortIntoThemes('The team wanted deeper knowledge of Kafka and Flink.')[0]?.skill).toBe('Kafka and Flink');
  });

  it('keeps a named tool and the practice that goes with it, but stops where the sentence moves on', () => {
    expect(sortIntoThemes('They had more hands-on experience with Kafka and streaming pipelines.')[0]?.skill).toBe('Kafka and streaming pipelines');
    expect(sortIntoThemes('We needed more experience with Kubernetes and we hope you understand.')[0]?.skill).toBe('Kubernetes');
  });

  it('names a lower-case skill without swallowing the rest of the sentence', () => {
    const [f] = sortIntoThemes('We wanted more experience with distributed systems at scale.');
    expect(f?.theme).toBe('experience');
    expect(f?.skill).toBe('distributed systems');
  });

  it('reads rambling, unprepared answers as interview performance', () => {
    expect(themesOf('Your answers were rambling.')).toEqual(['interview_performance']);
    expect(themesOf('You seemed unprepared for the case question.')).toEqual(['interview_performance']);
    expect(themesOf('The panel wanted specific examples rather than general statements.')).toEqual(['interview_performance']);
  });

  it('reads the portfolio or resume as its own theme', () => {
    expect(themesOf('Your portfolio did not show enough research work.')).toEqual(['portfolio_resume']);
  });

  it('reads overqualified as its own theme, beyond your control', () => {
    expect(sortIntoThemes('Honestly, we felt you were overqualified for this role.')[0]).toMatchObject({
      theme: 'overqualified',
      controllable: false,
    });
    expect(themesOf('Your background is more senior than the role requires.')).toEqual(['overqualified']);
  });

  it('does not mistake someone more senior than the user for the user being overqualified', () => {
    expect(themesOf('We hired someone more senior than you.')).toEqual(['experience']);
  });

  it('reads culture fit as beyond your control', () => {
    expect(sortIntoThemes('It came down to culture fit.')[0]).toMatchObject({ theme: 'culture_fit', controllable: false });
  });

  it('reads outside causes as outside your control', () => {
    for (const text of [
      'We went with an internal candidate.',
      'We decided to fill the role internally.',
      'The budget for the role was cut.',
      'The position has been cancelled.',
      'We need someone fluent in German.',
      'They chose someone who did not need visa sponsorship.',
      'A language requirement',
    ]) {
      expect(sortIntoThemes(text)[0], text).toMatchObject({ theme: 'outside_control', controllable: false });
    }
  });

  it('reads an experience gap with no named tool as experience', () => {
    expect(themesOf('We needed more leadership experience.')).toEqual(['experience']);
    expect(themesOf('Wanted a more experienced candidate')).toEqual(['experience']);
  });

  it('sorts each sentence of a longer reply on its own', () => {
    expect(themesOf('You rambled on the first question. Also, your resume undersold your impact. The role went to an internal hire.')).toEqual([
      'interview_performance',
      'portfolio_resume',
      'outside_control',
    ]);
  });

  it('does not read polite boilerplate as feedback', () => {
    for (const text of [
      "We'll keep your resume on file for future openings.",
      "We're confident you'll find a great role soon.",
      'Your skills and experience are impressive.',
      'We wish you the best in your search.',
    ]) {
      expect(sortIntoThemes(text), text).toEqual([]);
    }
  });

  it('reads the criticism after the praise in a mixed sentence', () => {
    const [f] = sortIntoThemes('Your Figma skills were impressive, but we needed deeper experience with user research.');
    expect(f?.theme).toBe('experience');
    expect(f?.sentence).toMatch(/^we needed deeper experience/);
  });

  it('finds nothing in an empty text', () => {
    expect(sortIntoThemes('')).toEqual([]);
    expect(splitSentences('  \n ')).toEqual([]);
  });
});

describe('isVagueFeedback', () => {
  it('is true for "we decided to go in a different direction"', () => {
    expect(isVagueFeedback('Thank you for following up. We decided to go in a different direction.')).toBe(true);
    expect(isVagueFeedback('We decided to go in a different direction')).toBe(true);
  });

  it('is true for other familiar non-answers', () => {
    for (const text of [
      'Thank you again for your interest. We went with a candidate who more closely matched what the team needs.',
      'We really appreciated meeting you and wish you all the best in your search.',
      "We're confident you'll find the right role soon, and we'll keep your resume on file.",
    ]) {
      expect(isVagueFeedback(text), text).toBe(true);
    }
  });

  it('is true for a polite reply that only praises and declines', () => {
    expect(
      isVagueFeedback(
        'Thanks for reaching out. While your skills are impressive, we decided to move forward with another candidate. We wish you the best.',
      ),
    ).toBe(true);
  });

  it('is true when the employer says it cannot share feedback', () => {
    expect(isVagueFeedback("Thanks for asking. Unfortunately we can't share individual feedback. It was a strong field. Best of luck.")).toBe(true);
  });

  it('is false for concrete feedback', () => {
    expect(
      isVagueFeedback('The panel felt your answers ran long and lacked concrete examples. They also wanted more depth in SQL.'),
    ).toBe(false);
    expect(isVagueFeedback('You needed more hands-on experience with Kubernetes.')).toBe(false);
    expect(
      isVagueFeedback('We went with someone who had more hands-on experience with Kafka and streaming pipelines. Your SQL exercise was strong.'),
    ).toBe(false);
  });
});

describe('actionsFor', () => {
  it('proposes a course or project for a named skill', () => {
    const actions = actionsFor(sortIntoThemes('We wanted more experience with Kubernetes.'));
    expect(actions).toEqual([{ theme: 'skill_gap', title: expect.stringContaining('Kubernetes') as string }]);
  });

  it('proposes a mock interview for interview performance and a revision for the portfolio', () => {
    const titles = actionsFor(sortIntoThemes('You rambled. Your portfolio lacked depth.')).map((a) => a.title);
    expect(titles.some((t) => /mock interview/.test(t))).toBe(true);
    expect(titles.some((t) => /portfolio/.test(t))).toBe(true);
  });

  it('proposes nothing for causes outside your control', () => {
    expect(actionsFor(sortIntoThemes('We went with an internal candidate. It came down to culture fit. The budget was frozen.'))).toEqual([]);
  });

  it('suggests better-fitting roles when overqualified', () => {
    const actions = actionsFor(sortIntoThemes('You were overqualified.'));
    expect(actions).toHaveLength(1);
    expect(actions[0]?.title).toMatch(/roles/);
  });

  it('turns questions that gave pause into answers to prepare', () => {
    expect(actionsFor([], ['Why are you leaving your job?'])).toEqual([
      { theme: 'interview_performance', title: 'Prepare an answer to: "Why are you leaving your job?"' },
    ]);
  });

  it('lists each action once however often its theme appears', () => {
    expect(actionsFor(sortIntoThemes('You rambled. You were nervous. You seemed unprepared.'))).toHaveLength(1);
  });
});
