// Small pieces of wording the insight takeaways share: counts, lists, theme names.
import type { Theme } from '../types.js';

/** "1 application", "3 applications". */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${String(n)} ${n === 1 ? one : many}`;

/** "A", "A and B", "A, B and C", "A, B, C and 2 more". */
export function listOf(items: readonly string[], max = 3): string {
  if (items.length > max)
    return `${items.slice(0, max).join(', ')} and ${String(items.length - max)} more`;
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
export const uncapitalize = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Themes as they read mid-sentence. */
export const THEME_LABEL: Record<Theme, string> = {
  skill_gap: 'a skill gap',
  experience: 'experience level',
  interview_performance: 'interview performance',
  culture_fit: 'culture fit',
  portfolio_resume: 'your resume or portfolio',
  overqualified: 'being more senior than the role',
  outside_control: 'reasons outside your control',
  unknown: 'feedback without a clear theme',
};

/** Fewer data points than this and a section says it is too early to see a pattern. */
export const ENOUGH = 3;
