// Pulls the facts a job-search mail carries: the hiring company (never the ATS vendor that sent
// it), the role, a named human contact, the interview time, and for rejections how it was worded.
import { analyzeRejectionText } from '../rejection/analyze.js';
import { classifyPrepared, MODEL } from './classify.js';
import { prepareEmail } from './features.js';
import type { PreparedEmail } from './features.js';
import { isRoleMailbox, isVendorName, parseSender } from './sender.js';
import type { Sender } from './sender.js';
import type { EmailInput, EmailLabel, Extraction } from './types.js';
import { findInterviewTime } from './when.js';

/** Extraction reads only the start of a message: facts come early, footers add noise. */
const EXTRACT_CHARS = 2500;
/** Lead-in phrases ("applying to X") are looked for in the opening part only: they come early. */
const HEAD_CHARS = 1200;

// A company-like name: capitalised words, with a few joining words inside ("Bank of X", "A & B").
const NAME_WORD = "[A-Z0-9][A-Za-z0-9&.'’!+-]*";
const NAME_SRC = `${NAME_WORD}(?:[ \\t](?:(?:&|and|of|de|du|la|von|van|der|the|y|e)[ \\t])?${NAME_WORD}){0,5}`;
const NAME_AT = new RegExp(NAME_SRC, 'y');

const ORG_WORDS = new Set(
  ('inc ltd llc llp plc gmbh ag sa bv co corp corporation company group holdings partners labs lab technologies technology ' +
    'tech systems solutions software analytics health healthcare bank capital financial finance insurance university ' +
    'college school schools institute hospital hospitals clinic media studio studios games foods energy logistics consulting ' +
    'services careers career recruiting recruitment talent team hr jobs hiring people acquisition notifications notification ' +
    'resources department council county city trust agency associates network global international industries ' +
    'entertainment robotics pharmacy dental hotel bakery coffee toys engineering architecture architects motors digital ' +
    'cloud data ai bio pharma ventures store shop academy foundation charity community center centre office support ' +
    'service staffing search partners workday recruiter recruiters admissions payroll operations relations university ' +
    'programs program early graduate campus crew circle hub desk noreply reply portal alerts alert calendar zone bot').split(' '),
);
/** Capitalised words that start sentences or headings, never a company on their own. */
const GENERIC_WORDS = new Set(
  ('applying application applications acknowledgement acknowledgment confirmation recruitment recruiting talent ' +
    'acquisition people hiring hr human resources careers career jobs job team teams update updates interview ' +
    'interviews offer thank thanks your our my the a an follow-up followup business deals candidate candidates ' +
    'position status submission next steps step important information regarding dear hello hi inc inc. llc ltd co ' +
    'corp group notification notifications autonotification system services service department graduate early ' +
    'university campus programs program executive referral referrals internal external global we you i it this ' +
    'that congratulations welcome invitation request reminder action required new received work partner partners ' +
    'specialist manager coordinator advisor consultant lead director officer engineering marketing sales finance ' +
    'operations product design research legal support customer success').split(' '),
);
const ROLE_WORDS = new Set(
  ('analyst engineer intern internship manager position role developer scientist specialist associate coordinator ' +
    'designer director consultant representative administrator assistant technician officer lead architect ' +
    'accountant nurse teacher programme program apprenticeship job opening vacancy').split(' '),
);
/** Job nouns that never appear in an employer's name (unlike "Partners" or "Associates"). */
const JOB_NOUNS = new Set(
  ('analyst engineer intern internship developer scientist specialist coordinator designer technician accountant nurse ' +
    'teacher position role job opening vacancy apprenticeship manager representative administrator assistant').split(' '),
);
/** Words that name a team or a sending system, trimmed from the end of a company name. */
const SUFFIX_WORDS = new Set(
  ('workday notification notifications autonotification careers career jobs recruiting recruitment talent acquisition ' +
    'hiring human resources hr people team teams university relations programs early graduate campus coordination ' +
    'system no-reply noreply do-not-reply donotreply candidate experience center centre site department operations ops ' +
    'community network portal').split(' '),
);
const LEAD_WORDS = new Set(['workday', 'greenhouse', 'lever', 'icims', 'smartrecruiters', 'ashby', 'jobvite', 'taleo', 'successfactors', 'workable', 'the', 'our', 'your']);

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0);
}

function normKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Strips "Recruiting Team", "@ icims", "Careers" and the like; null when nothing company-like is left. */
function cleanCompany(raw: string): string | null {
  // Word by word: drop "@ icims" / "via LinkedIn" tails, vendor and article heads, team-word tails.
  let ws = raw.split(/[\s"“”]+/).filter((w) => w.length > 0);
  const at = ws.findIndex((w, i) => w === '@' || w.startsWith('@') || (w.toLowerCase() === 'via' && i > 0));
  if (at >= 0) ws = ws.slice(0, at);
  while (ws.length > 0 && LEAD_WORDS.has((ws[0] ?? '').toLowerCase().replace(/[:,@-]+$/, ''))) ws.shift();
  while (ws.length > 0) {
    const lastWord = (ws[ws.length - 1] ?? '').toLowerCase().replace(/[^a-z-]/g, '');
    if (!SUFFIX_WORDS.has(lastWord) && !(lastWord === '-' || lastWord === '')) break;
    ws.pop();
  }
  let s = ws.join(' ').replace(/[\s,;:!.'’–-]+$/, '').replace(/(?:'s|’s)$/, '').trim();
  if (/(?:\b(?:Inc|Co|Ltd|Corp|Bros|Jr|Sr))$/.test(s) && raw.includes(`${s}.`)) s = `${s}.`;
  if (s.length < 2 || s.length > 60) return null;
  if (!/[A-Za-z]/.test(s) || /^\d+$/.test(s)) return null;
  if (isVendorName(s)) return null;
  const lower = s.toLowerCase();
  if (/^(?:us|we|you|company|the company|our company|our team|team|hiring team|position|role|job|candidate|applicant|hr|careers|recruiting|talent acquisition|human resources|dear|hi|hello|thank you|thanks)$/.test(lower)) return null;
  ws = words(s);
  const last = (ws[ws.length - 1] ?? '').toLowerCase();
  if (ROLE_WORDS.has(last) || ws.some((w) => JOB_NOUNS.has(w.toLowerCase().replace(/[^a-z]/g, '')))) return null;
  if (ws.every((w) => GENERIC_WORDS.has(w.toLowerCase().replace(/[^a-z-]/g, '')))) return null;
  if (!/^[A-Z0-9]/.test(s)) return null;
  return s;
}

const ABBREVIATIONS = new Set(['inc.', 'co.', 'corp.', 'ltd.', 'bros.', 'st.', 'jr.', 'sr.', 'u.s.', 'n.a.', 'l.p.', 'llc.', 'plc.']);

/** Cuts a run of capitalised words where a sentence ends ("HP. We're" → "HP"). */
function trimName(run: string): string {
  const ws = words(run);
  const kept: string[] = [];
  for (const w of ws) {
    const endsSentence = (w.endsWith('.') && !ABBREVIATIONS.has(w.toLowerCase()) && !/^(?:[A-Z]\.)+$/.test(w)) || w.endsWith('!') || w.endsWith('?');
    if (endsSentence) {
      kept.push(w.replace(/[.!?]+$/, ''));
      break;
    }
    kept.push(w);
  }
  return kept.join(' ').replace(/[,]+$/, '');
}

function nameAt(text: string, at: number): string | null {
  NAME_AT.lastIndex = at;
  const m = NAME_AT.exec(text);
  return m === null ? null : trimName(m[0]);
}

/** Company names that follow a lower-case lead-in, in order of appearance. */
function namesAfter(text: string, lower: string, lead: RegExp): string[] {
  const out: string[] = [];
  lead.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = lead.exec(lower)) !== null) {
    const n = nameAt(text, m.index + m[0].length);
    if (n !== null) {
      const c = cleanCompany(n);
      if (c !== null) out.push(c);
    }
    if (out.length >= 3) break;
  }
  return out;
}

const SUBJECT_LEADS = /\b(?:(?:applying|applied|application|apply|interest|update|message|news|sent|welcome|interview|offer|careers|invitation|decision|next steps|thank you|thanks)(?: for a position| for the position)? (?:to|in|at|with|from)|at|with|from) (?:the )?(?:working (?:at|with|for) |joining |the team at |a career at |a role at |a position at |employment (?:at|with) )?/g;
/** Lower-case phrases that introduce the employer's name ("interest in X", "recruiter at X"). */
const LEAD_PHRASES = new Set(
  [
    ...['analyst', 'engineer', 'intern', 'manager', 'developer', 'scientist', 'specialist', 'associate', 'coordinator', 'designer',
      'director', 'consultant', 'representative', 'administrator', 'assistant', 'technician', 'officer', 'lead', 'architect',
      'accountant', 'position', 'role', 'job', 'opening', 'internship', 'engineers', 'folks', 'people', 'everyone', 'colleagues',
      'founder', 'ceo', 'cto', 'team', 'office', 'offices', 'career', 'careers', 'roles', 'opportunity', 'opportunities',
      'openings', 'here', 'us'].map((w) => `${w} at`),
    ...['recruiter', 'recruiters', 'consultant', 'partner', 'here'].flatMap((w) => [`${w} at`, `${w} with`, `${w} from`]),
    'my client', 'our client', 'my client is', 'our client is',
    'interest in', 'interested in', 'applying to', 'applied to', 'application to', 'applying at', 'application at',
    'application with', 'applying with', 'applied with', 'apply to', 'apply at', 'sent to', 'employment with',
    'employment at', 'working at', 'working for', 'working with', 'work at', 'work for', 'join', 'joining', 'considering',
    'consider', 'position with', 'role with', 'job with', 'internship with', 'on behalf of', 'behalf of', 'offer from',
    'interview with', 'interviewing with', 'welcome to', 'time with', 'update from', 'team here at', 'all of us at',
  ],
);

/** Is the text just before `at` (a capitalised word) one of the lead phrases, with an optional "the"? */
function afterLead(lower: string, at: number): boolean {
  let end = at - 1; // the space before the name
  if (lower.charCodeAt(end) !== 32) return false;
  if (lower.endsWith('the', end) && lower.charCodeAt(end - 4) === 32) end -= 4;
  let start = end;
  for (let n = 0; n < 4; n++) {
    start = lower.lastIndexOf(' ', start - 1);
    const from = Math.max(start, lower.lastIndexOf('\n', end - 1)) + 1;
    const phrase = lower.slice(from, end).replace(/,$/, '');
    if (LEAD_PHRASES.has(phrase)) return true;
    if (start < 0 || from > start + 1) return false;
  }
  return false;
}

const CAPITAL_START = /(?<=[ \t])[A-Z0-9]/g;

/** Company names that follow a lead phrase in the body, in order of appearance (at most three). */
function namesAfterLeads(text: string, lower: string): string[] {
  const out: string[] = [];
  CAPITAL_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITAL_START.exec(text)) !== null) {
    if (!afterLead(lower, m.index)) continue;
    const n = nameAt(text, m.index);
    if (n !== null) {
      const c = cleanCompany(n);
      if (c !== null) out.push(c);
      if (out.length >= 3) break;
    }
  }
  return out;
}

const HAS_DECIDED = /\b([A-Z][A-Za-z0-9&.'’-]*(?: [A-Z][A-Za-z0-9&.'’-]*){0,3}) (?:(?:has|have) (?:decided|reviewed|received|selected|chosen|invited|extended|approved|sent|asked|requested)|requests|invites|would like|is inviting|is interested)\b/;
const LABELLED_COMPANY = /^\s*(?:company|employer|organi[sz]ation|hiring company)\s*:\s*(.{2,60}?)\s*$/im;
const NAME_LINE = new RegExp(`^${NAME_SRC}$`);
const TITLED_LINE = /^((?:(?:[A-Z][\w&'’-]*|of|and|&)\s?){1,7})(?:,| \|| at| @| -| –) (.{2,60})$/;
const TITLE_WORDS = /\b(?:recruiter|recruiting|recruitment|talent|people|hr|manager|head|director|lead|partner|coordinator|specialist|founder|co-founder|owner|ceo|cto|coo|cfo|vp|president|principal|engineer|consultant|advisor|adviser|officer|editor|technician|administrator|operations|chef|designer|sourcer|acquisition)\b/i;
const SIGNOFF_TEAM = /^(?:the\s+)?(.{2,60}?)\s+(?:recruiting|recruitment|talent acquisition|talent|hiring|hr|human resources|people|careers|university recruiting|university relations|early careers|graduate recruitment|campus)?\s*(?:team|department|division|crew)s?\s*$/i;
const SIGNOFF_ORG = /^(?:the\s+)?(.{2,60}?)\s+(?:recruiting|recruitment|talent acquisition|careers|human resources|hr|hiring)\s*$/i;

function signatureCompanies(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 10); i--) {
    const line = (lines[i] ?? '').trim();
    if (line.length < 3 || line.length > 70) continue;
    const lowerLine = line.toLowerCase();
    const m = /team|department|division|crew/.test(lowerLine)
      ? SIGNOFF_TEAM.exec(line)
      : /recruit|talent|careers|human resources|\bhr\b|hiring/.test(lowerLine)
        ? SIGNOFF_ORG.exec(line)
        : null;
    const cand = m?.[1];
    if (cand !== undefined && NAME_LINE.test(cand)) {
      const c = cleanCompany(cand);
      if (c !== null) out.push(c);
    }
    // A closing line that is just an organisation: "ALDI Inc.", "North Pine Logistics".
    if (i >= lines.length - 4 && NAME_LINE.test(line) && words(line).some((w) => ORG_WORDS.has(w.toLowerCase().replace(/[.,'’]/g, '')))) {
      const c = cleanCompany(line);
      if (c !== null && !GENERIC_WORDS.has(line.toLowerCase())) out.push(c);
    }
    // "Head of People, Kettlebyte" / "Recruiter | Fernbrook" / "Talent Partner, Tidewater Labs".
    const titled = /[,|@–-]| at /.test(line) ? TITLED_LINE.exec(line) : null;
    if (titled?.[2] !== undefined && TITLE_WORDS.test(titled[1] ?? '') && NAME_LINE.test(titled[2])) {
      const c = cleanCompany(titled[2]);
      if (c !== null) out.push(c);
    }
  }
  return out;
}

const HONORIFIC_RE = /^(?:dr|prof|professor|mr|mrs|ms|mx|chef|principal|coach|rev|sir|dame)\.?\s+/i;

/** Is a display name a person ("Dana Whitfield"), as opposed to a company, a team or a robot? */
function looksLikePerson(name: string, sender: Sender | null): boolean {
  const via = /\s+via\s+\S+.*$/i.test(name);
  const cleaned = name.replace(HONORIFIC_RE, '').replace(/\s+via\s+\S+.*$/i, '').trim();
  const ws = words(cleaned);
  if (ws.length < 1 || ws.length > 4) return false;
  for (const w of ws) {
    if (!/^[A-Z][a-zà-ÿ'’-]+\.?$|^[A-Z]\.?$/.test(w)) return false;
    if (ORG_WORDS.has(w.toLowerCase().replace(/[.'’]/g, ''))) return false;
  }
  if (via) return ws.length >= 2;
  if (sender !== null) {
    const local = sender.local;
    const mentionsName = ws.some((w) => w.length > 1 && local.includes(w.toLowerCase().replace(/[^a-z]/g, '')));
    // Hiring systems and shared mailboxes put a company or team in the display name.
    if (local.includes('+')) return false;
    if (sender.ats || sender.noreply || isRoleMailbox(local)) return mentionsName && !sender.ats;
    if (ws.length === 1) return mentionsName;
  }
  return ws.length >= 2;
}

function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function personName(name: string): string {
  return name.replace(HONORIFIC_RE, '').replace(/\s+via\s+\S+.*$/i, '').trim();
}

function domainCompany(sender: Sender): string | null {
  if (sender.ats || sender.freemail || sender.domain.length === 0) return null;
  const labels = sender.domain.split('.').filter((l) => l.length > 0);
  if (labels.length < 2) return null;
  let core = labels[labels.length - 2] ?? '';
  if (labels.length >= 3 && /^(?:co|com|org|ac|gov|net|edu)$/.test(core)) core = labels[labels.length - 3] ?? core;
  if (core.length < 2 || /^(?:mail|email|e-mail|invalidemail|notifications?|careers|jobs|talent|example|hr|recruiting)$/.test(core)) return null;
  const parts = core.split('-').filter((x) => x.length > 0);
  if (parts.some((x) => x.length > 24)) return null;
  return parts.map((x) => x.charAt(0).toUpperCase() + x.slice(1)).join(' ');
}

const NAME_RUN = new RegExp(NAME_SRC, 'g');

/** The text's own spelling of a name squeezed into a domain ("reillyandfinch" → "Reilly & Finch"). */
function spelledInText(squeezed: string, text: string): string | null {
  const target = squeezed.toLowerCase().replace(/[^a-z0-9]/g, '');
  NAME_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_RUN.exec(text)) !== null) {
    const run = trimName(m[0]);
    const k = run.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]/g, '');
    const k2 = run.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (k === target || k2 === target) return run;
  }
  return null;
}

const TENANT_ATS_RE = /(?:^|\.)(?:myworkday|icims?|ultipro|successfactors?|csodmail|taleo|brassring|paylocity|dayforcehcm|oraclecloud)/;
const TENANT_NOISE_RE = /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|email|mail|system|autoreply|auto-?notification)[._-]?|[._-]?(?:no-?reply|notifications?|careers|jobs|recruiting|talent|hr|email|mail|autoreply)$/;

/** The employer's name an ATS puts in the address ("disney@myworkday.com", "redhat+email+x@icims"). */
function tenantCompany(sender: Sender, text: string): string | null {
  const icimsStyle = /\+(?:email|autoreply)\b/.test(sender.local);
  if ((!TENANT_ATS_RE.test(sender.domain) && !icimsStyle) || sender.local.length === 0) return null;
  let t = sender.local.split('+')[0] ?? '';
  for (let i = 0; i < 2; i++) t = t.replace(TENANT_NOISE_RE, '');
  if (t.length < 2 || !/^[a-z]+$/.test(t) || /^(?:no|jobs|careers|talent|hr|team|system|info|mail|candidates?|apply|recruiting|hiring|workday|notification|sender|reply|donotreply|noreply|system|admin)$/.test(t)) return null;
  // Recover the company's own spelling when the text uses it ("pwc" → "PwC").
  const m = new RegExp(`\\b${t}\\b`, 'i').exec(text);
  if (m !== null && /[A-Z]/.test(m[0])) return m[0];
  return t.length <= 4 ? t.toUpperCase() : t.charAt(0).toUpperCase() + t.slice(1);
}

function displayCompany(sender: Sender): string | null {
  if (sender.name.length === 0 || looksLikePerson(sender.name, sender)) return null;
  const viaWorkday = /^workday\s*@\s*(.+?)(?:\s+notification)?$/i.exec(sender.name);
  return cleanCompany(viaWorkday?.[1] ?? sender.name);
}

interface Candidate {
  name: string;
  source: number;
}

function companyOf(p: PreparedEmail, sender: Sender, text: string, lines: readonly string[]): string | null {
  const cands: Candidate[] = [];
  const push = (names: readonly (string | null)[], source: number): void => {
    for (const n of names) if (n !== null) cands.push({ name: n, source });
  };
  push(namesAfter(p.subject, p.subject.toLowerCase(), SUBJECT_LEADS), 0);
  const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  const headLower = head.toLowerCase();
  const labelled = /(?:company|employer|organi[sz]ation)\s*:/.test(headLower) ? LABELLED_COMPANY.exec(head) : null;
  push([labelled?.[1] === undefined ? null : cleanCompany(labelled[1])], 1);
  push(namesAfterLeads(head, headLower), 2);
  const decided = HAS_DECIDED.exec(head);
  const before = decided === null ? '' : head.slice(Math.max(0, decided.index - 5), decided.index).toLowerCase();
  if (decided?.[1] !== undefined && !/(?:of|our|the|your|my) $/.test(before) && !/^(?:We|You|I|Our|Your|The|This|It|They|He|She|Team|Everyone)\b/.test(decided[1]))
    push([cleanCompany(decided[1])], 3);
  push(signatureCompanies(lines), 4);
  push([tenantCompany(sender, `${p.subject}\n${text}`)], 5);
  push([displayCompany(sender)], 6);
  const domain = domainCompany(sender);
  push([domain === null ? null : (spelledInText(domain, `${p.subject}\n${text}`) ?? domain)], 7);
  // An agency writing about its client: the agency is not the employer.
  if (/\b(?:my|our|the) client(?:'s)?\b/i.test(text)) {
    for (let i = cands.length - 1; i >= 0; i--) if ((cands[i]?.source ?? 0) >= 4) cands.splice(i, 1);
  }
  if (cands.length === 0) return null;
  // A name two sources agree on beats the most reliable single source.
  const keys = cands.map((c) => normKey(c.name));
  const initials = cands.map((c) => normKey(words(c.name).filter((w) => /^[A-Z]/.test(w)).map((w) => w.charAt(0)).join('')));
  for (let i = 0; i < cands.length; i++) {
    const k = keys[i] ?? '';
    for (let j = 0; j < cands.length; j++) {
      if ((cands[j]?.source ?? -1) === (cands[i]?.source ?? -1)) continue;
      const o = keys[j] ?? '';
      const ini = initials[i] ?? '';
      if (o === k || (o.length > 2 && k.length > 2 && (o.startsWith(k) || k.startsWith(o))) || (ini.length > 1 && o === ini)) return cands[i]?.name ?? null;
    }
  }
  return cands[0]?.name ?? null;
}

const END = "(?= at | with | has | was | is | and (?:would|we|will|are|have|i|the)| on | tomorrow| today| next |\\s*[.;!?]|, |$)";
const ROLE_PATTERNS: RegExp[] = [
  // An explicit "position"/"role" after the title lets the title hold commas: "Analyst, Data and AI role".
  /\b(?:for|to|in|of) (?:the|our|this|a|an) (?:open )?([^\n]{2,90}?) (?:position|role|job|opening|vacancy|post|requisition)\b/g,
  /^\s*(?:position|job title|role|job|title|vacancy|job position|requisition)\s*:\s*(.{2,90}?)\s*$/gim,
  /\bfollowing (?:position|job|role|opening|vacancy)s?\s*:\s*([^\n]{2,90}?)\.?\s*$/gim,
  new RegExp(`\\b(?:position|role|post|vacancy|job) (?:of|as) (?:an? )?([^\\n]{2,90}?)${END}`, 'gm'),
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
const CAPITALS_ONLY = new Set([ROLE_PATTERNS.length - 3, ROLE_PATTERNS.length - 2, ROLE_PATTERNS.length - 1]);
const POSITION_WORDS = [' position', ' role', ' job', ' opening', ' vacancy', ' post', ' requisition', ' internship'];
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
if (ROLE_NEEDS.length !== ROLE_PATTERNS.length) throw new Error('extract: ROLE_NEEDS must pair with ROLE_PATTERNS');
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
const ROLE_STOP_RE = /\b(?:this|that|your|our|we|you|please|thank|thanks|if|because|which|who|application|applications|interest|opportunity|company|team|process|to|has|have|been|was|were|will|receive|received|join|following|available|career|careers|employment|positions|next steps?|invitation|interview|reminder)\b/i;

/** Strips requisition numbers, "(Open)" and similar noise from a job title. */
function cleanRole(raw: string, company: string | null): string | null {
  let s = raw.trim().replace(/\s+/g, ' ');
  s = s.replace(/^(?:[A-Z]{0,4}[-_]?\d[\w-]*|\d+)\s*[-–:]?\s+(?=[A-Za-z])/, ''); // "JR1986530 ", "2998 - "
  s = s.replace(/\.\s+[A-Z].*$/, ''); // ran into the next sentence
  s = s.replace(/\s*\((?:open|closed|req(?:uisition)?[^)]*|id[^)]*|job[^)]*|ref[^)]*|[^)]*[#\d][^)]*)\)\s*$/i, '');
  s = s.replace(/\s*[-–,:]?\s*(?:req(?:uisition)?|job|ref|id)?\s*#?\s*[A-Z]{0,4}-?\d{3,}[\w-]*$/i, '');
  s = s.replace(/\s+(?:role|position|job|opening|vacancy)$/i, '').replace(/^(?:the|a|an|our|new|open)\s+/i, '').replace(/^(?:position|role|job|job title|title)(?:\s+of)?\s*:?\s+/i, '').replace(/[\s.,;:!-]+$/, '');
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

function roleOf(p: PreparedEmail, text: string, company: string | null): string | null {
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

const SIGN_OFF_RE =
  /^(?:best|best regards|kind regards|regards|warm regards|warmest regards|warmly|warm wishes|best wishes|all the best|cheers|thanks|thanks again|thank you|many thanks|sincerely|yours sincerely|sincerely yours|yours truly|yours|respectfully|with gratitude|with thanks|talk soon|speak soon|take care|cordially|hugs|love|with best wishes|in solidarity|abraço|ciao|baci|groetjes|mvh|saludos|cordialement|viele grüße|met vriendelijke groet|hilsen)\s*[,!.]*\s*$/i;
const TEAMISH_RE = /\b(?:team|recruit\w*|talent|careers?|hr|human resources|people|hiring|department|office|crew|circle|staff|notifications?|alerts?|portal|calendar|the)\b/i;

function personFromLine(line: string, notNames: readonly string[]): string | null {
  let s = line.trim().replace(/^[-–—~]+\s*/, '');
  s = s.split(/\s*(?:[,|]|\s[-–]\s|&|\band\b)\s*/)[0] ?? '';
  s = s.replace(HONORIFIC_RE, '').trim();
  const key = normKey(s);
  if (notNames.some((n) => n.length > 1 && (n === key || n.includes(key) || key.includes(n)))) return null;
  if (s.length < 2 || s.length > 40 || TEAMISH_RE.test(s)) return null;
  const ws = words(s);
  if (ws.length > 3) return null;
  for (const w of ws) {
    if (!/^[A-Z][a-zà-ÿ'’-]+\.?$|^[A-Z]\.$/.test(w)) return null;
    if (ORG_WORDS.has(w.toLowerCase().replace(/[.'’]/g, ''))) return null;
  }
  return s;
}

function contactOf(sender: Sender, lines: readonly string[], company: string | null): string | null {
  // Names that belong to the organisation, not a person: the company, the display name, the tenant.
  const notNames = [company, sender.name, sender.local.split('+')[0] ?? null, sender.domain.split('.')[0] ?? null]
    .filter((x): x is string => x !== null && x.length > 0)
    .map(normKey);
  const display = sender.name.length > 0 && looksLikePerson(sender.name, sender) ? personName(sender.name) : null;
  const displayKeys = display === null ? [] : words(display).map(normKey);
  let signed: string | null = null;
  // A sign-off followed by a person's name; search upward from the end of the message.
  for (let i = lines.length - 2; i >= Math.max(0, lines.length - 14) && signed === null; i--) {
    if (!SIGN_OFF_RE.test((lines[i] ?? '').trim())) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
      const line = (lines[j] ?? '').trim();
      if (line.length === 0) continue;
      signed = personFromLine(line, display === null ? notNames : []);
      break;
    }
    if (signed === null) break;
  }
  if (display !== null) {
    // "Principal Ortiz" signs as "Daniel Ortiz": the fuller form of the same person wins.
    const last = normKey(words(display).pop() ?? '');
    if (signed !== null && words(signed).length > words(display).length && normKey(words(signed).pop() ?? '') === last) return signed;
    return display;
  }
  if (signed !== null) return signed;
  // A bare "nora.brown@…" address names its owner.
  const dotted = /^([a-z]{2,})[._]([a-z]{2,})$/.exec(sender.local);
  if (sender.name.length === 0 && dotted !== null && !sender.ats && !isRoleMailbox(sender.local)) {
    return `${cap(dotted[1] ?? '')} ${cap(dotted[2] ?? '')}`;
  }
  // "- Nell, Hollis Bakery" or a lone first name closing the message.
  const lastLine = (lines[lines.length - 1] ?? '').trim();
  if (/^[-–—~]\s*\S/.test(lastLine)) return personFromLine(lastLine, notNames);
  if (sender.local.length > 0 && !isRoleMailbox(sender.local) && !sender.noreply && displayKeys.length === 0) {
    const cand = personFromLine(lastLine, notNames);
    const first = cand?.split(' ')[0]?.toLowerCase();
    if (cand !== null && first !== undefined && sender.local.includes(first)) return cand;
  }
  return null;
}

/** The sender of a forwarded message, from its header block ("From: Acme <jobs@acme.com>"). */
function forwardedSender(quoted: string): Sender | null {
  const m = /^\s*\*?(?:from|von|de|van)\s*:\*?\s*(.+)$/im.exec(quoted);
  return m?.[1] === undefined ? null : parseSender(m[1]);
}

/** Extracts company, role, contact and interview time; runs the classifier when no label is given. */
export function extractEmail(input: EmailInput, label?: EmailLabel): Extraction {
  const p = prepareEmail(input);
  return extractPrepared(p, label ?? classifyPrepared(MODEL, p).label, input.date ?? null);
}

/** Extraction on an already prepared email (shares the parsing with classification). */
export function extractPrepared(p: PreparedEmail, label: EmailLabel, date: string | null): Extraction {
  const sender = (p.usedForwarded ? forwardedSender(p.quoted) : null) ?? p.sender;
  const text = p.deciding.length > EXTRACT_CHARS ? p.deciding.slice(0, EXTRACT_CHARS) : p.deciding;
  const lines = text.split('\n').filter((l) => !/^\s*>/.test(l));
  while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
  let company = companyOf(p, sender, text, lines);
  // A short reply rarely names the company; the quoted history usually does.
  if (company === null && p.quoted.length > 0 && !p.usedForwarded) {
    const q = p.quoted.slice(0, EXTRACT_CHARS);
    company = namesAfterLeads(q, q.toLowerCase())[0] ?? null;
  }
  const role = roleOf(p, text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text, company);
  const contactName = contactOf(sender, lines, company);
  const interviewAt = label === 'interview' ? findInterviewTime(`${p.subject}\n${text}`, date) : null;
  const out: Extraction = { company, role, contactName, interviewAt };
  if (label === 'rejection') {
    const analysis = analyzeRejectionText(text);
    out.wording = analysis.wording;
    out.reasons = analysis.reasons;
  }
  return out;
}
