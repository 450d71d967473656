// Finds the hiring company: from the subject, the body's lead-ins ("applying to X"), the
// signature, the ATS tenant in the address, the display name and the domain, preferring a name two
// sources agree on. Vendors (Workday, Greenhouse…) are never returned.
import type { PreparedEmail } from './features.js';
import {
  cleanCompany,
  GENERIC_WORDS,
  looksLikePerson,
  NAME_SRC,
  nameAt,
  normKey,
  ORG_WORDS,
  trimName,
  words,
} from './names.js';
import type { Sender } from './sender.js';

/** Lead-in phrases ("applying to X") are looked for in the opening part only: they come early. */
export const HEAD_CHARS = 1200;

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

const SUBJECT_LEADS =
  /\b(?:(?:applying|applied|application|apply|interest|update|message|news|sent|welcome|interview|offer|careers|invitation|decision|next steps|thank you|thanks)(?: for a position| for the position)? (?:to|in|at|with|from)|at|with|from) (?:the )?(?:working (?:at|with|for) |joining |the team at |a career at |a role at |a position at |employment (?:at|with) )?/g;
/** Lower-case phrases that introduce the employer's name ("interest in X", "recruiter at X"). */
const LEAD_PHRASES = new Set([
  ...[
    'analyst',
    'engineer',
    'intern',
    'manager',
    'developer',
    'scientist',
    'specialist',
    'associate',
    'coordinator',
    'designer',
    'director',
    'consultant',
    'representative',
    'administrator',
    'assistant',
    'technician',
    'officer',
    'lead',
    'architect',
    'accountant',
    'position',
    'role',
    'job',
    'opening',
    'internship',
    'engineers',
    'folks',
    'people',
    'everyone',
    'colleagues',
    'founder',
    'ceo',
    'cto',
    'team',
    'office',
    'offices',
    'career',
    'careers',
    'roles',
    'opportunity',
    'opportunities',
    'openings',
    'here',
    'us',
  ].map((w) => `${w} at`),
  ...['recruiter', 'recruiters', 'consultant', 'partner', 'here'].flatMap((w) => [
    `${w} at`,
    `${w} with`,
    `${w} from`,
  ]),
  'my client',
  'our client',
  'my client is',
  'our client is',
  'interest in',
  'interested in',
  'applying to',
  'applied to',
  'application to',
  'applying at',
  'application at',
  'application with',
  'applying with',
  'applied with',
  'apply to',
  'apply at',
  'sent to',
  'employment with',
  'employment at',
  'working at',
  'working for',
  'working with',
  'work at',
  'work for',
  'join',
  'joining',
  'considering',
  'consider',
  'position with',
  'role with',
  'job with',
  'internship with',
  'on behalf of',
  'behalf of',
  'offer from',
  'interview with',
  'interviewing with',
  'welcome to',
  'time with',
  'update from',
  'team here at',
  'all of us at',
]);

/** Last words of the lead phrases: a cheap first test before the phrase lookup. */
const LEAD_LAST_WORDS = new Set([...LEAD_PHRASES].map((p) => p.slice(p.lastIndexOf(' ') + 1)));

/** Is the text just before `at` (a capitalised word) one of the lead phrases, with an optional "the"? */
function afterLead(lower: string, at: number): boolean {
  let end = at - 1; // the space before the name
  if (lower.charCodeAt(end) !== 32) return false;
  if (lower.endsWith('the', end) && lower.charCodeAt(end - 4) === 32) end -= 4;
  const lastSpace = lower.lastIndexOf(' ', end - 1);
  if (!LEAD_LAST_WORDS.has(lower.slice(lastSpace + 1, end).replace(/,$/, ''))) return false;
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

const CAPITAL_START = /(?<=[ \t])[A-Z0-9\u00C0-\u00D6\u00D8-\u00DE]/g;

/** Company names that follow a lead phrase in the body, in order of appearance (at most three). */
export function namesAfterLeads(text: string, lower: string): string[] {
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

const HAS_DECIDED =
  /\b([A-Z][A-Za-z0-9&.'’-]*(?: [A-Z][A-Za-z0-9&.'’-]*){0,3}) (?:(?:has|have) (?:decided|reviewed|received|selected|chosen|invited|extended|approved|sent|asked|requested)|requests|invites|would like|is inviting|is interested)\b/;
const LABELLED_COMPANY =
  /^\s*(?:company|employer|organi[sz]ation|hiring company)\s*:\s*(.{2,60}?)\s*$/im;
const NAME_LINE = new RegExp(`^${NAME_SRC}$`);
const TITLED_LINE = /^((?:(?:[A-Z][\w&'’-]*|of|and|&)\s?){1,7})(?:,| \|| at| @| -| –) (.{2,60})$/;
const TITLE_WORDS =
  /\b(?:recruiter|recruiting|recruitment|talent|people|hr|manager|head|director|lead|partner|coordinator|specialist|founder|co-founder|owner|ceo|cto|coo|cfo|vp|president|principal|engineer|consultant|advisor|adviser|officer|editor|technician|administrator|operations|chef|designer|sourcer|acquisition)\b/i;
const SIGNOFF_TEAM =
  /^(?:the\s+)?(.{2,60}?)\s+(?:recruiting|recruitment|talent acquisition|talent|hiring|hr|human resources|people|careers|university recruiting|university relations|early careers|graduate recruitment|campus)?\s*(?:team|department|division|crew)s?\s*$/i;
const SIGNOFF_ORG =
  /^(?:the\s+)?(.{2,60}?)\s+(?:recruiting|recruitment|talent acquisition|careers|human resources|hr|hiring)\s*$/i;

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
    if (
      i >= lines.length - 4 &&
      NAME_LINE.test(line) &&
      words(line).some((w) => ORG_WORDS.has(w.toLowerCase().replace(/[.,'’]/g, '')))
    ) {
      const c = cleanCompany(line);
      if (c !== null && !GENERIC_WORDS.has(line.toLowerCase())) out.push(c);
    }
    // "Head of People, Kettlebyte" / "Recruiter | Fernbrook" / "Talent Partner, Tidewater Labs".
    const titled = /[,|@–-]| at /.test(line) ? TITLED_LINE.exec(line) : null;
    if (
      titled?.[2] !== undefined &&
      TITLE_WORDS.test(titled[1] ?? '') &&
      NAME_LINE.test(titled[2])
    ) {
      const c = cleanCompany(titled[2]);
      if (c !== null) out.push(c);
    }
  }
  return out;
}

function domainCompany(sender: Sender): string | null {
  if (sender.ats || sender.freemail || sender.domain.length === 0) return null;
  const labels = sender.domain.split('.').filter((l) => l.length > 0);
  if (labels.length < 2) return null;
  let core = labels[labels.length - 2] ?? '';
  if (labels.length >= 3 && /^(?:co|com|org|ac|gov|net|edu)$/.test(core))
    core = labels[labels.length - 3] ?? core;
  if (
    core.length < 2 ||
    /^(?:mail|email|e-mail|invalidemail|notifications?|careers|jobs|talent|example|hr|recruiting)$/.test(
      core,
    )
  )
    return null;
  const parts = core.split('-').filter((x) => x.length > 0);
  if (parts.some((x) => x.length > 24)) return null;
  return parts.map((x) => x.charAt(0).toUpperCase() + x.slice(1)).join(' ');
}

const NAME_RUN = new RegExp(NAME_SRC, 'g');

/**
 * The text's own spelling of a name squeezed into a domain ("reillyandfinch" → "Reilly & Finch"),
 * also where more words follow it ("State Farm Job Opening" for "statefarm").
 */
function spelledInText(squeezed: string, text: string): string | null {
  const target = squeezed.toLowerCase().replace(/[^a-z0-9]/g, '');
  NAME_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_RUN.exec(text)) !== null) {
    const ws = words(trimName(m[0]));
    for (let n = ws.length; n >= 1; n--) {
      const run = ws.slice(0, n).join(' ');
      // Accents fold to their letters ("Société" is "societe" in an address).
      const folded = run
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
      const k = folded.replace(/&/g, 'and').replace(/[^a-z0-9]/g, '');
      const k2 = folded.replace(/[^a-z0-9]/g, '');
      if (k === target || k2 === target) return run;
      // Shorter runs only get shorter: "and" for "&" is the longest a run can read.
      if (k.length < target.length) break;
    }
  }
  return null;
}

const TENANT_ATS_RE =
  /(?:^|\.)(?:myworkday|icims?|ultipro|successfactors?|csodmail|taleo|brassring|paylocity|dayforcehcm|oraclecloud)/;
const TENANT_NOISE_RE =
  /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|email|mail|system|autoreply|auto-?notification)[._-]?|[._-]?(?:no-?reply|notifications?|careers|jobs|recruiting|talent|hr|email|mail|autoreply)$/;

/** The employer's name an ATS puts in the address ("disney@myworkday.com", "redhat+email+x@icims"). */
function tenantCompany(sender: Sender, text: string): string | null {
  const icimsStyle = /\+(?:email|autoreply)\b/.test(sender.local);
  if ((!TENANT_ATS_RE.test(sender.domain) && !icimsStyle) || sender.local.length === 0) return null;
  let t = sender.local.split('+')[0] ?? '';
  for (let i = 0; i < 2; i++) t = t.replace(TENANT_NOISE_RE, '');
  if (
    t.length < 2 ||
    !/^[a-z]+$/.test(t) ||
    /^(?:no|jobs|careers|talent|hr|team|system|info|mail|candidates?|apply|recruiting|hiring|workday|notification|sender|reply|donotreply|noreply|system|admin)$/.test(
      t,
    )
  )
    return null;
  // Recover the company's own spelling when the text uses it ("pwc" → "PwC", "statefarm" →
  // "State Farm").
  const m = new RegExp(`\\b${t}\\b`, 'i').exec(text);
  if (m !== null && /[A-Z]/.test(m[0])) return m[0];
  const spelled = spelledInText(t, text);
  if (spelled !== null) return spelled;
  return t.length <= 4 ? t.toUpperCase() : t.charAt(0).toUpperCase() + t.slice(1);
}

function displayCompany(sender: Sender): string | null {
  if (sender.name.length === 0 || looksLikePerson(sender.name, sender)) return null;
  const viaWorkday = /^workday\s*@\s*(.+?)(?:\s+notification)?$/i.exec(sender.name);
  return cleanCompany(viaWorkday?.[1] ?? sender.name);
}

const SPELLING = /[\s.&'’-]/;

/** Of two spellings of one name, the one with its spaces and stops, else the first. */
function spelledOut(a: string, b: string): string {
  return !SPELLING.test(a) && SPELLING.test(b) ? b : a;
}

interface Candidate {
  name: string;
  source: number;
}

export function companyOf(
  p: PreparedEmail,
  sender: Sender,
  text: string,
  lines: readonly string[],
): string | null {
  const cands: Candidate[] = [];
  const push = (names: readonly (string | null)[], source: number): void => {
    for (const n of names) if (n !== null) cands.push({ name: n, source });
  };
  push(namesAfter(p.subject, p.subject.toLowerCase(), SUBJECT_LEADS), 0);
  // The common case, an ATS mail whose subject names the employer the sender's address also
  // names, needs no scan of the body.
  const tenant = tenantCompany(sender, `${p.subject}\n${text}`);
  const display = displayCompany(sender);
  const subjectName = cands[0]?.name;
  if (subjectName !== undefined) {
    const k = normKey(subjectName);
    for (const other of [tenant, display]) {
      const o = other === null ? '' : normKey(other);
      if (o.length > 2 && (o === k || o.startsWith(k) || k.startsWith(o))) return subjectName;
    }
  }
  const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  const headLower = head.toLowerCase();
  const labelled = /(?:company|employer|organi[sz]ation)\s*:/.test(headLower)
    ? LABELLED_COMPANY.exec(head)
    : null;
  push([labelled?.[1] === undefined ? null : cleanCompany(labelled[1])], 1);
  push(namesAfterLeads(head, headLower), 2);
  const decided = HAS_DECIDED.exec(head);
  const before =
    decided === null ? '' : head.slice(Math.max(0, decided.index - 5), decided.index).toLowerCase();
  if (
    decided?.[1] !== undefined &&
    !/(?:of|our|the|your|my) $/.test(before) &&
    !/^(?:We|You|I|Our|Your|The|This|It|They|He|She|Team|Everyone)\b/.test(decided[1])
  )
    push([cleanCompany(decided[1])], 3);
  push(signatureCompanies(lines), 4);
  push([tenant], 5);
  push([display], 6);
  const domain = domainCompany(sender);
  push([domain === null ? null : (spelledInText(domain, `${p.subject}\n${text}`) ?? domain)], 7);
  // An agency writing about its client: the agency is not the employer.
  if (/\b(?:my|our|the) client(?:'s)?\b/i.test(text)) {
    for (let i = cands.length - 1; i >= 0; i--)
      if ((cands[i]?.source ?? 0) >= 4) cands.splice(i, 1);
  }
  if (cands.length === 0) return null;
  // A name two sources agree on beats the most reliable single source.
  const keys = cands.map((c) => normKey(c.name));
  const initials = cands.map((c) =>
    normKey(
      words(c.name)
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => w.charAt(0))
        .join(''),
    ),
  );
  for (let i = 0; i < cands.length; i++) {
    const k = keys[i] ?? '';
    for (let j = 0; j < cands.length; j++) {
      if ((cands[j]?.source ?? -1) === (cands[i]?.source ?? -1)) continue;
      const o = keys[j] ?? '';
      const ini = initials[i] ?? '';
      // The same name squeezed into an address and spelled out ("Usbank", "U.S. Bank"): the
      // spelled-out one.
      if (o === k) return spelledOut(cands[i]?.name ?? '', cands[j]?.name ?? '');
      if (
        (o.length > 2 && k.length > 2 && (o.startsWith(k) || k.startsWith(o))) ||
        (ini.length > 1 && o === ini)
      )
        return cands[i]?.name ?? null;
    }
  }
  return cands[0]?.name ?? null;
}
