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

const SKILL_AFTER = /\b(?:experience|skills?|background|knowledge|depth|exposure|familiarity|proficiency|expertise) (?:with|in|of|using|around)\s+([^;:!?()\n]+)/;
const SKILL_BEFORE = /\b(?:stronger|more|deeper|hands-on|practical|production)\s+([A-Z][\w.+#/-]*(?: [A-Z][\w.+#/-]*)?)\s+(?:experience|skills|knowledge)/;

/** Words that end a skill phrase: "Kubernetes for this role" is "Kubernetes". */
const PHRASE_END = new Set(
  'for at in on to the a an than that which who whom as this these those our your their its we you they but so because when while is was were are be been would could should will from into within across by of like such than rather before after since if then there here'.split(
    ' ',
  ),
);
const LEADING = new Set(['the', 'a', 'an', 'some', 'more', 'deeper', 'stronger', 'hands-on', 'practical', 'production']);
const looksNamed = (w: string): boolean => /[A-Z0-9#+]/.test(w);

/**
 * The skill or tool at the start of `raw`, tidied for reading back: "Kafka and Flink",
 * "distributed systems", "React, TypeScript". Null when nothing usable is there.
 */
export function skillPhrase(raw: string): string | null {
  const words = raw.trim().split(/\s+/);
  const out: string[] = [];
  let lower = 0;
  for (let i = 0; i < words.length && out.length < 6; i++) {
    const w = words[i] ?? '';
    const bare = w.replace(/[.,]+$/, '');
    const lc = bare.toLowerCase();
    const next = (words[i + 1] ?? '').replace(/[.,]+$/, '');
    if (out.length === 0 && LEADING.has(lc)) continue;
    if (lc === 'and' || lc === 'or' || lc === '&') {
      const joinsAnother = looksNamed(next) || (next !== '' && !PHRASE_END.has(next.toLowerCase()) && !/ly$/.test(next));
      if (out.length > 0 && joinsAnother) {
        out.push(lc);
        continue;
      }
      break;
    }
    if (bare === '' || PHRASE_END.has(lc)) break;
    if (!looksNamed(bare)) {
      if (++lower > 3) break;
    }
    out.push(bare);
    const endsClause = /,$/.test(w) && !looksNamed(next);
    if (/\.$/.test(w) || endsClause) break;
    if (/,$/.test(w)) out[out.length - 1] = `${bare},`;
  }
  while (out.length > 0 && /^(and|or|&)$/.test(out[out.length - 1] ?? '')) out.pop();
  const text = out.join(' ').replace(/,$/, '').trim();
  return text === '' ? null : text;
}

const RULES: Array<{ theme: Theme; re: RegExp }> = [
  { theme: 'outside_control', re: /\binternal(ly)? (candidate|hire|applicant|promotion)|fill(ed|ing)? (the (role|position|vacancy) )?internally|from within\b|budget|headcount|hiring freeze|(position|role|req\w*) (was |has been )?(cancel+ed|closed|eliminated|put on hold|on hold)|relocat\w*|visa|sponsorship|work authori[sz]ation|time ?zone|(fluent|native)\b.{0,30}\b(german|french|spanish|dutch|japanese|mandarin|portuguese|italian)|restructur\w*|reorg\w*|language requirement|(language|languages) (skills? )?(requirement|needed|required)/i },
  { theme: 'overqualified', re: /\boverqualified\b|\btoo senior\b|\bmore senior than (the|this|what)\b|\bwould (get|be) bored\b/i },
  { theme: 'interview_performance', re: /\b(rambl\w*|long[- ]winded|unprepared|not (well )?prepared|underprepared|structure (your|of your|in your) (answers?|responses?)|(answers?|responses?) (were|was) (unfocused|unclear|vague|too long)|(answers?|responses?) (ran|were running) (long|on)|star (method|format)|eye contact|body language|nervous|(lack(ed|ing)? (of )?|more |low |less |greater )confiden(ce|t)|less confident|didn'?t (answer|address) the question|concrete examples|specific examples|communicat\w+ (style|clarity)|too (brief|short) in your answers)\b/i },
  { theme: 'portfolio_resume', re: /\b(portfolio|resume|résumé|\bcv\b|cover letter|case stud(y|ies)|work samples?|github profile)\b/i },
  { theme: 'culture_fit', re: /\b(culture|cultural) (fit|add|alignment)|team fit|values alignment|working style\b/i },
  { theme: 'skill_gap', re: /\b(skill|skills|proficien\w*|technical (depth|bar|assessment|round)|coding (round|exercise|test)|take[- ]home|system design|knowledge of|familiarity with|hands-on|certification|(more |deeper |greater )?depth (in|with|of))\b/i },
  { theme: 'experience', re: /\b(more|additional|deeper|broader|relevant|industry|domain|sector|leadership|management|people management|years of) experience\b|\bexperience (level|in (the|our) (industry|domain|sector))|\bmore (senior|experienced|seasoned)\b|\bseniority\b|\bjunior\b/i },
];

const NON_ANSWER = /\b(different direction|(other|another) candidates? (whose|who|that)|more closely (match|align|fit)|better (fit|match|suited)|not (the right|a good) (fit|match)|decided to (move|proceed|go) (forward )?with|(not able to|unable to|can'?t|cannot|can not|don'?t|do not) (share|provide|give|offer) (any |specific |detailed |individual |personal )?feedback|(another|other) (way|path)|(company|our) policy|competitive (process|pool|field)|strong (pool|field)|many (strong|qualified) (candidates|applicants)|wish you (the best|luck|all the best|success))\b/i;

export function splitSentences(text: string): string[] {
  return text
    .replace(/\r/g, '')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 2);
}

function skillIn(sentence: string): string | null {
  const m = SKILL_AFTER.exec(sentence) ?? SKILL_BEFORE.exec(sentence);
  if (m?.[1]) return skillPhrase(m[1]);
  const named = /\b(system design|data structures|algorithms)\b/i.exec(sentence);
  return named?.[1]?.toLowerCase() ?? null;
}

// Politeness that carries no feedback: thanks, good wishes, "we'll keep your resume on file".
// Cut out of a clause before it is sorted (global: used with replace only).
const PLEASANTRY =
  /^(thanks|thank you)\b|\b(wish(ing)? you|best of luck|good luck|keep your (resume|cv|application|details|information|profile) on (file|record)|(we('re| are)|i('m| am)) (confident|sure) (that )?you|encourage you to (re-?)?apply|hope you|appreciate (your|you))\b/gi;
// Praise, which often comes before the real point: "your skills are impressive, but...".
const PRAISE =
  /\b(impress(ed|ive)|enjoyed|a pleasure|liked|(were|was|are|is) (very |really |truly |clearly |genuinely )?(strong|excellent|great|solid|outstanding|good))\b/i;
const LEAD_CONTRAST = /^(?:while|although|though|even though|whilst)\b[^,]*,\s*(.+)$/i;
const TURN = /(?:,|;|\s)\s*(?:but|however|though|yet|although)\b,?\s*(.+)$/i;

/** A clause worth sorting: its point, and the whole clause when the point came after praise. */
interface Point {
  text: string;
  whole: string | null;
}

const tidy = (c: string): string => c.trim().replace(/[.!?]+$/, '');

/** The part of a clause that says something to act on, or null for pure politeness or praise. */
function pointOf(clause: string): Point | null {
  const plain = clause.replace(PLEASANTRY, ' ').replace(/\s+/g, ' ').trim();
  let text = plain;
  for (let i = 0; i < 3; i++) {
    if (!PRAISE.test(text)) return { text: tidy(text), whole: i === 0 ? null : tidy(plain) };
    const m = LEAD_CONTRAST.exec(text) ?? TURN.exec(text);
    if (!m?.[1]) return null;
    text = m[1].trim();
  }
  return { text: tidy(text), whole: tidy(plain) };
}

/** The clauses of a text worth sorting: sentences, split at semicolons, minus pleasantries. */
function pointsIn(text: string): Point[] {
  return splitSentences(text)
    .flatMap((s) => s.split(/;\s*/))
    .map((c) => pointOf(c))
    .filter((p): p is Point => p !== null && p.text.length > 2);
}

function themeOf(sentence: string): ThemeFinding | null {
  for (const rule of RULES) {
    if (!rule.re.test(sentence)) continue;
    const skill = rule.theme === 'skill_gap' || rule.theme === 'experience' ? skillIn(sentence) : null;
    // A named tool or skill makes an "experience with X" remark a skill gap to work on.
    const theme: Theme = rule.theme === 'experience' && skill && /[A-Z]/.test(skill) ? 'skill_gap' : rule.theme;
    return { theme, controllable: CONTROLLABLE[theme], sentence, skill };
  }
  return null;
}

/** Themes in a text, one finding per sentence (or clause) and theme, in reading order. */
export function sortIntoThemes(text: string): ThemeFinding[] {
  const out: ThemeFinding[] = [];
  for (const point of pointsIn(text)) {
    // "Your portfolio was good but thin on research": the point alone may not name the theme.
    const found =
      themeOf(point.text) ?? (point.whole !== null && !NON_ANSWER.test(point.text) ? themeOf(point.whole) : null);
    if (found && !out.some((f) => f.theme === found.theme && f.sentence === found.sentence)) out.push(found);
  }
  return out;
}

/** True when feedback says nothing the user can act on (R4's trigger). */
export function isVagueFeedback(text: string): boolean {
  const findings = sortIntoThemes(text);
  if (findings.length > 0) return false;
  // Nothing to sort: a non-answer, pure politeness, or too short to carry a point.
  const substantive = pointsIn(text).filter((p) => p.text.split(/\s+/).length >= 3);
  return NON_ANSWER.test(text) || substantive.length === 0 || splitSentences(text).length <= 2;
}

const OUTSIDE_LABELS: Array<[RegExp, string]> = [
  [/internal|from within/i, 'an internal candidate'],
  [/budget|headcount|freeze|frozen/i, 'a budget or headcount change'],
  [/cancel|on hold|eliminated|closed/i, 'the role being cancelled or put on hold'],
  [/visa|sponsorship|authori[sz]ation|permit|relocat|location|time ?zone/i, 'location or work authorisation'],
  [/language|fluent|native/i, 'a language requirement'],
  [/restructur|reorg/i, 'a reorganisation'],
];

/** How a cause beyond the user's control reads mid-sentence: "an internal candidate", "culture fit". */
export function outsideLabel(f: ThemeFinding): string {
  if (f.theme === 'culture_fit') return 'culture fit';
  if (f.theme === 'overqualified') return 'being more senior than the role';
  return OUTSIDE_LABELS.find(([re]) => re.test(f.sentence))?.[1] ?? 'a reason on their side';
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
        add(f.theme, f.skill ? `Take a short course or build a small project using ${f.skill}` : 'Pick one skill the role asks for and practise it with a small project');
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
