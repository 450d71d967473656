// Feedback themes over time: what employers said, sorted into the R6 themes, month by month,
// and whether each theme is something the user can work on.
import { actionsFor, CONTROLLABLE, sortIntoThemes } from '../feedback/themes.js';
import { THEMES, type Feedback, type IsoInstant, type Theme } from '../types.js';
import { monthOf, monthsBetween } from './data.js';
import { capitalize, ENOUGH, THEME_LABEL, uncapitalize } from './words.js';

export interface ThemeRow {
  theme: Theme;
  /** Pieces of feedback that mention it. */
  count: number;
  controllable: boolean;
  /** Skills or tools named, for skill gaps and experience. */
  skills: string[];
}

export interface ThemeMonth {
  month: string;
  feedback: number;
  /** Pieces of feedback per theme (every theme present, zero when absent). */
  themes: Record<Theme, number>;
  /** Theme mentions the user can work on. */
  controllable: number;
  /** Theme mentions outside the user's control (culture fit, overqualified, outside causes). */
  outside: number;
}

export interface ThemesSection {
  takeaway: string;
  enoughData: boolean;
  /** Pieces of feedback received. */
  feedback: number;
  /** Of them, non-answers ("we went another way"). */
  vague: number;
  /** Themes mentioned at least once, most frequent first. */
  themes: ThemeRow[];
  /** Pieces of feedback with at least one theme the user can work on. */
  controllable: number;
  /** Pieces of feedback with at least one theme outside the user's control. */
  outside: number;
  months: ThemeMonth[];
}

const isOutside = (t: Theme): boolean => !CONTROLLABLE[t] && t !== 'unknown';
const zeroes = (): Record<Theme, number> =>
  Object.fromEntries(THEMES.map((t) => [t, 0])) as Record<Theme, number>;

interface Read {
  month: string;
  vague: boolean;
  themes: Theme[];
  skills: Array<{ theme: Theme; skill: string }>;
}

function read(f: Feedback): Read {
  const findings = f.vague ? [] : sortIntoThemes(f.text);
  const themes = f.vague
    ? []
    : findings.length === 0
      ? (['unknown'] as Theme[])
      : [...new Set(findings.map((x) => x.theme))];
  const skills = findings
    .filter((x) => x.skill !== null)
    .map((x) => ({ theme: x.theme, skill: x.skill ?? '' }));
  return { month: monthOf(f.receivedAt), vague: f.vague, themes, skills };
}

export function themesSection(feedback: readonly Feedback[], now: IsoInstant): ThemesSection {
  const reads = [...feedback].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt)).map(read);
  const themes = THEMES.map((theme): ThemeRow => {
    const skills = reads.flatMap((r) =>
      r.skills.filter((s) => s.theme === theme).map((s) => s.skill),
    );
    return {
      theme,
      count: reads.filter((r) => r.themes.includes(theme)).length,
      controllable: CONTROLLABLE[theme],
      skills: [...new Set(skills)],
    };
  })
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count || THEMES.indexOf(a.theme) - THEMES.indexOf(b.theme));

  const first = reads[0]?.month;
  const months =
    first === undefined
      ? []
      : monthsBetween(first, monthOf(now)).map((month): ThemeMonth => {
          const inMonth = reads.filter((r) => r.month === month);
          const counts = zeroes();
          for (const r of inMonth) for (const t of r.themes) counts[t] += 1;
          const mentions = inMonth.flatMap((r) => r.themes);
          return {
            month,
            feedback: inMonth.length,
            themes: counts,
            controllable: mentions.filter((t) => CONTROLLABLE[t]).length,
            outside: mentions.filter(isOutside).length,
          };
        });

  const withTheme = reads.filter((r) => r.themes.some((t) => t !== 'unknown')).length;
  const top = themes.find((t) => t.theme !== 'unknown');
  const n = reads.length;
  let takeaway: string;
  if (withTheme < ENOUGH || !top) {
    takeaway =
      n === 0
        ? 'No feedback yet. Many employers never give any, so each piece that comes is worth noting here.'
        : `Too early to see a pattern in feedback: it takes ${String(ENOUGH)} pieces that say something specific, and many employers never give any.`;
  } else if (top.count < ENOUGH) {
    takeaway = `No theme repeats often enough yet to call it a pattern; the most common, ${THEME_LABEL[top.theme]}, comes up ${top.count === 1 ? 'once' : 'twice'}.`;
  } else {
    const skill = top.skills.length === 1 ? (top.skills[0] ?? null) : null;
    const action = actionsFor([
      { theme: top.theme, controllable: top.controllable, sentence: '', skill },
    ])[0];
    const counted = `${capitalize(THEME_LABEL[top.theme])} comes up in ${String(top.count)} of ${String(n)} pieces of feedback`;
    takeaway = top.controllable
      ? `${counted}, and it is something you can work on${action ? `: ${uncapitalize(action.title)}` : ''}.`
      : action
        ? `${counted}; that is about fit, not a flaw to fix: ${uncapitalize(action.title)}.`
        : top.theme === 'outside_control'
          ? `${String(top.count)} of ${String(n)} pieces of feedback name reasons outside your control: they say nothing about your worth, so let them go.`
          : `The reason given most often, ${THEME_LABEL[top.theme]} (${String(top.count)} of ${String(n)}), is outside your control: it says nothing about your worth, so let it go.`;
  }
  return {
    takeaway,
    enoughData: withTheme >= ENOUGH,
    feedback: n,
    vague: reads.filter((r) => r.vague).length,
    themes,
    controllable: reads.filter((r) => r.themes.some((t) => CONTROLLABLE[t])).length,
    outside: reads.filter((r) => r.themes.some(isOutside)).length,
    months,
  };
}
