import { describe, expect, it } from 'vitest';
import { bankCandidates, newCandidates, normaliseQuestion } from './bank.js';

const interview = (applicationId: number, at: string, questions: Array<[string, number | null]>) => ({
  applicationId,
  at,
  questions: questions.map(([text, rating]) => ({ text, rating })),
});
const reflection = (applicationId: number, createdAt: string, pauseQuestions: string[]) => ({ applicationId, createdAt, pauseQuestions });

describe('question bank', () => {
  it('takes interview questions rated 2 or lower, and leaves well-answered or unrated ones', () => {
    const c = bankCandidates(
      [interview(1, '2026-03-01T10:00:00Z', [['Why this company?', 1], ['Describe a conflict.', 2], ['Walk me through your CV.', 3], ['Salary?', null]])],
      [],
    );
    expect(c.map((x) => x.question)).toEqual(['Why this company?', 'Describe a conflict.']);
    expect(c.every((x) => x.kind === 'interview' && x.applicationId === 1)).toBe(true);
  });

  it('takes every question a reflection says gave pause', () => {
    const c = bankCandidates([], [reflection(4, '2026-03-02T10:00:00Z', ['What is your biggest weakness?', '  How would you design   a rate limiter?  '])]);
    expect(c.map((x) => [x.kind, x.applicationId, x.question])).toEqual([
      ['reflection', 4, 'What is your biggest weakness?'],
      ['reflection', 4, 'How would you design a rate limiter?'],
    ]);
  });

  it('keeps a question once however it is written, remembering its earliest source', () => {
    const c = bankCandidates(
      [interview(2, '2026-03-05T10:00:00Z', [['Tell me about yourself.', 1]])],
      [reflection(1, '2026-03-01T10:00:00Z', ['tell me about   YOURSELF?'])],
    );
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ kind: 'reflection', applicationId: 1, question: 'tell me about YOURSELF?' });
  });

  it('treats case, spacing and punctuation as the same question', () => {
    expect(normaliseQuestion('  Why do you want to leave your job?! ')).toBe(normaliseQuestion('why do you want to leave  your job'));
    expect(normaliseQuestion('Why C++?')).toBe('why c');
    expect(normaliseQuestion('Warum möchten Sie wechseln?')).toBe('warum möchten sie wechseln');
  });

  it('ignores blank or too-short entries', () => {
    expect(bankCandidates([], [reflection(1, '2026-03-01T10:00:00Z', ['', ' ?! ', 'ok'])])).toEqual([]);
  });

  it('offers only questions the bank does not know, removed ones included', () => {
    const c = bankCandidates([], [reflection(1, '2026-03-01T10:00:00Z', ['Why us?', 'Why now?'])]);
    expect(newCandidates(c, new Set([normaliseQuestion('why us')])).map((x) => x.question)).toEqual(['Why now?']);
  });
});
