// Sorts feedback and reflection text into the R6 themes, sentence by sentence, and proposes
// action items for the themes the user can do something about.
import type { Theme } from '../types.js';

export interface ThemeFinding {
  theme: Theme;
  controllable: boolean;
  /** The sentence the theme was read from, so the user can see why. */
  sentence: string;
  /** For skill gaps: the skill or tool named. */
  skill: string | null;
}

export const CONTROLLABLE: Record<Theme, boolean> = {
  skill_gap: true,
  experience: true,
  interview_performance: true,
  culture_fit: false,
  portfolio_resume: true,
  overqualified: false,
  outside_control: false,
  unknown: false,
};

const SKILL_AFTER = /\b(?:experience|skills?|background|knowledge|depth|exposure|familiarity|proficiency|expertise) (?:with|in|of|using|around)\s+((?:[A-Z][\w.+#/-]*|[a-z][\w.+#/-]*)(?:[ ,/&]+(?:and |or )?[A-Z][\w.+#/-]*){0,3})/;
const SKILL_BEFORE = /\b(?:stronger|more|deeper|hands-on|practical|production)\s+([A-Z][\w.+#/-]*(?: [A-Z][\w.+#/-]*)?)\s+(?:experience|skills|knowledge)/;

const RULES: Array<{ theme: Theme; re: RegExp }> = [
  { theme: 'outside_control', re: /\binternal(ly)? (candidate|hire|applicant|promotion)|filled internally|budget|headcount|hiring freeze|(position|role|req\w*) (was |has been )?(cancel+ed|closed|eliminated|put on hold|on hold)|relocat\w*|visa|sponsorship|work authori[sz]ation|time ?zone|(fluent|native)\b.{0,30}\b(german|french|spanish|dutch|japanese|mandarin|portuguese|italian)|restructur\w*|reorg\w*/i },
  { theme: 'overqualified', re: /\boverqualified\b|\btoo senior\b|\bmore senior than\b|\bwould (get|be) bored\b/i },
  { theme: 'interview_performance', re: /\b(rambl\w*|long[- ]winded|unprepared|not (well )?prepared|underprepared|structure (your|of your|in your) (answers?|responses?)|(answers?|responses?) (were|was) (unfocused|unclear|vague|too long)|star (method|format)|eye contact|body language|nervous|confiden(ce|t)|didn'?t (answer|address) the question|concrete examples|specific examples|communicat\w+ (style|clarity)|too (brief|short) in your answers)\b/i },
  { theme: 'portfolio_resume', re: /\b(portfolio|resume|résumé|\bcv\b|cover letter|case stud(y|ies)|work samples?|github profile)\b/i },
  { theme: 'culture_fit', re: /\b(culture|cultural) (fit|add|alignment)|team fit|values alignment|working style\b/i },
  { theme: 'skill_gap', re: /\b(skill|skills|proficien\w*|technical (depth|bar|assessment|round)|coding (round|exercise|test)|take[- ]home|system design|knowledge of|familiarity with|hands-on|certification)\b/i },
  { theme: 'experience', re: /\b(more|additional|deeper|broader|relevant|industry|domain|sector|leadership|management|people management|years of) experience\b|\bexperience (level|in (the|our) (industry|domain|sector))|\bmore senior\b|\bseniority\b|\bjunior\b/i },
];

const NON_ANSWER = /\b(different direction|(other|another) candidates? (whose|who|that)|more closely (match|align|fit)|better (fit|match|suited)|not (the right|a good) (fit|match)|decided to (move|proceed|go) (forward )?with|not able to (share|provide|give) (specific |detailed |individual )?feedback|unable to (share|provide|give) (specific |detailed |individual )?feedback|(company|our) policy|competitive (process|pool|field)|strong (pool|field)|many (strong|qualified) (candidates|applicants)|wish you (the best|luck|all the best|success))\b/i;

export function splitSentences(text: string): string[] {
  return text
    .replace(/\r/g, '')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 2);
}

function skillIn(sentence: string): string | null {
  const m = SKILL_AFTER.exec(sentence) ?? SKILL_BEFORE.exec(sentence);
  if (!m?.[1]) return null;
  return m[1].replace(/[ ,/&]+(and|or)?\s*$/i, '').trim() || null;
}

/** Themes in a text, one finding per sentence and theme, in reading order. */
export function sortIntoThemes(text: string): ThemeFinding[] {
  const out: ThemeFinding[] = [];
  for (const sentence of splitSentences(text)) {
    for (const rule of RULES) {
      if (!rule.re.test(sentence)) continue;
      const skill = rule.theme === 'skill_gap' || rule.theme === 'experience' ? skillIn(sentence) : null;
      // A named tool or skill makes an "experience with X" remark a skill gap to work on.
      const theme: Theme = rule.theme === 'experience' && skill && /[A-Z]/.test(skill) ? 'skill_gap' : rule.theme;
      if (!out.some((f) => f.theme === theme && f.sentence === sentence)) {
        out.push({ theme, controllable: CONTROLLABLE[theme], sentence, skill });
      }
      break;
    }
  }
  return out;
}

/** True when feedback says nothing the user can act on (R4's trigger). */
export function isVagueFeedback(text: string): boolean {
  const findings = sortIntoThemes(text);
  if (findings.length > 0) return false;
  return NON_ANSWER.test(text) || splitSentences(text).length <= 2;
}

export interface ProposedAction {
  theme: Theme;
  title: string;
}

/** Concrete next steps for controllable themes; uncontrollable ones get none (R6). */
export function actionsFor(findings: readonly ThemeFinding[], questionsToPrepare: readonly string[] = []): ProposedAction[] {
  const out: ProposedAction[] = [];
  const add = (theme: Theme, title: string): void => {
    if (!out.some((a) => a.title === title)) out.push({ theme, title });
  };
  for (const f of findings) {
    switch (f.theme) {
      case 'skill_gap':
        add(f.theme, f.skill ? `Take a short course or build a small project using ${f.skill}` : 'Pick the skill they mentioned and practise it with a small project');
        break;
      case 'experience':
        add(f.theme, 'Look for roles whose level matches your experience, and reframe past work to show depth');
        break;
      case 'interview_performance':
        add(f.theme, 'Book a mock interview with a candid friend and practise short, structured answers');
        break;
      case 'portfolio_resume':
        add(f.theme, 'Revise your resume or portfolio to lead with the results most relevant to these roles');
        break;
      default:
        break;
    }
  }
  for (const q of questionsToPrepare) add('interview_performance', `Prepare an answer to: "${q}"`);
  if (findings.some((f) => f.theme === 'overqualified')) {
    add('overqualified', 'Aim at roles and companies where your level is what they are looking for');
  }
  return out;
}
