// Shared vocabulary for reading names out of mail: company-like runs of capitalised words, the
// words that mark teams, roles and robots, and the test for a person's name.
import { isRoleMailbox, isVendorName } from './sender.js';
import type { Sender } from './sender.js';

// A company-like name: capitalised words, with a few joining words inside ("Bank of X", "A & B").
// Latin letters with accents count ("Café Olé", "Société Générale", "Łódź Games").
const NAME_WORD = "[A-Z0-9\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F][A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F&.'’!+-]*";
export const NAME_SRC = `${NAME_WORD}(?:[ \\t](?:(?:&|and|of|de|du|la|von|van|der|the|y|e)[ \\t])?${NAME_WORD}){0,5}`;
const NAME_AT = new RegExp(NAME_SRC, 'y');

export const ORG_WORDS = new Set(
  (
    'inc ltd llc llp plc gmbh ag sa bv co corp corporation company group holdings partners labs lab technologies technology ' +
    'tech systems solutions software analytics health healthcare bank capital financial finance insurance university ' +
    'college school schools institute hospital hospitals clinic media studio studios games foods energy logistics consulting ' +
    'services careers career recruiting recruitment talent team hr jobs hiring people acquisition notifications notification ' +
    'resources department council county city trust agency associates network global international industries ' +
    'entertainment robotics pharmacy dental hotel bakery coffee toys engineering architecture architects motors digital ' +
    'cloud data ai bio pharma ventures store shop academy foundation charity community center centre office support ' +
    'service staffing search partners workday recruiter recruiters admissions payroll operations relations university ' +
    'programs program early graduate campus crew circle hub desk noreply reply portal alerts alert calendar zone bot'
  ).split(' '),
);
/** Capitalised words that start sentences or headings, never a company on their own. */
export const GENERIC_WORDS = new Set(
  (
    'applying application applications acknowledgement acknowledgment confirmation recruitment recruiting talent ' +
    'acquisition people hiring hr human resources careers career jobs job team teams update updates interview ' +
    'interviews offer thank thanks your our my the a an follow-up followup business deals candidate candidates ' +
    'position status submission next steps step important information regarding dear hello hi inc inc. llc ltd co ' +
    'corp group notification notifications autonotification system services service department graduate early ' +
    'university campus programs program executive referral referrals internal external global we you i it this ' +
    'that congratulations welcome invitation request reminder action required new received work partner partners ' +
    'specialist manager coordinator advisor consultant lead director officer engineering marketing sales finance ' +
    'operations product design research legal support customer success'
  ).split(' '),
);
export const ROLE_WORDS = new Set(
  (
    'analyst engineer intern internship manager position role developer scientist specialist associate coordinator ' +
    'designer director consultant representative administrator assistant technician officer lead architect ' +
    'accountant nurse teacher programme program apprenticeship job opening vacancy'
  ).split(' '),
);
/** Job nouns that never appear in an employer's name (unlike "Partners" or "Associates"). */
export const JOB_NOUNS = new Set(
  (
    'analyst engineer intern internship developer scientist specialist coordinator designer technician accountant nurse ' +
    'teacher position role job opening vacancy apprenticeship manager representative administrator assistant'
  ).split(' '),
);
/** Words that name a team or a sending system, trimmed from the end of a company name. */
const SUFFIX_WORDS = new Set(
  (
    'workday notification notifications autonotification careers career jobs recruiting recruitment talent acquisition ' +
    'hiring human resources hr people team teams university relations programs early graduate campus coordination ' +
    'system no-reply noreply do-not-reply donotreply candidate experience center centre site department operations ops ' +
    'community network portal unsubscribe'
  ).split(' '),
);
const LEAD_WORDS = new Set([
  'workday',
  'greenhouse',
  'lever',
  'icims',
  'smartrecruiters',
  'ashby',
  'jobvite',
  'taleo',
  'successfactors',
  'workable',
  'the',
  'our',
  'your',
]);

export function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0);
}

export function normKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Strips "Recruiting Team", "@ icims", "Careers" and the like; null when nothing company-like is left. */
export function cleanCompany(raw: string): string | null {
  // Word by word: drop "@ icims" / "via LinkedIn" tails, vendor and article heads, team-word tails.
  let ws = raw.split(/[\s"“”]+/).filter((w) => w.length > 0);
  const at = ws.findIndex(
    (w, i) => w === '@' || w.startsWith('@') || (w.toLowerCase() === 'via' && i > 0),
  );
  if (at >= 0) ws = ws.slice(0, at);
  while (ws.length > 0 && LEAD_WORDS.has((ws[0] ?? '').toLowerCase().replace(/[:,@-]+$/, '')))
    ws.shift();
  while (ws.length > 0) {
    const lastWord = (ws[ws.length - 1] ?? '').toLowerCase().replace(/[^a-z-]/g, '');
    if (!SUFFIX_WORDS.has(lastWord) && !(lastWord === '-' || lastWord === '')) break;
    ws.pop();
  }
  let s = ws
    .join(' ')
    .replace(/[\s,;:!.'’–-]+$/, '')
    .replace(/(?:'s|’s)$/, '')
    .trim();
  if (/(?:\b(?:Inc|Co|Ltd|Corp|Bros|Jr|Sr))$/.test(s) && raw.includes(`${s}.`)) s = `${s}.`;
  if (s.length < 2 || s.length > 60) return null;
  if (!/[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/.test(s) || /^\d+$/.test(s)) return null;
  if (isVendorName(s)) return null;
  const lower = s.toLowerCase();
  if (
    /^(?:us|we|you|company|the company|our company|our team|team|hiring team|position|role|job|candidate|applicant|hr|careers|recruiting|talent acquisition|human resources|dear|hi|hello|thank you|thanks)$/.test(
      lower,
    )
  )
    return null;
  ws = words(s);
  const last = (ws[ws.length - 1] ?? '').toLowerCase();
  if (ROLE_WORDS.has(last) || ws.some((w) => JOB_NOUNS.has(w.toLowerCase().replace(/[^a-z]/g, ''))))
    return null;
  if (ws.every((w) => GENERIC_WORDS.has(w.toLowerCase().replace(/[^a-z-]/g, '')))) return null;
  if (!/^[A-Z0-9]/.test(s)) return null;
  return s;
}

const ABBREVIATIONS = new Set([
  'inc.',
  'co.',
  'corp.',
  'ltd.',
  'bros.',
  'st.',
  'jr.',
  'sr.',
  'u.s.',
  'n.a.',
  'l.p.',
  'llc.',
  'plc.',
]);

/** Cuts a run of capitalised words where a sentence ends ("HP. We're" → "HP"). */
export function trimName(run: string): string {
  const ws = words(run);
  const kept: string[] = [];
  for (const w of ws) {
    const endsSentence =
      (w.endsWith('.') && !ABBREVIATIONS.has(w.toLowerCase()) && !/^(?:[A-Z]\.)+$/.test(w)) ||
      w.endsWith('!') ||
      w.endsWith('?');
    if (endsSentence) {
      kept.push(w.replace(/[.!?]+$/, ''));
      break;
    }
    kept.push(w);
  }
  return kept.join(' ').replace(/[,]+$/, '');
}

export function nameAt(text: string, at: number): string | null {
  NAME_AT.lastIndex = at;
  const m = NAME_AT.exec(text);
  return m === null ? null : trimName(m[0]);
}

export const HONORIFIC_RE =
  /^(?:dr|prof|professor|mr|mrs|ms|mx|chef|principal|coach|rev|sir|dame)\.?\s+/i;

/** Is a display name a person ("Dana Whitfield"), as opposed to a company, a team or a robot? */
export function looksLikePerson(name: string, sender: Sender | null): boolean {
  const via = /\s+via\s+\S+.*$/i.test(name);
  const cleaned = name
    .replace(HONORIFIC_RE, '')
    .replace(/\s+via\s+\S+.*$/i, '')
    .trim();
  const ws = words(cleaned);
  if (ws.length < 1 || ws.length > 4) return false;
  for (const w of ws) {
    if (!/^[A-Z][a-zà-ÿ'’-]+\.?$|^[A-Z]\.?$/.test(w)) return false;
    if (ORG_WORDS.has(w.toLowerCase().replace(/[.'’]/g, ''))) return false;
  }
  if (via) return ws.length >= 2;
  if (sender !== null) {
    const local = sender.local;
    const mentionsName = ws.some(
      (w) => w.length > 1 && local.includes(w.toLowerCase().replace(/[^a-z]/g, '')),
    );
    // Hiring systems and shared mailboxes put a company or team in the display name.
    if (local.includes('+')) return false;
    if (sender.ats || sender.noreply || isRoleMailbox(local)) return mentionsName && !sender.ats;
    if (ws.length === 1) return mentionsName;
  }
  return ws.length >= 2;
}

export function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export function personName(name: string): string {
  return name
    .replace(HONORIFIC_RE, '')
    .replace(/\s+via\s+\S+.*$/i, '')
    .trim();
}
