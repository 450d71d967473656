// Reads a rejection message for what the plan needs: who sent it, whether a person or a
// machine, how specific it was, and any reasons it gave.
import type { Wording } from '../types.js';
import { skillPhrase } from '../feedback/themes.js';

export interface Sender {
  name: string | null;
  email: string | null;
}

const unquote = (s: string): string => s.trim().replace(/^(["'])(.*)\1$/, '$2').trim();

/** Splits `Dana Lee <dana@acme.com>` (or `dana@acme.com (Dana Lee)`, a bare address, or a bare name). */
export function parseSender(from: string): Sender {
  const s = from.trim();
  if (!s) return { name: null, email: null };
  const angle = /^(.*?)<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/.exec(s);
  if (angle) {
    const name = unquote(angle[1] ?? '');
    return { name: name || null, email: (angle[2] ?? '').toLowerCase() };
  }
  const comment = /^([^\s@()]+@[^\s@()]+)\s*\((.*)\)\s*$/.exec(s);
  if (comment) {
    const name = unquote(comment[2] ?? '');
    return { name: name || null, email: (comment[1] ?? '').toLowerCase() };
  }
  if (/^[^\s@]+@[^\s@]+$/.test(s)) return { name: null, email: s.toLowerCase() };
  return { name: unquote(s) || null, email: null };
}

const AUTOMATED_LOCAL = /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|notifications?|mailer|automated|auto|system|bounce|jobs|careers|career|recruiting|recruitment|talent|talentacquisition|hiring|hr|applications?|apply|candidates?|team|info|hello|support|workday|greenhouse|lever|icims)([-_.+].*)?$/i;
const ATS_DOMAINS = /(^|\.)(myworkday(jobs|site)?\.com|workday\.com|greenhouse(-mail)?\.io|lever\.co|icims\.com|smartrecruiters\.com|successfactors\.(com|eu)|ashbyhq\.com|jobvite\.com|taleo\.net|bamboohr\.com|workablemail\.com|workable\.com|linkedin\.com|indeed\.com|recruitee\.com|teamtailor(-mail)?\.com|personio\.(de|com)|breezy\.hr|jazzhr\.com|applytojob\.com|oraclecloud\.com|paylocity\.com|ultipro\.com|dayforce(hcm)?\.com)$/i;
const TEAM_NAME = /\b(team|talent|recruiting|recruitment|careers?|hiring|hr|human resources|people|acquisition|no[- ]?reply|notifications?|jobs)\b/i;

const tokens = (s: string): string[] => s.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 2);

/**
 * True when a display name reads as a person, even one that mentions their team: the address
 * carries part of the name ("Steve Jobs <steve@…>"), or a name comes before a title
 * ("Dana Lee | Talent Acquisition").
 */
function namesAPerson(sender: Sender): boolean {
  const name = sender.name ?? '';
  const local = sender.email?.split('@')[0] ?? '';
  const inName = new Set(tokens(name));
  if (tokens(local).some((w) => inName.has(w) && !TEAM_NAME.test(w))) return true;
  const [lead] = name.split(/\s+[|,\u2013\u2014-]\s+|,\s*/);
  return lead !== undefined && lead !== name && !TEAM_NAME.test(lead) && /^\p{Lu}[\p{L}'-]+(\s\p{Lu}[\p{L}'-]+){1,2}$/u.test(lead.trim());
}

/** True when the address or display name looks like a machine or a shared team inbox. */
export function isAutomatedSender(sender: Sender): boolean {
  if (sender.email) {
    const [local = '', domain = ''] = sender.email.split('@');
    if (AUTOMATED_LOCAL.test(local)) return true;
    if (ATS_DOMAINS.test(domain)) return true;
  }
  if (sender.name && TEAM_NAME.test(sender.name) && !namesAPerson(sender)) return true;
  return !sender.email && !sender.name;
}

interface ReasonPattern {
  re: RegExp;
  reason: (m: RegExpExecArray) => string;
}

/** "payments for this role" -> "payments": the thing wanted, without the rest of the sentence. */
function wanted(raw: string | undefined): string | null {
  return skillPhrase((raw ?? '').trim());
}

// Stated reasons, phrased the way the user will read them back in their plan.
const REASONS: ReasonPattern[] = [
  { re: /\binternal(ly)? (candidate|hire|applicant|promotion)|fill(ed|ing)? (the (role|position|vacancy) )?internally|from within\b/i, reason: () => 'They chose an internal candidate' },
  { re: /\b(budget|funding|headcount)\b[^.]{0,60}\b(cut|freeze|frozen|changed|reduc|constraint|no longer|approved)|\bhiring freeze\b/i, reason: () => 'Budget or headcount changed' },
  { re: /\b(position|role|req(uisition)?|opening|vacancy)\b[^.]{0,40}\b(cancel+ed|closed|on hold|put on hold|eliminated|no longer (available|open))/i, reason: () => 'The position was cancelled or put on hold' },
  {
    re: /\bmore (senior|experienced)\b|\b(more|additional|deeper|stronger) (years of )?experience (in|with)\s+([^.,;\n]{2,60})/i,
    reason: (m) => {
      const what = wanted(m[5]);
      return what ? `Wanted more experience with ${what}` : 'Wanted a more experienced candidate';
    },
  },
  {
    re: /\b(looking for|needed|require[sd]?|seeking) (someone|a candidate|candidates) with (more |stronger |deeper )?(?!(more |stronger |deeper |additional )?(years of )?experience (in|with)\b)([^.,;\n]{3,60})/i,
    reason: (m) => `Wanted someone with ${(m[7] ?? '').trim().replace(/\s+(for|at|on|to|in)\s+(this|the|our)\s+(role|position|team|job)\b.*$/i, '')}`,
  },
  { re: /\boverqualified\b|\btoo senior\b/i, reason: () => 'They felt you were overqualified' },
  { re: /\b(relocat\w*|on[- ]?site requirement|location (requirement|constraint|mismatch)s?|(based|located|living) (in|near)|time ?zones?|work (permit|authori[sz]ation)|visa|sponsorship)\b/i, reason: () => 'Location or work authorisation' },
  { re: /\b(fluent|fluency|native)\b[^.]{0,30}\b(german|french|spanish|dutch|japanese|mandarin|portuguese|italian|language)\b|\blanguage requirement/i, reason: () => 'A language requirement' },
  { re: /\b(culture|cultural) (fit|add|alignment)\b/i, reason: () => 'Culture fit' },
  { re: /\bportfolio\b[^.]{0,60}\b(did not|didn't|not|lacked|weaker)\b|\b(resume|cv)\b[^.]{0,40}\b(did not|didn't) (show|demonstrate|reflect)/i, reason: () => 'Portfolio or resume did not show enough' },
  { re: /\b(technical|coding|take[- ]home|case study|assessment|exercise)\b[^.]{0,50}\b(did not|didn't|not) (meet|pass|reach)|\bbar\b[^.]{0,20}\btechnical/i, reason: () => 'The technical assessment fell short' },
];

const PERSONAL = /\b(enjoyed (meeting|speaking|talking|our)|it was (great|a pleasure|lovely) (to )?(meet|speak|talk)|you (were|did) (great|well)|the team (really )?(liked|enjoyed)|impressed (by|with))\b/i;
const MASS = /\b(do not (reply|respond)|don't (reply|respond)|(is|are) not monitored|unmonitored|automated (message|email)|we (will|may) keep your (resume|cv|application|details) on file|unsubscribe|candidate (home|portal)|your (candidate )?profile)\b/i;

/**
 * Wording: `specific` when reasons are stated; `template` for mass, form-letter mail;
 * `vague` for a personal note that gives no usable reason.
 */
export function analyzeRejectionText(text: string): { wording: Wording; reasons: string[] } {
  const reasons: string[] = [];
  for (const p of REASONS) {
    const m = p.re.exec(text);
    if (m) {
      const r = p.reason(m);
      if (!reasons.includes(r)) reasons.push(r);
    }
  }
  if (reasons.length > 0) return { wording: 'specific', reasons };
  if (MASS.test(text) && !PERSONAL.test(text)) return { wording: 'template', reasons };
  return { wording: 'vague', reasons };
}

export interface RejectionReading extends Sender {
  automated: boolean;
  wording: Wording;
  reasons: string[];
}

export function readRejection(from: string, text: string): RejectionReading {
  const sender = parseSender(from);
  const automated = isAutomatedSender(sender);
  const { wording, reasons } = analyzeRejectionText(text);
  // A machine-sent note with no stated reason is a form letter, whatever its phrasing.
  return { ...sender, automated, wording: automated && wording === 'vague' ? 'template' : wording, reasons };
}
