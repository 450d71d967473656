// Finds the job title: subject patterns first (short, reliable), then the opening of the body;
// requisition numbers and "(Open)" are stripped.
import type { PreparedEmail } from './features.js';
import { normKey } from './names.js';
import { isVendorName } from './sender.js';

const END =
  '(?= at | with | has | was | is | and (?:would|we|will|are|have|i|the)| on | tomorrow| today| next |\\s*[.;!?]|, |$)';
const ROLE_PATTERNS: RegExp[] = [
  // An explicit "position"/"role" after the title lets the title hold commas: "Analyst, Data and AI role".
  /\b(?:for|to|in|of) (?:the|our|this|a|an) (?:open )?([^\n]{2,90}?) (?:position|role|job|opening|vacancy|post|requisition)\b/g,
  /^\s*(?:position|job title|role|job|title|vacancy|job position|requisition)\s*:\s*(.{2,90}?)\s*$/gim,
  /\bfollowing (?:position|job|role|opening|vacancy)s?\s*:\s*([^\n]{2,90}?)\.?\s*$/gim,
  new RegExp(
    `\\b(?:position|role|post|vacancy|job) (?:of|as) (?:an? )?([^\\n]{2,90}?)${END}`,
    'gm',
  ),
  new RegExp(`\\bopen (?:position|role) ([^\\n]{2,90}?)${END}`, 'gm'),
  /\bthe ([^\n]{2,90}?) (?:position|role|job|opening|internship) (?:at|with)\b/g,
  new RegExp(
    `\\b(?:application|applying|applied|apply|interest|resume|cv|resume\\/cv|submission|interview|interviewing|candidacy|offer|test|assessment|challenge|exercise|questionnaire) (?:for|to|in) (?:the |our )?([^\\n]{2,90}?)(?: position| role| job| opening)?${END}`,
    'gm',
  ),
  // LinkedIn and job boards: the title on the line above "Company · Place".
  /^([^\n·]{2,90})\n[^\n]*\s·\s/gm,
  /\b(?:the|a|an|our|new) ((?:(?:[A-Z][\w&/'’+#-]*|of|and|&)\s){1,7})(?:position|role|opening|vacancy|post)\b/g,
  /\b(?:hiring|looking for|recruiting for|searching for|search for|hire|find|opening for|search for) (?:a|an|our|their|its) (?:first |new )?((?:[A-Z][\w&/'’+#-]*|of|and|&)(?:\s(?:[A-Z][\w&/'’+#-]*|of|and|&)){0,6})(?=[\s.,!(]|$)/gm,
  /\bas (?:a |an |our )(?:new )?((?:[A-Z][\w&/'’+#-]*\s?){1,6})(?:[.,!]| at | with |$)/gm,
];
/** Patterns above that find a title only by its capitals: they need a job noun to count. */
const CAPITALS_ONLY = new Set([
  ROLE_PATTERNS.length - 3,
  ROLE_PATTERNS.length - 2,
  ROLE_PATTERNS.length - 1,
]);
const POSITION_WORDS = [
  ' position',
  ' role',
  ' job',
  ' opening',
  ' vacancy',
  ' post',
  ' requisition',
  ' internship',
];
/** Words each pattern cannot match without: checked with includes() before running the regex. */
const ROLE_NEEDS: readonly (readonly string[])[] = [
  POSITION_WORDS,
  [':'],
  ['following'],
  [' of ', ' as '],
  ['open position', 'open role'],
  POSITION_WORDS,
  [' for ', ' to ', ' in '],
  ['·'],
  POSITION_WORDS,
  ['hiring', 'looking for', 'recruiting for', 'search', 'hire', 'find', 'opening for'],
  [' as '],
];
if (ROLE_NEEDS.length !== ROLE_PATTERNS.length)
  throw new Error('extract: ROLE_NEEDS must pair with ROLE_PATTERNS');
const SUBJECT_ROLE_PATTERNS: RegExp[] = [
  /^(?:your |my )?(?:job )?application(?: status)?(?: update)?(?: for| to| [-–:|])\s+(?:the )?(.{2,90}?)(?: position| role)?(?: at | with | [-–|] |$)/i,
  /\b(?:interview|offer|application|assessment|test|challenge|exercise|questionnaire|invitation|screen)(?: invitation| request| letter| details)? (?:for|[-–:]) (?:the |a |an )?(.{2,90}?)(?: position| role)?(?: at | with | [-–|] |$)/i,
  /^(.{2,90}?) (?:at|with|@) [A-Z]/,
  /\b(?:for|to) (?:the |our )(.{2,90}?)(?: position| role| opening)(?: at | with |$)/i,
  /(?:interview|offer|offer letter|assessment|invitation|application received|thank you for applying|job offer|interview request|phone screen|technical interview|next steps?)(?: for| to)?\s*[-–:|]\s*(?:the )?(.{2,90}?)(?:\s+at\s|\s*[-–|]\s|$)/i,
  /\b(?:applying|applied|interest) (?:for|to|in) (?:the |our )?(.{2,90}?)(?: position| role)(?: at | with |$)/i,
  /^(.{2,90}?)\s*[-–|]\s*(?:interview|application|offer|assessment)/i,
];
/** Words job titles are made of; a subject fragment without one is not a title. */
const TITLE_NOUN_RE =
  /\b(?:engineer|engineering|analyst|analytics|designer|design|manager|developer|intern|internship|assistant|specialist|coordinator|associate|representative|technician|scientist|consultant|director|lead|officer|nurse|teacher|advisor|adviser|agent|clerk|accountant|administrator|architect|chef|cook|counsel(?:l)?or|receptionist|barista|editor|writer|researcher|programmer|trainee|apprentice|apprenticeship|graduate|fellow|planner|supervisor|operator|driver|cashier|head|partner|executive|strategist|producer|marketer|recruiter|hygienist|pharmacist|therapist|inspector|surveyor|solicitor|paralegal|lawyer|attorney|bookkeeper|baker|plumber|electrician|mechanic|carpenter|painter|caregiver|lifeguard|worker|tutor|instructor|professor|lecturer|postdoc|fellowship|scheme|programme|program|sde|swe|sre|devops|qa|ux|ui|vp|cto|cfo|ceo)s?\b/i;
const ROLE_STOP_RE =
  /\b(?:this|that|your|our|we|you|please|thank|thanks|if|because|which|who|application|applications|interest|opportunity|company|team|process|to|has|have|been|was|were|will|receive|received|join|following|available|career|careers|employment|positions|next steps?|invitation|interview|reminder)\b/i;

/** Strips requisition numbers, "(Open)" and similar noise from a job title. */
function cleanRole(raw: string, company: string | null): string | null {
  let s = raw.trim().replace(/\s+/g, ' ');
  s = s.replace(/^(?:[A-Z]{0,4}[-_]?\d[\w-]*|\d+)\s*[-–:]?\s+(?=[A-Za-z])/, ''); // "JR1986530 ", "2998 - "
  s = s.replace(/\.\s+[A-Z].*$/, ''); // ran into the next sentence
  s = s.replace(
    /\s*\((?:open|closed|req(?:uisition)?[^)]*|id[^)]*|job[^)]*|ref[^)]*|[^)]*[#\d][^)]*)\)\s*$/i,
    '',
  );
  if (/\d/.test(s))
    s = s.replace(
      /\s*[-–,:]?\s*(?:req(?:uisition)?|job|ref|id)?\s*#?\s*[A-Z]{0,4}-?\d{3,}[\w-]*$/i,
      '',
    );
  s = s
    .replace(/\s+(?:role|position|job|opening|vacancy)$/i, '')
    .replace(/^(?:the|a|an|our|new|open)\s+/i, '')
    .replace(/^(?:position|role|job|job title|title)(?:\s+of)?\s*:?\s+/i, '')
    .replace(/[\s.,;:!-]+$/, '');
  if (company !== null) {
    const idx = s.toLowerCase().lastIndexOf(` at ${company.toLowerCase()}`);
    if (idx > 0) s = s.slice(0, idx);
  }
  if (s.length < 2 || s.length > 90) return null;
  if (!/[A-Za-z]{2}/.test(s) || ROLE_STOP_RE.test(s)) return null;
  // Job titles are written as titles; a lower-case start is a sentence fragment.
  if (!/^[A-Z0-9]/.test(s)) return null;
  if (company !== null && normKey(s) === normKey(company)) return null;
  if (isVendorName(s)) return null;
  return s;
}

export function roleOf(p: PreparedEmail, text: string, company: string | null): string | null {
  for (const re of SUBJECT_ROLE_PATTERNS) {
    const m = re.exec(p.subject);
    const r = m?.[1] === undefined ? null : cleanRole(m[1], company);
    if (r !== null && TITLE_NOUN_RE.test(r)) return r;
  }
  const lower = text.toLowerCase();
  for (let i = 0; i < ROLE_PATTERNS.length; i++) {
    const re = ROLE_PATTERNS[i] as RegExp;
    if (!(ROLE_NEEDS[i] ?? []).some((w) => lower.includes(w))) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let tries = 0;
    while ((m = re.exec(text)) !== null && tries++ < 4) {
      const r = m[1] === undefined ? null : cleanRole(m[1], company);
      if (r !== null && (!CAPITALS_ONLY.has(i) || TITLE_NOUN_RE.test(r))) return r;
    }
  }
  return null;
}
