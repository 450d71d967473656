// Filling the question bank: interview questions the user rated low, questions a reflection said
// gave pause, and questions typed in by hand. The same question is kept once, however it is
// spelled and wherever it came from.
import type { Interview, IsoInstant, Reflection } from '../types.js';
import type { PracticeSourceKind } from './types.js';

/** An interview answer rated this low (1 to 5) or lower sends its question to the bank. */
export const LOW_RATING = 2;

export const QUESTION_MIN = 3;
export const QUESTION_MAX = 500;

/**
 * The form two spellings of one question share: case, accents' composition, punctuation and
 * spacing do not make a new question ("Tell me about yourself?" is "tell me about yourself").
 */
export function normaliseQuestion(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The question as shown: trimmed, inner runs of spaces and line breaks made one space. */
export function tidyQuestion(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface BankCandidate {
  question: string;
  key: string;
  kind: Exclude<PracticeSourceKind, 'manual'>;
  applicationId: number;
  /** When the source was written: the interview, or the reflection. */
  at: IsoInstant;
}

type InterviewLike = Pick<Interview, 'applicationId' | 'at' | 'questions'>;
type ReflectionLike = Pick<Reflection, 'applicationId' | 'createdAt' | 'pauseQuestions'>;

/**
 * Every question the user's interviews and reflections send to the bank, once each, the earliest
 * source first (it is the one remembered).
 */
export function bankCandidates(interviews: readonly InterviewLike[], reflections: readonly ReflectionLike[]): BankCandidate[] {
  const all: BankCandidate[] = [];
  const add = (raw: string, kind: BankCandidate['kind'], applicationId: number, at: IsoInstant): void => {
    const question = tidyQuestion(raw);
    const key = normaliseQuestion(question);
    if (key === '' || question.length < QUESTION_MIN) return;
    all.push({ question: question.slice(0, QUESTION_MAX), key, kind, applicationId, at });
  };
  for (const i of interviews) {
    for (const q of i.questions) if (q.rating !== null && q.rating <= LOW_RATING) add(q.text, 'interview', i.applicationId, i.at);
  }
  for (const r of reflections) for (const q of r.pauseQuestions) add(q, 'reflection', r.applicationId, r.createdAt);
  // Stable: on the same instant an interview comes before the reflection written about it.
  all.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const seen = new Set<string>();
  const out: BankCandidate[] = [];
  for (const c of all) {
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    out.push(c);
  }
  return out;
}

/** The candidates the bank does not hold yet; `known` holds the keys of every entry, removed ones too. */
export function newCandidates(candidates: readonly BankCandidate[], known: ReadonlySet<string>): BankCandidate[] {
  return candidates.filter((c) => !known.has(c.key));
}
